import { computed, ref } from 'vue';
import { useMutation, useQuery } from '@vue/apollo-composable';
import { CopyPointsRulesDocument, PointsRulesDocument, RemovePointsRuleDocument, type PointsRuleFieldsFragment } from '@/gql/graphql';
import { confirmAction } from '@/api/confirm';
import { notifyError, notifySuccess } from '@/api/notify';
import { Permission } from '@/router/permissions';
import { useSessionStore } from '@/stores/session';
import { localYear } from '@/utils/deadline';
import { i18n } from '@/i18n';

export type RuleRow = PointsRuleFieldsFragment;

/**
 * 积分规则 of a year: the committee's defaults, then the agency's additions. Each side writes only
 * its own (the committee its defaults, an agency its additions); the other side's rows are read-only.
 */
export function usePointsRules() {
  const t = i18n.global.t;
  const session = useSessionStore();
  const year = ref(localYear());
  const years = computed(() => [localYear() - 1, localYear(), localYear() + 1]);
  const query = useQuery(PointsRulesDocument, () => ({ year: year.value }), { fetchPolicy: 'cache-and-network' });
  query.onError(notifyError);
  const rows = computed<RuleRow[]>(() => query.result.value?.pointsRules ?? []);
  const loading = computed(() => query.loading.value);
  const refresh = () => void query.refetch()?.catch(() => undefined);
  const canManage = computed(() => session.canChange(Permission.RULES_MANAGE));
  const writable = (r: RuleRow) => canManage.value && (r.owner === 'COMMITTEE') === session.isCommittee;

  const removeM = useMutation(RemovePointsRuleDocument);
  async function remove(r: RuleRow): Promise<void> {
    if (!(await confirmAction(t('points.removeConfirm', { name: r.name }), t('points.removeRule'), { confirmText: t('points.removeRule') }))) return;
    try {
      await removeM.mutate({ id: r.id });
      notifySuccess(t('points.ruleRemoved'));
      refresh();
    } catch (e) {
      notifyError(e);
    }
  }

  const copyM = useMutation(CopyPointsRulesDocument);
  async function copyYear(): Promise<void> {
    if (!(await confirmAction(t('points.copyConfirm', { from: year.value - 1, year: year.value }), t('points.copyYear'), { confirmText: t('points.copyYear') }))) return;
    try {
      const res = await copyM.mutate({ year: year.value });
      notifySuccess(t('points.copied', { n: res?.data?.copyPointsRules.length ?? 0 }));
      refresh();
    } catch (e) {
      notifyError(e);
    }
  }
  return { year, years, rows, loading, refresh, canManage, writable, remove, copyYear };
}
