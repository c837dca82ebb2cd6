import './lib/work.policies';
import type { ZerenModule } from '@zeren/api';
import { WorkPlan, WorkPoint } from './lib/plan/work-plan.entity';
import { TaskDeadlineChange, WorkTask } from './lib/task/work-task.entity';
import { TaskReceipt } from './lib/task/task-receipt.entity';
import { BreakthroughProject, ProjectMilestone, ProjectProgress } from './lib/project/breakthrough-project.entity';
import { PlanResolver } from './lib/plan/plan.resolver';
import { ReceiptResolver, TaskResolver } from './lib/task/task.resolver';
import { PartyGroupSecretaryResolver, ProjectProgressResolver, ProjectResolver } from './lib/project/project.resolver';
import { WorkFiguresResolver } from './lib/figures/work-figures.resolver';
import { WorkExportResolver } from './lib/export/export.resolver';
import { Work1764900000000 } from './lib/migrations/1764900000000-work.migration';
import { WORK_GRANTS } from './lib/work.permissions';
import { workTodos } from './lib/work.todos';
import { workReminders } from './lib/work.reminders';
import { workSweep } from './lib/work.sweep';
import { workMessages } from './lib/work.messages.en';
import { workSeeder } from './lib/seed/work.seeder';

export { WorkPlan, WorkPoint } from './lib/plan/work-plan.entity';
export { WorkTask, TaskDeadlineChange } from './lib/task/work-task.entity';
export { TaskReceipt } from './lib/task/task-receipt.entity';
export { BreakthroughProject, ProjectMilestone, ProjectProgress } from './lib/project/breakthrough-project.entity';
export * from './lib/work.enums';
export { WorkPermission } from './lib/work.permissions';
export { PlanService } from './lib/plan/plan.service';
export { TaskService, TASKS_PER_MONTH } from './lib/task/task.service';
export { ReceiptService } from './lib/task/receipt.service';
export { ProjectService, IMPLEMENTED, FILED } from './lib/project/project.service';
export { WorkFiguresService } from './lib/figures/work-figures.service';
export { ProjectGrouping, ReceiptGrouping, ProjectFigures, ReceiptFigures } from './lib/figures/work-figures.type';

/** Committee → agency work: the yearly key points, the monthly key tasks and their receipts, and the secretaries' breakthrough projects. */
export const workModule: ZerenModule = {
  name: 'work',
  dependsOn: ['auth', 'files', 'org-tree'],
  entities: [WorkPlan, WorkPoint, WorkTask, TaskDeadlineChange, TaskReceipt, BreakthroughProject, ProjectMilestone, ProjectProgress],
  migrations: [Work1764900000000],
  resolvers: [PlanResolver, TaskResolver, ReceiptResolver, ProjectResolver, ProjectProgressResolver, PartyGroupSecretaryResolver, WorkFiguresResolver, WorkExportResolver],
  permissions: WORK_GRANTS,
  todos: [workTodos],
  reminders: [workReminders],
  sweep: workSweep,
  seed: workSeeder,
  messages: workMessages,
};
