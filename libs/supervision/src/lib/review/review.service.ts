import { In, IsNull, Not } from 'typeorm';
import { User } from '@zeren/auth';
import { EvidenceKind, evidenceOf, filesInReach } from '@zeren/files';
import { ConflictError, ForbiddenError, NotFoundError, refuse, required } from '@zeren/shared-errors';
import type { Page } from '@zeren/shared-graphql';
import { isLocalDate } from '@zeren/shared-periods';
import { activeAgencyIds, newId, type TenantDb } from '@zeren/tenancy';
import { RectificationService } from '../rectification/rectification.service';
import type { Rectification } from '../rectification/rectification.entity';
import { RectificationSource } from '../supervision.enums';
import { DEFAULT_REVIEW_SCALE, GRADE_CODE_LENGTH, GRADE_LABEL_LENGTH, ReviewGroup, ReviewSession, type ReviewGrade } from './review-session.entity';
import { ReviewComment, ReviewParticipant, ReviewRating } from './review-participant.entity';
import { ReviewReportStatus, ReviewSessionStatus as S } from './review.enums';
import { REVIEW_TEXT_LENGTH, type ReviewCommentArgs, type ReviewCommentInput, type ReviewGradeInput, type ReviewGroupInput, type ReviewParticipantArgs, type ReviewRatingInput, type ReviewReportInput, type ReviewSessionInput } from './review.input';
import { liveStandings } from './review-scores';
import type { ReviewFigures } from './review-result.type';

const SESSION = '述职评议';
const GROUP = '述职小组';
const PARTICIPANT = '述职单位';
const COMMENT = '述职点评';

/** The session moves one way, by the committee: 筹备 → 报送述职报告 → 评议打分 → 通报结果. */
const NEXT: Record<S, S | null> = { [S.PLANNED]: S.REPORTING, [S.REPORTING]: S.RATING, [S.RATING]: S.CLOSED, [S.CLOSED]: null };
/** While the list of agencies, the groups, the scale and the reviewers may still change. */
const ARRANGING = [S.PLANNED, S.REPORTING];
/** The 述职报告 is a document: PDF or Word, at least one. */
const REPORT_RULE = { evidenceKinds: [EvidenceKind.PDF, EvidenceKind.OFFICE], minEvidence: 1 };
const GRADE_CODE = /^[A-Za-z0-9_]+$/;
const REASON_LENGTH = 1000;

/** The blank row the committee writes for each agency it puts on a session's list. */
export function newParticipant(sessionId: string, groupId: string, createdById: string): Omit<ReviewParticipant, 'id' | 'tenantId' | 'createdAt' | 'updatedAt' | 'status'> {
  return {
    sessionId,
    groupId,
    summary: null,
    reportFiles: [],
    submittedAt: null,
    submittedById: null,
    returnReason: null,
    returnedAt: null,
    createdById,
    resultCentiScore: null,
    resultGrade: null,
    resultRank: null,
    resultRanked: null,
    resultRatingCount: null,
  };
}

/**
 * Writes each agency's result into its row (the closing; the seed's too): one UPDATE per distinct
 * result, so agencies with equal means share one and a session costs a few statements at any size.
 */
export async function circulateResults(db: TenantDb, session: ReviewSession): Promise<void> {
  const standings = await liveStandings(db, session);
  const unrated = standings.filter((s) => s.ratingCount === 0).length;
  if (unrated > 0) throw new ConflictError(`尚有 ${unrated} 个单位未评议,不能通报结果`);
  const same = new Map<string, { tenantIds: string[]; ids: string[]; patch: Partial<ReviewParticipant> }>();
  for (const s of standings) {
    const patch = { resultCentiScore: s.centiScore, resultGrade: s.grade?.code ?? null, resultRank: s.rank, resultRanked: s.ranked, resultRatingCount: s.ratingCount };
    const key = JSON.stringify(patch);
    const entry = same.get(key) ?? { tenantIds: [] as string[], ids: [] as string[], patch };
    entry.tenantIds.push(s.participant.tenantId);
    entry.ids.push(s.participant.id);
    same.set(key, entry);
  }
  for (const { tenantIds, ids, patch } of same.values()) await db.dispatch(tenantIds).repo(ReviewParticipant).update({ id: In(ids) }, patch);
}

