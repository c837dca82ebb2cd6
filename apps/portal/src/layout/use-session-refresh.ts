import { onMounted } from 'vue';
import { useApolloClient } from '@vue/apollo-composable';
import { MeDocument } from '@/gql/graphql';
import { useSessionStore } from '@/stores/session';

/**
 * Re-reads the signed-in user when the layout opens (a reload restores the session from
 * sessionStorage): picks up changed roles or name, and a token revoked meanwhile ends the session
 * through the expiry link right away instead of on the first click.
 */
export function useSessionRefresh(): void {
  const session = useSessionStore();
  const { resolveClient } = useApolloClient();
  onMounted(async () => {
    try {
      const { data } = await resolveClient().query({ query: MeDocument, fetchPolicy: 'network-only' });
      if (data?.me && session.signedIn) session.setUser(data.me);
    } catch {
      // UNAUTHENTICATED is handled by the expiry link; anything else shows up on the page's own queries.
    }
  });
}
