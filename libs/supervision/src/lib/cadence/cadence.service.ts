import { ConflictError, ForbiddenError, NotFoundError, refuse } from '@zeren/shared-errors';
import { daysLeft, dueLocalDate, localDateOf, parsePeriodKey, startOfLocalDay, type BoundedPeriod } from '@zeren/shared-periods';
import { newId, Tenant, TenantKind, type TenantDb } from '@zeren/tenancy';
import { FindingCategory, InspectionFinding, InspectionVisit } from '../inspection/inspection.entity';
import { Rectification } from '../rectification/rectification.entity';
import { CadenceKind, RectificationSource, RectificationStatus as S } from '../supervision.enums';
import { CadenceReport } from './cadence-report.entity';
import {
  CadenceGrouping,
  type CadenceContent,
  type CadenceFigures,
  type CadenceItem,
  type DispatchAgency,
  type HalfYearSweep,
  type MonthlyDispatch,
  type QuarterlyAnalysis,
  type SweepAgency,
} from './cadence-content.type';

/** 黄: due within this many local days (the work lib's receipts use the same). */
export const DUE_SOON_DAYS = 3;
const PERIODS_OF: Record<CadenceKind, number> = { [CadenceKind.MONTHLY]: 12, [CadenceKind.QUARTERLY]: 4, [CadenceKind.HALF_YEAR]: 2 };
const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

/** One rectification as the cadence reads it: instants in ms, null when not reached. */
interface Slim {
  id: string;
  tenantId: string;
  year: number;
  source: RectificationSource;
  categoryId: string | null;
  problem: string;
  status: S;
  dueAt: number;
  /** The day it was handed to the agency: the visit's date for a finding, else when the row was written. */
  openedAt: number;
  startedAt: number | null;
  firstRectifiedAt: number | null;
  rectifiedAt: number | null;
  verifiedAt: number | null;
  closedAt: number | null;
  late: boolean;
  failedCount: number;
  repeated: boolean;
}

/** A row as it stood at a cut-off. */
interface AtCut {
  row: Slim;
  stage: S;
  reported: boolean;
  /** Its deadline has passed or it was reported: it counts in the on-time rate. */
  due: boolean;
  overdue: boolean;
  dueSoon: boolean;
  daysOverdue: number;
}

/** Where the grouped figures of the quarterly analysis put a row; grids adds GRID here (see CadenceGrouping). */
const CADENCE_GROUPINGS: Record<CadenceGrouping, (row: Slim, names: Names) => { key: string; label: string }> = {
  [CadenceGrouping.CATEGORY]: (row, names) => ({ key: row.categoryId ?? '-', label: row.categoryId ? (names.categories.get(row.categoryId) ?? row.categoryId) : '述职评议' }),
  [CadenceGrouping.AGENCY]: (row, names) => ({ key: row.tenantId, label: names.agencies.get(row.tenantId) ?? row.tenantId }),
};

interface Names {
  agencies: Map<string, string>;
  categories: Map<string, string>;
  categoryOrder: string[];
}

const instant = (v: unknown): number | null => {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v.getTime();
  const text = String(v);
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(text) ? text : `${text.replace(' ', 'T')}Z`).getTime();
};
/** A datetime as both engines compare it with a stored one (UTC, as the connections are configured). */
const sqlInstant = (t: Date) => t.toISOString().replace('T', ' ').slice(0, 19);
/** A NOT NULL datetime column. */
const instantOf = (v: unknown): number => {
  const t = instant(v);
  if (t === null) throw new Error('A NOT NULL datetime came back empty');
  return t;
};
const truthy = (v: unknown) => v === true || Number(v) === 1;

/**
 * 每月一调度 · 每季一分析 · 半年一排查. Each report is computed from the live rectifications in the
 * caller's reach, as they stood at the period's cut-off (its end, or now while it runs), in a fixed
 * number of statements whatever the number of agencies; once issued, its content is frozen in a
 * CadenceReport and read back from there.
 */
