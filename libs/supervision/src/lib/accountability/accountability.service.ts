import { ConflictError, NotFoundError, refuse, required } from '@zeren/shared-errors';
import { localDateOf } from '@zeren/shared-periods';
import { newId, type NewRow, type TenantDb } from '@zeren/tenancy';
import type { Page } from '@zeren/shared-graphql';
import { AssessmentScheme } from '../assessment/assessment-scheme.entity';
import { AssessmentResult } from '../assessment/assessment-result.entity';
import { ASSESSMENT_GRADE_LABELS, GRADE_ORDER } from '../assessment/assessment.enums';
import { AccountabilityRule } from './accountability-rule.entity';
import { AccountabilityMeasure } from './accountability-measure.entity';
import { MeasureKind, MeasureStatus, RuleTrigger } from './accountability.enums';
import type { AccountabilityRuleInput, ConfirmMeasureInput, DismissMeasureInput, MeasureArgs } from './dto/accountability.input';

const MEASURE = '问责措施';
const RULE = '问责规则';

/**
 * Whether a rule's condition holds for one result. `below` is how many agencies scored strictly less:
 * 末位 N 名 takes those with fewer than N below them, so agencies tied at the bottom share its fate.
 */
export function ruleFires(rule: Pick<AccountabilityRule, 'trigger' | 'grade' | 'threshold'>, result: Pick<AssessmentResult, 'grade' | 'overdueMarks' | 'openRectifications'>, below: number): boolean {
  switch (rule.trigger) {
    case RuleTrigger.GRADE_AT_MOST:
      return !!rule.grade && GRADE_ORDER.indexOf(result.grade) >= GRADE_ORDER.indexOf(rule.grade);
    case RuleTrigger.OVERDUE_MARKS_AT_LEAST:
      return rule.threshold !== null && result.overdueMarks >= rule.threshold;
    case RuleTrigger.OPEN_RECTIFICATIONS_AT_LEAST:
      return rule.threshold !== null && result.openRectifications >= rule.threshold;
    case RuleTrigger.RANK_IN_BOTTOM:
      return rule.threshold !== null && below < rule.threshold;
  }
}

/** A rule's condition checked against its trigger: a grade rule names a grade, a count or rank rule an N. */
function ruleValues(input: AccountabilityRuleInput): Pick<AccountabilityRule, 'kind' | 'trigger' | 'grade' | 'threshold' | 'description' | 'active'> {
  const byGrade = input.trigger === RuleTrigger.GRADE_AT_MOST;
  if (byGrade && !input.grade) refuse('grade', '按等次触发时请选择等次');
  if (!byGrade && !input.threshold) refuse('threshold', '请填写 N');
  return { kind: input.kind, trigger: input.trigger, grade: byGrade ? input.grade! : null, threshold: byGrade ? null : input.threshold!, description: input.description.trim(), active: input.active };
}

/** What the figures say about one result, for the grounds of a measure. */
const figuresOf = (r: AssessmentResult) =>
  `总分 ${r.total},第 ${r.rank}/${r.rankedOf} 名,等次“${ASSESSMENT_GRADE_LABELS[r.grade]}”,履责逾期标记 ${r.overdueMarks} 个,未销号整改 ${r.openRectifications} 项`;

export interface ProposalSummary {
  year: number;
  proposed: number;
  decided: number;
}

/**
 * 问责: the rules, the measures they propose from a year's results, and the committee's decision on
 * each. An agency reads only its own confirmed measures.
 */
export class AccountabilityService {
  rules(db: TenantDb): Promise<AccountabilityRule[]> {
    return db.reference(AccountabilityRule).find({ order: { position: 'ASC', createdAt: 'ASC' } });
  }

  async createRule(db: TenantDb, input: AccountabilityRuleInput): Promise<AccountabilityRule> {
    const values = ruleValues(input);
    const now = new Date();
    const rule: AccountabilityRule = { id: newId(), ...values, position: (await db.reference(AccountabilityRule).count()) + 1, createdAt: now, updatedAt: now };
    await db.register(AccountabilityRule).insert(rule);
    return rule;
  }

