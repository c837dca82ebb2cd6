import { computed, ref } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { useMutation, useQuery } from '@vue/apollo-composable';
import { SignTaskReceiptDocument, StartTaskReceiptDocument, TaskReceiptDocument } from '@/gql/graphql';
import { notifyError, notifySuccess } from '@/api/notify';
import { Permission } from '@/router/permissions';
import { useSessionStore } from '@/stores/session';
import { i18n } from '@/i18n';
import { useReceipts, type ReceiptRow } from '../shared/use-receipts';

/**
 * 任务收件箱: the agency's receipts, newest first, each with its warning, deadline and state, and the
 * next step (签收, 开始办理, 办理 and 报送, 重新办理 after a return). `?receipt=ID` (a to-do's link)
 * opens that receipt, wherever it is in the list.
 */
export function useInbox() {
  const t = i18n.global.t;
  const route = useRoute();
  const router = useRouter();
  const session = useSessionStore();
  const responder = computed(() => session.canChange(Permission.WORK_RECEIPTS_RESPOND));
  const list = useReceipts(ref(null), ref(undefined));

  const linked = computed(() => (typeof route.query.receipt === 'string' ? route.query.receipt : ''));
  const linkedQuery = useQuery(TaskReceiptDocument, () => ({ id: linked.value }), () => ({ enabled: !!linked.value, fetchPolicy: 'network-only' }));
  linkedQuery.onError(notifyError);
  const linkedReceipt = computed(() => (linkedQuery.result.value?.taskReceipt.id === linked.value ? linkedQuery.result.value.taskReceipt : null));
  /** Forgets the link once its receipt is closed, so a reload does not open it again. */
  const unlink = () => {
    if (linked.value) void router.replace({ query: { ...route.query, receipt: undefined } });
  };

  const signM = useMutation(SignTaskReceiptDocument);
  const startM = useMutation(StartTaskReceiptDocument);
  function refresh(): void {
    list.refresh();
    if (linked.value) void linkedQuery.refetch()?.catch(() => undefined);
  }
  async function sign(r: ReceiptRow): Promise<boolean> {
    try {
      await signM.mutate({ id: r.id });
      notifySuccess(t('work.signedDone'));
      refresh();
      return true;
    } catch (e) {
      notifyError(e);
      return false;
    }
  }
  /** 已签收 (or 已退回) → 办理中; the caller then opens the response form. */
  async function start(r: ReceiptRow): Promise<boolean> {
    try {
      await startM.mutate({ id: r.id });
      refresh();
      return true;
    } catch (e) {
      notifyError(e);
      return false;
    }
  }

  return { ...list, responder, linkedReceipt, unlink, sign, start, refresh };
}