export class CadenceService {
  /** The period a kind, year and number name; BAD_USER_INPUT for one that does not exist. */
  period(kind: CadenceKind, year: number, period: number): BoundedPeriod {
    if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) refuse('year', `年度应在 ${MIN_YEAR} 到 ${MAX_YEAR} 之间`);
    if (!Number.isInteger(period) || period < 1 || period > PERIODS_OF[kind]) refuse('period', `期次应在 1 到 ${PERIODS_OF[kind]} 之间`);
    const key = kind === CadenceKind.MONTHLY ? `${year}-${String(period).padStart(2, '0')}` : kind === CadenceKind.QUARTERLY ? `${year}-Q${period}` : `${year}-H${period}`;
    return parsePeriodKey(key) as BoundedPeriod;
  }

  /** The report of a period: the issued one if there is one (unless `live` asks for today's figures), else computed now. */
  async report(db: TenantDb, kind: CadenceKind, year: number, period: number, live = false, now = new Date()): Promise<CadenceContent> {
    const p = this.period(kind, year, period);
    // An issued paper names every agency: a reader narrowed to some agencies (a grid liaison, the
    // committee viewing one agency) gets the live report of what they reach instead.
    const issued = live || !db.scope.readsAllTenants ? null : await db.reference(CadenceReport).findOneBy({ kind, year, period });
    if (issued) return frozen(issued);
    if (p.start.getTime() > now.getTime()) refuse('period', `${p.label}尚未开始`);
    return this.compute(db, kind, year, period, now);
  }

  async issued(db: TenantDb, year: number): Promise<CadenceReport[]> {
    return db.reference(CadenceReport).find({ where: { year }, order: { issuedAt: 'ASC', kind: 'ASC', period: 'ASC' } });
  }

  /** Issues (印发) a period's report: its content as of now, frozen; once per kind and period. */
  async issue(db: TenantDb, userId: string, kind: CadenceKind, year: number, period: number, now = new Date()): Promise<CadenceReport> {
    const p = this.period(kind, year, period);
    if (p.start.getTime() > now.getTime()) refuse('period', `${p.label}尚未开始,不能印发`);
    // Frozen from a narrowed view it would say only what that view reaches.
    if (!db.scope.readsAllTenants) throw new ForbiddenError('督查通报须在查看全部单位时印发');
    return db.transaction(async (tx) => {
      const reports = tx.register(CadenceReport);
      if (await reports.existsBy({ kind, year, period })) throw new ConflictError(`${p.label}的${KIND_NAMES[kind]}已经印发`);
      // 文号 count the year's issued papers of every kind; a rare race on the same number is only a label (the unique key guards the period).
      const number = (await reports.count({ where: { year } })) + 1;
      const issuedAt = new Date(Math.floor(now.getTime() / 1000) * 1000);
      const content = await this.compute(tx, kind, year, period, now);
      Object.assign(content, { issued: true, issuedAt, documentNumber: `工委督查〔${year}〕${number}号` });
      const row: CadenceReport = { id: newId(), kind, year, period, title: content.title, issuedAt, issuedById: userId, content: JSON.stringify(content), createdAt: issuedAt, updatedAt: issuedAt };
      await reports.insert(row);
      return row;
    });
  }

  /** An issued report by id (the list's rows drill down to it). */
  async issuedContent(db: TenantDb, id: string): Promise<CadenceContent> {
    const row = db.scope.readsAllTenants ? await db.reference(CadenceReport).findOneBy({ id }) : null;
    if (!row) throw new NotFoundError('没有找到该通报');
    return frozen(row);
  }

  async compute(db: TenantDb, kind: CadenceKind, year: number, period: number, now = new Date()): Promise<CadenceContent> {
    const p = this.period(kind, year, period);
    const cut = Math.min(p.end.getTime() - 1000, now.getTime());
    const head = { kind, year, period, periodKey: p.key, asOf: localDateOf(new Date(cut)), issued: false, issuedAt: null, documentNumber: null, monthly: null, quarterly: null, halfYear: null };
    if (kind === CadenceKind.MONTHLY) {
      const rows = await this.rows(db, { closedSince: p.start });
      const names = await this.names(db, rows);
      return { ...head, title: `${p.label}督查整改调度通报`, notes: [NOTE_OPEN, NOTE_OVERDUE, NOTE_PAST], monthly: monthly(rows, names, p, cut, now.getTime()) };
    }
    if (kind === CadenceKind.QUARTERLY) {
      const rows = await this.rows(db, { years: [year - 1, year] });
      const names = await this.names(db, rows);
      return { ...head, title: `${p.label}督查情况分析通报`, notes: [NOTE_COHORT, NOTE_RATES, NOTE_GRIDS], quarterly: quarterly(rows, names, this, year, period, now.getTime()) };
    }
    const rows = await this.rows(db, { closedSince: p.start, years: [year] });
    const names = await this.names(db, rows);
    return { ...head, title: `${p.label}督查问题排查通报`, notes: [NOTE_SWEEP, NOTE_OVERDUE, NOTE_PAST], halfYear: halfYear(rows, names, p, cut, now.getTime()) };
  }

  /**
   * The rectifications a report reads, in one statement: the open ones (any year), those closed since
   * `closedSince`, and every one of `years`. The finding and its visit are joined on the
   * rectification's own tenant, so the join cannot leave the scope the rectification is read in.
   */
  private async rows(db: TenantDb, which: { closedSince?: Date; years?: number[] }): Promise<Slim[]> {
    const qb = db
      .repo(Rectification)
      .queryBuilder('r')
      .leftJoin(InspectionFinding, 'f', 'f.id = r.sourceId AND f.tenantId = r.tenantId AND r.source = :inspection', { inspection: RectificationSource.INSPECTION })
      .leftJoin(InspectionVisit, 'v', 'v.id = f.visitId AND v.tenantId = f.tenantId')
      .select([
        'r.id AS id',
        'r.tenantId AS tenantId',
        'r.year AS year',
        'r.source AS source',
        'r.categoryId AS categoryId',
        'r.problem AS problem',
        'r.status AS status',
        'r.dueAt AS dueAt',
        'r.createdAt AS createdAt',
        'r.startedAt AS startedAt',
        'r.firstRectifiedAt AS firstRectifiedAt',
        'r.rectifiedAt AS rectifiedAt',
        'r.verifiedAt AS verifiedAt',
        'r.closedAt AS closedAt',
        'r.late AS late',
        'r.failedCount AS failedCount',
        'f.repeatOfId AS repeatOfId',
        // As text on both engines: a DATE comes back as a string, never as a Date at some time zone's midnight.
        'CAST(v.visitedOn AS CHAR) AS visitedOn',
      ]);
    const alternatives: string[] = ['r.status <> :closed'];
    const params: Record<string, unknown> = { closed: S.CLOSED };
    if (which.closedSince) {
      alternatives.push('r.closedAt >= :closedSince');
      params['closedSince'] = sqlInstant(which.closedSince);
    }
    if (which.years?.length) {
      alternatives.push('r.year IN (:...years)');
      params['years'] = which.years;
    }
    qb.andWhere(alternatives.join(' OR '), params);
    const raw = await qb.getRawMany<Record<string, unknown>>();
    return raw.map((r) => ({
      id: String(r['id']),
      tenantId: String(r['tenantId']),
      year: Number(r['year']),
      source: r['source'] as RectificationSource,
      categoryId: (r['categoryId'] as string | null) ?? null,
      problem: String(r['problem']),
      status: r['status'] as S,
      dueAt: instantOf(r['dueAt']),
      openedAt: r['visitedOn'] ? startOfLocalDay(String(r['visitedOn']).slice(0, 10)).getTime() : instantOf(r['createdAt']),
      startedAt: instant(r['startedAt']),
      firstRectifiedAt: instant(r['firstRectifiedAt']),
      rectifiedAt: instant(r['rectifiedAt']),
      verifiedAt: instant(r['verifiedAt']),
      closedAt: instant(r['closedAt']),
      late: truthy(r['late']),
      failedCount: Number(r['failedCount']),
      repeated: !!r['repeatOfId'],
    }));
  }

  /** The agencies' and categories' names: two statements, whatever the number of rows. */
  private async names(db: TenantDb, rows: readonly Slim[]): Promise<Names> {
    // The agencies' names from the register, not by IN (ids): 10 000 agencies would pass the engines' parameter limits.
    const [tenants, categories] = await Promise.all([
      rows.length ? db.reference(Tenant).find({ where: { kind: TenantKind.AGENCY }, select: { id: true, name: true } }) : Promise.resolve([]),
      db.reference(FindingCategory).find({ order: { position: 'ASC' } }),
    ]);
    return { agencies: new Map(tenants.map((t) => [t.id, t.name])), categories: new Map(categories.map((c) => [c.id, c.name])), categoryOrder: categories.map((c) => c.id) };
  }
}

