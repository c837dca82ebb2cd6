import { computed, ref, watch, type Ref } from 'vue';
import { useMutation, useQuery } from '@vue/apollo-composable';
import { ReviewTaskReceiptDocument, TaskReceiptsDocument, type TaskReceiptFieldsFragment, type TaskReceiptStatus } from '@/gql/graphql';
import { confirmAction } from '@/api/confirm';
import { notifyError, notifySuccess } from '@/api/notify';
import { usePagedFilters } from '@/composables/use-paging';
import { Permission } from '@/router/permissions';
import { useSessionStore } from '@/stores/session';
import { i18n } from '@/i18n';

export type ReceiptRow = TaskReceiptFieldsFragment;

export interface ReceiptFilters {
  status: TaskReceiptStatus | '';
  overdue: boolean;
  tenantId: string;
  taskId: string;
  month: number | null;
}
export const blankReceiptFilters = (): ReceiptFilters => ({ status: '', overdue: false, tenantId: '', taskId: '', month: null });

/**
 * Receipts in reach, a page at a time, filtered by task (or the tasks' year and month), agency, state
 * and 逾期未报送; the committee's reviewers approve or return those reported. `fixedTaskId` pins the
 * list to one task (its board), `year` to the tasks of a year (the task centre's).
 */
export function useReceipts(fixedTaskId: Ref<string | null>, preset: Ref<Partial<ReceiptFilters> | undefined>, year: Ref<number | null> = ref(null)) {
  const t = i18n.global.t;
  const session = useSessionStore();
  const reviewer = computed(() => session.canChange(Permission.WORK_RECEIPTS_REVIEW));
  const { draft, applied, apply, resetFilters, page, pageSize, offset } = usePagedFilters(blankReceiptFilters);
  // A drill-down (a figure's row, the 待审核 notice) opens the list already filtered.
  // Compared as text: a navigation elsewhere on the page makes a new but equal preset.
  watch(
    () => JSON.stringify(preset.value ?? null),
    () => {
      if (!preset.value) return;
      Object.assign(draft, blankReceiptFilters(), preset.value);
      apply();
    },
    { immediate: true },
  );

  const query = useQuery(TaskReceiptsDocument, () => ({
    taskId: fixedTaskId.value ?? (applied.value.taskId || null),
    tenantId: applied.value.tenantId || null,
    status: applied.value.status || null,
    overdue: applied.value.overdue || null,
    year: fixedTaskId.value ? null : year.value,
    month: fixedTaskId.value ? null : applied.value.month,
    offset: offset.value,
    limit: pageSize.value,
  }));
  query.onError(notifyError);
  const rows = computed(() => query.result.value?.taskReceipts.items ?? []);
  const total = computed(() => query.result.value?.taskReceipts.total ?? 0);
  const loading = computed(() => query.loading.value);
  const refresh = () => void query.refetch()?.catch(() => undefined);

  const review = useMutation(ReviewTaskReceiptDocument);
  async function approve(row: ReceiptRow): Promise<boolean> {
    const msg = t('work.approveConfirm', { agency: row.tenant?.name ?? '', title: row.task?.title ?? '' });
    if (!(await confirmAction(msg, t('work.approveTitle'), { confirmText: t('work.approve') }))) return false;
    try {
      await review.mutate({ id: row.id, input: { approve: true } });
      notifySuccess(t('work.approved'));
      refresh();
      return true;
    } catch (e) {
      notifyError(e);
      return false;
    }
  }

  return { reviewer, draft, apply, resetFilters, page, pageSize, rows, total, loading, refresh, approve };
}
