import { computed, type Ref } from 'vue';
import { useQuery } from '@vue/apollo-composable';
import { BranchMembersDocument } from '@/gql/graphql';
import { notifyError } from '@/api/notify';

/** The active members of a branch (its 党小组 included): whom a session's speakers and attendance are picked from. */
export function useBranchMembers(unitId: Ref<string>) {
  const q = useQuery(BranchMembersDocument, () => ({ unitId: unitId.value }), () => ({ enabled: !!unitId.value, fetchPolicy: 'cache-and-network' }));
  q.onError(notifyError);
  const members = computed(() => (unitId.value ? (q.result.value?.partyMembers.items ?? []) : []));
  return { members, loading: computed(() => q.loading.value && !q.result.value) };
}
