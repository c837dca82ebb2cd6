import { OrgUnit, inSubtree } from '@zeren/org-tree';
import { localDateOf } from '@zeren/shared-periods';
import type { TenantDb } from '@zeren/tenancy';
import { rankingPeriod } from '../ranking/ranking.service';
import { PointsEntry } from './points-entry.entity';
import type { PointsEntrySearchArgs } from './dto/points-entry.input';

export type EntryFilter = Omit<PointsEntrySearchArgs, 'offset' | 'limit'>;

/** The ledger's conditions, on the caller's reach: the scoped layer adds the tenant and the data scope. */
export async function entrySearch(db: TenantDb, args: EntryFilter) {
  const qb = db.repo(PointsEntry).queryBuilder('e');
  if (args.tenantId) qb.andWhere('e.tenantId = :tenantId', { tenantId: args.tenantId });
  if (args.year) qb.andWhere('e.year = :year', { year: args.year });
  if (args.periodKey) {
    const period = rankingPeriod(args.periodKey);
    qb.andWhere('e.occurredOn >= :from AND e.occurredOn < :to', { from: localDateOf(period.start), to: localDateOf(period.end) });
  }
  if (args.memberId) qb.andWhere('e.memberId = :memberId', { memberId: args.memberId });
  if (args.ruleId) qb.andWhere('e.ruleId = :ruleId', { ruleId: args.ruleId });
  if (args.status) qb.andWhere('e.status = :status', { status: args.status });
  if (args.origin) qb.andWhere('e.origin = :origin', { origin: args.origin });
  if (args.unitId) {
    const unit = await db.repo(OrgUnit).get(args.unitId, '党组织');
    const [where, params] = inSubtree('u', unit);
    // One unit per entry: the join does not multiply rows, so paging and the total stay right.
    qb.innerJoin(OrgUnit, 'u', 'u.tenantId = e.tenantId AND u.id = e.unitId').andWhere(where, params);
  }
  return qb.orderBy('e.occurredOn', 'DESC').addOrderBy('e.createdAt', 'DESC').addOrderBy('e.id', 'DESC');
}
