import { In, IsNull, LessThan, LessThanOrEqual, Raw } from 'typeorm';
import { ConflictError, NotFoundError, refuse, required } from '@zeren/shared-errors';
import { evidenceOf, filesInReach } from '@zeren/files';
import { PartyMember, PostAssignment } from '@zeren/org-tree';
import { DAY_MS, DeadlineStatus, deadlineStatus, endOfLocalDay, isLate, isLocalDate, localDateOf, localDaysBetween } from '@zeren/shared-periods';
import type { Page } from '@zeren/shared-graphql';
import type { TenantDb } from '@zeren/tenancy';
import { Rectification, RectificationExtension } from './rectification.entity';
import { ExtensionStatus, RectificationSource, RectificationStatus as R } from '../supervision.enums';
import { MAX_EXTENSION_DAYS, type ExtensionRequestInput, type RectificationArgs, type RectificationPlanInput, type RectificationReportInput } from '../dto/inspection.input';

const RECTIFICATION = '整改事项';
const EXTENSION = '延期申请';

/** Still the agency's to finish: not yet reported as rectified (or sent back to it). */
export const UNFINISHED = [R.PENDING, R.IN_PROGRESS];
/** Not yet 销号. */
export const OPEN = [R.PENDING, R.IN_PROGRESS, R.RECTIFIED, R.VERIFIED];

/** A rectification's evidence: any photo or document, at least one. */
const EVIDENCE_RULE = { evidenceKinds: null, minEvidence: 1 };

/** What the committee dispatches: a finding's problem, or a 述职评议 comment followed up in the ledger. */
export interface RectificationOrder {
  tenantId: string;
  year: number;
  source: RectificationSource;
  sourceId: string;
  categoryId: string | null;
  problem: string;
  dueOn: string;
}

/** A dispatched rectification as the committee writes it: its order, and every field of the agency's and of the verification still empty. */
export function newRectification(order: Omit<RectificationOrder, 'tenantId'>, issuedById: string) {
  return {
    year: order.year,
    source: order.source,
    sourceId: order.sourceId,
    categoryId: order.categoryId,
    problem: order.problem,
    dueOn: order.dueOn,
    dueAt: endOfLocalDay(order.dueOn),
    status: R.PENDING,
    measures: null,
    responsibleMemberId: null,
    responsiblePostCode: null,
    report: null,
    evidence: [],
    startedAt: null,
    firstRectifiedAt: null,
    rectifiedAt: null,
    rectifiedById: null,
    late: false,
    failedCount: 0,
    verifyComment: null,
    verifiedAt: null,
    verifiedById: null,
    closeNote: null,
    closedAt: null,
    closedById: null,
    issuedById,
  } satisfies Omit<Rectification, 'id' | 'tenantId' | 'createdAt' | 'updatedAt'>;
}

export type RectificationFilter = Omit<RectificationArgs, 'offset' | 'limit'>;

/** The ledger's filters as one condition (the scoped repository adds the caller's reach): the page and the .xlsx read the same rows. */
export function rectificationWhere(filter: RectificationFilter, now = new Date()): Record<string, unknown> {
  const where: Record<string, unknown> = {};
  if (filter.year) where['year'] = filter.year;
  if (filter.tenantId) where['tenantId'] = filter.tenantId;
  if (filter.source) where['source'] = filter.source;
  if (filter.categoryId) where['categoryId'] = filter.categoryId;
  if (filter.status) where['status'] = filter.status;
  // The month of the deadline, read as the figures group it (RECTIFICATION_KEY.MONTH), so a month's row and its ledger agree.
  if (filter.dueMonth) where['dueOn'] = Raw((column) => `SUBSTR(${column}, 6, 2) = :dueMonth`, { dueMonth: String(filter.dueMonth).padStart(2, '0') });
  if (filter.overdue) {
    // Past the deadline and not yet reported rectified.
    where['firstRectifiedAt'] = IsNull();
    where['dueAt'] = LessThanOrEqual(now);
    if (!filter.status) where['status'] = In(UNFINISHED);
  } else if (filter.dueWithinDays !== undefined && filter.dueWithinDays !== null) {
    where['firstRectifiedAt'] = IsNull();
    where['dueAt'] = LessThan(new Date(endOfLocalDay(localDateOf(now)).getTime() + filter.dueWithinDays * DAY_MS));
    if (!filter.status) where['status'] = In(UNFINISHED);
  }
  return where;
}

/** 按期情况: a reported item reads its stored mark (as the figures count it), which an extension granted later does not clear; an open one its deadline. */
export function rectificationDeadline(row: Pick<Rectification, 'firstRectifiedAt' | 'late' | 'dueAt'>, now: Date): DeadlineStatus {
  if (row.firstRectifiedAt) return row.late ? DeadlineStatus.LATE : DeadlineStatus.ON_TIME;
  return deadlineStatus(row.dueAt, now, null);
}