  async updateRule(db: TenantDb, id: string, input: AccountabilityRuleInput): Promise<AccountabilityRule> {
    const rule = await db.reference(AccountabilityRule).findOneBy({ id });
    if (!rule) throw new NotFoundError(RULE);
    const values = ruleValues(input);
    await db.register(AccountabilityRule).update({ id }, { ...values, updatedAt: new Date() });
    return Object.assign(rule, values);
  }

  /**
   * Applies the active rules to the year's results and writes the measures they call for, one per
   * agency and kind, as 拟问责. Proposing again replaces the measures still proposed and leaves the
   * decided ones (confirmed or dismissed) alone: nothing is duplicated. A fixed number of statements.
   */
  async propose(db: TenantDb, year: number, now = new Date()): Promise<ProposalSummary> {
    return db.transaction(async (tx) => {
      const scheme = await tx.reference(AssessmentScheme).findOneBy({ year });
      if (!scheme?.computedAt) throw new ConflictError('请先计算该年度的考核结果');
      const [results, rules, existing] = await Promise.all([
        tx.repo(AssessmentResult).find({ where: { year } }),
        tx.reference(AccountabilityRule).find({ where: { active: true }, order: { position: 'ASC' } }),
        tx.repo(AccountabilityMeasure).find({ where: { year }, select: { id: true, tenantId: true, kind: true, status: true } }),
      ]);
      const decided = new Set(existing.filter((m) => m.status !== MeasureStatus.PROPOSED).map((m) => `${m.tenantId}|${m.kind}`));
      const wanted = new Map<string, { tenantId: string; row: NewRow<AccountabilityMeasure> }>();
      // How many scored strictly less: the index of a total's first occurrence in ascending order.
      const belowOf = new Map<number, number>();
      results.map((r) => r.totalCenti).sort((x, y) => x - y).forEach((t, i) => belowOf.has(t) || belowOf.set(t, i));
      for (const result of results) {
        const below = belowOf.get(result.totalCenti)!;
        for (const rule of rules) {
          if (!ruleFires(rule, result, below)) continue;
          const key = `${result.tenantId}|${rule.kind}`;
          if (decided.has(key)) continue;
          const found = wanted.get(key);
          if (found) {
            found.row.ruleIds.push(rule.id);
            found.row.grounds = `${found.row.grounds};${rule.description}`;
            continue;
          }
          wanted.set(key, {
            tenantId: result.tenantId,
            row: { year, kind: rule.kind, resultId: result.id, ruleIds: [rule.id], grounds: rule.description, status: MeasureStatus.PROPOSED, proposedAt: now, note: null, dueOn: null, dismissReason: null, decidedAt: null, decidedById: null },
          });
        }
      }
      for (const { row } of wanted.values()) row.grounds = `${row.grounds}。${figuresOf(results.find((r) => r.id === row.resultId)!)}`;
      const stale = existing.filter((m) => m.status === MeasureStatus.PROPOSED).map((m) => m.tenantId);
      const targets = [...new Set([...stale, ...[...wanted.values()].map((w) => w.tenantId)])];
      if (targets.length) {
        const measures = tx.dispatch(targets).repo(AccountabilityMeasure);
        if (stale.length) await measures.delete({ year, status: MeasureStatus.PROPOSED });
        if (wanted.size) await measures.insertInto([...wanted.values()].map((w) => [w.tenantId, w.row]));
      }
      return { year, proposed: wanted.size, decided: decided.size };
    });
  }

  /** The measures in reach: the committee's every one, an agency only its own confirmed ones. */
  async measures(db: TenantDb, args: MeasureArgs): Promise<Page<AccountabilityMeasure>> {
    const agency = db.scope.kind === 'tenant';
    if (agency && args.status && args.status !== MeasureStatus.CONFIRMED) return { items: [], total: 0, offset: args.offset, limit: args.limit };
    const where = {
      ...(args.year ? { year: args.year } : {}),
      ...(args.kind ? { kind: args.kind } : {}),
      ...(args.tenantId ? { tenantId: args.tenantId } : {}),
      ...(agency ? { status: MeasureStatus.CONFIRMED } : args.status ? { status: args.status } : {}),
    };
    const [items, total] = await db.repo(AccountabilityMeasure).findAndCount({ where, order: { year: 'DESC', proposedAt: 'DESC', id: 'ASC' }, skip: args.offset, take: args.limit });
    return { items, total, offset: args.offset, limit: args.limit };
  }

