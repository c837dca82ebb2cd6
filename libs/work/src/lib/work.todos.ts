import { In, IsNull } from 'typeorm';
import { hasPermission, type RequestContext } from '@zeren/auth';
import type { TodoProvider } from '@zeren/api';
import { DAY_MS, endOfLocalDay, localDateOf } from '@zeren/shared-periods';
import { WorkPermission } from './work.permissions';
import { WorkTask } from './task/work-task.entity';
import { TaskReceipt } from './task/task-receipt.entity';
import { BreakthroughProject, ProjectMilestone } from './project/breakthrough-project.entity';
import { ProjectStatus, ReceiptStatus } from './work.enums';

type Todo = Awaited<ReturnType<TodoProvider>>[number];

/** Milestones show up this many days ahead of their date. */
const MILESTONE_LEAD_DAYS = 14;

const ACTION: Partial<Record<ReceiptStatus, string>> = {
  [ReceiptStatus.UNSIGNED]: '签收',
  [ReceiptStatus.SIGNED]: '办理',
  [ReceiptStatus.IN_PROGRESS]: '报送',
  [ReceiptStatus.RETURNED]: '重报被退回的',
};

/** The agency's receipts to sign, work on and report (each with its deadline), and milestones coming due. */
async function agencyTodos(ctx: RequestContext): Promise<Todo[]> {
  const db = ctx.db;
  const open = await db.repo(TaskReceipt).find({ where: { status: In(Object.keys(ACTION)) }, order: { issuedAt: 'ASC' } });
  const tasks = open.length ? await db.reference(WorkTask).find({ where: { id: In(open.map((r) => r.taskId)) } }) : [];
  const taskOf = new Map(tasks.map((t) => [t.id, t]));
  const todos: Todo[] = open.flatMap((r) => {
    const task = taskOf.get(r.taskId);
    return task ? [{ id: `receipt:${r.id}`, module: 'work', title: `${ACTION[r.status]}重点任务:${task.title}`, dueAt: task.dueAt, link: `/work/inbox?receipt=${r.id}` }] : [];
  });
  const running = await db.repo(BreakthroughProject).find({ where: { status: In([ProjectStatus.IMPLEMENTING, ProjectStatus.RETURNED]) }, select: { id: true, title: true, status: true } as never });
  const returned = running.filter((p) => p.status === ProjectStatus.RETURNED);
  todos.push(...returned.map((p) => ({ id: `project:${p.id}`, module: 'work', title: `修改后重新申报突破项目:${p.title}`, dueAt: null, link: `/work/projects/${p.id}` })));
  const implementing = running.filter((p) => p.status === ProjectStatus.IMPLEMENTING);
  if (implementing.length) {
    const horizon = localDateOf(new Date(Date.now() + MILESTONE_LEAD_DAYS * DAY_MS));
    const due = await db.repo(ProjectMilestone).find({ where: { projectId: In(implementing.map((p) => p.id)), doneOn: IsNull() }, order: { dueOn: 'ASC' } });
    const titleOf = new Map(implementing.map((p) => [p.id, p.title]));
    todos.push(
      ...due
        .filter((m) => m.dueOn <= horizon)
        .map((m) => ({ id: `milestone:${m.id}`, module: 'work', title: `完成突破项目节点:${m.title}(${titleOf.get(m.projectId)})`, dueAt: endOfLocalDay(m.dueOn), link: `/work/projects/${m.projectId}` })),
    );
  }
  return todos;
}

/** The committee's queues: receipts reported and waiting for review, projects waiting for 立项审核 or 结项验收. */
async function committeeTodos(ctx: RequestContext): Promise<Todo[]> {
  const todos: Todo[] = [];
  if (hasPermission(ctx.principal, WorkPermission.RECEIPTS_REVIEW)) {
    const waiting = await ctx.db.repo(TaskReceipt).count({ status: ReceiptStatus.REPORTED });
    if (waiting > 0) todos.push({ id: 'receipts-review', module: 'work', title: `审核任务回执(${waiting} 份待审核)`, dueAt: null, link: '/work/tasks' });
  }
  if (hasPermission(ctx.principal, WorkPermission.PROJECTS_REVIEW)) {
    const applied = await ctx.db.repo(BreakthroughProject).count({ status: ProjectStatus.APPLIED });
    const acceptance = await ctx.db.repo(BreakthroughProject).count({ status: ProjectStatus.ACCEPTANCE });
    if (applied > 0) todos.push({ id: 'projects-approval', module: 'work', title: `立项审核突破项目(${applied} 个待审核)`, dueAt: null, link: '/work/projects?status=APPLIED' });
    if (acceptance > 0) todos.push({ id: 'projects-acceptance', module: 'work', title: `结项验收突破项目(${acceptance} 个待验收)`, dueAt: null, link: '/work/projects?status=ACCEPTANCE' });
  }
  return todos;
}

/** 我的待办 from the committee → agency work. */
export const workTodos: TodoProvider = async (ctx) => {
  if (!ctx.principal) return [];
  if (hasPermission(ctx.principal, WorkPermission.RECEIPTS_RESPOND)) return agencyTodos(ctx);
  return committeeTodos(ctx);
};
