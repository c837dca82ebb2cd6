import { In, IsNull, LessThanOrEqual, Not } from 'typeorm';
import { ConflictError, required } from '@zeren/shared-errors';
import { evidenceOf, filesInReach } from '@zeren/files';
import { DeadlineStatus, deadlineStatus, isLate } from '@zeren/shared-periods';
import type { TenantDb } from '@zeren/tenancy';
import type { Page } from '@zeren/shared-graphql';
import { TaskReceipt } from './task-receipt.entity';
import { WorkTask } from './work-task.entity';
import { ReceiptStatus, TaskStatus } from '../work.enums';
import type { TaskReceiptArgs, TaskResponseInput } from '../dto/work.input';

const RECEIPT = '任务回执';
const ANSWERED = [ReceiptStatus.REPORTED, ReceiptStatus.APPROVED];

export type ReceiptFilter = Omit<TaskReceiptArgs, 'offset' | 'limit'>;

export const RECEIPT_ORDER = { issuedAt: 'DESC', id: 'ASC' } as const;

/** The taskReceipts filters as one condition (the scoped repository adds the caller's reach): the page and the ledger read the same rows. */
export async function receiptWhere(db: TenantDb, filter: ReceiptFilter): Promise<Record<string, unknown>> {
  const where: Record<string, unknown> = {};
  if (filter.tenantId) where['tenantId'] = filter.tenantId;
  if (filter.status) where['status'] = filter.status;
  // The tasks the receipts may belong to: the one asked for, those of a year or month, those past their deadline.
  const taskWhere: Record<string, unknown> = {};
  if (filter.year) taskWhere['year'] = filter.year;
  if (filter.month) taskWhere['month'] = filter.month;
  if (filter.overdue) {
    // Unanswered past the deadline: the tasks whose deadline has passed, receipts not (yet) reported.
    Object.assign(taskWhere, { status: TaskStatus.SENT, dueAt: LessThanOrEqual(new Date()) });
    where['firstReportedAt'] = IsNull();
  }
  if (Object.keys(taskWhere).length) {
    const ids = (await db.reference(WorkTask).find({ where: taskWhere, select: { id: true } })).map((t) => t.id);
    where['taskId'] = filter.taskId ? (ids.includes(filter.taskId) ? filter.taskId : In([])) : In(ids);
  } else if (filter.taskId) {
    where['taskId'] = filter.taskId;
  }
  return where;
}

/** 按期情况: on time or late by the first report (a late mark stays when the deadline moved later), else open or overdue. */
export function receiptDeadline(receipt: Pick<TaskReceipt, 'firstReportedAt' | 'late'>, task: Pick<WorkTask, 'dueAt'> | null, now: Date): DeadlineStatus {
  // A reported receipt reads its stored mark (as the figures count it); only an open one the deadline.
  if (receipt.firstReportedAt) return receipt.late ? DeadlineStatus.LATE : DeadlineStatus.ON_TIME;
  if (!task) return DeadlineStatus.OPEN;
  return deadlineStatus(task.dueAt, now, null);
}

/** The agency's side of a task (sign, work, report) and the committee's review of what comes back. */
export class ReceiptService {
  /** Receipts in reach, newest first: an agency its own, the committee every agency's (or one task's). */
  async receipts(db: TenantDb, args: TaskReceiptArgs): Promise<Page<TaskReceipt>> {
    const [items, total] = await db.repo(TaskReceipt).findAndCount({ where: await receiptWhere(db, args), order: RECEIPT_ORDER, skip: args.offset, take: args.limit });
    return { items, total, offset: args.offset, limit: args.limit };
  }

  receipt(db: TenantDb, id: string): Promise<TaskReceipt> {
    return db.repo(TaskReceipt).get(id, RECEIPT);
  }

  /** 未签收 → 已签收. */
  sign(db: TenantDb, userId: string, id: string): Promise<TaskReceipt> {
    return db.repo(TaskReceipt).transition(id, ReceiptStatus.SIGNED, { signedAt: new Date(), signedById: userId }, RECEIPT);
  }