export const RECTIFICATION_ORDER = { dueAt: 'ASC', id: 'ASC' } as const;

/**
 * The 整改台账: 待整改 → 整改中 → 已整改 → 验收 通过 | 不通过 (→ 整改中) → 回访销号. The agency writes the
 * measures, the responsible person and the report; the committee the deadline, the verification,
 * extensions and the closing. Each side's moves are its own (supervision.policies.ts).
 */
export class RectificationService {
  async rectifications(db: TenantDb, args: RectificationArgs): Promise<Page<Rectification>> {
    const [items, total] = await db.repo(Rectification).findAndCount({ where: rectificationWhere(args), order: RECTIFICATION_ORDER, skip: args.offset, take: args.limit });
    return { items, total, offset: args.offset, limit: args.limit };
  }

  rectification(db: TenantDb, id: string): Promise<Rectification> {
    return db.repo(Rectification).get(id, RECTIFICATION);
  }

  /** The committee's order into one agency (a finding, or a 述职评议 comment followed up). */
  async dispatch(db: TenantDb, userId: string, order: RectificationOrder): Promise<Rectification> {
    if (!isLocalDate(order.dueOn)) refuse('dueOn', '整改时限不正确');
    if (order.dueOn <= localDateOf(new Date())) refuse('dueOn', '整改时限应晚于今天');
    const problem = required(order.problem, 'problem', '请填写问题');
    if (await db.repo(Rectification).exists({ tenantId: order.tenantId, sourceId: order.sourceId })) throw new ConflictError('该问题已下发整改');
    return db.dispatch([order.tenantId]).repo(Rectification).insertOne(newRectification({ ...order, problem }, userId));
  }

  /** Withdraws a rectification dispatched by mistake, while the agency has not begun on it. */
  async withdraw(db: TenantDb, tenantId: string, sourceId: string): Promise<void> {
    const row = await db.repo(Rectification).findOne({ tenantId, sourceId });
    if (!row) return;
    if (row.status !== R.PENDING) throw new ConflictError('单位已开始整改,不能撤回');
    // An extension request is the agency's paper: once it asked, the item is no longer the committee's to take back.
    if (await db.repo(RectificationExtension).exists({ rectificationId: row.id })) throw new ConflictError('单位已申请延期,不能撤回');
    await db.dispatch([tenantId]).repo(Rectification).delete({ id: row.id, status: R.PENDING });
  }

  /** 待整改 → 整改中: the agency's plan (措施, 责任人 holding a post in the agency now). While in progress the plan may be revised. */
  async plan(db: TenantDb, id: string, input: RectificationPlanInput): Promise<Rectification> {
    const row = await db.repo(Rectification).getWritable(id, RECTIFICATION);
    const measures = required(input.measures, 'measures', '请填写整改措施');
    const responsiblePostCode = await this.currentPost(db, input.responsibleMemberId);
    const patch = { measures, responsibleMemberId: input.responsibleMemberId, responsiblePostCode };
    if (row.status === R.IN_PROGRESS) return db.repo(Rectification).updateOne(id, patch, RECTIFICATION);
    return db.repo(Rectification).transition(id, R.IN_PROGRESS, { ...patch, startedAt: row.startedAt ?? new Date() }, RECTIFICATION);
  }

  /** 整改中 → 已整改, with the report and evidence. The first report fixes on time or late; a late one keeps its mark. */
  async report(db: TenantDb, userId: string, id: string, input: RectificationReportInput): Promise<Rectification> {
    const row = await db.repo(Rectification).getWritable(id, RECTIFICATION);
    const files = await filesInReach(db, input.fileIds);
    if (row.status !== R.IN_PROGRESS) throw new ConflictError('只有整改中的事项可以报送整改情况');
    const report = required(input.report, 'report', '请填写整改情况');
    const evidence = evidenceOf(EVIDENCE_RULE, files);
    const now = new Date();
    return db.repo(Rectification).transition(
      id,
      R.RECTIFIED,
      { report, evidence, firstRectifiedAt: row.firstRectifiedAt ?? now, rectifiedAt: now, rectifiedById: userId, late: row.late || isLate(row.dueAt, now) },
      RECTIFICATION,
    );
  }

  /** The committee: 已整改 → 验收通过, or → 整改中 (不通过) with the reason the agency reads. */
  async verify(db: TenantDb, userId: string, id: string, pass: boolean, comment: string | null | undefined): Promise<Rectification> {
    const row = await this.rectification(db, id);
    // A read-only view is refused before the input is judged.
    const into = db.dispatch([row.tenantId]);
    const text = pass ? comment?.trim() || null : required(comment, 'comment', '验收不通过时请填写验收意见');
    const patch = { verifyComment: text, verifiedAt: new Date(), verifiedById: userId, ...(pass ? {} : { failedCount: row.failedCount + 1 }) };
    return into.repo(Rectification).transition(id, pass ? R.VERIFIED : R.IN_PROGRESS, patch, RECTIFICATION);
  }

