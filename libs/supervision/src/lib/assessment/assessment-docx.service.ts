import { centredParagraph, heading2, officialDocument, tableOf, textParagraphs, titleParagraph } from '@zeren/shared-office';
import { localDateOf } from '@zeren/shared-periods';
import { tenantNamesOf, type TenantDb } from '@zeren/tenancy';
import { ASSESSMENT_GRADE_LABELS, AssessmentGrade, SCHEME_STATUS_LABELS, SchemeStatus } from './assessment.enums';
import { AssessmentService } from './assessment.service';

const GRADES = Object.values(AssessmentGrade);
const signed = (n: number) => (n > 0 ? `+${n.toFixed(2)}` : n.toFixed(2));

/**
 * 考核结果通报 (DESIGN.md seam 8): a year's scheme in a sentence, the grades' distribution, the agencies
 * ranked with their totals and grades, and every 加减分 with its reason, as the committee circulates it.
 * The same reach as the results and their .xlsx: the committee every agency, an agency its own once
 * published. Before publication the paper says so in its heading (供审定).
 */
export class AssessmentDocxService {
  constructor(private readonly assessments = new AssessmentService()) {}

  async results(db: TenantDb, year: number): Promise<Buffer> {
    const scheme = await this.assessments.scheme(db, year);
    const [rows, adjustments] = await Promise.all([this.assessments.allResults(db, year), this.assessments.adjustments(db, year)]);
    const tenantIds = [...new Set([...rows.map((r) => r.tenantId), ...adjustments.map((a) => a.tenantId)])];
    const names = await tenantNamesOf(db, tenantIds);
    const published = scheme.status === SchemeStatus.RESULTS_PUBLISHED;
    const title = `${year}年度市直机关党建工作考核结果通报`;
    const counts = GRADES.map((g) => rows.filter((r) => r.grade === g).length);
    const components = scheme.components.map((c) => `${c.label}${c.weight}%`).join('、');
    return officialDocument({
      title,
      children: [
        titleParagraph(title),
        centredParagraph(`${published ? '' : '(结果未公布,供审定)'}${SCHEME_STATUS_LABELS[scheme.status]} · 制表日期:${localDateOf(new Date())}`),
        heading2('一、考核方案'),
        ...textParagraphs(`依据《${scheme.title}》,考核指标为${components};加减分上限 ${scheme.adjustmentLimit} 分。等次分数线:${scheme.gradeBands.map((b) => `${ASSESSMENT_GRADE_LABELS[b.grade]} ≥ ${b.min}`).join(',')}。`),
        heading2('二、等次分布'),
        rows.length ? tableOf(['参加考核单位', ...GRADES.map((g) => ASSESSMENT_GRADE_LABELS[g])], [[rows.length, ...counts]]) : textParagraphs('尚未计算考核结果。')[0],
        heading2('三、考核结果'),
        ...(rows.length
          ? [tableOf(['名次', '单位', ...scheme.components.map((c) => c.label), '加减分', '总分', '等次'], rows.map((r) => [r.rank, names.get(r.tenantId) ?? '', ...scheme.components.map((c) => r.components.find((l) => l.kind === c.kind)?.score?.toFixed(2) ?? ''), signed(r.adjustment), r.total.toFixed(2), ASSESSMENT_GRADE_LABELS[r.grade]]))]
          : textParagraphs('尚未计算考核结果。')),
        heading2('四、加减分'),
        ...(adjustments.length
          ? [tableOf(['序号', '单位', '分值', '理由'], adjustments.map((a, i) => [i + 1, names.get(a.tenantId) ?? '', signed(a.points), a.reason]), [8, 28, 12, 52])]
          : textParagraphs('本年度无加减分。')),
      ],
    });
  }
}
