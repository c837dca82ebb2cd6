import { useMutation } from '@vue/apollo-composable';
import { RecallWorkTaskDocument, RemoveWorkTaskDocument, SendWorkTaskDocument, type WorkTaskFieldsFragment } from '@/gql/graphql';
import { confirmAction } from '@/api/confirm';
import { notifyError, notifySuccess, notifyWarning } from '@/api/notify';
import { i18n } from '@/i18n';

type Task = Pick<WorkTaskFieldsFragment, 'id' | 'title' | 'target' | 'targetTenantIds' | 'monthWarning'>;

/** 推送, 撤回 and 删除 of a task, each after a confirmation that says what it does; `done` refreshes the page. */
export function useTaskActions(done: () => void) {
  const t = i18n.global.t;
  const sendM = useMutation(SendWorkTaskDocument);
  const recallM = useMutation(RecallWorkTaskDocument);
  const removeM = useMutation(RemoveWorkTaskDocument);

  /** Runs the change; `action` answers what to say once it is done. */
  async function run(action: () => Promise<string>): Promise<boolean> {
    try {
      notifySuccess(await action());
      done();
      return true;
    } catch (e) {
      notifyError(e);
      return false;
    }
  }

  // The month's 1–2 is a warning, read before sending and again after: never a refusal.
  async function send(task: Task): Promise<void> {
    const whom = task.target === 'ALL' ? t('work.targets.ALL') : t('work.chosenCount', { n: task.targetTenantIds?.length ?? 0 });
    const message = [t('work.sendConfirm', { title: task.title, whom }), task.monthWarning ? t('work.sendWarning', { warning: task.monthWarning }) : ''].filter(Boolean).join(' ');
    if (!(await confirmAction(message, t('work.sendTitle'), { confirmText: t('work.send') }))) return;
    let warning: string | null = null;
    const ok = await run(async () => {
      const res = await sendM.mutate({ id: task.id });
      warning = res?.data?.sendWorkTask.monthWarning ?? null;
      return t('work.sent', { n: res?.data?.sendWorkTask.receiptCount ?? 0 });
    });
    if (ok && warning) notifyWarning(warning);
  }
  async function recall(task: Task): Promise<void> {
    if (!(await confirmAction(t('work.recallConfirm', { title: task.title }), t('work.recallTitle'), { confirmText: t('work.recall'), danger: true }))) return;
    await run(async () => {
      await recallM.mutate({ id: task.id });
      return t('work.recalled');
    });
  }
  async function remove(task: Task): Promise<void> {
    if (!(await confirmAction(t('work.removeTaskConfirm', { title: task.title }), t('work.removeTaskTitle'), { danger: true }))) return;
    await run(async () => {
      await removeM.mutate({ id: task.id });
      return t('work.removed');
    });
  }

  return { send, recall, remove };
}
