import { computed, ref } from 'vue';
import { useMutation, useQuery } from '@vue/apollo-composable';
import { ApprovePointsEntryDocument, PointsEntriesDocument, RejectPointsEntryDocument, type PointsEntryFieldsFragment, type PointsEntryStatus } from '@/gql/graphql';
import { confirmAction } from '@/api/confirm';
import { notifyError, notifySuccess } from '@/api/notify';
import { usePaging } from '@/composables/use-paging';
import { i18n } from '@/i18n';

export type EntryRow = PointsEntryFieldsFragment;

/**
 * 积分审核: the entries of the secretary's branches (their data scope: the server gives no others),
 * waiting ones first by default. 通过 within the rule's cap (the server's refusal names what is left),
 * 驳回 with the reason the member reads and may appeal once.
 */
export function usePointsReview() {
  const t = i18n.global.t;
  const status = ref<PointsEntryStatus | ''>('PENDING');
  const filters = computed(() => ({ status: status.value }));
  const { page, pageSize, offset } = usePaging(filters);
  const query = useQuery(PointsEntriesDocument, () => ({ status: status.value || null, offset: offset.value, limit: pageSize.value }), { fetchPolicy: 'cache-and-network' });
  query.onError(notifyError);
  const rows = computed(() => query.result.value?.pointsEntries.items ?? []);
  const total = computed(() => query.result.value?.pointsEntries.total ?? 0);
  const loading = computed(() => query.loading.value);
  const refresh = () => void query.refetch()?.catch(() => undefined);

  const approveM = useMutation(ApprovePointsEntryDocument);
  const rejectM = useMutation(RejectPointsEntryDocument);
  async function approve(e: EntryRow): Promise<void> {
    if (!(await confirmAction(t('points.approveConfirm', { name: e.member?.name ?? '', rule: e.ruleName, points: signed(e.points) }), t('points.approve'), { confirmText: t('points.approve') }))) return;
    try {
      await approveM.mutate({ id: e.id });
      notifySuccess(t('points.approved'));
      refresh();
    } catch (error) {
      notifyError(error);
    }
  }
  const reject = (e: EntryRow, reason: string) => rejectM.mutate({ id: e.id, reason });
  return { status, page, pageSize, rows, total, loading, refresh, approve, reject };
}

/** Points as the ledger writes them: a sign, at most one decimal. */
export const signed = (n: number) => `${n > 0 ? '+' : ''}${Number.isInteger(n) ? n : n.toFixed(1)}`;
