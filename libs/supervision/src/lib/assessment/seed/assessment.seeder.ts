import { COMMITTEE_USERS, LoginName } from '@zeren/auth';
import { localDateOf, localYear, startOfLocalDay } from '@zeren/shared-periods';
import { Prng } from '@zeren/shared-prng';
import { SEEDED_COMMITTEE, Tenant, TenantKind, TenantStatus, type ModuleSeeder, type NewRow, type TenantDb } from '@zeren/tenancy';
import { CompletionService } from '@zeren/responsibility';
import { AssessmentService } from '../assessment.service';
import { ComponentKind } from '../assessment.enums';
import { AssessmentAdjustment } from '../assessment-adjustment.entity';
import { AssessmentResult } from '../assessment-result.entity';
import { AccountabilityService } from '../../accountability/accountability.service';
import { AccountabilityMeasure } from '../../accountability/accountability-measure.entity';
import { ensureAccountabilityRules } from '../../accountability/accountability-rule.catalogue';
import { MeasureKind, MeasureStatus } from '../../accountability/accountability.enums';

export interface AssessmentSeedOptions {
  /** The seed's 'now'; the run's date by default, fixed in tests. */
  now?: () => Date;
}

/** The brief's figure: 17 units lost 综合考核评先资格 over the three years, oldest year first. */
export const BRIEF_DISQUALIFIED = [6, 6, 5] as const;

const BONUSES: readonly [number, string][] = [
  [2, '机关党建工作经验在全省推广'],
  [1.5, '获评市级机关党建示范点'],
  [1, '承办全市机关党建现场观摩会'],
  [0.5, '党建信息被市级以上媒体采用'],
];
const PENALTIES: readonly [number, string][] = [
  [-3, '党员干部违反中央八项规定精神被通报'],
  [-2, '党费收缴使用管理不规范被通报'],
  [-1, '“三会一课”记录不全被督查通报'],
  [-0.5, '主题党日活动流于形式被点名'],
];
const DISMISS_REASONS = ['经复核,该单位排名靠后主要因机构改革合并所致,不予取消评先资格', '经工委会议研究,该单位已完成整改,不予问责'];
const INTERVIEW_NOTES = ['由工委分管负责同志约谈该单位党组(党委)书记', '约谈提醒,督促补齐短板'];

const at = (date: string, hour: number) => new Date(startOfLocalDay(date).getTime() + hour * 3_600_000);

/**
 * 考核 and 问责 for the demo, in the finish step (after every agency's records, receipts, projects,
 * findings and ratings): a published scheme for each of the last three years (this year's too, as
 * computed so far), 加减分 with their reasons, results computed for every agency, published for the
 * past years, and the rules' proposals decided — 取消评先 confirmed for exactly 17 units over the
 * three years in the full demo, others dismissed with a reason, some 约谈提醒 and 限期整改 confirmed.
 * Each year is a fixed number of statements plus one per decision.
 */
export function createAssessmentSeeder(options: AssessmentSeedOptions = {}): ModuleSeeder {
  return {
    async committee({ db }) {
      await ensureAccountabilityRules(db);
    },

    async finish({ db, plan, shared }) {
      const now = options.now?.() ?? new Date();
      const thisYear = localYear(now);
      const committee = shared.get(SEEDED_COMMITTEE);
      const admin = await db.reference(LoginName).findOneBy({ tenantId: committee.id, username: COMMITTEE_USERS[0].username });
      if (!admin) throw new Error('The assessment seed needs the committee admin user (auth seeds it)');
      const tenants = await db.reference(Tenant).find({ where: { kind: TenantKind.AGENCY, status: TenantStatus.ACTIVE }, select: { id: true, code: true } });
      const byCode = new Map(tenants.map((t) => [t.code, t.id]));
      const agencies = plan.agencies.flatMap((a) => (byCode.has(a.code) ? [byCode.get(a.code)!] : []));
      if (agencies.length === 0) return;
      const assessments = new AssessmentService();
      const accountability = new AccountabilityService();
      const years = [thisYear - 2, thisYear - 1, thisYear];
      const disqualified = new Set<string>();
      const rounds: { year: number; target: number; computedAt: Date; past: boolean }[] = [];
      for (const [i, year] of years.entries()) {
        const past = year < thisYear;
        // A past year was assessed in the January after it; this year's results are as computed today.
        const assessedOn = past ? localDateOf(new Date(Date.UTC(year + 1, 0, 20, 4))) : localDateOf(now);
        const computedAt = past ? at(assessedOn, 10) : new Date(Math.floor((now.getTime() - 3_600_000) / 1000) * 1000);
        const drafted = new Date(Math.min(at(`${year}-02-20`, 9).getTime(), computedAt.getTime() - 3 * 86_400_000));
        const components = past && (await noDutyHistory(db, year)) ? WITHOUT_DUTY : null;
        const scheme = await assessments.createScheme(db, admin.userId, { year, title: `${year}年度市直机关党建工作考核方案`, components, gradeBands: null, adjustmentLimit: 10 }, drafted);
        await assessments.publishScheme(db, scheme.id, new Date(drafted.getTime() + 2 * 86_400_000));
        await writeAdjustments(db, agencies, year, admin.userId, Prng.derive(plan.seed, 'assessment', year));
        await assessments.compute(db, year, computedAt);
        await accountability.propose(db, year, computedAt);
        rounds.push({ year, target: plan.briefFigures ? BRIEF_DISQUALIFIED[i] : Math.max(1, Math.round(agencies.length * 0.06)), computedAt, past });
      }
      // Decided the year with the fewest 取消评先 proposals first, so that each year can take units not yet
      // disqualified in another: the brief's 17 are 17 units wherever the proposals allow.
      const proposals = await db.repo(AccountabilityMeasure).find({ where: { kind: MeasureKind.DISQUALIFY, status: MeasureStatus.PROPOSED }, select: { year: true } as never });
      const countOf = (year: number) => proposals.filter((m) => m.year === year).length;
      for (const r of [...rounds].sort((x, y) => countOf(x.year) - countOf(y.year) || y.year - x.year)) {
        await decide(db, accountability, admin.userId, r.year, r.target, disqualified, new Date(r.computedAt.getTime() + 5 * 86_400_000), r.past, plan.briefFigures);
        if (r.past) await assessments.publishResults(db, r.year, new Date(r.computedAt.getTime() + 7 * 86_400_000));
      }
    },
  };
}