const KIND_NAMES: Record<CadenceKind, string> = { [CadenceKind.MONTHLY]: '督查整改调度通报', [CadenceKind.QUARTERLY]: '督查情况分析通报', [CadenceKind.HALF_YEAR]: '督查问题排查通报' };
const NOTE_OPEN = '未销号事项为截至统计日尚未回访销号的整改事项,含往年遗留的';
const NOTE_OVERDUE = '逾期未整改指整改时限已过、尚未报送整改完成的事项(含验收不通过后未重新报送的)';
const NOTE_PAST = '往期的状态由各事项的开始整改、报送、验收和销号时间推算至该期末';
const NOTE_COHORT = '统计对象为该季度下发的整改事项(督查问题以督查日期计),各季度均截至该季度末统计,本季度截至今日';
const NOTE_RATES = '销号率 = 已销号 ÷ 整改事项;按时整改率 = 按时报送整改 ÷ 已到期(时限已过或已报送)';
const NOTE_GRIDS = '按网格统计待网格化联系指导模块上线后提供';
const NOTE_SWEEP = '排查对象:截至统计日未销号的问题,以及本半年下发的问题中重复发生或逾期报送的';

/** The issued content as it was frozen; `issuedAt` is the row's (JSON keeps it as text). */
function frozen(row: CadenceReport): CadenceContent {
  const content = JSON.parse(row.content) as CadenceContent;
  return { ...content, issued: true, issuedAt: row.issuedAt };
}

