import { ElMessageBox } from 'element-plus';
import 'element-plus/theme-chalk/el-message-box.css';
import { i18n } from '@/i18n';

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