/**
 * 述职评议 from both ends: the committee plans the session, puts every agency in a group, runs the
 * meeting (comments, ratings) and circulates the results; each agency's admin submits its report.
 */
export class ReviewService {
  private readonly rectifications = new RectificationService();

  sessions(db: TenantDb): Promise<ReviewSession[]> {
    return db.reference(ReviewSession).find({ order: { year: 'DESC' } });
  }

  async session(db: TenantDb, id: string): Promise<ReviewSession> {
    const session = await db.reference(ReviewSession).findOneBy({ id });
    if (!session) throw new NotFoundError(SESSION);
    return session;
  }

  async create(db: TenantDb, userId: string, committeeTenantId: string, input: ReviewSessionInput): Promise<ReviewSession> {
    if (!isLocalDate(input.heldOn)) refuse('input.heldOn', '述职评议会日期不正确');
    const title = required(input.title, 'input.title', '请填写名称');
    const scale = this.scale(input.scale);
    const reviewerUserIds = await this.reviewers(db, committeeTenantId, input.reviewerUserIds);
    if (await db.reference(ReviewSession).existsBy({ year: input.year })) throw new ConflictError(`${input.year}年度的述职评议已经存在`, [{ field: 'input.year', message: `${input.year}年度的述职评议已经存在` }]);
    const now = new Date();
    const row: ReviewSession = { id: newId(), year: input.year, title, heldOn: input.heldOn, status: S.PLANNED, scale, reviewerUserIds, createdById: userId, closedAt: null, createdAt: now, updatedAt: now };
    await db.register(ReviewSession).insert(row);
    return row;
  }

  /** Title and date until the results are out; the year while planned; the scale and the reviewers until rating starts. */
  async update(db: TenantDb, committeeTenantId: string, id: string, input: ReviewSessionInput): Promise<ReviewSession> {
    const session = await this.session(db, id);
    if (session.status === S.CLOSED) throw new ConflictError('结果已通报的述职评议不能修改');
    if (!isLocalDate(input.heldOn)) refuse('input.heldOn', '述职评议会日期不正确');
    const title = required(input.title, 'input.title', '请填写名称');
    const scale = input.scale ? this.scale(input.scale) : session.scale;
    const reviewerUserIds = await this.reviewers(db, committeeTenantId, input.reviewerUserIds);
    if (input.year !== session.year) {
      if (session.status !== S.PLANNED) throw new ConflictError('述职报告开始报送后不能修改年度');
      if (await db.reference(ReviewSession).existsBy({ year: input.year })) throw new ConflictError(`${input.year}年度的述职评议已经存在`, [{ field: 'input.year', message: `${input.year}年度的述职评议已经存在` }]);
    }
    const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
    if (!ARRANGING.includes(session.status) && (!same(scale, session.scale) || !same([...reviewerUserIds].sort(), [...session.reviewerUserIds].sort()))) {
      throw new ConflictError('开始打分后不能修改评议等次和评议人');
    }
    const patch = { year: input.year, title, heldOn: input.heldOn, scale, reviewerUserIds, updatedAt: new Date() };
    await db.register(ReviewSession).update({ id }, patch);
    return Object.assign(session, patch);
  }

  /** 筹备 → 报送 → 打分 → 通报; a step out of order is CONFLICT. Closing writes each agency's result into its row. */
  async advance(db: TenantDb, id: string, to: S): Promise<ReviewSession> {
    const session = await this.session(db, id);
    if (NEXT[session.status] !== to) throw new ConflictError('述职评议当前状态不能变更为该状态');
    return db.transaction(async (tx) => {
      const closedAt = to === S.CLOSED ? new Date() : null;
      if (to === S.REPORTING && !(await tx.repo(ReviewParticipant).exists({ sessionId: id }))) throw new ConflictError('尚未安排述职单位');
      if (to === S.CLOSED) await circulateResults(tx, session);
      const changed = await tx.register(ReviewSession).update({ id, status: session.status }, { status: to, closedAt, updatedAt: new Date() });
      if (changed === 0) throw new ConflictError('述职评议的状态已被他人变更,请刷新后重试');
      return Object.assign(session, { status: to, closedAt });
    });
  }

