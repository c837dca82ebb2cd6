import { In } from 'typeorm';
import { DeadlineStatus, localYear } from '@zeren/shared-periods';
import { assertExportable, localDateTime, sheetOf, workbookOf, type SheetColumn } from '@zeren/shared-office';
import { tenantNamesOf, type TenantDb } from '@zeren/tenancy';
import { TaskReceipt } from '../task/task-receipt.entity';
import { WorkTask } from '../task/work-task.entity';
import { RECEIPT_ORDER, receiptDeadline, receiptWhere, type ReceiptFilter } from '../task/receipt.service';
import { WorkFiguresService } from '../figures/work-figures.service';
import { ReceiptGrouping, type ReceiptFigures } from '../figures/work-figures.type';
import { RECEIPT_STATUS_LABELS } from '../work.enums';

/** 按期情况 of a receipt, worded for a task's report (报送) rather than a duty's completion. */
export const RECEIPT_DEADLINE_LABELS: Readonly<Record<DeadlineStatus, string>> = {
  [DeadlineStatus.ON_TIME]: '按时',
  [DeadlineStatus.LATE]: '逾期报送',
  [DeadlineStatus.OVERDUE]: '逾期未报送',
  [DeadlineStatus.OPEN]: '未到期',
};

const LEDGER_COLUMNS = [
  { header: '任务', width: 28 },
  { header: '月份', width: 10 },
  { header: '单位', width: 20 },
  { header: '完成时限', width: 12 },
  { header: '状态', width: 8 },
  { header: '签收时间', width: 17 },
  { header: '报送时间', width: 17 },
  { header: '报送次数', width: 8 },
  { header: '按期情况', width: 10 },
  { header: '办理情况', width: 36 },
  { header: '印证资料件数', width: 12 },
  { header: '审核意见', width: 30 },
  { header: '审核时间', width: 17 },
] as const;

/** The figures' columns after the group's name; the rate is a fraction Excel shows as a percentage. */
const FIGURE_COLUMNS: readonly (SheetColumn & { value: (f: ReceiptFigures) => number | string })[] = [
  { header: '推送数', width: 8, value: (f) => f.total },
  { header: '已签收', width: 8, value: (f) => f.signed },
  { header: '已报送', width: 8, value: (f) => f.reported },
  { header: '已通过', width: 8, value: (f) => f.approved },
  { header: '已退回', width: 8, value: (f) => f.returned },
  { header: '应报送', width: 8, value: (f) => f.due },
  { header: '按时报送', width: 10, value: (f) => f.onTime },
  { header: '逾期报送', width: 10, value: (f) => f.late },
  { header: '逾期未报送', width: 10, value: (f) => f.overdue },
  // Nothing due yet: no rate, rather than a 0 % that reads as a failure.
  { header: '按时报送率', width: 12, numFmt: '0.0%', value: (f) => f.onTimeRate ?? '' },
];

type Count = 'total' | 'signed' | 'reported' | 'approved' | 'returned' | 'due' | 'onTime' | 'late' | 'overdue';
const COUNTS: readonly Count[] = ['total', 'signed', 'reported', 'approved', 'returned', 'due', 'onTime', 'late', 'overdue'];

/** The rows summed, with the rate of the sums (not the mean of the rates). */
function totalOf(rows: readonly ReceiptFigures[]): ReceiptFigures {
  const sum = Object.fromEntries(COUNTS.map((k) => [k, rows.reduce((n, r) => n + r[k], 0)])) as Record<Count, number>;
  return { key: '', label: '合计', tenantId: null, ...sum, onTimeRate: sum.due > 0 ? sum.onTime / sum.due : null };
}

/** 任务回执台账 and 回执统计 as .xlsx, from the rows the taskReceipts and taskReceiptFigures queries read. */
export class ReceiptSheetService {
  constructor(private readonly figures = new WorkFiguresService()) {}

  /** Every receipt the taskReceipts filters find in the caller's reach: four or five statements however many. */
  async ledger(db: TenantDb, filter: ReceiptFilter): Promise<Buffer> {
    const where = await receiptWhere(db, filter);
    assertExportable(await db.repo(TaskReceipt).count(where), '回执');
    const receipts = await db.repo(TaskReceipt).find({ where, order: RECEIPT_ORDER });
    const [tasks, tenantOf] = await Promise.all([
      receipts.length ? db.reference(WorkTask).find({ where: { id: In([...new Set(receipts.map((r) => r.taskId))]) } }) : [],
      tenantNamesOf(db, receipts.map((r) => r.tenantId)),
    ]);
    const taskOf = new Map(tasks.map((t) => [t.id, t]));
    const now = new Date();
    return sheetOf(
      '任务回执台账',
      LEDGER_COLUMNS,
      receipts.map((r) => {
        const task = taskOf.get(r.taskId) ?? null;
        return [
          task?.title ?? '',
          task ? `${task.year}年${task.month}月` : '',
          tenantOf.get(r.tenantId) ?? '',
          task?.dueOn ?? '',
          RECEIPT_STATUS_LABELS[r.status],
          localDateTime(r.signedAt),
          localDateTime(r.firstReportedAt),
          r.reportCount,
          RECEIPT_DEADLINE_LABELS[receiptDeadline(r, task, now)],
          r.response ?? '',
          r.evidence.length,
          r.reviewComment ?? '',
          localDateTime(r.reviewedAt),
        ];
      }),
    );
  }

  /** 回执统计 of a year: one sheet by agency, one by month, each with its 合计 row. */
  async figuresWorkbook(db: TenantDb, year = localYear()): Promise<Buffer> {
    const [byAgency, byMonth] = await Promise.all([this.figures.receipts(db, year, ReceiptGrouping.AGENCY), this.figures.receipts(db, year, ReceiptGrouping.MONTH)]);
    const sheet = (name: string, first: string, rows: ReceiptFigures[]) => ({
      name,
      columns: [{ header: first, width: 20 }, ...FIGURE_COLUMNS],
      rows: [...rows, totalOf(rows)].map((f) => [f.label, ...FIGURE_COLUMNS.map((c) => c.value(f))]),
    });
    return workbookOf([sheet(`${year}年按单位`, '单位', byAgency), sheet(`${year}年按月份`, '月份', byMonth)]);
  }
}
