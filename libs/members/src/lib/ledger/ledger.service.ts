import { IsNull } from 'typeorm';
import { ConflictError, ForbiddenError, refuse } from '@zeren/shared-errors';
import { evidenceOf, filesInReach, type EvidenceRef } from '@zeren/files';
import { MemberStatus, PartyMember } from '@zeren/org-tree';
import { localDateOf } from '@zeren/shared-periods';
import type { TenantDb } from '@zeren/tenancy';
import { EntryOrigin, EntryStatus, POINTS_AWARDER_LABELS, PointsMode, RuleOwner } from '../members.enums';
import { formatPoints } from '../points';
import { AgencyPointsRule, type CommitteePointsRule } from '../rule/points-rule.entity';
import { RuleService } from '../rule/rule.service';
import { capacityOf, mayAward } from './capacity';
import { PointsEntry } from './points-entry.entity';
import { entryRow, reversalRow } from './entry-row';
import { capPeriodOf, earnedUnder, exceedsCap } from './cap';
import type { AwardPointsInput, DeclarePointsInput } from './dto/points-entry.input';
import { ArchiveService } from '../archive/archive.service';

type Rule = CommitteePointsRule | AgencyPointsRule;

/** Who is acting: the user, and a handle on their own agency, whole, to find their own member record. */
export interface Actor {
  userId: string;
  own: TenantDb;
}

/**
 * 积分台账: declarations, awards, the secretary's decisions, appeals and reversing entries. Which
 * entries a caller reaches is the scoped layer's data scope (members.policies.ts); nothing here filters.
 */
export class LedgerService {
  constructor(
    private readonly rules: RuleService = new RuleService(),
    private readonly archive: ArchiveService = new ArchiveService(),
  ) {}

  /** A member declares points for themself: 待审核 for their branch secretary. */
  async declare(db: TenantDb, actor: Actor, input: DeclarePointsInput): Promise<PointsEntry> {
    const rule = await this.rules.get(db, input.ruleId);
    const files = await filesInReach(db, input.fileIds);
    const member = await actor.own.repo(PartyMember).findOne({ userId: actor.userId, status: MemberStatus.ACTIVE });
    if (!member) throw new ConflictError('您的账号未关联在册党员,不能申报积分');
    const fields = checked(rule, input, files);
    await this.archive.assertOpen(db, rule.year);
    return db.repo(PointsEntry).insertOne(entryOf(rule, member, actor.userId, fields, EntryOrigin.DECLARED, EntryStatus.PENDING));
  }

  /**
   * A group leader's or a secretary's award, as the rule allows. A group leader's waits for the
   * secretary; a secretary's is their decision already, so the cap is checked at once.
   */
  async award(db: TenantDb, actor: Actor, input: AwardPointsInput): Promise<PointsEntry> {
    const rule = await this.rules.get(db, input.ruleId);
    const files = await filesInReach(db, input.fileIds);
    const member = await db.repo(PartyMember).get(input.memberId, '党员');
    const capacity = await capacityOf(db, actor.userId);
    const may = mayAward(rule.awarder, capacity);
    if (!may.allowed) throw new ForbiddenError(`该规则只能由${POINTS_AWARDER_LABELS[rule.awarder]}给予`);
    if (member.userId === actor.userId) throw new ForbiddenError('不能给自己积分,请申报后由支部书记审核');
    if (member.status !== MemberStatus.ACTIVE) refuse('memberId', `${member.name}不是在册党员`);
    const fields = checked(rule, input, files);
    await this.archive.assertOpen(db, rule.year);
    const row = entryOf(rule, member, actor.userId, fields, EntryOrigin.AWARDED, may.asSecretary ? EntryStatus.APPROVED : EntryStatus.PENDING);
    if (!may.asSecretary) return db.repo(PointsEntry).insertOne(row);
    await db.repo(PartyMember).lockForUpdate(member.id, '党员');
    await this.assertWithinCap(db, rule, row);
    return db.repo(PointsEntry).insertOne({ ...row, decidedById: actor.userId, decidedAt: new Date() });
  }

  /** The branch secretary approves a pending entry, within the rule's cap for the member and period. */
  async approve(db: TenantDb, actor: Actor, id: string): Promise<PointsEntry> {
    const entry = await this.decidable(db, actor, id);
    // Serialises approvals for one member, so two at once cannot both fit under the cap.
    await db.repo(PartyMember).lockForUpdate(entry.memberId, '党员');
    const rule = await this.rules.get(db, entry.ruleId);
    await this.assertWithinCap(db, rule, entry);
    return this.decide(db, entry, { status: EntryStatus.APPROVED, decidedById: actor.userId, decidedAt: new Date() });
  }

  /** The branch secretary rejects a pending entry with a reason; the member may appeal once. */
  async reject(db: TenantDb, actor: Actor, id: string, reason: string): Promise<PointsEntry> {
    const entry = await this.decidable(db, actor, id);
    const text = reason.trim();
    if (!text) refuse('reason', '驳回时请填写理由');
    return this.decide(db, entry, { status: EntryStatus.REJECTED, decidedById: actor.userId, decidedAt: new Date(), rejectReason: text });
  }

