import { ALL_DATA } from '../scope/data-scope';
import { UnauthenticatedError } from '@zeren/shared-errors';
import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { Scope } from '../scope/scope';
import { TenantOwnedEntity } from '../database/tenant-owned.entity';
import { ScopedRepository } from './scoped.repository';
import { GlobalTable } from './global-table';
import { TransactionGate } from './transaction-gate';
import { ChangeClock, type Change } from './change-clock';
import { appendAudit, listAudit, type AuditEvent, type AuditFilter } from '../audit/audit.service';
import type { AuditEntry } from '../audit/audit-entry.entity';

/** What a request did beyond its own scope, for its audit line: the tenants it acted for or dispatched into. */
export class ScopeTrail {
  readonly reached = new Set<string>();
  readonly kinds = new Set<'acting-for' | 'dispatch'>();
}

/**
 * One request's handle on the database: scoped repositories for tenant-owned entities, global
 * tables (the tenant register, reference catalogues), and transactions. Domain code receives this,
 * never a DataSource.
 */
export class TenantDb {
  constructor(
    private readonly dataSource: DataSource,
    readonly scope: Scope,
    private readonly manager: EntityManager = dataSource.manager,
    private readonly gate: TransactionGate = TransactionGate.for(dataSource),
    readonly trail: ScopeTrail = new ScopeTrail(),
    /** The open transaction's writes, counted on the change clock when it commits; null outside one. */
    private readonly pending: Change[] | null = null,
  ) {}

  /** Versions of what this process has committed, per table and tenant (see ChangeClock). */
  get changes(): ChangeClock {
    return ChangeClock.for(this.dataSource);
  }

  private readonly wrote = (change: Change) => {
    if (this.pending) this.pending.push(change);
    else this.changes.advance(change);
  };

  get inTransaction(): boolean {
    return this.manager.queryRunner?.isTransactionActive ?? false;
  }

  repo<T extends TenantOwnedEntity>(target: EntityTarget<T>): ScopedRepository<T> {
    if (this.scope.isAnonymous) throw new UnauthenticatedError();
    if (!isTenantOwned(this.manager, target)) throw new Error(`${String(target)} is not tenant-owned: use register() or reference()`);
    return new ScopedRepository(this.manager, target, this.scope, this.wrote);
  }

  /** A global table this request may write, as far as the table's policy and the scope allow (the tenant register). */
  register<T extends ObjectLiteral>(target: EntityTarget<T>): GlobalTable<T> {
    return new GlobalTable(this.manager, this.assertGlobal(target), this.scope, true, this.wrote);
  }

  /** A global table to read only (the post catalogue, tenant names). */
  reference<T extends ObjectLiteral>(target: EntityTarget<T>): GlobalTable<T> {
    return new GlobalTable(this.manager, this.assertGlobal(target), this.scope, false, this.wrote);
  }

  private assertGlobal<T extends ObjectLiteral>(target: EntityTarget<T>): EntityTarget<T> {
    if (isTenantOwned(this.manager, target)) {
      throw new Error(`${this.manager.connection.getMetadata(target).name} is tenant-owned: use repo()`);
    }
    return target;
  }

  /**
   * The same request with another scope. Only libs/auth and tools call this (lint); domain code
   * derives scopes with actingFor / dispatch / narrowTo below, which check where they start from.
   */
  withScope(scope: Scope): TenantDb {
    return new TenantDb(this.dataSource, scope, this.manager, this.gate, this.trail, this.pending);
  }

  /** ESCAPE HATCH (committee or system only; see Scope.actingFor): write into one agency on its behalf. */
  actingFor(tenantId: string): TenantDb {
    const db = this.withScope(this.scope.actingFor(tenantId));
    this.trail.reached.add(tenantId);
    this.trail.kinds.add('acting-for');
    return db;
  }

  /** The committee writing work items into many agencies (dispatchable entities only; see Scope.dispatch). */
  dispatch(tenantIds: readonly string[]): TenantDb {
    const db = this.withScope(this.scope.dispatch(tenantIds));
    for (const id of db.scope.writeTenantIds) this.trail.reached.add(id);
    this.trail.kinds.add('dispatch');
    return db;
  }

  /**
   * ESCAPE HATCH: the same tenants and transaction without the data scope (数据权限), for the
   * bookkeeping a write keeps for the whole agency — summary rows a branch secretary's record
   * changes. Never for rows shown to the caller. Grep for `wholeAgency(` in review.
   */
  wholeAgency(): TenantDb {
    return this.withScope(this.scope.withData(ALL_DATA));
  }

  /** A cross-tenant reader narrowed to one tenant, read-only. */
  narrowTo(tenantId: string): TenantDb {
    return this.withScope(this.scope.narrowTo(tenantId));
  }

  /** Runs `work` in one transaction; nested calls join the outer one. */
  async transaction<R>(work: (db: TenantDb) => Promise<R>): Promise<R> {
    if (this.inTransaction) return work(this);
    const pending: Change[] = [];
    const run = (manager: EntityManager) => work(new TenantDb(this.dataSource, this.scope, manager, this.gate, this.trail, pending));
    const result = await this.gate.run(() =>
      // READ COMMITTED on MySQL: a check made after lockForUpdate must see what the previous lock holder
      // committed, which REPEATABLE READ's snapshot (taken at the first read) would hide.
      this.engine === 'mysql' ? this.dataSource.transaction('READ COMMITTED', run) : this.dataSource.transaction(run),
    );
    for (const change of pending) this.changes.advance(change);
    return result;
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