  /** 已签收 (or 已退回) → 办理中. */
  start(db: TenantDb, id: string): Promise<TaskReceipt> {
    return db.repo(TaskReceipt).transition(id, ReceiptStatus.IN_PROGRESS, {}, RECEIPT);
  }

  /** Saves the response as it stands while the work is in progress (not yet reported). */
  async save(db: TenantDb, id: string, input: TaskResponseInput): Promise<TaskReceipt> {
    const receipt = await db.repo(TaskReceipt).getWritable(id, RECEIPT);
    const files = await filesInReach(db, input.fileIds);
    if (receipt.status !== ReceiptStatus.IN_PROGRESS) throw new ConflictError('只有办理中的任务可以保存办理情况');
    const task = await this.taskOf(db, receipt);
    const evidence = evidenceOf({ evidenceKinds: task.evidenceKinds, minEvidence: 0 }, files);
    return db.repo(TaskReceipt).updateOne(id, { response: input.response.trim() || null, evidence }, RECEIPT);
  }

  /**
   * 办理中 → 已报送, with the response and the evidence the task asks for. The first report fixes
   * on time or not; a report after the deadline earns the permanent late mark.
   */
  async report(db: TenantDb, userId: string, id: string, input: TaskResponseInput): Promise<TaskReceipt> {
    const receipt = await db.repo(TaskReceipt).getWritable(id, RECEIPT);
    const files = await filesInReach(db, input.fileIds);
    if (receipt.status !== ReceiptStatus.IN_PROGRESS) throw new ConflictError('只有办理中的任务可以报送');
    const task = await this.taskOf(db, receipt);
    const evidence = evidenceOf(task, files);
    const response = required(input.response, 'response', '请填写办理情况');
    const now = new Date();
    return db.repo(TaskReceipt).transition(
      id,
      ReceiptStatus.REPORTED,
      {
        response,
        evidence,
        firstReportedAt: receipt.firstReportedAt ?? now,
        reportedAt: now,
        reportedById: userId,
        reportCount: receipt.reportCount + 1,
        late: receipt.late || isLate(task.dueAt, now),
      },
      RECEIPT,
    );
  }

  /** The committee: 已报送 → 已通过, or → 已退回 with the reason the agency reads. */
  async review(db: TenantDb, userId: string, id: string, approve: boolean, comment: string | null | undefined): Promise<TaskReceipt> {
    const receipt = await this.receipt(db, id);
    const text = approve ? comment?.trim() || null : required(comment, 'comment', '退回时请填写审核意见');
    return db
      .dispatch([receipt.tenantId])
      .repo(TaskReceipt)
      .transition(id, approve ? ReceiptStatus.APPROVED : ReceiptStatus.RETURNED, { reviewComment: text, reviewedAt: new Date(), reviewedById: userId }, RECEIPT);
  }

  /** What waits for the committee's review, oldest report first (the committee's queue). */
  waiting(db: TenantDb, limit: number): Promise<TaskReceipt[]> {
    return db.repo(TaskReceipt).find({ where: { status: ReceiptStatus.REPORTED }, order: { reportedAt: 'ASC', id: 'ASC' }, take: limit });
  }

  /** Receipts not yet answered, for the agency's to-do: status and the task's deadline. */
  open(db: TenantDb): Promise<TaskReceipt[]> {
    return db.repo(TaskReceipt).find({ where: { status: Not(In(ANSWERED)) }, order: { issuedAt: 'ASC' } });
  }

  private async taskOf(db: TenantDb, receipt: TaskReceipt): Promise<WorkTask> {
    const task = await db.reference(WorkTask).findOneBy({ id: receipt.taskId });
    if (!task || task.status !== TaskStatus.SENT) throw new ConflictError('该任务已撤回');
    return task;
  }
}
