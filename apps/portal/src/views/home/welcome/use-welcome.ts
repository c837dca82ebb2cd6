import { computed } from 'vue';
import { useQuery } from '@vue/apollo-composable';
import { MyPartyMemberDocument } from '@/gql/graphql';
import { notifyError } from '@/api/notify';
import { useMenu } from '@/layout/use-menu';
import { useSessionStore } from '@/stores/session';

/** The start page: who is signed in, their own party-member record (if linked) and shortcuts. */
export function useWelcome() {
  const session = useSessionStore();
  const { groups } = useMenu();
  const { result, loading, onError } = useQuery(MyPartyMemberDocument, null, { fetchPolicy: 'cache-and-network' });
  onError(notifyError);
  const member = computed(() => result.value?.myPartyMember ?? null);
  const shortcuts = computed(() => groups.value.flatMap((g) => g.entries).filter((e) => e.name !== 'home'));
  return { session, member, loading, shortcuts };
}
