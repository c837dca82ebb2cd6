import { Not } from 'typeorm';
import type { FileChild } from 'docx';
import { centredParagraph, fieldTable, heading2, officialDocument, tableOf, textParagraphs, titleParagraph } from '@zeren/shared-office';
import { localDateOf, localYear } from '@zeren/shared-periods';
import type { TenantDb } from '@zeren/tenancy';
import { ProjectService, projectWhere } from '../project/project.service';
import { WorkFiguresService } from '../figures/work-figures.service';
import { ProjectGrouping } from '../figures/work-figures.type';
import { PROBLEM_CATEGORY_LABELS, PROJECT_STATUS_LABELS, ProjectStatus } from '../work.enums';
import { projectLines } from './project-lines';

const localDate = (at: Date | null) => (at ? localDateOf(at) : '');
const score = (value: number | null) => value ?? '';

/** The 立项书 of one project and the year's 突破项目台账, as .docx a committee prints. */
export class ProjectDocxService {
  constructor(
    private readonly projects = new ProjectService(),
    private readonly figures = new WorkFiguresService(),
  ) {}

  /** 立项书: the application as filed, its milestones, and the committee's 立项评审 once approved. */
  async proposal(db: TenantDb, id: string): Promise<Buffer> {
    const project = await this.projects.project(db, id);
    const [[line], milestones] = await Promise.all([projectLines(db, { id: project.id }), this.projects.milestones(db, [project.id])]);
    const sections: [string, FileChild[]][] = [
      ['一、要解决的问题', textParagraphs(project.problem)],
      ['二、攻坚措施', textParagraphs(project.measures)],
      [
        '三、节点安排',
        [
          tableOf(
            ['序号', '节点内容', '计划完成日期', '完成情况'],
            milestones.map((m, i) => [i + 1, m.title, m.dueOn, m.doneOn ? `已完成(${m.doneOn})` : '未完成']),
            [8, 52, 20, 20],
          ),
        ],
      ],
      ['四、预期成效', textParagraphs(project.expectedOutcome)],
    ];
    if (project.approvedAt) {
      sections.push([
        '五、立项评审',
        [
          tableOf(['必要性', '时效性', '牵动性'], [[score(project.necessityScore), score(project.timelinessScore), score(project.leverageScore)]]),
          ...(project.reviewComment ? textParagraphs(`审核意见:${project.reviewComment}`) : []),
          ...textParagraphs(`立项时间:${localDate(project.approvedAt)}`),
        ],
      ]);
    }
    return officialDocument({
      title: project.title,
      children: [
        titleParagraph('书记抓基层党建突破项目立项书'),
        centredParagraph(`${project.year}年度`),
        fieldTable([
          ['项目名称', project.title],
          ['单位', line.agency],
          ['党组(党委)', line.unit],
          ['领衔书记', line.secretary],
          ['问题类别', PROBLEM_CATEGORY_LABELS[project.category]],
          ['项目状态', PROJECT_STATUS_LABELS[project.status]],
          ['申报时间', localDate(project.appliedAt)],
        ]),
        ...sections.flatMap(([title, body]) => [heading2(title), ...body]),
      ],
    });
  }

  /**
   * 年度突破项目台账: every project filed in the year (drafts are the agencies' own until filed),
   * then the totals by problem category as projectFigures counts them.
   */
  async yearLedger(db: TenantDb, year = localYear()): Promise<Buffer> {
    const [lines, categories] = await Promise.all([
      projectLines(db, { ...projectWhere({ year }), status: Not(ProjectStatus.DRAFT) }),
      this.figures.projects(db, ProjectGrouping.CATEGORY, year),
    ]);
    const sum = (pick: (c: (typeof categories)[number]) => number) => categories.reduce((n, c) => n + pick(c), 0);
    return officialDocument({
      title: `${year}年度书记抓基层党建突破项目台账`,
      landscape: true,
      children: [
        titleParagraph(`${year}年度书记抓基层党建突破项目台账`),
        centredParagraph(`共 ${lines.length} 个项目 · 制表日期:${localDateOf(new Date())}`),
        tableOf(
          ['序号', '单位', '领衔书记', '项目名称', '问题类别', '状态', '必要性', '时效性', '牵动性', '节点完成', '验收得分'],
          lines.map(({ project: p, agency, secretary, milestones, milestonesDone }, i) => [
            i + 1,
            agency,
            secretary,
            p.title,
            PROBLEM_CATEGORY_LABELS[p.category],
            PROJECT_STATUS_LABELS[p.status],
            score(p.necessityScore),
            score(p.timelinessScore),
            score(p.leverageScore),
            `${milestonesDone}/${milestones}`,
            score(p.acceptanceScore),
          ]),
          [5, 15, 8, 24, 7, 9, 6, 6, 6, 7, 7],
        ),
        heading2('按问题类别统计'),
        tableOf(
          ['问题类别', '项目数', '已实施', '已销号'],
          [...categories.map((c) => [c.label, c.total, c.implemented, c.closed]), ['合计', sum((c) => c.total), sum((c) => c.implemented), sum((c) => c.closed)]],
        ),
      ],
    });
  }
}
