import { CompletionService } from '@zeren/responsibility';
import { ProjectGrouping, ReceiptGrouping, WorkFiguresService } from '@zeren/work';
import type { TenantDb } from '@zeren/tenancy';
import { InspectionFinding } from '../inspection/inspection.entity';
import { Rectification } from '../rectification/rectification.entity';
import { reviewScores } from '../review/review-scores';
import { FindingSeverity, RectificationStatus } from '../supervision.enums';
import { AssessmentAdjustment } from './assessment-adjustment.entity';
import type { AgencyFigures } from './assessment-scoring';

const n = (v: unknown) => Number(v ?? 0);

/**
 * Every agency's figures for a year, from a fixed number of grouped statements whatever the number of
 * agencies: responsibility's completion by agency, work's receipt and project figures by agency, this
 * lib's findings and rectifications grouped by agency, the 述职评议 scores and the 加减分 sums.
 */
export async function agencyFigures(db: TenantDb, year: number, tenantIds: readonly string[], now = new Date()): Promise<Map<string, AgencyFigures>> {
  const work = new WorkFiguresService();
  const [duty, receipts, projects, findings, rectifications, review, adjustments] = await Promise.all([
    new CompletionService().byAgencyOfYear(db, year, now),
    work.receipts(db, year, ReceiptGrouping.AGENCY, null, now),
    work.projects(db, ProjectGrouping.AGENCY, year),
    db
      .repo(InspectionFinding)
      .queryBuilder('f')
      .select(['f.tenantId AS tenantId', 'f.severity AS severity', 'COUNT(*) AS n'])
      .andWhere('f.year = :year', { year })
      .groupBy('f.tenantId')
      .addGroupBy('f.severity')
      .getRawMany<Record<string, unknown>>(),
    db
      .repo(Rectification)
      .queryBuilder('r')
      .select(['r.tenantId AS tenantId', `SUM(CASE WHEN r.status <> :closed THEN 1 ELSE 0 END) AS open`, 'SUM(CASE WHEN r.late = :yes THEN 1 ELSE 0 END) AS late'])
      .andWhere('r.year = :year', { year, closed: RectificationStatus.CLOSED, yes: true })
      .groupBy('r.tenantId')
      .getRawMany<Record<string, unknown>>(),
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
  const rectOf = new Map(rectifications.map((r) => [String(r['tenantId']), { open: n(r['open']), late: n(r['late']) }]));
  const adjustmentOf = new Map(adjustments.map((a) => [String(a['tenantId']), n(a['centi']) / 100]));
  const findingsOf = new Map<string, Record<FindingSeverity, number>>();
  for (const f of findings) {
    const id = String(f['tenantId']);
    const row = findingsOf.get(id) ?? { GENERAL: 0, SERIOUS: 0, GRAVE: 0 };
    row[f['severity'] as FindingSeverity] += n(f['n']);
    findingsOf.set(id, row);
  }
  return new Map(
    tenantIds.map((id) => {
      const d = duty.get(id);
      const r = receiptOf.get(id);
      return [
        id,
        {
          duty: d ? { due: d.due, onTime: d.onTime, late: d.late, overdue: d.overdue } : null,
          receipts: r ? { due: r.due, onTime: r.onTime } : null,
          inspection: { findings: findingsOf.get(id) ?? { GENERAL: 0, SERIOUS: 0, GRAVE: 0 }, ...(rectOf.get(id) ?? { open: 0, late: 0 }) },
          review: review.get(id) ?? null,
          projects: projectOf.get(id) ?? 0,
          adjustment: adjustmentOf.get(id) ?? 0,
        },
      ];
    }),
  );
}