  groups(db: TenantDb, sessionIds: readonly string[]): Promise<ReviewGroup[]> {
    return db.reference(ReviewGroup).find({ where: { sessionId: In([...sessionIds]) }, order: { position: 'ASC', name: 'ASC' } });
  }

  async group(db: TenantDb, id: string): Promise<ReviewGroup> {
    const group = await db.reference(ReviewGroup).findOneBy({ id });
    if (!group) throw new NotFoundError(GROUP);
    return group;
  }

  async createGroup(db: TenantDb, sessionId: string, input: ReviewGroupInput): Promise<ReviewGroup> {
    const session = await this.arranging(db, sessionId);
    const name = required(input.name, 'input.name', '请填写组名');
    const existing = await this.groups(db, [session.id]);
    if (existing.some((g) => g.name === name)) throw new ConflictError('该组名已存在', [{ field: 'input.name', message: '该组名已存在' }]);
    const now = new Date();
    const row: ReviewGroup = { id: newId(), sessionId, name, position: input.position ?? existing.reduce((n, g) => Math.max(n, g.position), 0) + 1, createdAt: now, updatedAt: now };
    await db.register(ReviewGroup).insert(row);
    return row;
  }

  async updateGroup(db: TenantDb, id: string, input: ReviewGroupInput): Promise<ReviewGroup> {
    const group = await this.group(db, id);
    await this.arranging(db, group.sessionId);
    const name = required(input.name, 'input.name', '请填写组名');
    if ((await this.groups(db, [group.sessionId])).some((g) => g.name === name && g.id !== id)) throw new ConflictError('该组名已存在', [{ field: 'input.name', message: '该组名已存在' }]);
    const patch = { name, position: input.position ?? group.position, updatedAt: new Date() };
    await db.register(ReviewGroup).update({ id }, patch);
    return Object.assign(group, patch);
  }

  async removeGroup(db: TenantDb, id: string): Promise<ReviewGroup> {
    const group = await this.group(db, id);
    await this.arranging(db, group.sessionId);
    if (await db.repo(ReviewParticipant).exists({ groupId: id })) throw new ConflictError('该组已安排述职单位,请先移出');
    await db.register(ReviewGroup).delete({ id });
    return group;
  }

  async participants(db: TenantDb, args: ReviewParticipantArgs): Promise<Page<ReviewParticipant>> {
    const where: Record<string, unknown> = { sessionId: args.sessionId };
    if (args.groupId) where['groupId'] = args.groupId;
    if (args.status) where['status'] = args.status;
    if (args.tenantId) where['tenantId'] = args.tenantId;
    const [items, total] = await db.repo(ReviewParticipant).findAndCount({ where, order: { groupId: 'ASC', id: 'ASC' }, skip: args.offset, take: args.limit });
    return { items, total, offset: args.offset, limit: args.limit };
  }

  participant(db: TenantDb, id: string): Promise<ReviewParticipant> {
    return db.repo(ReviewParticipant).get(id, PARTICIPANT);
  }

  /**
   * Puts agencies into a group: the chosen active ones, or every active agency not yet on the list
   * (全覆盖), in one statement whatever their number.
   */
  async addParticipants(db: TenantDb, userId: string, groupId: string, tenantIds: readonly string[] | null | undefined): Promise<ReviewParticipant[]> {
    const group = await this.group(db, groupId);
    await this.arranging(db, group.sessionId);
    const listed = new Set((await db.repo(ReviewParticipant).find({ where: { sessionId: group.sessionId }, select: { tenantId: true } as never })).map((p) => p.tenantId));
    let targets: string[];
    if (tenantIds) {
      const chosen = [...new Set(tenantIds)];
      if (chosen.length === 0) refuse('input.tenantIds', '请选择述职单位');
      if ((await activeAgencyIds(db, chosen)).length !== chosen.length) refuse('input.tenantIds', '所选单位中有不存在或已停用的单位');
      if (chosen.some((id) => listed.has(id))) refuse('input.tenantIds', '所选单位中有已安排述职的单位');
      targets = chosen;
    } else {
      targets = (await activeAgencyIds(db)).filter((id) => !listed.has(id));
      if (targets.length === 0) throw new ConflictError('所有单位均已安排述职');
    }
    return db.dispatch(targets).repo(ReviewParticipant).fanOut(targets, { ...newParticipant(group.sessionId, groupId, userId), status: ReviewReportStatus.PENDING });
  }

