import { In, IsNull, Not } from 'typeorm';
import { ConflictError, NotFoundError, refuse, required } from '@zeren/shared-errors';
import { endOfLocalDay, localDateOf } from '@zeren/shared-periods';
import { activeAgencyIds, newId, type NewRow, type TenantDb } from '@zeren/tenancy';
import { WorkPlan } from '../plan/work-plan.entity';
import { PlanService } from '../plan/plan.service';
import { TaskDeadlineChange, WorkTask } from './work-task.entity';
import { TaskReceipt } from './task-receipt.entity';
import { PlanStatus, ReceiptStatus, TaskStatus, TaskTarget } from '../work.enums';
import type { TaskDeadlineInput, WorkTaskInput } from '../dto/work.input';

const TASK = '重点任务';

/** 每月确定1至2项重点任务: more is allowed, and warned about. */
export const TASKS_PER_MONTH = 2;

export interface TaskFilter {
  year?: number;
  month?: number;
  status?: TaskStatus;
}

/** A receipt as sending writes it: 未签收, nothing answered or reviewed yet. */
export const unsignedReceipt = (taskId: string, issuedAt: Date): NewRow<TaskReceipt> => ({
  taskId,
  issuedAt,
  status: ReceiptStatus.UNSIGNED,
  signedAt: null,
  signedById: null,
  response: null,
  evidence: [],
  firstReportedAt: null,
  reportedAt: null,
  reportedById: null,
  reportCount: 0,
  late: false,
  reviewComment: null,
  reviewedAt: null,
  reviewedById: null,
});

/** 项目化推送: the committee's monthly key tasks, sent to agencies as receipts in one write. */
export class TaskService {
  constructor(private readonly plans = new PlanService()) {}

  /**
   * The committee's tasks (drafts too), newest month first. A handle on one agency (the agency
   * itself, or the committee's agency picker) sees the tasks it received.
   */
  async tasks(db: TenantDb, filter: TaskFilter): Promise<WorkTask[]> {
    const where: Record<string, unknown> = {};
    if (filter.year) where['year'] = filter.year;
    if (filter.month) where['month'] = filter.month;
    if (filter.status) where['status'] = filter.status;
    if (db.scope.readTenantIds !== null) {
      const received = await db.repo(TaskReceipt).find({ select: { taskId: true } as never });
      where['id'] = In(received.map((r) => r.taskId));
    }
    return db.reference(WorkTask).find({ where, order: { year: 'DESC', month: 'DESC', createdAt: 'DESC' } });
  }

  /** One task; NOT_FOUND for an agency that did not receive it (and for a draft). */
  async task(db: TenantDb, id: string): Promise<WorkTask> {
    const task = await db.reference(WorkTask).findOneBy({ id });
    if (!task) throw new NotFoundError(TASK);
    if (db.scope.readTenantIds !== null && !(await db.repo(TaskReceipt).findOne({ taskId: id }))) throw new NotFoundError(TASK);
    return task;
  }

  /** Tasks (not recalled) of each month, for the warning above 1–2 a month: `year-month` → count. */
  async monthCounts(db: TenantDb, months: readonly string[]): Promise<Map<string, number>> {
    const pairs = [...new Set(months)].map((m) => m.split('-').map(Number));
    const years = [...new Set(pairs.map(([y]) => y))];
    const rows = await db
      .reference(WorkTask)
      .find({ where: { year: In(years), status: Not(TaskStatus.RECALLED) }, select: { year: true, month: true } as never });
    const counts = new Map<string, number>();
    for (const r of rows) counts.set(`${r.year}-${r.month}`, (counts.get(`${r.year}-${r.month}`) ?? 0) + 1);
    return counts;
  }

  async create(db: TenantDb, userId: string, input: WorkTaskInput): Promise<WorkTask> {
    const fields = await this.checked(db, input);
    const now = new Date();
    const task: WorkTask = { id: newId(), ...fields, status: TaskStatus.DRAFT, sentAt: null, receiptCount: 0, recalledAt: null, createdById: userId, createdAt: now, updatedAt: now };
    await db.register(WorkTask).insert(task);
    return task;
  }

  async update(db: TenantDb, id: string, input: WorkTaskInput): Promise<WorkTask> {
    const task = await this.draft(db, id);
    const patch = { ...(await this.checked(db, input)), updatedAt: new Date() };
    await db.register(WorkTask).update({ id, status: TaskStatus.DRAFT }, patch);
    return Object.assign(task, patch);
  }

  async remove(db: TenantDb, id: string): Promise<WorkTask> {
    const task = await this.draft(db, id);
    await db.register(WorkTask).delete({ id, status: TaskStatus.DRAFT });
    return task;
  }

  /**
   * DRAFT → SENT: one receipt per target agency, all written by one INSERT (the dispatch seam), so
   * the statements are the same at 10 agencies as at 10 000.
   */
  async send(db: TenantDb, id: string): Promise<WorkTask> {
    const task = await this.draft(db, id);
    if (task.dueAt.getTime() <= Date.now()) refuse('dueOn', '完成时限已过,请先修改完成时限');
    const targets = await activeAgencyIds(db, task.target === TaskTarget.CHOSEN ? (task.targetTenantIds ?? []) : undefined);
    if (targets.length === 0) throw new ConflictError('没有可推送的单位(所选单位均已停用)');
    const now = new Date();
    const patch = { status: TaskStatus.SENT, sentAt: now, receiptCount: targets.length, updatedAt: now };
    const changed = await db.register(WorkTask).update({ id, status: TaskStatus.DRAFT }, patch);
    if (changed === 0) throw new ConflictError('该任务已被他人推送,请刷新后重试');
    await db.dispatch(targets).repo(TaskReceipt).fanOut(targets, unsignedReceipt(id, now));
    return Object.assign(task, patch);
  }

