import { localDateOf } from '@zeren/shared-periods';
import type { TenantDb } from '@zeren/tenancy';

/** Today in Shanghai as `YYYY-MM-DD`, the form date columns hold (UTC would be yesterday before 08:00). */
export function today(): string {
  return localDateOf(new Date());
}

/** The tenant this request writes into, or FORBIDDEN for a read-only view (a committee reader, a narrowed view). */
export function writeTenant(db: TenantDb): string {
  db.scope.assertWritable();
  return db.scope.writeTenantIds[0];
}
