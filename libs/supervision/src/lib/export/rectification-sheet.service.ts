import { In } from 'typeorm';
import { PartyMember, PostType, namesOf } from '@zeren/org-tree';
import { DeadlineStatus, localYear } from '@zeren/shared-periods';
import { assertExportable, localDateTime, sheetOf, workbookOf, type SheetColumn } from '@zeren/shared-office';
import { tenantNamesOf, type TenantDb } from '@zeren/tenancy';
import { FindingCategory } from '../inspection/inspection.entity';
import { Rectification } from '../rectification/rectification.entity';
import { RECTIFICATION_ORDER, rectificationDeadline, rectificationWhere, type RectificationFilter } from '../rectification/rectification.service';
import { SupervisionFiguresService } from '../figures/supervision-figures.service';
import { RectificationGrouping, type RectificationFigures } from '../figures/supervision-figures.type';
import { RECTIFICATION_SOURCE_LABELS, RECTIFICATION_STATUS_LABELS } from '../supervision.enums';

/** 按期情况 of a rectification, worded for the ledger. */
export const RECTIFICATION_DEADLINE_LABELS: Readonly<Record<DeadlineStatus, string>> = {
  [DeadlineStatus.ON_TIME]: '按时整改',
  [DeadlineStatus.LATE]: '逾期整改',
  [DeadlineStatus.OVERDUE]: '逾期未整改',
  [DeadlineStatus.OPEN]: '未到期',
};

// 问题 / 措施 / 时限 / 责任人 first, as the agencies' paper ledgers read, then how it went.
const LEDGER_COLUMNS = [
  { header: '单位', width: 20 },
  { header: '问题', width: 36 },
  { header: '整改措施', width: 36 },
  { header: '整改时限', width: 12 },
  { header: '责任人', width: 10 },
  { header: '责任人职务', width: 16 },
  { header: '问题来源', width: 10 },
  { header: '问题类别', width: 14 },
  { header: '状态', width: 12 },
  { header: '按期情况', width: 10 },
  { header: '整改情况', width: 36 },
  { header: '印证资料件数', width: 12 },
  { header: '报送时间', width: 17 },
  { header: '验收不通过次数', width: 12 },
  { header: '验收意见', width: 30 },
  { header: '回访情况', width: 30 },
  { header: '销号时间', width: 17 },
] as const;

const FIGURE_COLUMNS: readonly (SheetColumn & { value: (f: RectificationFigures) => number | string })[] = [
  { header: '整改事项', width: 8, value: (f) => f.total },
  { header: '待整改', width: 8, value: (f) => f.pending },
  { header: '整改中', width: 8, value: (f) => f.inProgress },
  { header: '待验收', width: 8, value: (f) => f.rectified },
  { header: '待销号', width: 8, value: (f) => f.verified },
  { header: '已销号', width: 8, value: (f) => f.closed },
  { header: '应完成', width: 8, value: (f) => f.due },
  { header: '按时整改', width: 10, value: (f) => f.onTime },
  { header: '逾期整改', width: 10, value: (f) => f.late },
  { header: '逾期未整改', width: 10, value: (f) => f.overdue },
  { header: '销号率', width: 10, numFmt: '0.0%', value: (f) => f.closureRate ?? '' },
  // Nothing due yet: no rate, rather than a 0 % that reads as a failure.
  { header: '按时整改率', width: 12, numFmt: '0.0%', value: (f) => f.onTimeRate ?? '' },
];

type Count = 'total' | 'pending' | 'inProgress' | 'rectified' | 'verified' | 'closed' | 'due' | 'onTime' | 'late' | 'overdue' | 'failed';
const COUNTS: readonly Count[] = ['total', 'pending', 'inProgress', 'rectified', 'verified', 'closed', 'due', 'onTime', 'late', 'overdue', 'failed'];