/** A past year assessed without 履责纪实 (see noDutyHistory), its weight shared by the other four. */
const WITHOUT_DUTY = [
  { kind: ComponentKind.TASK_RECEIPTS, label: '重点任务落实', weight: 25 },
  { kind: ComponentKind.INSPECTION, label: '党务督查及整改', weight: 30 },
  { kind: ComponentKind.REVIEW_RATING, label: '述职评议', weight: 25 },
  { kind: ComponentKind.PROJECTS, label: '书记突破项目', weight: 20 },
];

/**
 * Whether the demo holds no fulfilment record at all for a past year's list: the responsibility seed
 * writes that year's list but not its history, which would read as every duty overdue in every agency.
 * The committee would not score a component it has no records for, so the seed's scheme leaves it out.
 */
async function noDutyHistory(db: TenantDb, year: number): Promise<boolean> {
  const rows = [...(await new CompletionService().byAgencyOfYear(db, year)).values()];
  return rows.length > 0 && rows.every((r) => r.done === 0);
}

/** The seeder the module ships: 'now' is the run's date. */
export const assessmentSeeder: ModuleSeeder = createAssessmentSeeder();

/** 加减分 for about a third of the agencies (the first three always: the isolation sweep probes each one's), in one statement. */
async function writeAdjustments(db: TenantDb, agencies: readonly string[], year: number, userId: string, rng: Prng): Promise<void> {
  const rows: [string, NewRow<AssessmentAdjustment>][] = [];
  agencies.forEach((tenantId, i) => {
    if (i >= 3 && !rng.chance(0.33)) return;
    const [points, reason] = rng.chance(0.55) ? rng.pick(BONUSES) : rng.pick(PENALTIES);
    rows.push([tenantId, { year, pointsCenti: Math.round(points * 100), reason, createdById: userId } as NewRow<AssessmentAdjustment>]);
  });
  await db.dispatch(rows.map(([t]) => t)).repo(AssessmentAdjustment).insertInto(rows);
}

/**
 * The committee's decisions on a year's proposals: 取消评先 confirmed for `target` units, the lowest
 * ranked first among those not yet disqualified in another year (so the brief's 17 are 17 units),
 * the other 取消评先 proposals dismissed with a reason; 约谈提醒 confirmed; 限期整改 confirmed for the
 * lowest ranked few with a deadline, the rest of a past year dismissed and this year's left to decide.
 */
async function decide(db: TenantDb, accountability: AccountabilityService, userId: string, year: number, target: number, disqualified: Set<string>, decidedAt: Date, past: boolean, exact: boolean): Promise<void> {
  const proposed = await db.repo(AccountabilityMeasure).find({ where: { year, status: MeasureStatus.PROPOSED } });
  const results = await db.repo(AssessmentResult).find({ where: { year }, select: { id: true, rank: true } as never });
  const rankOf = new Map(results.map((r) => [r.id, r.rank]));
  const worstFirst = (a: AccountabilityMeasure, b: AccountabilityMeasure) => rankOf.get(b.resultId)! - rankOf.get(a.resultId)! || a.tenantId.localeCompare(b.tenantId);
  const dq = proposed.filter((m) => m.kind === MeasureKind.DISQUALIFY).sort((a, b) => Number(disqualified.has(a.tenantId)) - Number(disqualified.has(b.tenantId)) || worstFirst(a, b));
  if (exact && dq.length < target) throw new Error(`The assessment seed found ${dq.length} 取消评先 proposals for ${year}, fewer than the brief's ${target}`);
  const confirmed = dq.slice(0, target);
  const due = localDateOf(new Date(decidedAt.getTime() + 60 * 86_400_000));
  for (const m of confirmed) {
    await accountability.confirm(db, userId, m.id, { note: '经工委会议研究,取消该单位本年度全市综合考核评先资格' }, decidedAt);
    disqualified.add(m.tenantId);
  }
  // A past year's are all decided; of this year's, every other one is left on the committee's desk.
  for (const [i, m] of dq.slice(target).entries()) if (past || i % 2 === 0) await accountability.dismiss(db, userId, m.id, { reason: DISMISS_REASONS[i % DISMISS_REASONS.length] }, decidedAt);
  for (const [i, m] of proposed.filter((x) => x.kind === MeasureKind.INTERVIEW).entries()) await accountability.confirm(db, userId, m.id, { note: INTERVIEW_NOTES[i % INTERVIEW_NOTES.length] }, decidedAt);
  const rectify = proposed.filter((m) => m.kind === MeasureKind.RECTIFY_BY_DEADLINE).sort(worstFirst);
  for (const [i, m] of rectify.entries()) {
    if (i < Math.max(1, target)) await accountability.confirm(db, userId, m.id, { note: '限期整改,按时报送整改情况', dueOn: due }, decidedAt);
    else if (past) await accountability.dismiss(db, userId, m.id, { reason: '问题已在督查整改中跟踪,不另行问责' }, decidedAt);
  }
}
