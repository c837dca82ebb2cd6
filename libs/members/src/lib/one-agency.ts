import { BadInputError } from '@zeren/shared-errors';
import type { TenantDb } from '@zeren/tenancy';

/**
 * The handle for one agency's rows: the caller's own agency, or the one the committee names (a
 * read-only narrowed view); null for the committee naming none. FORBIDDEN for an agency naming another.
 */
export function oneAgencyOrNone(db: TenantDb, tenantId?: string | null): TenantDb | null {
  const readable = db.scope.readTenantIds;
  if (tenantId) return readable?.length === 1 && readable[0] === tenantId ? db : db.narrowTo(tenantId);
  return readable?.length === 1 ? db : null;
}

/** oneAgencyOrNone for what is only ever one agency's (a ranking, a coverage, an archive): the committee must name it. */
export function oneAgency(db: TenantDb, tenantId?: string | null): TenantDb {
  const one = oneAgencyOrNone(db, tenantId);
  if (!one) throw new BadInputError('请选择单位', [{ field: 'tenantId', message: '请选择单位' }]);
  return one;
}
