import { In } from 'typeorm';
import { ConflictError, ForbiddenError, NotFoundError, refuse, required } from '@zeren/shared-errors';
import { newId, type TenantDb } from '@zeren/tenancy';
import { PointsEntry } from '../ledger/points-entry.entity';
import { POINTS_TRIGGER_LABELS, type PointsTrigger } from '../activity/activity.enums';
import { PointsMode } from '../members.enums';
import { toTenths } from '../points';
import { AgencyPointsRule, CommitteePointsRule, PointsRule, ruleView } from './points-rule.entity';
import { specOf, type RuleSpecFields } from './rule-spec';
import type { NewPointsRuleInput, PointsRuleInput } from './dto/points-rule.input';

const ORDER = { category: 'ASC', name: 'ASC' } as const;

/** 积分规则: the committee's defaults per year and each agency's additions. */
export class RuleService {
  /** A year's rules as an agency works with them: the committee's, then the agency's own (none for the committee's own view). */
  async list(db: TenantDb, year: number, agency: TenantDb | null): Promise<PointsRule[]> {
    const committee = await db.reference(CommitteePointsRule).find({ where: { year }, order: ORDER });
    const own = agency ? await agency.repo(AgencyPointsRule).find({ where: { year }, order: ORDER }) : [];
    return [...committee, ...own].map(ruleView);
  }

  /** One rule by id, the committee's or one of the caller's agency: NOT_FOUND for another agency's. */
  async get(db: TenantDb, id: string): Promise<CommitteePointsRule | AgencyPointsRule> {
    const committee = await db.reference(CommitteePointsRule).findOneBy({ id });
    if (committee) return committee;
    const own = await db.repo(AgencyPointsRule).findOne({ id });
    if (!own) throw new NotFoundError('积分规则');
    return own;
  }

  /** A rule the caller is to change: the committee's (its writes are then the global table's to refuse) or one of its agency's, writable. */
  private async writable(db: TenantDb, id: string): Promise<CommitteePointsRule | AgencyPointsRule> {
    // A read-only view (the committee narrowed to an agency) is refused before anything is looked at.
    db.scope.assertWritable();
    return (await db.reference(CommitteePointsRule).findOneBy({ id })) ?? db.repo(AgencyPointsRule).getWritable(id, '积分规则');
  }

  /** Rules by id for loaders: both tables, one statement each. */
  async byIds(db: TenantDb, ids: readonly string[]): Promise<(CommitteePointsRule | AgencyPointsRule)[]> {
    const committee = await db.reference(CommitteePointsRule).find({ where: { id: In([...ids]) } });
    const own = committee.length === ids.length ? [] : await db.repo(AgencyPointsRule).find({ where: { id: In([...ids]) } });
    return [...committee, ...own];
  }

  /** The committee writes a default rule, an agency one of its own. */
  async create(db: TenantDb, committee: boolean, input: NewPointsRuleInput): Promise<PointsRule> {
    db.scope.assertWritable();
    const spec = { ...specFrom(input), year: input.year };
    await this.assertTriggerFree(db, committee, spec);
    if (!committee) return ruleView(await db.repo(AgencyPointsRule).insertOne(spec));
    const now = new Date();
    const row = Object.assign(new CommitteePointsRule(), { id: newId(), ...spec, createdAt: now, updatedAt: now });
    await db.register(CommitteePointsRule).insert(row);
    return ruleView(row);
  }

  /** Changes a rule; entries already made keep the name and points they were made with. The year stays. */
  async update(db: TenantDb, id: string, input: PointsRuleInput): Promise<PointsRule> {
    const rule = await this.writable(db, id);
    const patch = { ...specFrom(input), year: rule.year };
    await this.assertTriggerFree(db, rule instanceof CommitteePointsRule, patch, id);
    if (rule instanceof CommitteePointsRule) {
      // An agency reaches the committee's rule but may not write it: FORBIDDEN from the global table's policy.
      await db.register(CommitteePointsRule).update({ id }, { ...patch, updatedAt: new Date() });
      return ruleView(Object.assign(rule, patch));
    }
    return ruleView(await db.repo(AgencyPointsRule).updateOne(id, patch, '积分规则'));
  }

