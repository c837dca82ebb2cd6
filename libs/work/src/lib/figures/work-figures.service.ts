import { In } from 'typeorm';
import { tenantNamesOf, type TenantDb } from '@zeren/tenancy';
import { WorkTask } from '../task/work-task.entity';
import { TaskReceipt } from '../task/task-receipt.entity';
import { BreakthroughProject } from '../project/breakthrough-project.entity';
import { IMPLEMENTED } from '../project/project.service';
import { PROBLEM_CATEGORY_LABELS, PROJECT_STATUS_LABELS, ProjectStatus, ReceiptStatus, TaskStatus, type ProblemCategory } from '../work.enums';
import { ProjectGrouping, ReceiptGrouping, type ProjectFigures, type ReceiptFigures } from './work-figures.type';

const SIGNED = new Set<string>([ReceiptStatus.SIGNED, ReceiptStatus.IN_PROGRESS, ReceiptStatus.REPORTED, ReceiptStatus.APPROVED, ReceiptStatus.RETURNED]);

interface ReceiptGroup {
  tenantId: string;
  taskId: string;
  status: ReceiptStatus;
  late: boolean;
  reported: boolean;
  n: number;
}

const empty = (key: string, label: string, tenantId: string | null): ReceiptFigures => ({
  key,
  label,
  tenantId,
  total: 0,
  signed: 0,
  reported: 0,
  approved: 0,
  returned: 0,
  due: 0,
  onTime: 0,
  late: 0,
  overdue: 0,
  onTimeRate: null,
});

function tally(row: ReceiptFigures, g: ReceiptGroup, task: WorkTask, now: Date): void {
  const pastDue = task.dueAt.getTime() <= now.getTime();
  row.total += g.n;
  if (SIGNED.has(g.status)) row.signed += g.n;
  if (g.reported) row.reported += g.n;
  if (g.status === ReceiptStatus.APPROVED) row.approved += g.n;
  if (g.status === ReceiptStatus.RETURNED) row.returned += g.n;
  if (g.reported || pastDue) row.due += g.n;
  if (g.reported && !g.late) row.onTime += g.n;
  if (g.reported && g.late) row.late += g.n;
  if (!g.reported && pastDue) row.overdue += g.n;
}

function withRates(rows: ReceiptFigures[]): ReceiptFigures[] {
  for (const row of rows) row.onTimeRate = row.due > 0 ? row.onTime / row.due : null;
  return rows;
}

/**
 * The figures of the committee → agency work: receipts by agency, month or task, and projects by
 * year, category, state or agency. Each is one grouped query over the rows in reach (a year's
 * receipts, or all projects), the same statements whatever the number of agencies.
 */
export class WorkFiguresService {
  async receipts(db: TenantDb, year: number, grouping: ReceiptGrouping, tenantId: string | null = null, now = new Date()): Promise<ReceiptFigures[]> {
    const tasks = await db.reference(WorkTask).find({ where: { year, status: TaskStatus.SENT }, order: { month: 'ASC', createdAt: 'ASC' } });
    if (tasks.length === 0) return [];
    const groups = await this.groups(db, tasks.map((t) => t.id), tenantId);
    const taskOf = new Map(tasks.map((t) => [t.id, t]));
    const names = grouping === ReceiptGrouping.AGENCY ? await tenantNamesOf(db, groups.map((g) => g.tenantId)) : new Map<string, string>();
    const rows = new Map<string, ReceiptFigures>();
    if (grouping === ReceiptGrouping.TASK) for (const t of tasks) rows.set(t.id, empty(t.id, `${t.month}月 ${t.title}`, null));
    if (grouping === ReceiptGrouping.MONTH) for (const t of tasks) if (!rows.has(String(t.month))) rows.set(String(t.month), empty(String(t.month), `${t.month}月`, null));
    for (const g of groups) {
      const task = taskOf.get(g.taskId)!;
      const key = grouping === ReceiptGrouping.AGENCY ? g.tenantId : grouping === ReceiptGrouping.MONTH ? String(task.month) : task.id;
      let row = rows.get(key);
      if (!row) rows.set(key, (row = empty(key, names.get(key) ?? key, g.tenantId)));
      tally(row, g, task, now);
    }
    const list = withRates([...rows.values()]);
    return grouping === ReceiptGrouping.AGENCY ? list.sort((a, b) => a.label.localeCompare(b.label, 'zh-CN')) : list;
  }

  /** One task's receipts in figures (the committee's board of a task), for several tasks at once. */
  async forTasks(db: TenantDb, taskIds: readonly string[], now = new Date()): Promise<Map<string, ReceiptFigures>> {
    const tasks = await db.reference(WorkTask).find({ where: { id: In([...taskIds]) } });
    const rows = new Map(tasks.map((t) => [t.id, empty(t.id, t.title, null)]));
    const taskOf = new Map(tasks.map((t) => [t.id, t]));
    for (const g of await this.groups(db, taskIds)) tally(rows.get(g.taskId)!, g, taskOf.get(g.taskId)!, now);
    withRates([...rows.values()]);
    return rows;
  }

