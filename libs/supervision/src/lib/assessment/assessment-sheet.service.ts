import { sheetOf, type SheetColumn } from '@zeren/shared-office';
import { tenantNamesOf, type TenantDb } from '@zeren/tenancy';
import { ASSESSMENT_GRADE_LABELS } from './assessment.enums';
import { AssessmentService } from './assessment.service';

/** 考核结果 of a year as .xlsx for 市委综合考核: a column per component, then 加减分, total, rank and grade. */
export class AssessmentSheetService {
  constructor(private readonly assessments = new AssessmentService()) {}

  async results(db: TenantDb, year: number): Promise<Buffer> {
    const scheme = await this.assessments.scheme(db, year);
    const rows = await this.assessments.allResults(db, year);
    const nameOf = await tenantNamesOf(db, rows.map((r) => r.tenantId));
    const columns: SheetColumn[] = [
      { header: '名次', width: 6 },
      { header: '单位', width: 28 },
      ...scheme.components.map((c) => ({ header: `${c.label}(${c.weight}%)`, width: 14, numFmt: '0.00' })),
      { header: '加减分', width: 8, numFmt: '0.00' },
      { header: '总分', width: 8, numFmt: '0.00' },
      { header: '等次', width: 6 },
    ];
    return sheetOf(
      `${year}年党建考核结果`,
      columns,
      rows.map((r) => [
        r.rank,
        nameOf.get(r.tenantId) ?? '',
        // A component without data is left empty, as it was left out of the total.
        ...scheme.components.map((c) => r.components.find((l) => l.kind === c.kind)?.score ?? ''),
        r.adjustment,
        r.total,
        ASSESSMENT_GRADE_LABELS[r.grade],
      ]),
    );
  }
}
