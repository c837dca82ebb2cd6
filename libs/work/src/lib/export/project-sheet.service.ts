import { localDateTime, sheetOf } from '@zeren/shared-office';
import type { TenantDb } from '@zeren/tenancy';
import { projectWhere, type ProjectFilter } from '../project/project.service';
import { PROBLEM_CATEGORY_LABELS, PROJECT_STATUS_LABELS } from '../work.enums';
import { projectLines } from './project-lines';

const COLUMNS = [
  { header: '年度', width: 8 },
  { header: '单位', width: 20 },
  { header: '党组(党委)', width: 20 },
  { header: '领衔书记', width: 10 },
  { header: '项目名称', width: 30 },
  { header: '问题类别', width: 10 },
  { header: '状态', width: 12 },
  { header: '申报时间', width: 17 },
  { header: '立项时间', width: 17 },
  { header: '必要性', width: 8 },
  { header: '时效性', width: 8 },
  { header: '牵动性', width: 8 },
  { header: '节点数', width: 8 },
  { header: '已完成节点', width: 10 },
  { header: '验收得分', width: 10 },
  { header: '销号时间', width: 17 },
] as const;

/** 突破项目台账 as .xlsx: the rows the breakthroughProjects query finds with the same filters, all of them. */
export class ProjectSheetService {
  async ledger(db: TenantDb, filter: ProjectFilter): Promise<Buffer> {
    const lines = await projectLines(db, projectWhere(filter));
    return sheetOf(
      '突破项目台账',
      COLUMNS,
      lines.map(({ project: p, agency, unit, secretary, milestones, milestonesDone }) => [
        p.year,
        agency,
        unit,
        secretary,
        p.title,
        PROBLEM_CATEGORY_LABELS[p.category],
        PROJECT_STATUS_LABELS[p.status],
        localDateTime(p.appliedAt),
        localDateTime(p.approvedAt),
        p.necessityScore ?? '',
        p.timelinessScore ?? '',
        p.leverageScore ?? '',
        milestones,
        milestonesDone,
        p.acceptanceScore ?? '',
        localDateTime(p.closedAt),
      ]),
    );
  }
}
