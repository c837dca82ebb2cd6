import type { DataSource } from 'typeorm';
import { Scope, TenantDb } from '@zeren/tenancy';
import { ownRowScope, type Principal } from './principal';

/**
 * ESCAPE HATCH: a handle with no user behind it that reads every tenant, for work no request starts
 * (the reminder tick). Built here because only auth and tools make scopes; grep `systemDb(` in review.
 */
export function systemDb(dataSource: DataSource, reason: string): TenantDb {
  return new TenantDb(dataSource, Scope.system(reason));
}

/**
 * The caller's own rows in their own tenant (ctx.own), inside `db`'s transaction: for a mutation on
 * rows that are the caller's whatever their role (their site messages), audited with the change.
 */
export function ownRowsDb(db: TenantDb, principal: Principal): TenantDb {
  return db.withScope(ownRowScope(principal));
}