/** Where a row stood at `cut`, from its timestamps (the current state when the cut is now). */
function at(row: Slim, cut: number, now: number): AtCut {
  const stage = cut >= now ? row.status : stageAt(row, cut);
  const reported = row.firstRectifiedAt !== null && row.firstRectifiedAt <= cut;
  const working = stage === S.PENDING || stage === S.IN_PROGRESS;
  const left = daysLeft(new Date(row.dueAt), new Date(cut));
  const overdue = working && row.dueAt <= cut;
  return { row, stage, reported, due: reported || row.dueAt <= cut, overdue, dueSoon: working && !overdue && left <= DUE_SOON_DAYS, daysOverdue: overdue ? Math.max(1, -left) : 0 };
}

function stageAt(row: Slim, cut: number): S {
  const by = (t: number | null) => t !== null && t <= cut;
  if (by(row.closedAt)) return S.CLOSED;
  if ((row.status === S.VERIFIED || row.status === S.CLOSED) && by(row.verifiedAt)) return S.VERIFIED;
  // Failed verification and not reported again yet: reworking since the failed verification.
  if (row.status === S.IN_PROGRESS && row.failedCount > 0) return by(row.verifiedAt) ? S.IN_PROGRESS : by(row.firstRectifiedAt) ? S.RECTIFIED : by(row.startedAt) ? S.IN_PROGRESS : S.PENDING;
  if (by(row.rectifiedAt)) return S.RECTIFIED;
  // Reported once, reported again later: between the two it was being reworked.
  if (by(row.firstRectifiedAt) || by(row.startedAt)) return S.IN_PROGRESS;
  return S.PENDING;
}

function item(a: AtCut, names: Names): CadenceItem {
  const r = a.row;
  return {
    id: r.id,
    tenantId: r.tenantId,
    agency: names.agencies.get(r.tenantId) ?? r.tenantId,
    year: r.year,
    source: r.source,
    category: r.categoryId ? (names.categories.get(r.categoryId) ?? null) : null,
    problem: r.problem,
    status: a.stage,
    dueOn: dueLocalDate(new Date(r.dueAt)),
    overdue: a.overdue,
    daysOverdue: a.daysOverdue,
    dueSoon: a.dueSoon,
    late: r.late && a.reported,
    repeated: r.repeated,
    failedCount: r.failedCount,
  };
}

/** Overdue first (longest first), then by deadline. */
const byUrgency = (x: CadenceItem, y: CadenceItem) => y.daysOverdue - x.daysOverdue || x.dueOn.localeCompare(y.dueOn) || x.id.localeCompare(y.id);
const byName = (x: { agency: string }, y: { agency: string }) => x.agency.localeCompare(y.agency, 'zh-CN');

function monthly(rows: readonly Slim[], names: Names, p: BoundedPeriod, cut: number, now: number): MonthlyDispatch {
  const state = rows.filter((r) => r.openedAt <= cut).map((r) => at(r, cut, now));
  const open = state.filter((a) => a.stage !== S.CLOSED);
  const closedThisMonth = state.filter((a) => a.row.closedAt !== null && a.row.closedAt >= p.start.getTime() && a.row.closedAt <= cut).length;
  const agencies = new Map<string, DispatchAgency>();
  for (const a of open) {
    const it = item(a, names);
    let agency = agencies.get(it.tenantId);
    if (!agency) agencies.set(it.tenantId, (agency = { tenantId: it.tenantId, agency: it.agency, open: 0, overdue: 0, items: [] }));
    agency.open++;
    if (it.overdue) agency.overdue++;
    agency.items.push(it);
  }
  for (const agency of agencies.values()) agency.items.sort(byUrgency);
  return {
    counts: { open: open.length, overdue: open.filter((a) => a.overdue).length, dueSoon: open.filter((a) => a.dueSoon).length, closedThisMonth },
    agencies: [...agencies.values()].sort((x, y) => y.overdue - x.overdue || byName(x, y)),
  };
}

