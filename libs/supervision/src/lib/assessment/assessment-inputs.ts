import { CompletionService } from '@zeren/responsibility';
import { ProjectGrouping, ReceiptGrouping, WorkFiguresService } from '@zeren/work';
import type { TenantDb } from '@zeren/tenancy';
import { SupervisionFiguresService } from '../figures/supervision-figures.service';
import { FindingGrouping, RectificationGrouping } from '../figures/supervision-figures.type';
import { reviewScores } from '../review/review-scores';
import { AssessmentAdjustment } from './assessment-adjustment.entity';
import type { AgencyFigures } from './assessment-scoring';

const n = (v: unknown) => Number(v ?? 0);

/**
 * Every agency's figures for a year, from a fixed number of grouped statements whatever the number of
 * agencies: responsibility's completion by agency, work's receipt and project figures by agency, this
 * lib's finding and rectification figures by agency (the same rows the 整改统计 shows), the 述职评议
 * scores and the 加减分 sums.
 */
export async function agencyFigures(db: TenantDb, year: number, tenantIds: readonly string[], now = new Date()): Promise<Map<string, AgencyFigures>> {
  const work = new WorkFiguresService();
  const inspections = new SupervisionFiguresService();
  const [duty, receipts, projects, findings, rectifications, review, adjustments] = await Promise.all([
    new CompletionService().byAgencyOfYear(db, year, now),
    work.receipts(db, year, ReceiptGrouping.AGENCY, null, now),
    work.projects(db, ProjectGrouping.AGENCY, year),
    inspections.findings(db, year, FindingGrouping.AGENCY),
    inspections.rectifications(db, year, RectificationGrouping.AGENCY, null, now),
    reviewScores(db, year),
    db
      .repo(AssessmentAdjustment)
      .queryBuilder('a')
      .select(['a.tenantId AS tenantId', 'SUM(a.pointsCenti) AS centi'])
      .andWhere('a.year = :year', { year })
      .groupBy('a.tenantId')
      .getRawMany<Record<string, unknown>>(),
  ]);
  const receiptOf = new Map(receipts.map((r) => [r.tenantId ?? r.key, r]));
  const projectOf = new Map(projects.map((p) => [p.key, p.implemented]));
  const findingOf = new Map(findings.map((f) => [f.key, f]));
  const rectOf = new Map(rectifications.map((r) => [r.key, r]));
  const adjustmentOf = new Map(adjustments.map((a) => [String(a['tenantId']), n(a['centi']) / 100]));
  return new Map(
    tenantIds.map((id) => {
      const d = duty.get(id);
      const r = receiptOf.get(id);
      return [
        id,
        {
          duty: d ? { due: d.due, onTime: d.onTime, late: d.late, overdue: d.overdue } : null,
          receipts: r ? { due: r.due, onTime: r.onTime } : null,
          inspection: {
            findings: findingOf.get(id)?.total ?? 0,
            grave: findingOf.get(id)?.grave ?? 0,
            repeated: findingOf.get(id)?.repeated ?? 0,
            // 未销号: every state before 已销号.
            open: (rectOf.get(id)?.total ?? 0) - (rectOf.get(id)?.closed ?? 0),
            late: rectOf.get(id)?.late ?? 0,
          },
          review: review.get(id) ?? null,
          projects: projectOf.get(id) ?? 0,
          adjustment: adjustmentOf.get(id) ?? 0,
        },
      ];
    }),
  );
}