/** The rows summed, with the rates of the sums (not the mean of the rates). */
function totalOf(rows: readonly RectificationFigures[]): RectificationFigures {
  const sum = Object.fromEntries(COUNTS.map((k) => [k, rows.reduce((n, r) => n + r[k], 0)])) as Record<Count, number>;
  return { key: '', label: '合计', tenantId: null, ...sum, closureRate: sum.total > 0 ? sum.closed / sum.total : null, onTimeRate: sum.due > 0 ? sum.onTime / sum.due : null };
}

/** 整改台账 and 整改统计 as .xlsx, from the rows the rectifications and rectificationFigures queries read. */
export class RectificationSheetService {
  constructor(private readonly figures = new SupervisionFiguresService()) {}

  /** Every rectification the ledger's filters find in the caller's reach: a fixed handful of statements however many. */
  async ledger(db: TenantDb, filter: RectificationFilter): Promise<Buffer> {
    const where = rectificationWhere(filter);
    assertExportable(await db.repo(Rectification).count(where), '整改事项');
    const rows = await db.repo(Rectification).find({ where, order: RECTIFICATION_ORDER });
    const ids = (pick: (r: Rectification) => string | null) => [...new Set(rows.map(pick).filter((id): id is string => !!id))];
    const [tenantOf, categories, memberOf, posts] = rows.length
      ? await Promise.all([
          tenantNamesOf(db, ids((r) => r.tenantId)),
          db.reference(FindingCategory).find({ where: { id: In(ids((r) => r.categoryId)) } }),
          namesOf(db, PartyMember, ids((r) => r.responsibleMemberId)),
          db.reference(PostType).find({ where: { code: In(ids((r) => r.responsiblePostCode)) }, select: { code: true, name: true } }),
        ])
      : [new Map<string, string>(), [], new Map<string, string>(), []];
    const name = <T>(list: T[], key: (t: T) => string, value: (t: T) => string) => new Map(list.map((t) => [key(t), value(t)]));
    const categoryOf = name(categories, (c) => c.id, (c) => c.name);
    const postOf = name(posts, (p) => p.code, (p) => p.name);
    const now = new Date();
    return sheetOf(
      '整改台账',
      LEDGER_COLUMNS,
      rows.map((r) => [
        tenantOf.get(r.tenantId) ?? '',
        r.problem,
        r.measures ?? '',
        r.dueOn,
        r.responsibleMemberId ? (memberOf.get(r.responsibleMemberId) ?? '') : '',
        r.responsiblePostCode ? (postOf.get(r.responsiblePostCode) ?? r.responsiblePostCode) : '',
        RECTIFICATION_SOURCE_LABELS[r.source],
        r.categoryId ? (categoryOf.get(r.categoryId) ?? '') : '',
        RECTIFICATION_STATUS_LABELS[r.status],
        RECTIFICATION_DEADLINE_LABELS[rectificationDeadline(r, now)],
        r.report ?? '',
        r.evidence.length,
        localDateTime(r.firstRectifiedAt),
        r.failedCount,
        r.verifyComment ?? '',
        r.closeNote ?? '',
        localDateTime(r.closedAt),
      ]),
    );
  }

  /** 整改统计 of a year: by agency and by category, each with its 合计 row. */
  async figuresWorkbook(db: TenantDb, year = localYear()): Promise<Buffer> {
    const [byAgency, byCategory] = await Promise.all([this.figures.rectifications(db, year, RectificationGrouping.AGENCY), this.figures.rectifications(db, year, RectificationGrouping.CATEGORY)]);
    const sheet = (sheetName: string, first: string, rows: RectificationFigures[]) => ({
      name: sheetName,
      columns: [{ header: first, width: 20 }, ...FIGURE_COLUMNS],
      rows: [...rows, totalOf(rows)].map((f) => [f.label, ...FIGURE_COLUMNS.map((c) => c.value(f))]),
    });
    return workbookOf([sheet(`${year}年按单位`, '单位', byAgency), sheet(`${year}年按类别`, '问题类别', byCategory)]);
  }
}