  /** The member appeals a rejection, once: it goes back to the secretary, the first reason kept beside the appeal. */
  async appeal(db: TenantDb, actor: Actor, id: string, reason: string): Promise<PointsEntry> {
    const repo = db.repo(PointsEntry);
    const entry = await repo.getWritable(id, '积分');
    if (entry.memberUserId !== actor.userId) throw new ForbiddenError('只有党员本人可以申诉');
    if (entry.status !== EntryStatus.REJECTED) throw new ConflictError('只能对已驳回的积分申诉');
    if (entry.appealedAt) throw new ConflictError('每条积分只能申诉一次');
    await this.archive.assertOpen(db, entry.year);
    const text = reason.trim();
    if (!text) refuse('reason', '请填写申诉理由');
    const patch = { status: EntryStatus.PENDING, appealReason: text, appealedAt: new Date(), decidedById: null, decidedAt: null };
    if ((await repo.update({ id, status: EntryStatus.REJECTED, appealedAt: IsNull() }, patch)) === 0) throw new ConflictError('该积分已被处理,请刷新后重试');
    return Object.assign(entry, patch);
  }

  /** A correction: a new approved entry negating an approved one, with the reason. The original stays as it was. */
  async reverse(db: TenantDb, actor: Actor, id: string, reason: string): Promise<PointsEntry> {
    const repo = db.repo(PointsEntry);
    const original = await repo.getWritable(id, '积分');
    // A secretary corrects what they awarded themselves too; only their own points are someone else's to correct.
    await this.assertSecretaryOf(db, actor, original, false);
    if (original.origin === EntryOrigin.REVERSAL) throw new ConflictError('冲正条目不能再冲正');
    if (original.status !== EntryStatus.APPROVED) throw new ConflictError('只能冲正已通过的积分');
    if (await repo.exists({ reversesId: original.id })) throw new ConflictError('该积分已冲正');
    await this.archive.assertOpen(db, original.year);
    const text = reason.trim();
    if (!text) refuse('reason', '请填写冲正理由');
    return repo.insertOne(reversalRow(original, text, actor.userId));
  }

  /** A pending entry the caller may decide: in their data scope, as a secretary, and not their own. */
  private async decidable(db: TenantDb, actor: Actor, id: string): Promise<PointsEntry> {
    const entry = await db.repo(PointsEntry).getWritable(id, '积分');
    await this.assertSecretaryOf(db, actor, entry);
    if (entry.status !== EntryStatus.PENDING) throw new ConflictError('只能审核待审核的积分');
    await this.archive.assertOpen(db, entry.year);
    return entry;
  }

  private async assertSecretaryOf(db: TenantDb, actor: Actor, entry: PointsEntry, notRecorder = true): Promise<void> {
    if (!(await capacityOf(db, actor.userId)).secretary) throw new ForbiddenError('只有支部书记可以审核积分');
    if (entry.memberUserId === actor.userId) throw new ForbiddenError('不能处理本人的积分');
    if (notRecorder && entry.recordedById === actor.userId) throw new ForbiddenError('不能审核本人记录的积分');
  }

  /** The status is in the condition too: of two secretaries deciding at once, one wins and the other is told. */
  private async decide(db: TenantDb, entry: PointsEntry, patch: Partial<PointsEntry>): Promise<PointsEntry> {
    if ((await db.repo(PointsEntry).update({ id: entry.id, status: EntryStatus.PENDING }, patch)) === 0) throw new ConflictError('该积分已被他人审核,请刷新后重试');
    return Object.assign(entry, patch);
  }

  /** CONFLICT naming the cap and what is left when the entry would take the member past it. */
  private async assertWithinCap(db: TenantDb, rule: Rule, entry: Pick<PointsEntry, 'memberId' | 'ruleId' | 'occurredOn' | 'pointsTenths'>): Promise<void> {
    if (rule.capTenths === null || rule.capPeriod === null) return;
    const signed = (await earnedUnder(db, rule, [entry.memberId], entry.occurredOn)).get(entry.memberId) ?? 0;
    if (exceedsCap(rule, signed, entry.pointsTenths)) {
      const period = capPeriodOf(rule.capPeriod, entry.occurredOn);
      const earned = signed * Math.sign(rule.pointsTenths);
      const left = Math.max(0, rule.capTenths - earned);
      throw new ConflictError(`“${rule.name}”${period.label}最多 ${formatPoints(rule.capTenths)} 分,已得 ${formatPoints(earned)} 分,还可 ${formatPoints(left)} 分`);
    }
  }
}

interface CheckedFields {
  occurredOn: string;
  note: string;
  evidence: EvidenceRef[];
}

/** What an entry under this rule must satisfy: declarable, the rule's year, not in the future, evidence if required. */
function checked(rule: Rule, input: DeclarePointsInput, files: Parameters<typeof evidenceOf>[1]): CheckedFields {
  if (rule.mode === PointsMode.AUTOMATIC) refuse('ruleId', `“${rule.name}”为自动积分,不能申报或给予`);
  if (Number(input.occurredOn.slice(0, 4)) !== rule.year) refuse('occurredOn', `“${rule.name}”是${rule.year}年度的规则,发生日期应在该年度内`);
  if (input.occurredOn > localDateOf(new Date())) refuse('occurredOn', '发生日期不能晚于今天');
  const note = input.note.trim();
  if (!note) refuse('note', '请填写事由');
  const evidence = evidenceOf({ evidenceKinds: null, minEvidence: rule.evidenceRequired ? 1 : 0 }, files);
  return { occurredOn: input.occurredOn, note, evidence };
}

function entryOf(rule: Rule, member: PartyMember, recordedById: string, fields: CheckedFields, origin: EntryOrigin, status: EntryStatus) {
  const ruleOwner = rule instanceof AgencyPointsRule ? RuleOwner.AGENCY : RuleOwner.COMMITTEE;
  return entryRow({ member, rule, ruleOwner, occurredOn: fields.occurredOn, origin, status, note: fields.note, evidence: fields.evidence, recordedById });
}
