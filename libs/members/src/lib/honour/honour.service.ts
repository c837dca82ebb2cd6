import { Between, In, IsNull, Not } from 'typeorm';
import { ConflictError, NotFoundError, refuse, required } from '@zeren/shared-errors';
import { evidenceOf, filesInReach } from '@zeren/files';
import { MemberStatus, OrgUnit, OrgUnitKind, PartyMember, PostAssignment } from '@zeren/org-tree';
import { localDateOf } from '@zeren/shared-periods';
import type { Page } from '@zeren/shared-graphql';
import { newId, type TenantDb } from '@zeren/tenancy';
import { DisciplineRecord, HonourNomination, HonourRound, OutsideHonour } from './honour.entity';
import { EligibilityRuleKind, FOR_MEMBERS, HONOUR_CATEGORY_LABELS, HonourCategory, HonourRoundStatus, MUNICIPAL_AND_ABOVE, NominationStatus, type HonourLevel } from './honour.enums';
import { evaluate, type EligibilityCheck, type Nominee } from './eligibility';
import type { DisciplineRecordInput, HonourRoundInput, NominateInput, NomineeCheckInput, NominationArgs, OutsideHonourInput } from './dto/honour.input';

const ROUND = '表彰评选';
const NOMINATION = '表彰提名';
const ANY_FILES = { evidenceKinds: null, minEvidence: 0 };
/** The units a 先进基层党组织 may be: 机关党委, 党总支, 党支部 (not a 党组 nor a 党小组). */
export const BASIC_UNITS: readonly OrgUnitKind[] = [OrgUnitKind.ORGAN_PARTY_COMMITTEE, OrgUnitKind.GENERAL_BRANCH, OrgUnitKind.BRANCH];

/** One commendation result: an approved nomination of a published round, or an outside honour. */
export interface HonourResultRow {
  source: 'ROUND' | 'OUTSIDE';
  id: string;
  tenantId: string;
  category: HonourCategory;
  level: HonourLevel;
  title: string;
  conferredOn: string;
  memberId: string | null;
  unitId: string;
}

export const NOMINATION_ORDER = { createdAt: 'DESC', id: 'DESC' } as const;

/** The honourNominations filters as one condition (the scoped repository adds the reach): the page and the .xlsx read the same rows. */
export function nominationWhere(filter: Omit<NominationArgs, 'offset' | 'limit'>): Record<string, unknown> {
  const where: Record<string, unknown> = {};
  if (filter.roundId) where['roundId'] = filter.roundId;
  if (filter.tenantId) where['tenantId'] = filter.tenantId;
  if (filter.category) where['category'] = filter.category;
  if (filter.status) where['status'] = filter.status;
  return where;
}

/** The brief's window: the two years before `today`, both ends included. */
export function twoYearsBefore(today: string): { from: string; to: string } {
  return { from: `${Number(today.slice(0, 4)) - 2}${today.slice(4)}`, to: today };
}

/** 表彰: rounds (committee), nominations with the eligibility checks (agency, then committee), results and figures. */
export class HonourService {
  rounds(db: TenantDb, year?: number | null): Promise<HonourRound[]> {
    return db.reference(HonourRound).find({ where: year ? { year } : {}, order: { year: 'DESC', opensOn: 'DESC', id: 'DESC' } });
  }

  async round(db: TenantDb, id: string): Promise<HonourRound> {
    const round = await db.reference(HonourRound).findOneBy({ id });
    if (!round) throw new NotFoundError(ROUND);
    return round;
  }

  async createRound(db: TenantDb, input: HonourRoundInput): Promise<HonourRound> {
    db.scope.assertWritable();
    const now = new Date();
    const row = Object.assign(new HonourRound(), { id: newId(), createdAt: now, updatedAt: now, ...roundFields(input), status: HonourRoundStatus.OPEN, publishedOn: null });
    await db.register(HonourRound).insert(row);
    return row;
  }

  async updateRound(db: TenantDb, id: string, input: HonourRoundInput): Promise<HonourRound> {
    db.scope.assertWritable();
    const round = await this.round(db, id);
    if (round.status !== HonourRoundStatus.OPEN) throw new ConflictError('表彰名单已公布,评选不能再修改');
    const patch = { ...roundFields(input), updatedAt: new Date() };
    await db.register(HonourRound).update({ id, status: HonourRoundStatus.OPEN }, patch);
    return Object.assign(round, patch);
  }

