import { computed, watch } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { useQuery } from '@vue/apollo-composable';
import { BreakthroughProjectsDocument, type BreakthroughProjectsQuery, type ProblemCategory, type ProjectStatus } from '@/gql/graphql';
import { notifyError } from '@/api/notify';
import { usePagedFilters } from '@/composables/use-paging';
import { Permission } from '@/router/permissions';
import { useSessionStore } from '@/stores/session';
import { PROJECT_STATUSES } from '../shared/work-labels';

export type ProjectRow = BreakthroughProjectsQuery['breakthroughProjects']['items'][number];
export const PROJECT_TABS = ['list', 'without', 'behind', 'figures'] as const;
export type ProjectTab = (typeof PROJECT_TABS)[number];

const one = (v: unknown) => (typeof v === 'string' ? v : '');
const blank = () => ({ year: null as number | null, status: '' as ProjectStatus | '', category: '' as ProblemCategory | '', tenantId: '' });

/**
 * 书记突破项目: an agency's own projects (it files and carries them out), every agency's for the
 * committee (it reviews and accepts them; with 未申报的书记, 进度滞后 and the figures beside).
 * `?status=APPLIED` (the committee's to-do) opens the list filtered.
 */
export function useProjectsPage() {
  const route = useRoute();
  const router = useRouter();
  const session = useSessionStore();
  const applicant = computed(() => session.canChange(Permission.WORK_PROJECTS_APPLY));
  const reviewer = computed(() => session.canChange(Permission.WORK_PROJECTS_REVIEW));
  const committee = computed(() => session.isCommittee);
  const tab = computed<ProjectTab>({
    get: () => (committee.value && (PROJECT_TABS as readonly string[]).includes(one(route.query.tab)) ? (one(route.query.tab) as ProjectTab) : 'list'),
    set: (v) => void router.replace({ query: { ...route.query, tab: v } }),
  });
  return { applicant, reviewer, committee, tab };
}

/** The list: filters (the address's status among them), a page of projects. */
export function useProjectList() {
  const route = useRoute();
  const router = useRouter();

  const { draft, applied, apply, resetFilters, page, pageSize, offset } = usePagedFilters(blank);
  // The address's status (a to-do's link) is the list's filter.
  watch(
    () => one(route.query.status),
    (status) => {
      Object.assign(draft, { status: (PROJECT_STATUSES as string[]).includes(status) ? status : '' });
      apply();
    },
    { immediate: true },
  );
  const query = useQuery(BreakthroughProjectsDocument, () => ({
    year: applied.value.year,
    status: applied.value.status || null,
    category: applied.value.category || null,
    tenantId: applied.value.tenantId || null,
    offset: offset.value,
    limit: pageSize.value,
  }));
  query.onError(notifyError);
  const rows = computed(() => query.result.value?.breakthroughProjects.items ?? []);
  const total = computed(() => query.result.value?.breakthroughProjects.total ?? 0);
  const loading = computed(() => query.loading.value);
  const refresh = () => void query.refetch()?.catch(() => undefined);
  /** Filters and the address agree: a filter applied here replaces the link's status. */
  function search(): void {
    apply();
    if (one(route.query.status) !== applied.value.status) void router.replace({ query: { ...route.query, status: applied.value.status || undefined } });
  }
  function reset(): void {
    resetFilters();
    if (route.query.status) void router.replace({ query: { ...route.query, status: undefined } });
  }

  return { draft, search, reset, page, pageSize, rows, total, loading, refresh };
}
