import { computed, ref } from 'vue';
import { useMutation, useQuery } from '@vue/apollo-composable';
import { MarkAllSiteMessagesReadDocument, MarkSiteMessagesReadDocument, MySiteMessagesDocument, MyUnreadSiteMessageCountDocument } from '@/gql/graphql';
import { describeError } from '@/api/errors';
import { notifyError } from '@/api/notify';
import { useSessionStore } from '@/stores/session';

/** How often the bell asks for the unread count while the portal is open. */
const POLL_MS = 60_000;
const PAGE_SIZE = 20;

/** The top bar's bell: the caller's unread count, and their latest site messages once the list is opened. */
export function useMessageBell() {
  const session = useSessionStore();
  const open = ref(false);
  const countQuery = useQuery(MyUnreadSiteMessageCountDocument, null, { pollInterval: POLL_MS, fetchPolicy: 'cache-and-network' });
  const listQuery = useQuery(MySiteMessagesDocument, { limit: PAGE_SIZE }, () => ({ enabled: open.value, fetchPolicy: 'cache-and-network' }));
  // The badge reads the count query alone: the list's query sleeps while the drawer is closed, and its figure with it.
  const unread = computed(() => countQuery.result.value?.myUnreadSiteMessageCount ?? 0);
  const messages = computed(() => listQuery.result.value?.mySiteMessages.items ?? []);
  const total = computed(() => listQuery.result.value?.mySiteMessages.total ?? 0);
  const loading = computed(() => listQuery.loading.value && !listQuery.result.value);
  const error = computed(() => (listQuery.error.value ? describeError(listQuery.error.value).message : null));
  // The committee's view of an agency is read-only for marks too (the server refuses them there).
  const canMark = computed(() => !session.narrowed);

  const refetch = { refetchQueries: ['MyUnreadSiteMessageCount', 'MySiteMessages'], awaitRefetchQueries: true };
  const markOne = useMutation(MarkSiteMessagesReadDocument, refetch);
  const markAll = useMutation(MarkAllSiteMessagesReadDocument, refetch);
  const marking = computed(() => markOne.loading.value || markAll.loading.value);

  async function markRead(id: string): Promise<void> {
    if (!canMark.value) return;
    await markOne.mutate({ ids: [id] }).catch(notifyError);
  }

  async function markAllRead(): Promise<void> {
    await markAll.mutate().catch(notifyError);
  }

  const reload = () => void listQuery.refetch()?.catch(() => undefined);

  return { open, unread, messages, total, loading, error, canMark, marking, markRead, markAllRead, reload };
}