  /** The receipts of these tasks counted by agency, task, state, late mark and whether reported: one statement. */
  private async groups(db: TenantDb, taskIds: readonly string[], tenantId: string | null = null): Promise<ReceiptGroup[]> {
    if (taskIds.length === 0) return [];
    const qb = db
      .repo(TaskReceipt)
      .queryBuilder('r')
      .select(['r.tenantId AS tenantId', 'r.taskId AS taskId', 'r.status AS status', 'r.late AS late', 'CASE WHEN r.firstReportedAt IS NULL THEN 0 ELSE 1 END AS reported', 'COUNT(*) AS n'])
      .andWhere('r.taskId IN (:...ids)', { ids: [...taskIds] })
      .groupBy('r.tenantId')
      .addGroupBy('r.taskId')
      .addGroupBy('r.status')
      .addGroupBy('r.late')
      .addGroupBy('reported');
    // One agency's (the committee drilling down from its row): the scoped layer still bounds it.
    if (tenantId) qb.andWhere('r.tenantId = :tenantId', { tenantId });
    const raw = await qb.getRawMany<Record<string, unknown>>();
    return raw.map((g) => ({
      tenantId: String(g['tenantId']),
      taskId: String(g['taskId']),
      status: g['status'] as ReceiptStatus,
      late: Number(g['late']) === 1 || g['late'] === true,
      reported: Number(g['reported']) === 1,
      n: Number(g['n']),
    }));
  }

  /** Projects filed (not drafts), grouped; `year` narrows every grouping but YEAR. */
  async projects(db: TenantDb, grouping: ProjectGrouping, year?: number | null): Promise<ProjectFigures[]> {
    const column = { [ProjectGrouping.YEAR]: 'p.year', [ProjectGrouping.CATEGORY]: 'p.category', [ProjectGrouping.STATUS]: 'p.status', [ProjectGrouping.AGENCY]: 'p.tenantId' }[grouping];
    const qb = db
      .repo(BreakthroughProject)
      .queryBuilder('p')
      .select([`${column} AS k`, 'p.status AS status', 'COUNT(*) AS n'])
      .andWhere('p.status <> :draft', { draft: ProjectStatus.DRAFT })
      .groupBy(column)
      .addGroupBy('p.status');
    if (year && grouping !== ProjectGrouping.YEAR) qb.andWhere('p.year = :year', { year });
    const groups = (await qb.getRawMany<Record<string, unknown>>()).map((g) => ({ key: String(g['k']), status: g['status'] as ProjectStatus, n: Number(g['n']) }));
    const names = grouping === ProjectGrouping.AGENCY ? await tenantNamesOf(db, groups.map((g) => g.key)) : new Map<string, string>();
    const labelOf = (key: string) =>
      grouping === ProjectGrouping.YEAR
        ? `${key}年`
        : grouping === ProjectGrouping.CATEGORY
          ? PROBLEM_CATEGORY_LABELS[key as ProblemCategory]
          : grouping === ProjectGrouping.STATUS
            ? PROJECT_STATUS_LABELS[key as ProjectStatus]
            : (names.get(key) ?? key);
    const rows = new Map<string, ProjectFigures>();
    // Every category is shown, an empty one too: the brief's five problems are the frame.
    if (grouping === ProjectGrouping.CATEGORY) for (const key of Object.keys(PROBLEM_CATEGORY_LABELS)) rows.set(key, { key, label: labelOf(key), tenantId: null, total: 0, implemented: 0, closed: 0 });
    for (const g of groups) {
      let row = rows.get(g.key);
      if (!row) rows.set(g.key, (row = { key: g.key, label: labelOf(g.key), tenantId: grouping === ProjectGrouping.AGENCY ? g.key : null, total: 0, implemented: 0, closed: 0 }));
      row.total += g.n;
      if (IMPLEMENTED.includes(g.status)) row.implemented += g.n;
      if (g.status === ProjectStatus.CLOSED) row.closed += g.n;
    }
    const list = [...rows.values()];
    if (grouping === ProjectGrouping.YEAR) return list.sort((a, b) => Number(a.key) - Number(b.key));
    if (grouping === ProjectGrouping.AGENCY) return list.sort((a, b) => a.label.localeCompare(b.label, 'zh-CN'));
    return list;
  }

  /** 已实施突破项目: every year's, as the brief counts them (356 when it was written). */
  async implementedProjects(db: TenantDb): Promise<number> {
    return db.repo(BreakthroughProject).count({ status: In(IMPLEMENTED) });
  }

}