  /** 公布表彰名单: every nomination decided; the approved ones are the results, dated today. */
  async publishRound(db: TenantDb, id: string, now = new Date()): Promise<HonourRound> {
    db.scope.assertWritable();
    const round = await this.round(db, id);
    if (round.status !== HonourRoundStatus.OPEN) throw new ConflictError('表彰名单已公布');
    const waiting = await db.repo(HonourNomination).count({ roundId: id, status: NominationStatus.SUBMITTED });
    if (waiting > 0) throw new ConflictError(`还有 ${waiting} 条提名未审核,审核完毕后才能公布表彰名单`);
    const patch = { status: HonourRoundStatus.PUBLISHED, publishedOn: localDateOf(now), updatedAt: now };
    if ((await db.register(HonourRound).update({ id, status: HonourRoundStatus.OPEN }, patch)) === 0) throw new ConflictError('表彰名单已公布');
    return Object.assign(round, patch);
  }

  async nominations(db: TenantDb, args: NominationArgs): Promise<Page<HonourNomination>> {
    const [items, total] = await db.repo(HonourNomination).findAndCount({ where: nominationWhere(args), order: NOMINATION_ORDER, skip: args.offset, take: args.limit });
    return { items, total, offset: args.offset, limit: args.limit };
  }

  nomination(db: TenantDb, id: string): Promise<HonourNomination> {
    return db.repo(HonourNomination).get(id, NOMINATION);
  }

  /**
   * An agency's nomination: in the round's window and categories, within its quota, the nominee of
   * the right kind, and every eligibility rule passed; else refused beside the field, nothing saved.
   */
  async nominate(db: TenantDb, userId: string, input: NominateInput, now = new Date()): Promise<HonourNomination> {
    db.scope.assertWritable();
    const today = localDateOf(now);
    const round = await this.round(db, input.roundId);
    const files = await filesInReach(db, input.fileIds);
    if (round.status !== HonourRoundStatus.OPEN) throw new ConflictError('该评选的表彰名单已公布,不能再提名');
    if (today < round.opensOn || today > round.closesOn) throw new ConflictError(`该评选的提名时间为 ${round.opensOn} 至 ${round.closesOn}`);
    const deeds = required(input.deeds, 'deeds', '请填写主要事迹');
    const { nominee, checks } = await this.screened(db, round, input, today);
    const repo = db.repo(HonourNomination);
    const same = nominee.memberId ? { memberId: nominee.memberId } : { unitId: nominee.unitId, category: HonourCategory.ORGANISATION };
    if (await repo.exists({ roundId: round.id, ...same, status: Not(NominationStatus.REJECTED) })) {
      refuse(nominee.memberId ? 'memberId' : 'unitId', `${nominee.name}已在该评选中被提名`);
    }
    if (round.quotaPerAgency !== null) {
      const used = await repo.count({ roundId: round.id, status: Not(NominationStatus.REJECTED) });
      if (used >= round.quotaPerAgency) throw new ConflictError(`该评选每个单位最多提名 ${round.quotaPerAgency} 个,本单位已提名 ${used} 个`);
    }
    const field = nominee.memberId ? 'memberId' : 'unitId';
    for (const check of checks) {
      if (check.passed === false) refuse(field, `不符合“${check.label}”:${check.detail}`);
    }
    return repo.insertOne({
      roundId: round.id,
      category: input.category,
      memberId: nominee.memberId,
      unitId: nominee.unitId,
      deeds,
      evidence: evidenceOf(ANY_FILES, files),
      status: NominationStatus.SUBMITTED,
      createdById: userId,
      rejectReason: null,
      decidedById: null,
      decidedAt: null,
    });
  }

  /**
   * The round's rules on a nominee before the agency submits (the form asks as soon as one is picked):
   * the same checks nominateForHonour makes, answered as a list, nothing saved.
   */
  async checkNominee(db: TenantDb, input: NomineeCheckInput, now = new Date()): Promise<EligibilityCheck[]> {
    return (await this.screened(db, await this.round(db, input.roundId), input, localDateOf(now))).checks;
  }

  private async screened(db: TenantDb, round: HonourRound, input: NomineeCheckInput, today: string) {
    if (!round.categories.includes(input.category)) refuse('category', `该评选不评“${HONOUR_CATEGORY_LABELS[input.category]}”`);
    const nominee = await this.nominee(db, input.category, input.memberId, input.unitId);
    const checks = await evaluate(db, round, { tenantId: nominee.tenantId, category: input.category, memberId: nominee.memberId, memberName: nominee.name, unitId: nominee.unitId }, today);
    return { nominee, checks };
  }

