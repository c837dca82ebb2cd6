import { computed } from 'vue';
import { useMutation, useQuery } from '@vue/apollo-composable';
import { AppealPointsEntryDocument, MyPointsStandingDocument, PointsEntriesDocument, PointsRulesDocument } from '@/gql/graphql';
import { notifyError } from '@/api/notify';
import { usePaging } from '@/composables/use-paging';
import { localYear } from '@/utils/deadline';
import type { EntryRow } from '../points-review/use-points-review';

/**
 * 我的积分: the member's standing this year (the server ranks them among the whole agency and gives
 * back only their own figures), their own entries — by member id, since a secretary declaring for
 * themself would otherwise read their branch's — and the rules they may declare under.
 */
export function usePointsMine() {
  const year = localYear();
  const standingQ = useQuery(MyPointsStandingDocument, { periodKey: String(year) }, { fetchPolicy: 'cache-and-network' });
  standingQ.onError(notifyError);
  const standing = computed(() => standingQ.result.value?.myPointsStanding ?? null);
  // Loaded and answered empty: the account has no active member record (not the same as loading).
  const noMember = computed(() => !!standingQ.result.value && standingQ.result.value.myPointsStanding === null);
  const memberId = computed(() => standing.value?.memberId ?? null);

  const { page, pageSize, offset } = usePaging(memberId);
  const entriesQ = useQuery(PointsEntriesDocument, () => ({ memberId: memberId.value, offset: offset.value, limit: pageSize.value }), () => ({ enabled: !!memberId.value, fetchPolicy: 'cache-and-network' }));
  entriesQ.onError(notifyError);
  const rows = computed<EntryRow[]>(() => entriesQ.result.value?.pointsEntries.items ?? []);
  const total = computed(() => entriesQ.result.value?.pointsEntries.total ?? 0);
  const loading = computed(() => standingQ.loading.value || entriesQ.loading.value);

  const rulesQ = useQuery(PointsRulesDocument, { year }, () => ({ enabled: !!memberId.value, fetchPolicy: 'cache-and-network' }));
  rulesQ.onError(notifyError);
  const declarable = computed(() => (rulesQ.result.value?.pointsRules ?? []).filter((r) => r.mode === 'DECLARED'));

  function refresh(): void {
    void standingQ.refetch()?.catch(() => undefined);
    void entriesQ.refetch()?.catch(() => undefined);
  }

  const appealM = useMutation(AppealPointsEntryDocument);
  const appeal = (e: EntryRow, reason: string) => appealM.mutate({ id: e.id, reason });
  return { year, standing, noMember, rows, total, loading, page, pageSize, declarable, refresh, appeal };
}