  /** Takes an agency off the list before the rating starts (its report goes with it). */
  async removeParticipant(db: TenantDb, id: string): Promise<ReviewParticipant> {
    const participant = await this.participant(db, id);
    const agency = db.dispatch([participant.tenantId]);
    await this.arranging(db, participant.sessionId);
    await agency.repo(ReviewParticipant).delete({ id });
    return participant;
  }

  /** The agency: 待报送 (or 退回修改) → 已报送, while the reports are open, with the report's files and summary. */
  async submit(db: TenantDb, userId: string, id: string, input: ReviewReportInput): Promise<ReviewParticipant> {
    const participant = await db.repo(ReviewParticipant).getWritable(id, PARTICIPANT);
    const files = await filesInReach(db, input.fileIds);
    const session = await this.session(db, participant.sessionId);
    if (session.status !== S.REPORTING) throw new ConflictError('只有述职报告报送期间可以报送');
    if (participant.status === ReviewReportStatus.SUBMITTED) throw new ConflictError('述职报告已报送');
    const summary = required(input.summary, 'input.summary', '请填写述职报告摘要');
    const reportFiles = evidenceOf(REPORT_RULE, files, 'input.fileIds');
    return db.repo(ReviewParticipant).transition(id, ReviewReportStatus.SUBMITTED, { summary, reportFiles, submittedAt: new Date(), submittedById: userId }, PARTICIPANT);
  }

  /** The committee: 已报送 → 退回修改, with the reason the agency reads, while the reports are open. */
  async returnReport(db: TenantDb, id: string, reason: string): Promise<ReviewParticipant> {
    const participant = await this.participant(db, id);
    const agency = db.dispatch([participant.tenantId]);
    const text = required(reason, 'reason', '请填写退回原因');
    if (text.length > REASON_LENGTH) refuse('reason', `退回原因最多 ${REASON_LENGTH} 个字符`);
    const session = await this.session(db, participant.sessionId);
    if (session.status !== S.REPORTING) throw new ConflictError('只有述职报告报送期间可以退回');
    return agency.repo(ReviewParticipant).transition(id, ReviewReportStatus.RETURNED, { returnReason: text, returnedAt: new Date() }, PARTICIPANT);
  }

  async comments(db: TenantDb, args: ReviewCommentArgs): Promise<Page<ReviewComment>> {
    const where: Record<string, unknown> = { sessionId: args.sessionId };
    if (args.tenantId) where['tenantId'] = args.tenantId;
    if (args.followedUp !== undefined && args.followedUp !== null) where['rectificationId'] = args.followedUp ? Not(IsNull()) : IsNull();
    const [items, total] = await db.repo(ReviewComment).findAndCount({ where, order: { createdAt: 'ASC', id: 'ASC' }, skip: args.offset, take: args.limit });
    return { items, total, offset: args.offset, limit: args.limit };
  }

