import { MemberStatus, OrgUnit, OrgUnitKind, PartyMember } from '@zeren/org-tree';
import type { TenantDb } from '@zeren/tenancy';
import { ActivityStatus } from './activity.enums';
import { StageActivity } from './stage-activity.entity';
import type { ActivityCoverage, BranchCoverage } from './coverage.type';

/**
 * “每名党员每年至少上一次讲台”: per branch, the active members who spoke at a held session of the
 * year ÷ the active members, and who has not yet. Three statements whatever the size (members, units,
 * the year's held sessions), all in the caller's reach; a 党小组's members count in the branch above it.
 */
export class CoverageService {
  /** The figure for these branches (all in reach when null) in a year: what the star rating reads. */
  async coverageOf(db: TenantDb, unitIds: readonly string[] | null, year: number): Promise<ActivityCoverage> {
    const members = await db.repo(PartyMember).find({ where: { status: MemberStatus.ACTIVE }, select: { id: true, unitId: true }, order: { id: 'ASC' } });
    const units = new Map((await db.repo(OrgUnit).find({ select: { id: true, kind: true, parentId: true } })).map((u) => [u.id, u]));
    const held = await db
      .repo(StageActivity)
      .queryBuilder('a')
      .select('a.speakerIds', 'speakerIds')
      .andWhere('a.status = :held AND a.heldOn >= :from AND a.heldOn < :to', { held: ActivityStatus.HELD, from: `${year}-01-01`, to: `${year + 1}-01-01` })
      .getRawMany<{ speakerIds: string }>();
    const spoke = new Set(held.flatMap((a) => JSON.parse(a.speakerIds) as string[]));
    const wanted = unitIds ? new Set(unitIds) : null;
    const branches = new Map<string, BranchCoverage>();
    for (const m of members) {
      const unit = units.get(m.unitId);
      const branchId = unit?.kind === OrgUnitKind.PARTY_CELL && unit.parentId ? unit.parentId : m.unitId;
      if (wanted && !wanted.has(branchId)) continue;
      let row = branches.get(branchId);
      if (!row) branches.set(branchId, (row = { unitId: branchId, members: 0, speakers: 0, rate: 0, notYetIds: [] }));
      row.members++;
      if (spoke.has(m.id)) row.speakers++;
      else row.notYetIds.push(m.id);
    }
    const rows = [...branches.values()].map((b) => ({ ...b, rate: b.speakers / b.members })).sort((x, y) => x.rate - y.rate || x.unitId.localeCompare(y.unitId));
    const total = rows.reduce((n, b) => n + b.members, 0);
    const speakers = rows.reduce((n, b) => n + b.speakers, 0);
    return { year, members: total, speakers, rate: total ? speakers / total : 0, branches: rows };
  }
}
