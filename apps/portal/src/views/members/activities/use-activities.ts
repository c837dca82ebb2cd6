import { computed, ref, watch } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { useMutation, useQuery } from '@vue/apollo-composable';
import { CancelStageActivityDocument, StageActivitiesDocument, StageCoverageDocument, type ActivityKind, type ActivityStatus, type StageActivityFieldsFragment } from '@/gql/graphql';
import { notifyError } from '@/api/notify';
import { usePagedFilters } from '@/composables/use-paging';
import { useTenants } from '@/composables/use-tenants';
import { Permission } from '@/router/permissions';
import { useSessionStore } from '@/stores/session';
import { localYear } from '@/utils/deadline';

export type ActivityRow = StageActivityFieldsFragment;
export const KINDS: ActivityKind[] = ['STAGE', 'THEORY', 'REFLECTION', 'WORK_REPORT'];
export const STATUSES: ActivityStatus[] = ['PLANNED', 'HELD', 'CANCELLED'];
export const STATUS_TAG: Record<ActivityStatus, 'info' | 'success' | 'danger'> = { PLANNED: 'info', HELD: 'success', CANCELLED: 'danger' };
type Tab = 'list' | 'coverage';

interface Filters {
  unitId: string;
  kind: ActivityKind | '';
  status: ActivityStatus | '';
}

/**
 * 讲台活动: a year's sessions of the branches the caller reaches (a secretary their own, the agency
 * admin all; the committee one agency at a time, read only) and the year's coverage, whose branches
 * are also the branch filter's and the plan form's choices.
 */
export function useActivities() {
  const route = useRoute();
  const router = useRouter();
  const session = useSessionStore();
  const { agencies } = useTenants();
  const manager = computed(() => session.canChange(Permission.ACTIVITIES_MANAGE));
  const committee = computed(() => session.isCommittee);
  const tab = computed<Tab>({
    get: () => (route.query.tab === 'coverage' ? 'coverage' : 'list'),
    set: (v) => void router.replace({ query: { ...route.query, tab: v === 'list' ? undefined : v } }),
  });
  const year = ref(localYear());
  // The committee reads one agency's sessions: the first until another is picked.
  const tenantId = ref('');
  watch(
    agencies,
    (list) => {
      if (committee.value && !tenantId.value && list.length) tenantId.value = list[0].id;
    },
    { immediate: true },
  );
  const ready = computed(() => !committee.value || !!tenantId.value);
  const tenantVar = () => (committee.value ? tenantId.value || null : null);

  const blank = (): Filters => ({ unitId: '', kind: '', status: '' });
  const { draft, applied, apply, resetFilters, page, pageSize, offset } = usePagedFilters(blank);
  const list = useQuery(
    StageActivitiesDocument,
    () => ({ tenantId: tenantVar(), year: year.value, unitId: applied.value.unitId || null, kind: applied.value.kind || null, status: applied.value.status || null, offset: offset.value, limit: pageSize.value }),
    () => ({ enabled: ready.value, fetchPolicy: 'cache-and-network' }),
  );
  list.onError(notifyError);
  const rows = computed(() => list.result.value?.stageActivities.items ?? []);
  const total = computed(() => list.result.value?.stageActivities.total ?? 0);
  const loading = computed(() => list.loading.value);

  const coverageQ = useQuery(StageCoverageDocument, () => ({ tenantId: tenantVar(), year: year.value }), () => ({ enabled: ready.value, fetchPolicy: 'cache-and-network' }));
  coverageQ.onError(notifyError);
  const coverage = computed(() => coverageQ.result.value?.stageCoverage ?? null);
  const coverageLoading = computed(() => coverageQ.loading.value && !coverageQ.result.value);
  const branches = computed(() => (coverage.value?.branches ?? []).map((b) => ({ value: b.unitId, label: b.unit?.name ?? b.unitId })));

  function refresh(): void {
    void list.refetch()?.catch(() => undefined);
    void coverageQ.refetch()?.catch(() => undefined);
  }

  const cancelM = useMutation(CancelStageActivityDocument);
  const cancel = (a: ActivityRow, reason: string) => cancelM.mutate({ id: a.id, reason });

  return { manager, committee, tab, year, tenantId, draft, apply, resetFilters, page, pageSize, rows, total, loading, coverage, coverageLoading, branches, refresh, cancel };
}
