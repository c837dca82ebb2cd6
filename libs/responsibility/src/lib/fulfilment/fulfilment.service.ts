import { In, IsNull } from 'typeorm';
import { ConflictError, ForbiddenError, NotFoundError, refuse } from '@zeren/shared-errors';
import { evidenceOf, filesInReach } from '@zeren/files';
import { OrgUnit, PartyMember, PostAssignment, PostClass, PostCode, PostType, MemberStatus } from '@zeren/org-tree';
import { containsInstant, dueAt, isLate, parsePeriodKey, type Period } from '@zeren/shared-periods';
import type { TenantDb } from '@zeren/tenancy';
import { dueRuleOf, periodsOfYear, unitKindsOf } from '../duty/duty-rules';
import { DutyTemplate, TemplateStatus } from '../template/duty-template.entity';
import { AgencyListService } from '../list/agency-list.service';
import type { Duty } from '../list/duty.type';
import { recountCompletion } from '../figures/completion-keeper';
import { FulfilmentRecord, RecordStatus } from './fulfilment-record.entity';
import type { CorrectRecordInput, RecordContentInput, SubmitRecordInput } from './dto/record.input';


/** Who is writing: the user, and a handle on their own agency for resolving posts (members cannot read assignments). */
export interface Recorder {
  userId: string;
  /** The caller's own agency, whole (RequestContext.own): reads the structure a subject is checked against. */
  structure: TenantDb;
}

/** 尽责: fulfilment records, their versions and their review. */
export class FulfilmentService {
  constructor(private readonly lists: AgencyListService = new AgencyListService()) {}

  /** A first record for a subject and period, or the answer to a returned one (a new version). */
  async submit(db: TenantDb, recorder: Recorder, input: SubmitRecordInput): Promise<FulfilmentRecord> {
    const duty = await this.lists.duty(db, input.dutyId);
    const template = await db.reference(DutyTemplate).findOneBy({ id: duty.templateId });
    if (!template || template.status !== TemplateStatus.PUBLISHED) throw new ConflictError('该年度的责任清单尚未下达');
    const period = periodIn(duty, template.year, input.periodKey);
    // Every id first, refused as NOT_FOUND (or FORBIDDEN) when out of the caller's reach; then what they say.
    const files = await filesInReach(db, input.fileIds);
    const unit = await db.repo(OrgUnit).get(input.unitId, '党组织');
    if (!db.repo(FulfilmentRecord).mayWrite({ tenantId: unit.tenantId, unitId: unit.id, subjectUserId: recorder.userId } as FulfilmentRecord)) {
      throw new ForbiddenError('该党组织不在您的数据权限内');
    }
    const named = input.memberId ? await db.repo(PartyMember).get(input.memberId, '党员') : null;
    const subject = await resolveSubject(recorder.structure, duty, unit, named);
    const evidence = evidenceOf(duty, files);
    const repo = db.repo(FulfilmentRecord);
    const key = { dutyId: duty.id, periodKey: period.key, unitId: subject.unitId, holderKey: subject.holderKey };
    const current = await repo.findOne({ ...key, current: true });
    if (current && current.status !== RecordStatus.RETURNED) throw new ConflictError('该事项本周期已报送;如需修改,请更正原纪实');
    const deadline = dueAt(period, dueRuleOf(duty));
    const now = new Date();
    if (current) await repo.update({ id: current.id }, { current: false });
    const record = await repo.insertOne({
      ...key,
      ...content(input),
      templateId: duty.templateId,
      memberId: subject.memberId,
      subjectUserId: subject.subjectUserId,
      postCode: duty.postCode,
      version: (current?.version ?? 0) + 1,
      current: true,
      status: RecordStatus.SUBMITTED,
      evidence,
      dueAt: deadline,
      submittedAt: now,
      // Entry after the deadline is taken and marked for good (拱墅's 红叉), not refused.
      late: isLate(deadline, now),
      recordedById: recorder.userId,
      previousId: current?.id ?? null,
      correctionReason: null,
      reviewedById: null,
      reviewedAt: null,
      reviewComment: null,
    });
    await recountCompletion(db, { templateId: duty.templateId, dutyId: duty.id, periodKey: period.key });
    return record;
  }

  /** A correction: a new version beside the old one, which is kept as it was. On time stays on time. */
  async correct(db: TenantDb, recorder: Recorder, id: string, input: CorrectRecordInput): Promise<FulfilmentRecord> {
    const repo = db.repo(FulfilmentRecord);
    const previous = await repo.getWritable(id, '履责纪实');
    const duty = await this.lists.duty(db, previous.dutyId);
    const evidence = evidenceOf(duty, await filesInReach(db, input.fileIds));
    if (!previous.current) throw new ConflictError('只能更正当前版本');
    if (previous.status === RecordStatus.RETURNED) throw new ConflictError('被退回的纪实请重新报送,而不是更正');
    await repo.update({ id: previous.id, current: true }, { current: false });
    const { id: _id, tenantId: _t, createdAt: _c, updatedAt: _u, ...kept } = previous;
    const record = await repo.insertOne({
      ...kept,
      ...content(input),
      evidence,
      version: previous.version + 1,
      current: true,
      status: RecordStatus.SUBMITTED,
      submittedAt: new Date(),
      recordedById: recorder.userId,
      previousId: previous.id,
      correctionReason: input.reason.trim(),
      reviewedById: null,
      reviewedAt: null,
      reviewComment: null,
    });
    await recountCompletion(db, previous);
    return record;
  }