  commentsOf(db: TenantDb, participantIds: readonly string[]): Promise<ReviewComment[]> {
    return db.repo(ReviewComment).find({ where: { participantId: In([...participantIds]) }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** 现场点评, recorded at the meeting or after it. */
  async addComment(db: TenantDb, userId: string, participantId: string, input: ReviewCommentInput): Promise<ReviewComment> {
    const participant = await this.participant(db, participantId);
    const agency = db.dispatch([participant.tenantId]);
    const commenter = required(input.commenter, 'input.commenter', '请填写点评人');
    const content = required(input.content, 'input.content', '请填写点评意见');
    const session = await this.session(db, participant.sessionId);
    if (session.status !== S.RATING && session.status !== S.CLOSED) throw new ConflictError('现场点评在述职评议会开始后记录');
    return agency.repo(ReviewComment).insertOne({ sessionId: session.id, participantId, commenter, content, rectificationId: null, createdById: userId });
  }

  async removeComment(db: TenantDb, id: string): Promise<ReviewComment> {
    const comment = await db.repo(ReviewComment).get(id, COMMENT);
    const agency = db.dispatch([comment.tenantId]);
    if (comment.rectificationId) throw new ConflictError('已列入整改台账的点评不能删除');
    await agency.repo(ReviewComment).delete({ id });
    return comment;
  }

  /** 建台账跟踪管理: the comment becomes an item of the agency's 整改台账, once, in the same transaction. */
  async followUp(db: TenantDb, userId: string, id: string, dueOn: string, problem: string | null | undefined): Promise<Rectification> {
    const comment = await db.repo(ReviewComment).get(id, COMMENT);
    db.dispatch([comment.tenantId]);
    if (comment.rectificationId) throw new ConflictError('该点评已列入整改台账');
    if (problem && problem.length > REVIEW_TEXT_LENGTH) refuse('problem', `问题最多 ${REVIEW_TEXT_LENGTH} 个字符`);
    const session = await this.session(db, comment.sessionId);
    return db.transaction(async (tx) => {
      const rectification = await this.rectifications.dispatch(tx, userId, {
        tenantId: comment.tenantId,
        year: session.year,
        source: RectificationSource.REVIEW,
        sourceId: comment.id,
        categoryId: null,
        problem: problem?.trim() || comment.content,
        dueOn,
      });
      await tx.dispatch([comment.tenantId]).repo(ReviewComment).update({ id }, { rectificationId: rectification.id });
      return rectification;
    });
  }

  ratings(db: TenantDb, sessionId: string, participantId: string | null | undefined, reviewerUserId: string | null | undefined): Promise<ReviewRating[]> {
    const where: Record<string, unknown> = { sessionId };
    if (participantId) where['participantId'] = participantId;
    if (reviewerUserId) where['reviewerUserId'] = reviewerUserId;
    return db.repo(ReviewRating).find({ where, order: { participantId: 'ASC', ratedAt: 'ASC' } });
  }

  /**
   * A reviewer's sheet: a grade for each agency listed (a group at the meeting), while the session is
   * rating, for the session's reviewers only. Rating an agency again replaces the reviewer's grade.
   */
  async rate(db: TenantDb, userId: string, sheet: readonly ReviewRatingInput[]): Promise<ReviewRating[]> {
    if (sheet.length === 0) refuse('input.ratings', '请至少评议一个单位');
        const ids = sheet.map((r) => r.participantId);
    const twice = ids.findIndex((id, i) => ids.indexOf(id) !== i);
    if (twice >= 0) refuse(`input.ratings.${twice}.participantId`, '同一单位在一张评议表中只能评议一次');
    const participants = await db.repo(ReviewParticipant).find({ where: { id: In(ids) } });
    if (participants.length !== new Set(ids).size) throw new NotFoundError(PARTICIPANT);
    const tenants = [...new Set(participants.map((p) => p.tenantId))];
    db.dispatch(tenants);
    const sessionIds = [...new Set(participants.map((p) => p.sessionId))];
    if (sessionIds.length > 1) refuse('input.ratings', '一张评议表只能评议同一次述职评议的单位');
    const session = await this.session(db, sessionIds[0]);
    if (!session.reviewerUserIds.includes(userId)) throw new ForbiddenError('您不是本次述职评议的评议人');
    if (session.status !== S.RATING) throw new ConflictError('只有评议打分期间可以打分');
    const grades = sheet.map((r, i) => session.scale.find((g) => g.code === r.code) ?? refuse(`input.ratings.${i}.code`, '评议等次不正确'));
    const byId = new Map(participants.map((p) => [p.id, p]));
    return db.transaction(async (tx) => {
      const mine = new Map((await tx.repo(ReviewRating).find({ where: { participantId: In(ids), reviewerUserId: userId } })).map((r) => [r.participantId, r]));
      const now = new Date();
      const out: ReviewRating[] = [];
      for (const [i, entry] of sheet.entries()) {
        const participant = byId.get(entry.participantId)!;
        const grade = grades[i];
        const agency = tx.dispatch([participant.tenantId]).repo(ReviewRating);
        const previous = mine.get(participant.id);
        if (previous && previous.code === grade.code) out.push(previous);
        else if (previous) out.push(await agency.updateOne(previous.id, { code: grade.code, score: grade.score, ratedAt: now }));
        else out.push(await agency.insertOne({ sessionId: session.id, participantId: participant.id, reviewerUserId: userId, code: grade.code, score: grade.score, ratedAt: now }));
      }
      return out;
    });
  }

  /** Reports by state and ratings by grade at a session, each one grouped statement over the rows in reach. */
  async figures(db: TenantDb, session: ReviewSession): Promise<ReviewFigures> {
    const reports = await db
      .repo(ReviewParticipant)
      .queryBuilder('p')
      .select(['p.status AS status', 'COUNT(*) AS n'])
      .andWhere('p.sessionId = :sessionId', { sessionId: session.id })
      .groupBy('p.status')
      .getRawMany<Record<string, unknown>>();
    const votes = await db
      .repo(ReviewRating)
      .queryBuilder('r')
      .select(['r.code AS code', 'COUNT(*) AS n'])
      .andWhere('r.sessionId = :sessionId', { sessionId: session.id })
      .groupBy('r.code')
      .getRawMany<Record<string, unknown>>();
    const count = (rows: Record<string, unknown>[], column: string, value: string) => Number(rows.find((r) => r[column] === value)?.['n'] ?? 0);
    const pending = count(reports, 'status', ReviewReportStatus.PENDING);
    const returned = count(reports, 'status', ReviewReportStatus.RETURNED);
    const submitted = count(reports, 'status', ReviewReportStatus.SUBMITTED);
    return {
      participants: pending + returned + submitted,
      submitted,
      notSubmitted: pending + returned,
      returned,
      ratings: votes.reduce((n, v) => n + Number(v['n']), 0),
      distribution: session.scale.map((g) => ({ ...g, count: count(votes, 'code', g.code) })),
    };
  }

  /** A session still open to arranging (groups, agencies): planned or taking reports. */
  private async arranging(db: TenantDb, sessionId: string): Promise<ReviewSession> {
    const session = await this.session(db, sessionId);
    if (!ARRANGING.includes(session.status)) throw new ConflictError('评议打分开始后不能再调整分组和述职单位');
    return session;
  }

  /** The scale as given (codes of letters, digits and _; distinct codes and labels; at least two grades), or the brief's. */
  private scale(input: readonly ReviewGradeInput[] | null | undefined): ReviewGrade[] {
    if (!input) return DEFAULT_REVIEW_SCALE.map((g) => ({ ...g }));
    if (input.length < 2) refuse('input.scale', '评议等次至少 2 个');
    const grades = input.map((g, i) => ({ code: required(g.code, `input.scale.${i}.code`, '请填写等次代码'), label: required(g.label, `input.scale.${i}.label`, '请填写等次名称'), score: g.score }));
    grades.forEach((g, i) => {
      if (!GRADE_CODE.test(g.code)) refuse(`input.scale.${i}.code`, '等次代码只能由字母、数字和下划线组成');
      // type-graphql validates only the top input object, not each grade in the list: the bounds again here.
      if (g.code.length > GRADE_CODE_LENGTH) refuse(`input.scale.${i}.code`, `等次代码最多 ${GRADE_CODE_LENGTH} 个字符`);
      if (g.label.length > GRADE_LABEL_LENGTH) refuse(`input.scale.${i}.label`, `等次名称最多 ${GRADE_LABEL_LENGTH} 个字符`);
      if (!Number.isInteger(g.score) || g.score < 0 || g.score > 100) refuse(`input.scale.${i}.score`, '分数应为 0 到 100');
      if (grades.findIndex((o) => o.code === g.code) !== i) refuse(`input.scale.${i}.code`, '等次代码重复');
      if (grades.findIndex((o) => o.label === g.label) !== i) refuse(`input.scale.${i}.label`, '等次名称重复');
    });
    return grades.sort((a, b) => b.score - a.score);
  }

  /** The reviewers: active users of the committee itself (who rates is also a permission). */
  private async reviewers(db: TenantDb, committeeTenantId: string, ids: readonly string[]): Promise<string[]> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) refuse('input.reviewerUserIds', '请选择评议人');
    const users = await db.repo(User).find({ where: { id: In(unique), tenantId: committeeTenantId, disabled: false }, select: { id: true } as never });
    if (users.length !== unique.length) refuse('input.reviewerUserIds', '评议人应为在用的工委用户');
    return unique;
  }
}
