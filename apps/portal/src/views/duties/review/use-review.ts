import { computed } from 'vue';
import { useMutation, useQuery } from '@vue/apollo-composable';
import { FulfilmentRecordsDocument, ReviewFulfilmentRecordDocument, ReviewQueueDocument, type FulfilmentRecordsQuery, type RecordStatus, type ReviewQueueQuery } from '@/gql/graphql';
import { describeError } from '@/api/errors';
import { notifyError, notifySuccess } from '@/api/notify';
import { confirmAction } from '@/api/confirm';
import { usePagedFilters } from '@/composables/use-paging';
import { useSessionStore } from '@/stores/session';
import { i18n } from '@/i18n';

export type QueueRow = ReviewQueueQuery['reviewQueue'][number];
export type LedgerRow = FulfilmentRecordsQuery['fulfilmentRecords']['items'][number];

/** 审核: the records waiting for the caller (oldest first), accepted or returned; and the 履责纪实台账 below. */
export function useReview() {
  const t = i18n.global.t;
  const session = useSessionStore();
  const queue = useQuery(ReviewQueueDocument, null, { fetchPolicy: 'cache-and-network' });
  const waiting = computed(() => queue.result.value?.reviewQueue ?? []);
  const queueLoading = computed(() => queue.loading.value && !queue.result.value);
  const queueError = computed(() => (queue.error.value ? describeError(queue.error.value).message : null));

  const { draft, applied, apply, resetFilters, page, pageSize, offset } = usePagedFilters(() => ({ status: '' as RecordStatus | '', late: '' as '' | 'yes' | 'no', periodKey: '', unitId: '' }));
  const ledger = useQuery(FulfilmentRecordsDocument, () => ({
    status: applied.value.status || null,
    late: applied.value.late === '' ? null : applied.value.late === 'yes',
    periodKey: applied.value.periodKey.trim() || null,
    unitId: applied.value.unitId || null,
    tenantId: session.viewTenantId,
    offset: offset.value,
    limit: pageSize.value,
  }));
  ledger.onError(notifyError);
  const records = computed(() => ledger.result.value?.fulfilmentRecords.items ?? []);
  const total = computed(() => ledger.result.value?.fulfilmentRecords.total ?? 0);

  const review = useMutation(ReviewFulfilmentRecordDocument);
  function refresh(): void {
    void queue.refetch()?.catch(() => undefined);
    void ledger.refetch()?.catch(() => undefined);
  }
  async function accept(row: QueueRow): Promise<void> {
    if (!(await confirmAction(t('duties.acceptConfirm', { title: row.duty?.title ?? '' }), t('duties.acceptTitle'), { confirmText: t('duties.accept') }))) return;
    try {
      await review.mutate({ id: row.id, accept: true });
      notifySuccess(t('duties.acceptedDone'));
      refresh();
    } catch (e) {
      notifyError(e);
    }
  }

  return { waiting, queueLoading, queueError, draft, apply, resetFilters, records, total, ledgerLoading: ledger.loading, page, pageSize, accept, refresh };
}
