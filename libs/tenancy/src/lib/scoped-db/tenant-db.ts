import { UnauthenticatedError } from '@zeren/shared-errors';
import type { DataSource, EntityManager, EntityTarget, ObjectLiteral, Repository } from 'typeorm';
import type { Scope } from '../scope/scope';
import { TenantOwnedEntity } from '../database/tenant-owned.entity';
import { ScopedRepository } from './scoped.repository';
import { TransactionGate } from './transaction-gate';
import { appendAudit, listAudit, type AuditEvent, type AuditFilter } from '../audit/audit.service';
import type { AuditEntry } from '../audit/audit-entry.entity';

/**
 * One request's handle on the database: scoped repositories for tenant-owned entities, plain ones
 * for the few global tables (tenants), and transactions. Domain code receives this, never a DataSource.
 */
export class TenantDb {
  constructor(
    private readonly dataSource: DataSource,
    readonly scope: Scope,
    private readonly manager: EntityManager = dataSource.manager,
    private readonly gate: TransactionGate = TransactionGate.for(dataSource),
  ) {}

  get inTransaction(): boolean {
    return this.manager.queryRunner?.isTransactionActive ?? false;
  }

  repo<T extends TenantOwnedEntity>(target: EntityTarget<T>): ScopedRepository<T> {
    if (this.scope.isAnonymous) throw new UnauthenticatedError();
    if (!isTenantOwned(this.manager, target)) throw new Error(`${String(target)} is not tenant-owned: use global()`);
    return new ScopedRepository(this.manager, target, this.scope);
  }

  /** A plain repository for a table that belongs to no tenant (the tenant register itself). */
  global<T extends ObjectLiteral>(target: EntityTarget<T>): Repository<T> {
    if (isTenantOwned(this.manager, target)) {
      throw new Error(`${this.manager.connection.getMetadata(target).name} is tenant-owned: use repo()`);
    }
    return this.manager.getRepository(target);
  }

  /** The same request with another scope (narrowed or acting-for); see the Scope escape hatches. */
  withScope(scope: Scope): TenantDb {
    return new TenantDb(this.dataSource, scope, this.manager, this.gate);
  }

  /** Runs `work` in one transaction; nested calls join the outer one. */
  async transaction<R>(work: (db: TenantDb) => Promise<R>): Promise<R> {
    if (this.inTransaction) return work(this);
    return this.gate.run(() =>
      this.dataSource.transaction((manager) => work(new TenantDb(this.dataSource, this.scope, manager, this.gate))),
    );
  }

  /** Appends to the audit log in this handle's transaction, if any. */
  appendAudit(event: AuditEvent): Promise<void> {
    return appendAudit(this.manager, event);
  }

  listAudit(filter: AuditFilter, page: { offset: number; limit: number }): Promise<[AuditEntry[], number]> {
    return listAudit(this.manager, this.scope, filter, page);
  }

  get engine(): 'sqlite' | 'mysql' {
    return this.dataSource.options.type === 'better-sqlite3' ? 'sqlite' : 'mysql';
  }
}

export function isTenantOwned(manager: EntityManager, target: EntityTarget<unknown>): boolean {
  const entity = manager.connection.getMetadata(target).target;
  return typeof entity === 'function' && entity.prototype instanceof TenantOwnedEntity;
}
