import { ElMessageBox } from 'element-plus';
import 'element-plus/theme-chalk/el-message-box.css';
import { i18n } from '@/i18n';
import { notifyError, notifySuccess } from './notify';

/** Asks before a change; false when the user cancels or closes the box. `danger` paints the button red. */
export function confirmAction(message: string, title: string, options: { confirmText?: string; danger?: boolean } = {}): Promise<boolean> {
  const t = i18n.global.t;
  return ElMessageBox.confirm(message, title, {
    type: 'warning',
    confirmButtonText: options.confirmText ?? t('common.confirm'),
    cancelButtonText: t('common.cancel'),
    ...(options.danger ? { confirmButtonClass: 'el-button--danger' } : {}),
  }).then(
    () => true,
    () => false,
  );
}

/**
 * Asks, then makes the change: says `done` when it went through, or the refusal the way every error is
 * said. True when it went through (the caller refreshes what it shows).
 */
export async function confirmThen(ask: { message: string; title: string; danger?: boolean }, act: () => Promise<unknown>, done: string): Promise<boolean> {
  if (!(await confirmAction(ask.message, ask.title, { confirmText: ask.title, danger: ask.danger }))) return false;
  try {
    await act();
  } catch (e) {
    notifyError(e);
    return false;
  }
  notifySuccess(done);
  return true;
}