const emptyFigures = (key: string, label: string): CadenceFigures => ({ key, label, findings: 0, rectifications: 0, closed: 0, due: 0, onTime: 0, late: 0, overdue: 0, repeated: 0, closureRate: null, onTimeRate: null });

function tally(f: CadenceFigures, a: AtCut): void {
  f.rectifications++;
  if (a.row.source === RectificationSource.INSPECTION) f.findings++;
  if (a.stage === S.CLOSED) f.closed++;
  if (a.due) f.due++;
  if (a.reported && !a.row.late) f.onTime++;
  if (a.reported && a.row.late) f.late++;
  if (a.due && !a.reported) f.overdue++;
  if (a.row.repeated) f.repeated++;
}

function rated(f: CadenceFigures): CadenceFigures {
  f.closureRate = f.rectifications ? f.closed / f.rectifications : null;
  f.onTimeRate = f.due ? f.onTime / f.due : null;
  return f;
}

/** The rows opened in a quarter, each where it stood at the quarter's cut-off. */
function cohort(rows: readonly Slim[], p: BoundedPeriod, now: number): AtCut[] {
  const cut = Math.min(p.end.getTime() - 1000, now);
  return rows.filter((r) => r.openedAt >= p.start.getTime() && r.openedAt < p.end.getTime() && r.openedAt <= cut).map((r) => at(r, cut, now));
}

function sum(key: string, label: string, list: readonly AtCut[]): CadenceFigures {
  const f = emptyFigures(key, label);
  for (const a of list) tally(f, a);
  return rated(f);
}

function quarterly(rows: readonly Slim[], names: Names, periods: CadenceService, year: number, quarter: number, now: number): QuarterlyAnalysis {
  const p = periods.period(CadenceKind.QUARTERLY, year, quarter);
  const current = cohort(rows, p, now);
  const groups = (Object.keys(CADENCE_GROUPINGS) as CadenceGrouping[]).map((by) => {
    const out = new Map<string, CadenceFigures>();
    // Every category is a row, an empty one too: the brief's problems are the frame.
    if (by === CadenceGrouping.CATEGORY) for (const id of names.categoryOrder) out.set(id, emptyFigures(id, names.categories.get(id) ?? id));
    for (const a of current) {
      const { key, label } = CADENCE_GROUPINGS[by](a.row, names);
      let f = out.get(key);
      if (!f) out.set(key, (f = emptyFigures(key, label)));
      tally(f, a);
    }
    const list = [...out.values()].map(rated);
    return { by, rows: by === CadenceGrouping.AGENCY ? list.sort((x, y) => x.label.localeCompare(y.label, 'zh-CN')) : list };
  });
  const trend = Array.from({ length: quarter }, (_, i) => {
    const q = periods.period(CadenceKind.QUARTERLY, year, i + 1);
    return sum(q.key, q.label, cohort(rows, q, now));
  });
  const last = periods.period(CadenceKind.QUARTERLY, year - 1, quarter);
  return { totals: sum(p.key, p.label, current), groups, trend, sameQuarterLastYear: sum(last.key, last.label, cohort(rows, last, now)) };
}

function halfYear(rows: readonly Slim[], names: Names, p: BoundedPeriod, cut: number, now: number): HalfYearSweep {
  const start = p.start.getTime();
  const agencies = new Map<string, SweepAgency>();
  for (const r of rows) {
    if (r.openedAt > cut) continue;
    const a = at(r, cut, now);
    const inHalf = r.openedAt >= start;
    const late = r.late && a.reported;
    if (a.stage === S.CLOSED && !(inHalf && (r.repeated || late))) continue;
    const it = item(a, names);
    let agency = agencies.get(r.tenantId);
    if (!agency) agencies.set(r.tenantId, (agency = { tenantId: r.tenantId, agency: it.agency, unclosed: 0, overdue: 0, repeated: 0, late: 0, items: [] }));
    if (a.stage !== S.CLOSED) agency.unclosed++;
    if (a.overdue) agency.overdue++;
    if (r.repeated) agency.repeated++;
    if (late) agency.late++;
    agency.items.push(it);
  }
  const list = [...agencies.values()];
  for (const agency of list) agency.items.sort(byUrgency);
  const total = (pick: (x: SweepAgency) => number) => list.reduce((n, x) => n + pick(x), 0);
  return {
    counts: { agencies: list.length, unclosed: total((x) => x.unclosed), overdue: total((x) => x.overdue), repeated: total((x) => x.repeated), late: total((x) => x.late) },
    agencies: list.sort((x, y) => y.overdue - x.overdue || y.repeated - x.repeated || y.unclosed - x.unclosed || byName(x, y)),
  };
}