  /** 审核通过 by the committee, while the round is open and within its overall quota. */
  async approve(db: TenantDb, userId: string, id: string): Promise<HonourNomination> {
    const nomination = await this.nomination(db, id);
    db.scope.assertWritable();
    const round = await this.round(db, nomination.roundId);
    if (round.status !== HonourRoundStatus.OPEN) throw new ConflictError('表彰名单已公布,不能再审核');
    if (round.quotaTotal !== null) {
      const approved = await db.repo(HonourNomination).count({ roundId: round.id, status: NominationStatus.APPROVED });
      if (approved >= round.quotaTotal) throw new ConflictError(`该评选总名额 ${round.quotaTotal} 个,已全部审核通过`);
    }
    return db.dispatch([nomination.tenantId]).repo(HonourNomination).transition(id, NominationStatus.APPROVED, { decidedById: userId, decidedAt: new Date() }, NOMINATION);
  }

  async reject(db: TenantDb, userId: string, id: string, reason: string): Promise<HonourNomination> {
    const nomination = await this.nomination(db, id);
    db.scope.assertWritable();
    const round = await this.round(db, nomination.roundId);
    const text = required(reason, 'reason', '驳回时请填写理由');
    if (round.status !== HonourRoundStatus.OPEN) throw new ConflictError('表彰名单已公布,不能再审核');
    return db.dispatch([nomination.tenantId]).repo(HonourNomination).transition(id, NominationStatus.REJECTED, { rejectReason: text, decidedById: userId, decidedAt: new Date() }, NOMINATION);
  }

  /** The round's rules on a nomination again, read in its agency (the committee's view narrowed to it). */
  async eligibilityOf(db: TenantDb, nomination: HonourNomination, now = new Date()): Promise<EligibilityCheck[]> {
    const own = db.scope.readTenantIds?.length === 1 ? db : db.narrowTo(nomination.tenantId);
    const round = await this.round(own, nomination.roundId);
    const member = nomination.memberId ? await own.repo(PartyMember).findOne({ id: nomination.memberId }) : null;
    const nominee: Nominee = { tenantId: nomination.tenantId, category: nomination.category, memberId: nomination.memberId, memberName: member?.name ?? null, unitId: nomination.unitId };
    return evaluate(own, round, nominee, localDateOf(now));
  }

  // —— outside honours ——

  outsideHonours(db: TenantDb): Promise<OutsideHonour[]> {
    return db.repo(OutsideHonour).find({ order: { conferredOn: 'DESC', id: 'DESC' } });
  }

  async recordOutsideHonour(db: TenantDb, userId: string, input: OutsideHonourInput, now = new Date()): Promise<OutsideHonour> {
    db.scope.assertWritable();
    if (input.conferredOn > localDateOf(now)) refuse('conferredOn', '授予日期不能晚于今天');
    const nominee = await this.nominee(db, input.category, input.memberId, input.unitId, false);
    return db.repo(OutsideHonour).insertOne({
      category: input.category,
      level: input.level,
      memberId: nominee.memberId,
      unitId: nominee.unitId,
      title: required(input.title, 'title', '请填写荣誉名称'),
      conferredBy: required(input.conferredBy, 'conferredBy', '请填写授予机关'),
      conferredOn: input.conferredOn,
      recordedById: userId,
    });
  }

  async removeOutsideHonour(db: TenantDb, id: string): Promise<OutsideHonour> {
    const row = await db.repo(OutsideHonour).getWritable(id, '其他表彰');
    await db.repo(OutsideHonour).delete({ id });
    return row;
  }

  // —— discipline records ——

  disciplineRecords(db: TenantDb, memberId?: string | null): Promise<DisciplineRecord[]> {
    return db.repo(DisciplineRecord).find({ where: memberId ? { memberId } : {}, order: { decidedOn: 'DESC', id: 'DESC' } });
  }

  async recordDiscipline(db: TenantDb, userId: string, input: DisciplineRecordInput, now = new Date()): Promise<DisciplineRecord> {
    db.scope.assertWritable();
    await db.repo(PartyMember).get(input.memberId, '党员');
    if (input.decidedOn > localDateOf(now)) refuse('decidedOn', '处分决定日期不能晚于今天');
    if (input.influenceEndsOn < input.decidedOn) refuse('influenceEndsOn', '影响期截止日期不能早于处分决定日期');
    const note = required(input.note, 'note', '请填写说明');
    return db.repo(DisciplineRecord).insertOne({ memberId: input.memberId, kind: input.kind, decidedOn: input.decidedOn, influenceEndsOn: input.influenceEndsOn, note, recordedById: userId });
  }

  async removeDiscipline(db: TenantDb, id: string): Promise<DisciplineRecord> {
    const row = await db.repo(DisciplineRecord).getWritable(id, '党纪处分记录');
    await db.repo(DisciplineRecord).delete({ id });
    return row;
  }

