import { computed } from 'vue';
import { useQuery } from '@vue/apollo-composable';
import { ReviewSessionsDocument, type ReviewSessionFieldsFragment } from '@/gql/graphql';
import { notifyError } from '@/api/notify';
import { Permission } from '@/router/permissions';
import { useSessionStore } from '@/stores/session';

export type ReviewSessionRow = ReviewSessionFieldsFragment;

/** 述职评议: the years' sessions, newest first; the committee plans them, an agency opens its own report there. */
export function useReviews() {
  const session = useSessionStore();
  const manager = computed(() => session.canChange(Permission.REVIEWS_MANAGE));
  const query = useQuery(ReviewSessionsDocument, null, { fetchPolicy: 'cache-and-network' });
  query.onError(notifyError);
  const sessions = computed(() => query.result.value?.reviewSessions ?? []);
  const loading = computed(() => query.loading.value);
  const refresh = () => void query.refetch()?.catch(() => undefined);
  const agencies = (s: ReviewSessionRow) => s.groups.reduce((n, g) => n + g.participantCount, 0);
  return { manager, sessions, loading, refresh, agencies };
}
