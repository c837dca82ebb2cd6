import { computed, ref } from 'vue';
import { useQuery } from '@vue/apollo-composable';
import { MyDutiesDocument, type WarningLevel } from '@/gql/graphql';
import { describeError } from '@/api/errors';

export type MineFilter = 'todo' | 'all';

/** 我的责任: the signed-in member's obligations (their own, their posts', their branch's), overdue and current first. */
export function useMyDuties() {
  const query = useQuery(MyDutiesDocument, null, { fetchPolicy: 'cache-and-network' });
  const all = computed(() => query.result.value?.myDuties ?? []);
  const filter = ref<MineFilter>('todo');
  const rows = computed(() => (filter.value === 'all' ? all.value : all.value.filter((o) => !o.record || o.record.status === 'RETURNED')));
  const counts = computed(() => {
    const by = (w: WarningLevel) => all.value.filter((o) => o.warning === w).length;
    return { RED: by('RED'), YELLOW: by('YELLOW'), BLUE: by('BLUE'), marked: all.value.filter((o) => o.overdueMark).length };
  });
  const loading = computed(() => query.loading.value && !query.result.value);
  const error = computed(() => (query.error.value ? describeError(query.error.value).message : null));
  const refresh = () => void query.refetch()?.catch(() => undefined);
  return { rows, all, filter, counts, loading, error, refresh };
}