  /** The level above accepts a record or returns it with a comment; nobody reviews their own. */
  async review(db: TenantDb, reviewerId: string, id: string, accept: boolean, comment: string | null): Promise<FulfilmentRecord> {
    const repo = db.repo(FulfilmentRecord);
    const record = await repo.getWritable(id, '履责纪实');
    if (!record.current || record.status !== RecordStatus.SUBMITTED) throw new ConflictError('只能审核待审核的当前版本');
    if (record.recordedById === reviewerId) throw new ForbiddenError('不能审核自己填报的纪实');
    const note = comment?.trim() || null;
    if (!accept && !note) refuse('comment', '退回时请填写审核意见');
    const patch = { status: accept ? RecordStatus.ACCEPTED : RecordStatus.RETURNED, reviewedById: reviewerId, reviewedAt: new Date(), reviewComment: note };
    // The status is in the condition too: of two reviewers at once, one wins and the other is told.
    if ((await repo.update({ id, status: RecordStatus.SUBMITTED, current: true }, patch)) === 0) throw new ConflictError('该纪实已被他人审核,请刷新后重试');
    await recountCompletion(db, record);
    return Object.assign(record, patch);
  }

  /** Every version of a record's subject and period, oldest first (returns and resubmissions kept). */
  async history(db: TenantDb, id: string): Promise<FulfilmentRecord[]> {
    const record = await db.repo(FulfilmentRecord).get(id, '履责纪实');
    return db.repo(FulfilmentRecord).find({
      where: { dutyId: record.dutyId, periodKey: record.periodKey, unitId: record.unitId, holderKey: record.holderKey },
      order: { version: 'ASC' },
    });
  }
}

function content(input: RecordContentInput) {
  return { content: input.content.trim(), happenedOn: input.happenedOn, place: input.place?.trim() || null, participants: input.participants?.trim() || null };
}

/** The period a key names, if it is one of the duty's in the template's year. */
export function periodIn(duty: Duty, year: number, key: string): Period {
  const period = parsePeriodKey(key);
  if (!periodsOfYear(duty.cadence, year).some((p) => p.key === period.key)) refuse('periodKey', `${period.label}不是该事项${year}年度的履责周期`);
  return period;
}

/** Whether an instant falls in a duty's period (a holder's term overlapping it). */
export const inPeriod = (period: Period, on: Date) => period.cadence === 'ONCE' || containsInstant(period, on);

interface ResolvedSubject {
  unitId: string;
  memberId: string | null;
  holderKey: string;
  subjectUserId: string | null;
}

/** Checks that the duty falls on this unit (and member) now, and names who it belongs to. */
async function resolveSubject(db: TenantDb, duty: Duty, unit: OrgUnit, named: PartyMember | null): Promise<ResolvedSubject> {
  const memberId = named?.id ?? null;
  if (unit.dissolvedOn) throw new ConflictError(`${unit.name}已撤销`);
  const userOf = async (id: string | null) => (id ? ((await db.repo(PartyMember).findOne({ id }))?.userId ?? null) : null);
  if (duty.postCode === PostCode.PARTY_MEMBER) {
    if (!named) return refuse('memberId', '党员责任须选择党员');
    const member = named;
    if (member.status !== MemberStatus.ACTIVE || member.unitId !== unit.id) refuse('memberId', `${member.name}不是${unit.name}的在册党员`);
    return { unitId: unit.id, memberId: member.id, holderKey: member.id, subjectUserId: member.userId };
  }
  if (!unitKindsOf(duty).includes(unit.kind)) refuse('unitId', `该事项不适用于${unit.name}`);
  const post = await db.reference(PostType).findOneBy({ code: duty.postCode });
  if (!post) throw new NotFoundError('岗位');
  const holders = await db.repo(PostAssignment).find({ where: { unitId: unit.id, postCode: post.code, endsOn: IsNull() } });
  const sharedPost = post.postClass === PostClass.INDIVIDUAL && !post.secretary;
  if (named && !sharedPost) refuse('memberId', `“${post.name}”的责任属于党组织的岗位,不选党员`);
  if (post.postClass === PostClass.ORGANIZATION) {
    const secretaries = await db.reference(PostType).find({ where: { secretary: true }, select: { code: true } });
    const secretary = await db.repo(PostAssignment).findOne({ unitId: unit.id, postCode: In(secretaries.map((s) => s.code)), endsOn: IsNull() });
    return { unitId: unit.id, memberId: null, holderKey: '', subjectUserId: await userOf(secretary?.memberId ?? null) };
  }
  if (post.secretary) {
    if (holders.length === 0) refuse('unitId', `${unit.name}现无“${post.name}”`);
    return { unitId: unit.id, memberId: null, holderKey: '', subjectUserId: await userOf(holders[0].memberId) };
  }
  if (!memberId) return refuse('memberId', `请选择担任“${post.name}”的党员`);
  if (!holders.some((h) => h.memberId === memberId)) refuse('memberId', `该党员现不担任${unit.name}的“${post.name}”`);
  return { unitId: unit.id, memberId, holderKey: memberId, subjectUserId: await userOf(memberId) };
}
