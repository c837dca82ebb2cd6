import { In } from 'typeorm';
import { OrgUnit, PartyMember } from '@zeren/org-tree';
import { MAX_EXPORT_ROWS, sheetOf } from '@zeren/shared-office';
import type { TenantDb } from '@zeren/tenancy';
import type { RankingService } from './ranking.service';

const COLUMNS = [
  { header: '名次', width: 8 },
  { header: '支部内名次', width: 12 },
  { header: '党员', width: 12 },
  { header: '党组织', width: 24 },
  { header: '所在支部', width: 24 },
  { header: '积分', width: 10, numFmt: '0.0' },
] as const;

/** 积分排行 as .xlsx: every ranked member in the caller's reach (or the unit's) for the period, in rank order. */
export async function rankingSheet(rankings: RankingService, db: TenantDb, periodKey: string, unitId?: string | null): Promise<Buffer> {
  const ranking = await rankings.ranking(db, periodKey, 0, MAX_EXPORT_ROWS, unitId);
  const memberIds = ranking.items.map((r) => r.memberId);
  const unitIds = [...new Set(ranking.items.flatMap((r) => [r.unitId, r.branchId]))];
  const [members, units] = ranking.items.length
    ? await Promise.all([
        db.repo(PartyMember).find({ where: { id: In(memberIds) }, select: { id: true, tenantId: true, name: true } as never }),
        db.repo(OrgUnit).find({ where: { id: In(unitIds) }, select: { id: true, tenantId: true, name: true } as never }),
      ])
    : [[], []];
  const memberOf = new Map(members.map((m) => [m.id, m.name]));
  const unitOf = new Map(units.map((u) => [u.id, u.name]));
  return sheetOf(
    `积分排行 ${ranking.periodLabel}`.slice(0, 31),
    COLUMNS,
    ranking.items.map((r) => [r.rank, r.branchRank, memberOf.get(r.memberId) ?? '', unitOf.get(r.unitId) ?? '', unitOf.get(r.branchId) ?? '', r.points]),
  );
}
