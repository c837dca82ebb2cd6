import { ElMessage } from 'element-plus';
import 'element-plus/theme-chalk/el-message.css';
import { describeError, type ApiProblem } from './errors';

export function notifyError(error: unknown): ApiProblem {
  const problem = describeError(error);
  // UNAUTHENTICATED is handled by the session (back to login with its own message).
  if (problem.code !== 'UNAUTHENTICATED') ElMessage.error({ message: problem.message, grouping: true, showClose: true });
  return problem;
}

export function notifySuccess(message: string): void {
  ElMessage.success({ message, grouping: true });
}

/** Something to heed that is not a refusal (the month already has its key tasks). */
export function notifyWarning(message: string): void {
  ElMessage.warning({ message, grouping: true, showClose: true, duration: 6000 });
}
