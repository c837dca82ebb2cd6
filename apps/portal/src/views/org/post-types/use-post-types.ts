import { computed } from 'vue';
import { useQuery } from '@vue/apollo-composable';
import { PostTypesDocument, type PostTypesQuery } from '@/gql/graphql';
import { notifyError } from '@/api/notify';
import { Permission } from '@/router/permissions';
import { useSessionStore } from '@/stores/session';

export type PostTypeRow = PostTypesQuery['postTypes'][number];

/** The post catalogue (三级两类九岗 and the rest), in its order; the committee admin edits it. */
export function usePostTypes() {
  const session = useSessionStore();
  const canEdit = computed(() => session.canChange(Permission.POST_TYPES_MANAGE));
  const { result, loading, onError, refetch } = useQuery(PostTypesDocument, null, { fetchPolicy: 'cache-and-network' });
  onError(notifyError);
  const rows = computed(() => [...(result.value?.postTypes ?? [])].sort((a, b) => a.sortOrder - b.sortOrder));
  return { canEdit, rows, total: computed(() => rows.value.length), loading, refresh: () => refetch() };
}
