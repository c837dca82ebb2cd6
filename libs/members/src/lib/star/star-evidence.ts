import { MemberStatus, OrgUnit, OrgUnitKind, PartyMember } from '@zeren/org-tree';
import { FulfilmentRecord, RecordStatus } from '@zeren/responsibility';
import { InspectionFinding } from '@zeren/supervision';
import type { TenantDb } from '@zeren/tenancy';
import { CoverageService } from '../activity/coverage.service';
import { PointsEntry } from '../ledger/points-entry.entity';
import { EntryOrigin, EntryStatus } from '../members.enums';
import type { CriterionScore, StarCriterion } from './star.entity';
import { StarEvidenceSource } from './star.enums';

/** A finding of the year's inspections takes this share of the criterion's score (five take it all). */
const FINDING_SHARE = 0.2;

/** What the records say about one branch, each as a rate 0–1 with its wording. */
export interface BranchEvidence {
  fulfilment: { rate: number; detail: string };
  participation: { rate: number; detail: string };
  coverage: { rate: number; detail: string };
  findings: { rate: number; detail: string };
}

const percent = (rate: number) => `${Math.round(rate * 1000) / 10}%`;
const ratio = (part: number, whole: number) => (whole ? part / whole : 0);

/**
 * Zeren's own evidence for the branches of one agency (`db` reads that agency) in a year, in eight
 * statements whatever the number of branches: fulfilment records grouped by unit, the units, the
 * active members, the members with standing approved points, 讲台 coverage (three), and the agency's
 * inspection findings. A 党小组's rows count in the branch above it.
 *
 * 履责: the share of the branch's current fulfilment records of the year accepted on time. 督查: the
 * findings are the agency's (an inspection visits the agency, not a branch), so every branch of it
 * carries them; libs/supervision is composed before this lib (see index.ts on honour's read of it).
 */
export async function evidenceOf(db: TenantDb, unitIds: readonly string[], year: number): Promise<Map<string, BranchEvidence>> {
  const from = `${year}-01-01`;
  const to = `${year + 1}-01-01`;
  const records = await db
    .repo(FulfilmentRecord)
    .queryBuilder('r')
    .select('r.unitId', 'unitId')
    .addSelect('COUNT(*)', 'total')
    .addSelect('SUM(CASE WHEN r.status = :accepted AND r.late = :onTime THEN 1 ELSE 0 END)', 'onTime')
    .andWhere('r.current = :current AND r.happenedOn >= :from AND r.happenedOn < :to', { current: true, from, to, accepted: RecordStatus.ACCEPTED, onTime: false })
    .groupBy('r.unitId')
    .getRawMany<{ unitId: string; total: unknown; onTime: unknown }>();
  const units = new Map((await db.repo(OrgUnit).find({ select: { id: true, kind: true, parentId: true } })).map((u) => [u.id, u]));
  const branchOf = (unitId: string) => {
    const unit = units.get(unitId);
    return unit?.kind === OrgUnitKind.PARTY_CELL && unit.parentId ? unit.parentId : unitId;
  };
  const members = await db.repo(PartyMember).find({ where: { status: MemberStatus.ACTIVE }, select: { id: true, unitId: true } });
  const reversal = db.repo(PointsEntry).subQuery('x').select('1').andWhere('x.tenantId = e.tenantId AND x.reversesId = e.id');
  const earners = await db
    .repo(PointsEntry)
    .queryBuilder('e')
    .select('DISTINCT e.memberId', 'memberId')
    .andWhere(`e.status = :approved AND e.origin <> :reversal AND e.occurredOn >= :from AND e.occurredOn < :to AND NOT EXISTS (${reversal.getQuery()})`, {
      approved: EntryStatus.APPROVED,
      reversal: EntryOrigin.REVERSAL,
      from,
      to,
    })
    .setParameters(reversal.getParameters())
    .getRawMany<{ memberId: string }>();
  const coverage = new Map((await new CoverageService().coverageOf(db, unitIds, year)).branches.map((b) => [b.unitId, b]));
  const findings = await db.repo(InspectionFinding).count({ year });

  const earning = new Set(earners.map((e) => e.memberId));
  const duty = new Map<string, { total: number; onTime: number }>();
  for (const r of records) {
    const row = duty.get(branchOf(r.unitId)) ?? { total: 0, onTime: 0 };
    row.total += Number(r.total);
    row.onTime += Number(r.onTime ?? 0);
    duty.set(branchOf(r.unitId), row);
  }
  const people = new Map<string, { members: number; earning: number }>();
  for (const m of members) {
    const row = people.get(branchOf(m.unitId)) ?? { members: 0, earning: 0 };
    row.members++;
    if (earning.has(m.id)) row.earning++;
    people.set(branchOf(m.unitId), row);
  }
  const found = Math.max(0, 1 - FINDING_SHARE * findings);
  return new Map(
    unitIds.map((id) => {
      const d = duty.get(id) ?? { total: 0, onTime: 0 };
      const p = people.get(id) ?? { members: 0, earning: 0 };
      const c = coverage.get(id);
      return [
        id,
        {
          fulfilment: { rate: ratio(d.onTime, d.total), detail: `${year}年度履责纪实 ${d.total} 条,按时通过 ${d.onTime} 条(${percent(ratio(d.onTime, d.total))})` },
          participation: { rate: ratio(p.earning, p.members), detail: `在册党员 ${p.members} 名,有积分 ${p.earning} 名(${percent(ratio(p.earning, p.members))})` },
          coverage: { rate: c?.rate ?? 0, detail: `在册党员 ${c?.members ?? 0} 名,已上讲台 ${c?.speakers ?? 0} 名(${percent(c?.rate ?? 0)})` },
          findings: { rate: found, detail: `本单位${year}年度督查发现问题 ${findings} 个` },
        },
      ];
    }),
  );
}

/** The scores a new rating starts with: each sourced criterion at its share of the rate, the others empty. */
export function prefilledScores(criteria: readonly StarCriterion[], evidence: BranchEvidence): CriterionScore[] {
  return criteria.map((c) => {
    const fact = factOf(c.source, evidence);
    const prefilled = fact ? Math.round(c.maxScore * fact.rate) : null;
    return { key: c.key, prefilled, evidence: fact?.detail ?? '无系统数据,由支部自评', selfScore: prefilled, selfReason: null, partyScore: null, partyReason: null };
  });
}

function factOf(source: StarEvidenceSource, e: BranchEvidence): { rate: number; detail: string } | null {
  switch (source) {
    case StarEvidenceSource.FULFILMENT:
      return e.fulfilment;
    case StarEvidenceSource.POINTS_PARTICIPATION:
      return e.participation;
    case StarEvidenceSource.STAGE_COVERAGE:
      return e.coverage;
    case StarEvidenceSource.INSPECTION_FINDINGS:
      return e.findings;
    case StarEvidenceSource.NONE:
      return null;
  }
}