  // —— results and figures ——

  /**
   * The results in the caller's reach conferred in [from, to] at 市级 and above: the approved
   * nominations of rounds published then, and the outside honours. Two statements.
   */
  async results(db: TenantDb, from: string, to: string, category?: HonourCategory | null): Promise<HonourResultRow[]> {
    const rounds = await db.reference(HonourRound).find({ where: { status: HonourRoundStatus.PUBLISHED, publishedOn: Between(from, to), level: In([...MUNICIPAL_AND_ABOVE]) } });
    const byId = new Map(rounds.map((r) => [r.id, r]));
    const [nominations, outside] = await Promise.all([
      rounds.length
        ? db.repo(HonourNomination).find({ where: { roundId: In([...byId.keys()]), status: NominationStatus.APPROVED, ...(category ? { category } : {}) }, order: { id: 'ASC' } })
        : Promise.resolve([]),
      db.repo(OutsideHonour).find({ where: { conferredOn: Between(from, to), level: In([...MUNICIPAL_AND_ABOVE]), ...(category ? { category } : {}) }, order: { id: 'ASC' } }),
    ]);
    const rows: HonourResultRow[] = nominations.map((n) => {
      const round = byId.get(n.roundId)!;
      return { source: 'ROUND', id: n.id, tenantId: n.tenantId, category: n.category, level: round.level, title: round.title, conferredOn: round.publishedOn!, memberId: n.memberId, unitId: n.unitId };
    });
    for (const o of outside) rows.push({ source: 'OUTSIDE', id: o.id, tenantId: o.tenantId, category: o.category, level: o.level, title: o.title, conferredOn: o.conferredOn, memberId: o.memberId, unitId: o.unitId });
    return rows.sort((a, b) => (a.conferredOn === b.conferredOn ? a.id.localeCompare(b.id) : a.conferredOn < b.conferredOn ? 1 : -1));
  }

  /** Whom a nomination (or an outside honour) names: an active member of the agency, or one of its units. */
  private async nominee(db: TenantDb, category: HonourCategory, memberId: string | null | undefined, unitId: string | null | undefined, postNow = true) {
    if (FOR_MEMBERS.includes(category)) {
      if (!memberId) refuse('memberId', '请选择党员');
      const member = await db.repo(PartyMember).get(memberId, '党员');
      if (member.status !== MemberStatus.ACTIVE) refuse('memberId', `${member.name}不是在册党员`);
      if (category === HonourCategory.PARTY_WORKER && postNow && !(await db.repo(PostAssignment).exists({ memberId: member.id, endsOn: IsNull() }))) {
        refuse('memberId', `${member.name}未担任党内职务,不能提名为优秀党务工作者`);
      }
      // A unit given beside a member is the member's own (the form may send it); another is refused.
      if (unitId && (await db.repo(OrgUnit).get(unitId, '党组织')).id !== member.unitId) refuse('unitId', `${member.name}不在该党组织`);
      return { tenantId: member.tenantId, memberId: member.id, unitId: member.unitId, name: member.name };
    }
    if (!unitId) refuse('unitId', '请选择党组织');
    const unit = await db.repo(OrgUnit).get(unitId, '党组织');
    if (!BASIC_UNITS.includes(unit.kind) || unit.dissolvedOn) refuse('unitId', `${unit.name}不是现有的基层党组织(机关党委、党总支、党支部)`);
    return { tenantId: unit.tenantId, memberId: null, unitId: unit.id, name: unit.name };
  }
}

function roundFields(input: HonourRoundInput) {
  const title = required(input.title, 'title', '请填写名称');
  if (input.closesOn < input.opensOn) refuse('closesOn', '提名截止日期不能早于开始日期');
  const kinds = input.rules.map((r) => r.kind);
  if (new Set(kinds).size !== kinds.length) refuse('rules', '同一资格条件只能设置一次');
  for (const r of input.rules) {
    const needs = r.kind === EligibilityRuleKind.MIN_POINTS || r.kind === EligibilityRuleKind.MIN_STARS;
    if (needs && (r.threshold === null || r.threshold === undefined)) refuse('rules', '积分、星级条件请填写门槛');
  }
  return {
    year: input.year,
    title,
    level: input.level,
    categories: [...new Set(input.categories)],
    quotaPerAgency: input.quotaPerAgency ?? null,
    quotaTotal: input.quotaTotal ?? null,
    opensOn: input.opensOn,
    closesOn: input.closesOn,
    rules: input.rules.map((r) => ({ kind: r.kind, threshold: r.threshold ?? null })),
  };
}
