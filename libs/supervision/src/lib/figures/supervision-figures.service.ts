import { In } from 'typeorm';
import { tenantNamesOf, type TenantDb } from '@zeren/tenancy';
import { FindingCategory, InspectionFinding } from '../inspection/inspection.entity';
import { Rectification } from '../rectification/rectification.entity';
import { FINDING_SEVERITY_LABELS, FindingSeverity, RECTIFICATION_SOURCE_LABELS, RectificationStatus as R } from '../supervision.enums';
import { FindingGrouping, RectificationGrouping, type FindingFigures, type RectificationFigures } from './supervision-figures.type';

interface RectificationGroup {
  key: string;
  tenantId: string;
  status: R;
  late: boolean;
  reported: boolean;
  pastDue: boolean;
  failed: number;
  n: number;
}

const emptyRectifications = (key: string, label: string, tenantId: string | null): RectificationFigures => ({
  key,
  label,
  tenantId,
  total: 0,
  pending: 0,
  inProgress: 0,
  rectified: 0,
  verified: 0,
  closed: 0,
  due: 0,
  onTime: 0,
  late: 0,
  overdue: 0,
  failed: 0,
  closureRate: null,
  onTimeRate: null,
});

const STATUS_FIELD: Record<R, 'pending' | 'inProgress' | 'rectified' | 'verified' | 'closed'> = {
  [R.PENDING]: 'pending',
  [R.IN_PROGRESS]: 'inProgress',
  [R.RECTIFIED]: 'rectified',
  [R.VERIFIED]: 'verified',
  [R.CLOSED]: 'closed',
};

function tally(row: RectificationFigures, g: RectificationGroup): void {
  row.total += g.n;
  row[STATUS_FIELD[g.status]] += g.n;
  row.failed += g.failed;
  if (g.reported || g.pastDue) row.due += g.n;
  if (g.reported && !g.late) row.onTime += g.n;
  if (g.reported && g.late) row.late += g.n;
  if (!g.reported && g.pastDue) row.overdue += g.n;
}

/** The SQL expression of each grouping's key over the rectification table. */
const RECTIFICATION_KEY: Record<RectificationGrouping, string> = {
  [RectificationGrouping.AGENCY]: 'r.tenantId',
  [RectificationGrouping.CATEGORY]: "COALESCE(r.categoryId, '')",
  // due_on is an ISO date on both engines: characters 6–7 are the month.
  [RectificationGrouping.MONTH]: 'SUBSTR(r.dueOn, 6, 2)',
  [RectificationGrouping.SOURCE]: 'r.source',
};

/**
 * The figures of inspections and rectifications: each one grouped query over the year's rows in the
 * caller's reach (an agency its own, the committee every agency's), the same statements whatever the
 * number of agencies, and the names of the groups in one more.
 */
export class SupervisionFiguresService {
  async rectifications(db: TenantDb, year: number, grouping: RectificationGrouping, tenantId: string | null = null, now = new Date()): Promise<RectificationFigures[]> {
    const qb = db
      .repo(Rectification)
      .queryBuilder('r')
      .select([
        `${RECTIFICATION_KEY[grouping]} AS k`,
        'r.tenantId AS tenantId',
        'r.status AS status',
        'r.late AS late',
        'CASE WHEN r.firstRectifiedAt IS NULL THEN 0 ELSE 1 END AS reported',
        'CASE WHEN r.dueAt <= :now THEN 1 ELSE 0 END AS pastDue',
        'SUM(r.failedCount) AS failed',
        'COUNT(*) AS n',
      ])
      .andWhere('r.year = :year', { year, now })
      .groupBy(RECTIFICATION_KEY[grouping])
      .addGroupBy('r.tenantId')
      .addGroupBy('r.status')
      .addGroupBy('r.late')
      .addGroupBy('reported')
      .addGroupBy('pastDue');
    if (tenantId) qb.andWhere('r.tenantId = :tenantId', { tenantId });
    const groups: RectificationGroup[] = (await qb.getRawMany<Record<string, unknown>>()).map((g) => ({
      key: String(g['k']),
      tenantId: String(g['tenantId']),
      status: g['status'] as R,
      late: Number(g['late']) === 1 || g['late'] === true,
      reported: Number(g['reported']) === 1,
      pastDue: Number(g['pastDue']) === 1,
      failed: Number(g['failed']),
      n: Number(g['n']),
    }));
    const labels = await this.labels(db, grouping, groups.map((g) => g.key));
    const rows = new Map<string, RectificationFigures>();
    for (const g of groups) {
      let row = rows.get(g.key);
      if (!row) rows.set(g.key, (row = emptyRectifications(g.key, labels(g.key), grouping === RectificationGrouping.AGENCY ? g.tenantId : null)));
      tally(row, g);
    }
    const list = [...rows.values()];
    for (const row of list) {
      row.closureRate = row.total > 0 ? row.closed / row.total : null;
      row.onTimeRate = row.due > 0 ? row.onTime / row.due : null;
    }
    return grouping === RectificationGrouping.MONTH ? list.sort((a, b) => a.key.localeCompare(b.key)) : list.sort((a, b) => a.label.localeCompare(b.label, 'zh-CN'));
  }

