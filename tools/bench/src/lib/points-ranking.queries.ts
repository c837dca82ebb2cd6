import type { FloorDb } from './tenant-page.queries';

// The 积分排行 as the committee opens it for one agency (the first page, with names), and the same
// rows by one hand-written statement (the floor). Both answer in the same shape, checked equal first.

export const RANKING_PAGE = 50;

export const POINTS_RANKING_QUERY = `query PointsRanking($tenantId: ID!, $periodKey: String!) {
  pointsRanking(tenantId: $tenantId, periodKey: $periodKey, offset: 0, limit: ${RANKING_PAGE}) {
    total
    items { memberId points rank branchRank member { name } branch { name } }
  }
}`;

export interface RankingPage {
  pointsRanking: { total: number; items: { memberId: string; points: number; rank: number; branchRank: number; member: { name: string } | null; branch: { name: string } | null }[] };
}

/**
 * The floor: the members with their approved points of the year (summed per member first, from the
 * member index alone), both ranks, the total and the names in one statement — what the ranking needs
 * at the least, with no ORM, no GraphQL and no auth.
 */
export async function pointsRankingFloor(db: FloorDb, tenantId: string, year: number): Promise<RankingPage> {
  const total = 'COALESCE(s.tenths, 0)';
  const branch = "CASE WHEN u.kind = 'PARTY_CELL' THEN u.parent_id ELSE u.id END";
  const rows = await db.all<{ member_id: string; member_name: string; branch_name: string | null; tenths: number | string; agency_rank: number | string; branch_rank: number | string; n: number | string }>(
    `SELECT r.*, b.name AS branch_name FROM (
       SELECT m.id AS member_id, m.name AS member_name, ${branch} AS branch_id, ${total} AS tenths,
              RANK() OVER (ORDER BY ${total} DESC) AS agency_rank,
              RANK() OVER (PARTITION BY ${branch} ORDER BY ${total} DESC) AS branch_rank,
              COUNT(*) OVER (ORDER BY ${total} DESC ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS n
         FROM party_member m
         JOIN org_unit u ON u.tenant_id = m.tenant_id AND u.id = m.unit_id
         LEFT JOIN (SELECT member_id, SUM(points_tenths) AS tenths FROM points_entry
                     WHERE tenant_id = ? AND status = 'APPROVED' AND occurred_on >= ? AND occurred_on < ?
                     GROUP BY member_id) s ON s.member_id = m.id
        WHERE m.tenant_id = ? AND m.status = 'ACTIVE'
        ORDER BY tenths DESC, m.name, m.id
        LIMIT ${RANKING_PAGE}) r
     LEFT JOIN org_unit b ON b.tenant_id = ? AND b.id = r.branch_id
     ORDER BY r.tenths DESC, r.member_name, r.member_id`,
    [tenantId, `${year}-01-01`, `${year + 1}-01-01`, tenantId, tenantId],
  );
  return {
    pointsRanking: {
      total: rows.length ? Number(rows[0].n) : 0,
      items: rows.map((r) => ({
        memberId: r.member_id,
        points: Number(r.tenths) / 10,
        rank: Number(r.agency_rank),
        branchRank: Number(r.branch_rank),
        member: { name: r.member_name },
        branch: r.branch_name === null ? null : { name: r.branch_name },
      })),
    },
  };
}

/** What must agree between the two answers: every row's member, points, ranks and names, and the total. */
export function rankingFingerprint(page: RankingPage): string {
  const { total, items } = page.pointsRanking;
  return JSON.stringify({ total, items: items.map((i) => [i.memberId, i.points, i.rank, i.branchRank, i.member?.name ?? null, i.branch?.name ?? null]) });
}

/** The two sides must return the same rows (and some points), or the comparison means nothing. */
export function assertSameRanking(gateway: RankingPage, floor: RankingPage, what: string): void {
  const [g, f] = [rankingFingerprint(gateway), rankingFingerprint(floor)];
  if (g !== f) throw new Error(`the floor and the gateway disagree on the 积分排行 of ${what}: gateway ${g.slice(0, 300)} floor ${f.slice(0, 300)}`);
  if (!gateway.pointsRanking.items.some((i) => i.points > 0)) throw new Error(`the 积分排行 of ${what} has no points: was the ranking tenant seeded?`);
}
