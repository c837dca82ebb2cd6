import type { FileChild } from 'docx';
import { centredParagraph, heading2, officialDocument, tableOf, textParagraphs, titleParagraph } from '@zeren/shared-office';
import { localDateOf } from '@zeren/shared-periods';
import { RECTIFICATION_STATUS_LABELS } from '../supervision.enums';
import type { CadenceContent, CadenceFigures, CadenceItem, HalfYearSweep, MonthlyDispatch, QuarterlyAnalysis } from './cadence-content.type';
import { CadenceGrouping } from './cadence-content.type';

const percent = (rate: number | null) => (rate === null ? '—' : `${(rate * 100).toFixed(1)}%`);
const CHINESE_NUMBERS = ['一', '二', '三', '四', '五', '六'];
const numbered = (texts: readonly string[]) => textParagraphs(texts.map((t, i) => `${i + 1}. ${t}`).join('\n'));

const REQUIREMENTS = [
  '各单位党组(党委)要切实履行整改主体责任,对逾期未整改的问题,逐项明确责任人和完成时限,确保按期整改到位。',
  '对重复发生的问题,要深入查找原因,建立长效机制,坚决防止问题反弹。',
  '工委将对整改情况持续跟踪调度,整改结果纳入年度机关党建工作考核。',
];

/** A cadence report as a 督查通报 (.docx): 文号 line, title, date, numbered sections and tables. */
export class CadenceDocxService {
  render(content: CadenceContent): Promise<Buffer> {
    const sections = content.monthly
      ? monthlySections(content.monthly, content)
      : content.quarterly
        ? quarterlySections(content.quarterly)
        : content.halfYear
          ? halfYearSections(content.halfYear, content)
          : [];
    const issuedOn = content.issuedAt ? localDateOf(new Date(content.issuedAt)) : null;
    return officialDocument({
      title: content.title,
      landscape: false,
      children: [
        titleParagraph('督查通报'),
        centredParagraph(content.documentNumber ?? '(未印发)'),
        titleParagraph(content.title, 240),
        centredParagraph(`统计截止日期:${content.asOf}`),
        ...sections.flatMap(([title, body], i) => [heading2(`${CHINESE_NUMBERS[i]}、${title}`), ...body]),
        heading2(`${CHINESE_NUMBERS[sections.length]}、说明`),
        ...numbered(content.notes),
        centredParagraph(issuedOn ? `市直机关工委 ${issuedOn}` : `市直机关工委(草稿,生成于 ${localDateOf(new Date())})`),
      ],
    });
  }
}

function itemRows(items: readonly CadenceItem[]): (string | number)[][] {
  return items.map((it, i) => [i + 1, it.agency, it.category ?? '', it.problem, it.dueOn, it.daysOverdue, RECTIFICATION_STATUS_LABELS[it.status]]);
}
const ITEM_HEADERS = ['序号', '单位', '问题类别', '问题', '整改时限', '逾期天数', '状态'];
const ITEM_WIDTHS = [6, 16, 12, 36, 12, 8, 10];

function monthlySections(m: MonthlyDispatch, c: CadenceContent): [string, FileChild[]][] {
  const overdue = m.agencies.flatMap((a) => a.items.filter((it) => it.overdue)).sort((x, y) => y.daysOverdue - x.daysOverdue);
  return [
    ['总体情况', numbered([`截至${c.asOf},各单位督查整改事项未销号${m.counts.open}项,其中逾期未整改${m.counts.overdue}项,3日内到期${m.counts.dueSoon}项;本月销号${m.counts.closedThisMonth}项。`])],
    ['逾期未整改事项', overdue.length ? [tableOf(ITEM_HEADERS, itemRows(overdue), ITEM_WIDTHS)] : textParagraphs('无逾期未整改事项。')],
    ['各单位未销号事项', [tableOf(['序号', '单位', '未销号', '逾期未整改'], m.agencies.map((a, i) => [i + 1, a.agency, a.open, a.overdue]), [8, 52, 20, 20])]],
    ['工作要求', numbered(REQUIREMENTS)],
  ];
}

const FIGURE_HEADERS = ['发现问题', '整改事项', '已销号', '销号率', '按时整改率', '重复发生'];
const figureRow = (f: CadenceFigures) => [f.label, f.findings, f.rectifications, f.closed, percent(f.closureRate), percent(f.onTimeRate), f.repeated];

function quarterlySections(q: QuarterlyAnalysis): [string, FileChild[]][] {
  const t = q.totals;
  const last = q.sameQuarterLastYear;
  const group = (by: CadenceGrouping) => q.groups.find((g) => g.by === by)?.rows ?? [];
  return [
    [
      '总体情况',
      numbered([
        `本季度督查发现问题${t.findings}个,下发整改事项${t.rectifications}项,已销号${t.closed}项,销号率${percent(t.closureRate)};已到期${t.due}项,按时整改${t.onTime}项,按时整改率${percent(t.onTimeRate)}。`,
        `上年同期发现问题${last.findings}个,销号率${percent(last.closureRate)},按时整改率${percent(last.onTimeRate)}。`,
      ]),
    ],
    ['按问题类别分析', [tableOf(['问题类别', ...FIGURE_HEADERS], group(CadenceGrouping.CATEGORY).map(figureRow))]],
    ['按单位分析', [tableOf(['单位', ...FIGURE_HEADERS], group(CadenceGrouping.AGENCY).map(figureRow))]],
    ['季度趋势', [tableOf(['期次', ...FIGURE_HEADERS], [...q.trend, last].map(figureRow))]],
  ];
}

function halfYearSections(h: HalfYearSweep, c: CadenceContent): [string, FileChild[]][] {
  const items = h.agencies.flatMap((a) => a.items);
  const marks = (it: CadenceItem) => [it.overdue ? '逾期未整改' : '', it.repeated ? '重复发生' : '', it.late ? '逾期报送' : ''].filter(Boolean).join('、');
  return [
    [
      '总体情况',
      numbered([`截至${c.asOf},排查出存在逾期、重复发生或未销号问题的单位${h.counts.agencies}个,未销号问题${h.counts.unclosed}项,逾期未整改${h.counts.overdue}项,重复发生${h.counts.repeated}项,逾期报送${h.counts.late}项。`]),
    ],
    ['问题单位清单', [tableOf(['序号', '单位', '未销号', '逾期未整改', '重复发生', '逾期报送'], h.agencies.map((a, i) => [i + 1, a.agency, a.unclosed, a.overdue, a.repeated, a.late]), [8, 40, 13, 13, 13, 13])]],
    ['问题明细', items.length ? [tableOf([...ITEM_HEADERS, '情形'], itemRows(items).map((row, i) => [...row, marks(items[i])]))] : textParagraphs('无。')],
    ['工作要求', numbered(REQUIREMENTS)],
  ];
}
