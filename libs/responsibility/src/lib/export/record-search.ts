import type { SelectQueryBuilder } from 'typeorm';
import { OrgUnit, inSubtree } from '@zeren/org-tree';
import type { TenantDb } from '@zeren/tenancy';
import { FulfilmentRecord } from '../fulfilment/fulfilment-record.entity';
import { oneAgency } from '../list/one-agency';
import type { RecordSearchArgs } from '../fulfilment/dto/record.input';

export type RecordFilter = Omit<RecordSearchArgs, 'offset' | 'limit'>;

/** The handle the ledger reads with: the one agency a committee reader names, else the caller's own. */
export const ledgerDb = (db: TenantDb, tenantId?: string | null): TenantDb => (tenantId ? oneAgency(db, tenantId) : db);

/**
 * The 履责纪实台账's filters as one query (within the caller's data scope), newest first: the
 * fulfilmentRecords page and the ledger's .xlsx export read the same rows.
 */
export async function recordSearch(db: TenantDb, args: RecordFilter): Promise<SelectQueryBuilder<FulfilmentRecord>> {
  const scoped = ledgerDb(db, args.tenantId);
  const qb = scoped.repo(FulfilmentRecord).queryBuilder('r');
  if (args.current) qb.andWhere('r.current = :yes', { yes: true });
  if (args.dutyId) qb.andWhere('r.dutyId = :dutyId', { dutyId: args.dutyId });
  if (args.periodKey) qb.andWhere('r.periodKey = :periodKey', { periodKey: args.periodKey });
  if (args.status) qb.andWhere('r.status = :status', { status: args.status });
  if (args.late !== undefined && args.late !== null) qb.andWhere('r.late = :late', { late: args.late });
  if (args.unitId) {
    const unit = await scoped.repo(OrgUnit).get(args.unitId, '党组织');
    qb.innerJoin(OrgUnit, 'u', 'u.tenantId = r.tenantId AND u.id = r.unitId').andWhere(...inSubtree('u', unit));
  }
  return qb.orderBy('r.submittedAt', 'DESC').addOrderBy('r.id', 'DESC');
}
