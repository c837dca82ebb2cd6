import { In } from 'typeorm';
import { hasPermission, type RequestContext } from '@zeren/auth';
import type { TodoProvider } from '@zeren/api';
import { SupervisionPermission } from './supervision.permissions';
import { Rectification, RectificationExtension } from './rectification/rectification.entity';
import { UNFINISHED } from './rectification/rectification.service';
import { ExtensionStatus, RectificationStatus } from './supervision.enums';

type Todo = Awaited<ReturnType<TodoProvider>>[number];

const ACTION: Partial<Record<RectificationStatus, string>> = {
  [RectificationStatus.PENDING]: '制定整改措施',
  [RectificationStatus.IN_PROGRESS]: '报送整改情况',
};

/** The agency's rectifications to plan and to report, each with its deadline (an item failed at verification is in progress again). */
async function agencyTodos(ctx: RequestContext): Promise<Todo[]> {
  const open = await ctx.db.repo(Rectification).find({ where: { status: In(UNFINISHED) }, order: { dueAt: 'ASC', id: 'ASC' }, select: { id: true, status: true, problem: true, dueAt: true, failedCount: true } as never });
  return open.map((r) => ({
    id: `rectification:${r.id}`,
    module: 'supervision',
    title: `${r.failedCount > 0 && r.status === RectificationStatus.IN_PROGRESS ? '验收未通过,继续整改' : ACTION[r.status]}:${r.problem.slice(0, 40)}`,
    dueAt: r.dueAt,
    link: `/supervision/rectifications?id=${r.id}`,
  }));
}

/** The committee's queues: rectifications to verify, to close after the return visit, extensions to decide. */
async function committeeTodos(ctx: RequestContext): Promise<Todo[]> {
  if (!hasPermission(ctx.principal, SupervisionPermission.RECTIFICATIONS_VERIFY)) return [];
  const [rectified, verified, requested] = await Promise.all([
    ctx.db.repo(Rectification).count({ status: RectificationStatus.RECTIFIED }),
    ctx.db.repo(Rectification).count({ status: RectificationStatus.VERIFIED }),
    ctx.db.repo(RectificationExtension).count({ status: ExtensionStatus.REQUESTED }),
  ]);
  const todos: Todo[] = [];
  if (rectified > 0) todos.push({ id: 'rectifications-verify', module: 'supervision', title: `验收整改(${rectified} 项待验收)`, dueAt: null, link: '/supervision/rectifications?status=RECTIFIED' });
  if (verified > 0) todos.push({ id: 'rectifications-close', module: 'supervision', title: `回访销号(${verified} 项待销号)`, dueAt: null, link: '/supervision/rectifications?status=VERIFIED' });
  if (requested > 0) todos.push({ id: 'extensions-decide', module: 'supervision', title: `审批整改延期(${requested} 项待审批)`, dueAt: null, link: '/supervision/rectifications?extensions=1' });
  return todos;
}

/** 我的待办 from the inspections' rectifications. */
export const inspectionTodos: TodoProvider = async (ctx) => {
  if (!ctx.principal) return [];
  if (hasPermission(ctx.principal, SupervisionPermission.RECTIFICATIONS_RESPOND)) return agencyTodos(ctx);
  return committeeTodos(ctx);
};
