import { BadInputError } from '@zeren/shared-errors';
import type { TenantDb } from '@zeren/tenancy';

/**
 * The handle for one agency's list and figures: the caller's own agency, or — for the committee,
 * which reads every agency — the one it names (a read-only narrowed view). FORBIDDEN for an agency
 * naming another; BAD_USER_INPUT for a committee naming none.
 */
export function oneAgency(db: TenantDb, tenantId?: string | null): TenantDb {
  const readable = db.scope.readTenantIds;
  if (tenantId) return readable?.length === 1 && readable[0] === tenantId ? db : db.narrowTo(tenantId);
  if (readable?.length === 1) return db;
  throw new BadInputError('请选择单位', [{ field: 'tenantId', message: '请选择单位' }]);
}

/** The agency a single-agency handle reads. */
export const agencyOf = (db: TenantDb): string => db.scope.readTenantIds![0];
