import { useMutation } from '@vue/apollo-composable';
import { ApplyBreakthroughProjectDocument, RemoveBreakthroughProjectDocument } from '@/gql/graphql';
import { confirmAction } from '@/api/confirm';
import { notifyError, notifySuccess } from '@/api/notify';
import { i18n } from '@/i18n';

type Project = { id: string; title: string };

/** The agency's 申报 and 删除 of a project, each after a confirmation; `done` refreshes the page. */
export function useProjectActions(done: () => void) {
  const t = i18n.global.t;
  const applyM = useMutation(ApplyBreakthroughProjectDocument);
  const removeM = useMutation(RemoveBreakthroughProjectDocument);

  async function apply(p: Project): Promise<void> {
    if (!(await confirmAction(t('work.applyConfirm', { title: p.title }), t('work.applyTitle'), { confirmText: t('work.apply') }))) return;
    try {
      await applyM.mutate({ id: p.id });
      notifySuccess(t('work.applied'));
      done();
    } catch (e) {
      notifyError(e);
    }
  }
  async function remove(p: Project): Promise<boolean> {
    if (!(await confirmAction(t('work.removeProjectConfirm', { title: p.title }), t('work.removeProjectTitle'), { danger: true }))) return false;
    try {
      await removeM.mutate({ id: p.id });
      notifySuccess(t('work.removed'));
      done();
      return true;
    } catch (e) {
      notifyError(e);
      return false;
    }
  }
  return { apply, remove };
}