  /** Removes a rule no entry uses yet; one that has been used stays (the ledger refers to it). */
  async remove(db: TenantDb, id: string): Promise<boolean> {
    const rule = await this.writable(db, id);
    if (rule instanceof CommitteePointsRule) {
      // Refused before the usage count, which for an agency would read only its own entries.
      if (db.scope.kind !== 'committee' && db.scope.kind !== 'system') throw new ForbiddenError('只有工委可以修改');
      if (await db.repo(PointsEntry).exists({ ruleId: id })) throw new ConflictError('该规则已有积分记录,不能删除');
      await db.register(CommitteePointsRule).delete({ id });
      return true;
    }
    if (await db.repo(PointsEntry).exists({ ruleId: id })) throw new ConflictError('该规则已有积分记录,不能删除');
    await db.repo(AgencyPointsRule).delete({ id });
    return true;
  }

  /** Copies the caller's rules of the year before into `year` (the committee its defaults, an agency its additions). */
  async copyYear(db: TenantDb, committee: boolean, year: number): Promise<PointsRule[]> {
    db.scope.assertWritable();
    const from = year - 1;
    const source = committee
      ? await db.reference(CommitteePointsRule).find({ where: { year: from }, order: ORDER })
      : await db.repo(AgencyPointsRule).find({ where: { year: from }, order: ORDER });
    const already = committee ? await db.reference(CommitteePointsRule).count({ where: { year } }) : await db.repo(AgencyPointsRule).count({ year });
    if (already > 0) throw new ConflictError(`${year}年度已有积分规则,不能再复制`);
    if (source.length === 0) throw new ConflictError(`${from}年度没有可复制的积分规则`);
    const specs: RuleFields[] = source.map((r) => ({ ...specOf(r), autoTrigger: r.autoTrigger ?? null, year }));
    if (!committee) return (await db.repo(AgencyPointsRule).insert(specs)).map(ruleView);
    const now = new Date();
    const rows = specs.map((s) => Object.assign(new CommitteePointsRule(), { id: newId(), ...s, createdAt: now, updatedAt: now }));
    await db.register(CommitteePointsRule).insert(rows);
    return rows.map(ruleView);
  }

  /**
   * The automatic points look up one rule per year and trigger (the agency's before the committee's),
   * so a second rule with the same trigger in the same table would never award anything.
   */
  private async assertTriggerFree(db: TenantDb, committee: boolean, spec: RuleFields, id?: string): Promise<void> {
    const trigger = spec.autoTrigger;
    if (!trigger) return;
    const where = { year: spec.year, autoTrigger: trigger };
    const taken = committee ? await db.reference(CommitteePointsRule).find({ where, select: { id: true } }) : await db.repo(AgencyPointsRule).find({ where, select: { id: true } as never });
    if (taken.some((r) => r.id !== id)) throw new ConflictError(`${spec.year}年度已有“${POINTS_TRIGGER_LABELS[trigger]}”的自动积分规则`);
  }
}

type RuleFields = RuleSpecFields & { autoTrigger: PointsTrigger | null };

/** The columns an input sets, checked together (cap and its period, cap against the points). */
function specFrom(input: PointsRuleInput): Omit<RuleFields, 'year'> {
  const pointsTenths = toTenths(input.points);
  if (pointsTenths === 0) refuse('points', '分值不能为 0');
  const cap = input.cap ?? null;
  const capPeriod = input.capPeriod ?? null;
  if (cap !== null && capPeriod === null) refuse('capPeriod', '设置上限时请选择上限周期');
  if (cap === null && capPeriod !== null) refuse('cap', '选择上限周期时请填写上限');
  const capTenths = cap === null ? null : toTenths(cap);
  if (capTenths !== null && capTenths < Math.abs(pointsTenths)) refuse('cap', '上限不能小于单次分值');
  const autoTrigger = input.autoTrigger ?? null;
  if (input.mode === PointsMode.AUTOMATIC && autoTrigger === null) refuse('autoTrigger', '自动积分规则请选择触发条件');
  if (input.mode !== PointsMode.AUTOMATIC && autoTrigger !== null) refuse('autoTrigger', '申报积分规则不设触发条件');
  return {
    category: required(input.category, 'category', '请填写类别'),
    name: required(input.name, 'name', '请填写规则名称'),
    description: input.description?.trim() || null,
    pointsTenths,
    capTenths,
    capPeriod,
    evidenceRequired: input.evidenceRequired,
    awarder: input.awarder,
    mode: input.mode,
    autoTrigger,
  };
}