  /** The committee: 验收通过 → 已销号 after the return visit (回访销号), with what the visit found. */
  async close(db: TenantDb, userId: string, id: string, note: string): Promise<Rectification> {
    const row = await this.rectification(db, id);
    const into = db.dispatch([row.tenantId]);
    const closeNote = required(note, 'note', '请填写回访情况');
    return into.repo(Rectification).transition(id, R.CLOSED, { closeNote, closedAt: new Date(), closedById: userId }, RECTIFICATION);
  }

  extensions(db: TenantDb, rectificationIds: readonly string[]): Promise<RectificationExtension[]> {
    if (rectificationIds.length === 0) return Promise.resolve([]);
    return db.repo(RectificationExtension).find({ where: { rectificationId: In([...rectificationIds]) }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** Requests waiting for the committee, oldest first. */
  pendingExtensions(db: TenantDb, limit: number): Promise<RectificationExtension[]> {
    return db.repo(RectificationExtension).find({ where: { status: ExtensionStatus.REQUESTED }, order: { createdAt: 'ASC', id: 'ASC' }, take: limit });
  }

  /** The agency asks for a later deadline, with a reason, while the work is still its own; one request at a time. */
  async requestExtension(db: TenantDb, userId: string, id: string, input: ExtensionRequestInput): Promise<RectificationExtension> {
    const row = await db.repo(Rectification).getWritable(id, RECTIFICATION);
    if (!UNFINISHED.includes(row.status)) throw new ConflictError('已报送整改情况的事项不能申请延期');
    if (!isLocalDate(input.toDueOn) || input.toDueOn <= row.dueOn) refuse('toDueOn', '申请延至的日期应晚于原时限');
    if (localDaysBetween(row.dueOn, input.toDueOn) > MAX_EXTENSION_DAYS) refuse('toDueOn', `一次延期最多 ${MAX_EXTENSION_DAYS} 天`);
    const reason = required(input.reason, 'reason', '请填写延期理由');
    if (await db.repo(RectificationExtension).exists({ rectificationId: id, status: ExtensionStatus.REQUESTED })) throw new ConflictError('已有待审批的延期申请');
    return db.repo(RectificationExtension).insertOne({ rectificationId: id, fromDueOn: row.dueOn, toDueOn: input.toDueOn, reason, requestedById: userId } as never);
  }

  /**
   * The committee agrees (the deadline moves; a late mark already earned stays) or not, with the
   * reason the agency reads. The row's deadline and the request move in one transaction.
   */
  async decideExtension(db: TenantDb, userId: string, id: string, approve: boolean, comment: string | null | undefined): Promise<RectificationExtension> {
    const request = await db.repo(RectificationExtension).get(id, EXTENSION);
    // A read-only view is refused (by the dispatch handle) before the input is judged.
    db.dispatch([request.tenantId]);
    const text = approve ? comment?.trim() || null : required(comment, 'comment', '不同意延期时请填写审批意见');
    return db.transaction(async (tx) => {
      const agency = tx.dispatch([request.tenantId]);
      const decided = await agency
        .repo(RectificationExtension)
        .transition(id, approve ? ExtensionStatus.APPROVED : ExtensionStatus.REJECTED, { decisionComment: text, decidedAt: new Date(), decidedById: userId }, EXTENSION);
      if (approve) {
        const row = await agency.repo(Rectification).get(request.rectificationId, RECTIFICATION);
        if (!UNFINISHED.includes(row.status)) throw new ConflictError('该事项已报送整改情况,无需延期');
        await agency.repo(Rectification).updateOne(row.id, { dueOn: request.toDueOn, dueAt: endOfLocalDay(request.toDueOn) }, RECTIFICATION);
      }
      return decided;
    });
  }

  /** Open items whose deadline falls before `until` (the agency's to-do and the reminders). */
  unfinished(db: TenantDb): Promise<Rectification[]> {
    return db.repo(Rectification).find({ where: { status: In(UNFINISHED) }, order: { dueAt: 'ASC', id: 'ASC' } });
  }

  /** The responsible person holds a post in the agency now; their post code is kept with the plan. */
  private async currentPost(db: TenantDb, memberId: string): Promise<string> {
    // Another agency's member is NOT_FOUND, as a missing one: the refusal below is for the agency's own.
    const member = await db.repo(PartyMember).findOne({ id: memberId });
    if (!member) throw new NotFoundError('党员');
    const post = await db.repo(PostAssignment).findOne({ memberId, endsOn: IsNull() }, { startsOn: 'ASC' });
    if (!post) refuse('responsibleMemberId', '责任人应为本单位现任职的党员');
    return post.postCode;
  }
}
