import { ref } from 'vue';
import { useApolloClient } from '@vue/apollo-composable';
import { PartyMembersDocument, type PartyMembersQuery } from '@/gql/graphql';
import { notifyError } from '@/api/notify';

type Found = PartyMembersQuery['partyMembers']['items'][number];

/**
 * A remote el-select's member search: the active members whose name or number matches, first twenty,
 * labelled “name · unit”. `keep` narrows them (the ones the caller may write to, say). Network-only, as
 * a member added a moment ago must be found.
 */
export function useMemberSearch(keep: (m: Found) => boolean = () => true) {
  const { resolveClient } = useApolloClient();
  const options = ref<{ value: string; label: string }[]>([]);
  const loading = ref(false);
  async function search(query: string): Promise<void> {
    loading.value = true;
    try {
      const { data } = await resolveClient().query({
        query: PartyMembersDocument,
        variables: { search: query.trim() || null, unitId: null, status: 'ACTIVE', includeDescendants: true, offset: 0, limit: 20 },
        fetchPolicy: 'network-only',
      });
      options.value = data.partyMembers.items.filter(keep).map((m) => ({ value: m.id, label: `${m.name} · ${m.unit.name}` }));
    } catch (e) {
      notifyError(e);
    } finally {
      loading.value = false;
    }
  }
  const reset = () => (options.value = []);
  return { options, loading, search, reset };
}
