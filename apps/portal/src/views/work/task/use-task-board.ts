import { computed } from 'vue';
import { useRoute } from 'vue-router';
import { useQuery } from '@vue/apollo-composable';
import { TaskReceiptFiguresDocument, WorkTaskDocument } from '@/gql/graphql';
import { describeError } from '@/api/errors';
import { Permission } from '@/router/permissions';
import { useSessionStore } from '@/stores/session';
import { i18n } from '@/i18n';

/**
 * 回执情况 of one task: the task as sent, its receipts' counts and picture, and the receipts below.
 * Reviewers read the task's own figures (receiptFigures); the committee's other readers the year's
 * figures by task, which every reader may.
 */
export function useTaskBoard() {
  const t = i18n.global.t;
  const route = useRoute();
  const session = useSessionStore();
  const id = computed(() => String(route.params.id ?? ''));
  const reviewer = computed(() => session.can(Permission.WORK_RECEIPTS_REVIEW));
  const manager = computed(() => session.canChange(Permission.WORK_TASKS_MANAGE));

  const taskQuery = useQuery(WorkTaskDocument, () => ({ id: id.value, reviewer: reviewer.value }), () => ({ enabled: !!id.value }));
  const task = computed(() => (taskQuery.result.value?.workTask.id === id.value ? taskQuery.result.value.workTask : null));
  const loading = computed(() => !task.value && taskQuery.loading.value);
  const error = computed(() => (taskQuery.error.value ? describeError(taskQuery.error.value) : null));

  const yearQuery = useQuery(TaskReceiptFiguresDocument, () => ({ grouping: 'TASK' as const, year: task.value?.year ?? 0 }), () => ({ enabled: !reviewer.value && !!task.value }));
  const figures = computed(() => (task.value ? (task.value.receiptFigures ?? yearQuery.result.value?.taskReceiptFigures.find((f) => f.key === id.value) ?? null) : null));

  const donut = (name: string, slices: { key: string; value: number; color: string }[]) => ({
    tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
    legend: { bottom: 0, textStyle: { fontSize: 12 } },
    series: [
      {
        name,
        type: 'pie',
        radius: ['42%', '66%'],
        center: ['50%', '44%'],
        label: { formatter: '{b} {c}' },
        data: slices.filter((x) => x.value > 0).map((x) => ({ name: t(`work.fig.${x.key}`), value: x.value, itemStyle: { color: x.color } })),
      },
    ],
  });
  // Each receipt counted once: where it is now, and how it stands against the deadline.
  const charts = computed(() => {
    const f = figures.value;
    if (!f || !f.total) return null;
    return {
      status: donut(t('work.chartStatus'), [
        { key: 'unsigned', value: f.total - f.signed, color: '#8d9095' },
        { key: 'working', value: f.signed - f.reported, color: '#1d5fbf' },
        { key: 'waiting', value: f.reported - f.approved - f.returned, color: '#e9b949' },
        { key: 'approved', value: f.approved, color: '#327a25' },
        { key: 'returned', value: f.returned, color: '#c8161d' },
      ]),
      deadline: donut(t('work.chartDeadline'), [
        { key: 'notDue', value: f.total - f.due, color: '#8d9095' },
        { key: 'onTime', value: f.onTime, color: '#327a25' },
        { key: 'late', value: f.late, color: '#e9b949' },
        { key: 'overdue', value: f.overdue, color: '#c8161d' },
      ]),
    };
  });

  function refresh(): void {
    void taskQuery.refetch()?.catch(() => undefined);
    if (!reviewer.value) void yearQuery.refetch()?.catch(() => undefined);
  }

  return { id, manager, task, loading, error, figures, charts, refresh };
}
