import { ForbiddenError, NotFoundError } from '@zeren/shared-errors';
import type { TenantDb, TenantOwnedEntity } from '@zeren/tenancy';
import type { EntityTarget, FindOptionsWhere } from 'typeorm';

/** Today as `YYYY-MM-DD` (UTC), the form date columns hold. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * A row the caller may change: it must belong to the scope's write tenant. A committee admin reads
 * every tenant but gets NOT_FOUND for another tenant's row here, exactly as for a missing one.
 */
export async function writable<T extends TenantOwnedEntity>(db: TenantDb, target: EntityTarget<T>, id: string, what: string): Promise<T> {
  const tenantId = writeTenant(db);
  const row = await db.repo(target).findOne({ id, tenantId } as FindOptionsWhere<T>);
  if (!row) throw new NotFoundError(what);
  return row;
}

/** The tenant this request writes into, or FORBIDDEN for a read-only view (a committee reader, a narrowed view). */
export function writeTenant(db: TenantDb): string {
  const tenantId = db.scope.writeTenantId;
  if (!tenantId) throw new ForbiddenError('当前为只读视图,不能修改');
  return tenantId;
}
