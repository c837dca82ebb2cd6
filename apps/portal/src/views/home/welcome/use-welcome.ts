import { computed } from 'vue';
import { useQuery } from '@vue/apollo-composable';
import { MyPartyMemberDocument, MyTodosDocument, type WarningLevel } from '@/gql/graphql';
import { describeError } from '@/api/errors';
import { notifyError } from '@/api/notify';
import { useMenu } from '@/layout/use-menu';
import { useSessionStore } from '@/stores/session';

/** The warning colours (蓝/黄/红) as element-plus tag types. */
export const LEVEL_TAG: Record<WarningLevel, 'primary' | 'warning' | 'danger'> = { BLUE: 'primary', YELLOW: 'warning', RED: 'danger' };

/** The 工作台: who is signed in, what they must do (myTodos), their own party-member record (if linked) and shortcuts. */
export function useWelcome() {
  const session = useSessionStore();
  const { groups } = useMenu();
  const { result, loading, onError } = useQuery(MyPartyMemberDocument, null, { fetchPolicy: 'cache-and-network' });
  onError(notifyError);
  const member = computed(() => result.value?.myPartyMember ?? null);
  const shortcuts = computed(() => groups.value.flatMap((g) => g.entries).filter((e) => e.name !== 'home'));

  // The to-do card tells loading, empty and failed apart: an empty list is only said once it has arrived.
  const todoQuery = useQuery(MyTodosDocument, null, { fetchPolicy: 'cache-and-network' });
  const todos = computed(() => todoQuery.result.value?.myTodos ?? []);
  const todosLoading = computed(() => todoQuery.loading.value && !todoQuery.result.value);
  const todosError = computed(() => (todoQuery.error.value ? describeError(todoQuery.error.value).message : null));
  const reloadTodos = () => void todoQuery.refetch()?.catch(() => undefined);

  return { session, member, loading, shortcuts, todos, todosLoading, todosError, reloadTodos };
}