  /** SENT → RECALLED while no agency has reported: the receipts go with it. */
  async recall(db: TenantDb, id: string): Promise<WorkTask> {
    const task = await this.get(db, id);
    if (task.status !== TaskStatus.SENT) throw new ConflictError('只有已推送的任务可以撤回');
    const receipts = db.repo(TaskReceipt);
    if ((await receipts.count({ taskId: id, firstReportedAt: Not(IsNull()) })) > 0) throw new ConflictError('已有单位报送,不能撤回;可调整完成时限');
    const now = new Date();
    const changed = await db.register(WorkTask).update({ id, status: TaskStatus.SENT }, { status: TaskStatus.RECALLED, recalledAt: now, updatedAt: now });
    if (changed === 0) throw new ConflictError('该任务已被他人撤回,请刷新后重试');
    const tenants = (await receipts.find({ where: { taskId: id }, select: { tenantId: true } as never })).map((r) => r.tenantId);
    if (tenants.length) await db.dispatch(tenants).repo(TaskReceipt).delete({ taskId: id });
    return Object.assign(task, { status: TaskStatus.RECALLED, recalledAt: now, updatedAt: now });
  }

  /** A sent task's deadline moved, with the reason the agencies see. Marks already earned stay. */
  async amendDeadline(db: TenantDb, userId: string, id: string, input: TaskDeadlineInput): Promise<WorkTask> {
    const task = await this.get(db, id);
    if (task.status !== TaskStatus.SENT) throw new ConflictError('只有已推送的任务可以调整完成时限');
    if (input.dueOn === task.dueOn) refuse('dueOn', '新完成时限与原完成时限相同');
    if (input.dueOn < localDateOf(new Date())) refuse('dueOn', '新完成时限不能早于今天');
    const reason = required(input.reason, 'reason', '请填写调整原因');
    const now = new Date();
    await db.register(TaskDeadlineChange).insert({ id: newId(), taskId: id, fromDueOn: task.dueOn, toDueOn: input.dueOn, reason, changedById: userId, createdAt: now });
    const patch = { dueOn: input.dueOn, dueAt: endOfLocalDay(input.dueOn), updatedAt: now };
    await db.register(WorkTask).update({ id }, patch);
    return Object.assign(task, patch);
  }

  deadlineChanges(db: TenantDb, taskIds: readonly string[]): Promise<TaskDeadlineChange[]> {
    return db.reference(TaskDeadlineChange).find({ where: { taskId: In([...taskIds]) }, order: { createdAt: 'ASC' } });
  }

  async get(db: TenantDb, id: string): Promise<WorkTask> {
    const task = await db.reference(WorkTask).findOneBy({ id });
    if (!task) throw new NotFoundError(TASK);
    return task;
  }

  private async draft(db: TenantDb, id: string): Promise<WorkTask> {
    const task = await this.get(db, id);
    if (task.status !== TaskStatus.DRAFT) throw new ConflictError('已推送的任务不能修改;可调整完成时限或撤回');
    return task;
  }

  /** The input as stored: the point of a published plan of the year, a deadline in the task's month or after, the targets. */
  private async checked(db: TenantDb, input: WorkTaskInput) {
    const point = await this.plans.point(db, input.pointId).catch(() => refuse('pointId', '工作要点条目不存在'));
    const plan = await db.reference(WorkPlan).findOneBy({ id: point.planId });
    if (!plan || plan.status !== PlanStatus.PUBLISHED) refuse('pointId', '该工作要点尚未印发');
    const monthStart = `${plan.year}-${String(input.month).padStart(2, '0')}-01`;
    if (input.dueOn < monthStart) refuse('dueOn', `完成时限不能早于${plan.year}年${input.month}月`);
    let targetTenantIds: string[] | null = null;
    if (input.target === TaskTarget.CHOSEN) {
      const chosen = [...new Set(input.targetTenantIds ?? [])];
      if (chosen.length === 0) refuse('targetTenantIds', '请选择推送的单位');
      if ((await activeAgencyIds(db, chosen)).length !== chosen.length) refuse('targetTenantIds', '所选单位中有不存在或已停用的单位');
      targetTenantIds = chosen;
    } else if (input.targetTenantIds?.length) {
      refuse('targetTenantIds', '推送全部单位时不选单位');
    }
    return {
      year: plan.year,
      month: input.month,
      pointId: point.id,
      title: required(input.title, 'title', '请填写任务名称'),
      requirement: required(input.requirement, 'requirement', '请填写任务要求'),
      dueOn: input.dueOn,
      dueAt: endOfLocalDay(input.dueOn),
      evidenceKinds: input.evidenceKinds?.length ? [...new Set(input.evidenceKinds)] : null,
      minEvidence: input.minEvidence,
      target: input.target,
      targetTenantIds,
    };
  }
}