  async measure(db: TenantDb, id: string): Promise<AccountabilityMeasure> {
    const row = await db.repo(AccountabilityMeasure).get(id, MEASURE);
    if (db.scope.kind === 'tenant' && row.status !== MeasureStatus.CONFIRMED) throw new NotFoundError(MEASURE);
    return row;
  }

  /** 拟问责 → 已确认; a 限期整改 needs its deadline. */
  async confirm(db: TenantDb, userId: string, id: string, input: ConfirmMeasureInput, now = new Date()): Promise<AccountabilityMeasure> {
    const row = await db.repo(AccountabilityMeasure).get(id, MEASURE);
    // A read-only view is refused before the measure's state is told.
    const into = db.dispatch([row.tenantId]);
    if (row.status !== MeasureStatus.PROPOSED) throw new ConflictError('该问责措施已作出决定');
    let dueOn: string | null = null;
    if (row.kind === MeasureKind.RECTIFY_BY_DEADLINE) {
      if (!input.dueOn) refuse('dueOn', '限期整改请填写整改时限');
      if (input.dueOn < localDateOf(now)) refuse('dueOn', '整改时限不能早于今天');
      dueOn = input.dueOn;
    }
    const patch = { note: input.note?.trim() || null, dueOn, decidedAt: now, decidedById: userId };
    return into.repo(AccountabilityMeasure).transition(id, MeasureStatus.CONFIRMED, patch, MEASURE);
  }

  /** 拟问责 → 不予问责, with the reason. */
  async dismiss(db: TenantDb, userId: string, id: string, input: DismissMeasureInput, now = new Date()): Promise<AccountabilityMeasure> {
    const row = await db.repo(AccountabilityMeasure).get(id, MEASURE);
    const into = db.dispatch([row.tenantId]);
    const reason = required(input.reason, 'reason', '请填写不予问责的理由');
    return into.repo(AccountabilityMeasure).transition(id, MeasureStatus.DISMISSED, { dismissReason: reason, decidedAt: now, decidedById: userId }, MEASURE);
  }

  /** Confirmed 取消评先 by year for `years` years up to `until`, and the units over all of them (one grouped statement each). */
  async disqualifications(db: TenantDb, until: number, years: number): Promise<{ years: { year: number; units: number }[]; measures: number; units: number }> {
    const span = Array.from({ length: years }, (_, i) => until - years + 1 + i);
    const base = () =>
      db
        .repo(AccountabilityMeasure)
        .queryBuilder('m')
        .andWhere('m.kind = :kind AND m.status = :confirmed AND m.year IN (:...span)', { kind: MeasureKind.DISQUALIFY, confirmed: MeasureStatus.CONFIRMED, span });
    const [byYear, all] = await Promise.all([
      base().select(['m.year AS year', 'COUNT(*) AS n']).groupBy('m.year').getRawMany<Record<string, unknown>>(),
      base().select('COUNT(DISTINCT m.tenantId)', 'units').getRawOne<Record<string, unknown>>(),
    ]);
    const countOf = new Map(byYear.map((r) => [Number(r['year']), Number(r['n'])]));
    const rows = span.map((year) => ({ year, units: countOf.get(year) ?? 0 }));
    return { years: rows, measures: rows.reduce((n, r) => n + r.units, 0), units: Number(all?.['units'] ?? 0) };
  }
}

/**
 * The agencies whose 综合考核评先资格 is withdrawn for a year (a confirmed 取消评先): for the
 * commendations to honour. Read in the caller's reach; one statement.
 */
export async function disqualifiedTenantIds(db: TenantDb, year: number): Promise<Set<string>> {
  const rows = await db.repo(AccountabilityMeasure).find({ where: { year, kind: MeasureKind.DISQUALIFY, status: MeasureStatus.CONFIRMED }, select: { tenantId: true } as never });
  return new Set(rows.map((r) => r.tenantId));
}

export async function isDisqualified(db: TenantDb, tenantId: string, year: number): Promise<boolean> {
  return db.repo(AccountabilityMeasure).exists({ tenantId, year, kind: MeasureKind.DISQUALIFY, status: MeasureStatus.CONFIRMED });
}

