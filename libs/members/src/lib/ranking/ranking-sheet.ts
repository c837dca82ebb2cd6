import { OrgUnit, PartyMember, namesOf } from '@zeren/org-tree';
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
  const [memberOf, unitOf] = await Promise.all([
    namesOf(db, PartyMember, ranking.items.map((r) => r.memberId)),
    namesOf(db, OrgUnit, ranking.items.flatMap((r) => [r.unitId, r.branchId])),
  ]);
  return sheetOf(
    `积分排行 ${ranking.periodLabel}`.slice(0, 31),
    COLUMNS,
    ranking.items.map((r) => [r.rank, r.branchRank, memberOf.get(r.memberId) ?? '', unitOf.get(r.unitId) ?? '', unitOf.get(r.branchId) ?? '', r.points]),
  );
}
