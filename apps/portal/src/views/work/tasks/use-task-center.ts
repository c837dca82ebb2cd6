import { computed } from 'vue';
import { useRoute, useRouter, type LocationQueryRaw } from 'vue-router';
import { useQuery } from '@vue/apollo-composable';
import { TaskReceiptFiguresDocument, TaskReceiptsDocument, WorkPlansDocument, WorkTasksDocument, type TaskReceiptStatus } from '@/gql/graphql';
import { describeError } from '@/api/errors';
import { notifyError } from '@/api/notify';
import { Permission } from '@/router/permissions';
import { useSessionStore } from '@/stores/session';
import { localYear } from '@/utils/deadline';
import type { ReceiptFilters } from '../shared/use-receipts';

export const CENTER_TABS = ['tasks', 'plan', 'receipts', 'figures'] as const;
export type CenterTab = (typeof CENTER_TABS)[number];

const one = (v: unknown) => (typeof v === 'string' ? v : '');

/**
 * 任务中心: the year's 工作要点, its monthly key tasks, their receipts and the figures. What is shown
 * (tab, year, month, a receipts filter) lives in the address, so a drill-down or a to-do's link
 * opens the page as it was left and the back button undoes it.
 */
export function useTaskCenter() {
  const route = useRoute();
  const router = useRouter();
  const session = useSessionStore();
  const manager = computed(() => session.canChange(Permission.WORK_TASKS_MANAGE));
  const reviewer = computed(() => session.canChange(Permission.WORK_RECEIPTS_REVIEW));

  const go = (patch: LocationQueryRaw) => void router.replace({ query: { ...route.query, ...patch } });
  const tab = computed<CenterTab>({
    get: () => (CENTER_TABS as readonly string[]).includes(one(route.query.tab)) ? (one(route.query.tab) as CenterTab) : 'tasks',
    set: (v) => go({ tab: v }),
  });
  const year = computed<number>({
    get: () => Number(one(route.query.year)) || localYear(),
    set: (v) => go({ year: String(v), month: undefined, taskId: undefined, receiptMonth: undefined }),
  });
  const month = computed<number | null>({
    get: () => Number(one(route.query.month)) || null,
    set: (v) => go({ month: v ? String(v) : undefined }),
  });
  const receiptPreset = computed<Partial<ReceiptFilters>>(() => ({
    status: one(route.query.status) as TaskReceiptStatus | '',
    tenantId: one(route.query.tenantId),
    taskId: one(route.query.taskId),
    overdue: route.query.overdue === '1',
    month: Number(one(route.query.receiptMonth)) || null,
  }));
  /** Opens the receipts, filtered (a figure's row, the 待审核 notice). */
  function showReceipts(filters: Partial<ReceiptFilters>): void {
    go({
      tab: 'receipts',
      status: filters.status || undefined,
      tenantId: filters.tenantId || undefined,
      taskId: filters.taskId || undefined,
      overdue: filters.overdue ? '1' : undefined,
      receiptMonth: filters.month ? String(filters.month) : undefined,
    });
  }

  const plansQuery = useQuery(WorkPlansDocument, null, { fetchPolicy: 'cache-and-network' });
  plansQuery.onError(notifyError);
  const plans = computed(() => plansQuery.result.value?.workPlans ?? []);
  const plan = computed(() => plans.value.find((p) => p.year === year.value) ?? null);
  const plansLoading = computed(() => plansQuery.loading.value && !plansQuery.result.value);

  const tasksQuery = useQuery(WorkTasksDocument, () => ({ year: year.value }));
  const tasks = computed(() => tasksQuery.result.value?.workTasks ?? []);
  const tasksLoading = computed(() => tasksQuery.loading.value);
  const tasksError = computed(() => (tasksQuery.error.value ? describeError(tasksQuery.error.value).message : null));

  // Every committee reader may read these (the per-task receiptFigures is for reviewers only).
  const byTaskQuery = useQuery(TaskReceiptFiguresDocument, () => ({ grouping: 'TASK' as const, year: year.value }));
  const figuresOf = (taskId: string) => byTaskQuery.result.value?.taskReceiptFigures.find((f) => f.key === taskId) ?? null;

  // The reviewers' queue: how many wait, across every task (the 工作台's to-do links here).
  const waitingQuery = useQuery(TaskReceiptsDocument, () => ({ status: 'REPORTED' as const, offset: 0, limit: 1 }), () => ({ enabled: reviewer.value }));
  const waiting = computed(() => (reviewer.value ? (waitingQuery.result.value?.taskReceipts.total ?? 0) : 0));

  const years = computed(() => plans.value.map((p) => p.year));
  function refresh(): void {
    for (const q of [plansQuery, tasksQuery, byTaskQuery, ...(reviewer.value ? [waitingQuery] : [])]) void q.refetch()?.catch(() => undefined);
  }

  return { manager, reviewer, tab, year, years, month, receiptPreset, showReceipts, plans, plan, plansLoading, tasks, tasksLoading, tasksError, figuresOf, waiting, refresh };
}
