import { computed, ref } from 'vue';
import { useMutation, useQuery } from '@vue/apollo-composable';
import {
  AddAgencyDutyDocument,
  AgencyDutiesDocument,
  AgencyDutyListsDocument,
  ClearDutyTighteningDocument,
  RemoveAgencyDutyDocument,
  UpdateAgencyDutyDocument,
  type AgencyDutiesQuery,
  type DutyLevel,
  type DutySpecInput,
} from '@/gql/graphql';
import { describeError } from '@/api/errors';
import { confirmAction } from '@/api/confirm';
import { notifyError, notifySuccess } from '@/api/notify';
import { Permission } from '@/router/permissions';
import { useSessionStore } from '@/stores/session';
import { i18n } from '@/i18n';

export type ListDuty = AgencyDutiesQuery['agencyDuties'][number];

/**
 * 本单位责任清单: the committee's mandated items (with this agency's tightenings) and its own items, for
 * the current year. The agency's admin edits; secretaries and the committee read (the committee one
 * agency at a time, the one its picker shows).
 */
export function useDutyList() {
  const t = i18n.global.t;
  const session = useSessionStore();
  const tenantId = computed(() => (session.isCommittee ? session.viewTenantId : null));
  const needsAgency = computed(() => session.isCommittee && !session.viewTenantId);
  const writer = computed(() => session.canChange(Permission.DUTY_LISTS_MANAGE));
  const year = new Date().getFullYear();

  const postCode = ref('');
  const level = ref<DutyLevel | ''>('');
  const query = useQuery(AgencyDutiesDocument, () => ({ tenantId: tenantId.value, year, postCode: postCode.value || null }), () => ({
    enabled: !needsAgency.value,
    fetchPolicy: 'cache-and-network',
  }));
  const duties = computed(() => query.result.value?.agencyDuties ?? []);
  const rows = computed(() => (level.value ? duties.value.filter((d) => d.level === level.value) : duties.value));
  const loading = computed(() => query.loading.value && !query.result.value);
  const error = computed(() => (query.error.value ? describeError(query.error.value).message : null));
  const posts = computed(() => [...new Map(duties.value.map((d) => [d.postCode, d.post?.name ?? d.postCode])).entries()]);

  // Own items go into the agency's list of the year (issued when the committee publishes its template).
  const listsQuery = useQuery(AgencyDutyListsDocument, () => ({ tenantId: tenantId.value }), () => ({ enabled: writer.value, fetchPolicy: 'cache-and-network' }));
  const listId = computed(() => listsQuery.result.value?.agencyDutyLists.find((l) => l.year === year)?.id ?? null);

  const refresh = () => void query.refetch()?.catch(() => undefined);
  const add = useMutation(AddAgencyDutyDocument);
  const update = useMutation(UpdateAgencyDutyDocument);
  const remove = useMutation(RemoveAgencyDutyDocument);
  const clear = useMutation(ClearDutyTighteningDocument);

  async function saveOwn(input: DutySpecInput, id: string | null): Promise<unknown> {
    if (id) return update.mutate({ id, input });
    if (!listId.value) throw new Error(t('duties.noListYet'));
    return add.mutate({ listId: listId.value, input });
  }

  async function act(ask: string, title: string, run: () => Promise<unknown>, done: string): Promise<void> {
    if (!(await confirmAction(ask, title, { danger: true }))) return;
    try {
      await run();
      notifySuccess(done);
      refresh();
    } catch (e) {
      notifyError(e);
    }
  }
  const removeOwn = (d: ListDuty) => act(t('duties.removeOwnConfirm', { title: d.title }), t('duties.removeOwnTitle'), () => remove.mutate({ id: d.id }), t('duties.removed'));
  const clearTightening = (d: ListDuty) => act(t('duties.clearConfirm', { title: d.title }), t('duties.clearTitle'), () => clear.mutate({ itemId: d.id }), t('duties.cleared'));

  return { session, year, tenantId, needsAgency, writer, postCode, level, rows, duties, posts, loading, error, listId, saveOwn, removeOwn, clearTightening, refresh };
}