  async findings(db: TenantDb, year: number, grouping: FindingGrouping, tenantId: string | null = null): Promise<FindingFigures[]> {
    const column = { [FindingGrouping.AGENCY]: 'f.tenantId', [FindingGrouping.CATEGORY]: 'f.categoryId', [FindingGrouping.SEVERITY]: 'f.severity' }[grouping];
    const qb = db
      .repo(InspectionFinding)
      .queryBuilder('f')
      .select([`${column} AS k`, 'f.severity AS severity', 'CASE WHEN f.repeatOfId IS NULL THEN 0 ELSE 1 END AS repeated', 'COUNT(*) AS n'])
      .andWhere('f.year = :year', { year })
      .groupBy(column)
      .addGroupBy('f.severity')
      .addGroupBy('repeated');
    if (tenantId) qb.andWhere('f.tenantId = :tenantId', { tenantId });
    const groups = (await qb.getRawMany<Record<string, unknown>>()).map((g) => ({ key: String(g['k']), severity: g['severity'] as FindingSeverity, repeated: Number(g['repeated']) === 1, n: Number(g['n']) }));
    const labels = await this.labels(db, grouping === FindingGrouping.SEVERITY ? 'SEVERITY' : grouping === FindingGrouping.AGENCY ? RectificationGrouping.AGENCY : RectificationGrouping.CATEGORY, groups.map((g) => g.key));
    const rows = new Map<string, FindingFigures>();
    for (const g of groups) {
      let row = rows.get(g.key);
      if (!row) rows.set(g.key, (row = { key: g.key, label: labels(g.key), tenantId: grouping === FindingGrouping.AGENCY ? g.key : null, total: 0, repeated: 0, grave: 0 }));
      row.total += g.n;
      if (g.repeated) row.repeated += g.n;
      if (g.severity === FindingSeverity.GRAVE) row.grave += g.n;
    }
    return [...rows.values()].sort((a, b) => b.total - a.total || a.label.localeCompare(b.label, 'zh-CN'));
  }

  /** The groups' names: agencies and categories in one statement, the rest from their labels. */
  private async labels(db: TenantDb, grouping: RectificationGrouping | 'SEVERITY', keys: readonly string[]): Promise<(key: string) => string> {
    const unique = [...new Set(keys)].filter(Boolean);
    if (grouping === RectificationGrouping.AGENCY) {
      const names = await tenantNamesOf(db, unique);
      return (k) => names.get(k) ?? k;
    }
    if (grouping === RectificationGrouping.CATEGORY) {
      const names = new Map((unique.length ? await db.reference(FindingCategory).find({ where: { id: In(unique) } }) : []).map((c) => [c.id, c.name]));
      return (k) => (k ? (names.get(k) ?? k) : '述职评议点评');
    }
    if (grouping === RectificationGrouping.MONTH) return (k) => `${Number(k)}月`;
    if (grouping === RectificationGrouping.SOURCE) return (k) => RECTIFICATION_SOURCE_LABELS[k as keyof typeof RECTIFICATION_SOURCE_LABELS] ?? k;
    return (k) => FINDING_SEVERITY_LABELS[k as FindingSeverity] ?? k;
  }
}
