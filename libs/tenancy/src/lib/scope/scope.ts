import { ForbiddenError } from '@zeren/shared-errors';
import { ALL_DATA, type DataScope, dataScopeKey } from './data-scope';

/**
 * What one request may see and change. Built only from the verified token (libs/auth) or by tools,
 * never from client input; a lint rule keeps the constructors out of every other lib.
 *
 * - tenant: a user of one agency; reads and writes that agency.
 * - committee: the committee admin; reads every tenant (or the tenants a scope hook leaves), writes its own.
 * - all-tenants: a committee reader; reads every tenant (or fewer), writes nothing.
 * - acting-for: the committee or the system writing into one agency on its behalf (audited as such).
 * - dispatch: the committee writing work items into many agencies at once (dispatchable entities only).
 * - system: no user (login lookups, start-up seeding).
 */
export type ScopeKind = 'anonymous' | 'tenant' | 'committee' | 'all-tenants' | 'acting-for' | 'dispatch' | 'system';

export interface Actor {
  userId: string | null;
  tenantId: string | null;
  /** Why a system scope exists, for the log. */
  reason?: string;
}

const READ_ONLY = '当前为只读视图,不能修改';

export class Scope {
  private constructor(
    readonly kind: ScopeKind,
    /** The tenants rows may be read from; `null` means every tenant. */
    readonly readTenantIds: readonly string[] | null,
    /** The tenants rows may be written into: one for most kinds, several for dispatch, none when read-only. */
    readonly writeTenantIds: readonly string[],
    readonly actor: Actor,
    /** Rows inside an agency this scope reaches (数据权限): all, a unit subtree, or the user's own. */
    readonly data: DataScope = ALL_DATA,
    /** The scope an acting-for or dispatch scope was derived from (kept for the audit log). */
    readonly origin: Scope | null = null,
  ) {
    const lists = readTenantIds === null ? [writeTenantIds] : [readTenantIds, writeTenantIds];
    if (lists.some((ids) => ids.some((id) => !id))) throw new Error('A scope cannot hold an empty tenant id');
    if (kind !== 'anonymous' && readTenantIds !== null && readTenantIds.length === 0) {
      // An empty tenant list would silently match nothing or, worse, be dropped from a WHERE.
      throw new Error('A scope needs at least one tenant id');
    }
  }

  /** No user: tenant-owned data is out of reach altogether (the scoped layer refuses it). */
  static anonymous(): Scope {
    return new Scope('anonymous', [], [], { userId: null, tenantId: null });
  }

  /** The committee's admin: reads every tenant (or `readable`), writes only into the committee's own tenant. */
  static committee(committeeTenantId: string, actor: Actor, readable: readonly string[] | null = null): Scope {
    return new Scope('committee', withOwn(readable, committeeTenantId), [committeeTenantId], actor);
  }

  /** A user of one tenant: reads and writes that tenant only, within their data scope. */
  static tenant(tenantId: string, actor: Actor, data: DataScope = ALL_DATA): Scope {
    return new Scope('tenant', [tenantId], [tenantId], actor, data);
  }

  /** A committee reader across every tenant (or `readable`): writes nothing through this scope. */
  static allTenants(actor: Actor, readable: readonly string[] | null = null): Scope {
    return new Scope('all-tenants', readable === null ? null : [...readable], [], actor);
  }

  /**
   * ESCAPE HATCH: reads across tenants with no user behind it (authentication looking a user up by
   * name, start-up seeding). Grep for `Scope.system(` to review every use.
   */
  static system(reason: string): Scope {
    return new Scope('system', null, [], { userId: null, tenantId: null, reason });
  }

  get isAnonymous(): boolean {
    return this.kind === 'anonymous';
  }

  /** The one tenant a write goes into, or null when this scope writes none or several. */
  get writeTenantId(): string | null {
    return this.writeTenantIds.length === 1 ? this.writeTenantIds[0] : null;
  }

  get isReadOnly(): boolean {
    return this.writeTenantIds.length === 0;
  }

  /** A stable key for per-request caches (DataLoaders) that must never mix scopes. */
  get key(): string {
    // Built once: every field resolver that uses a loader asks for it (a scope never changes).
    this.cachedKey ??= `${this.kind}:${this.readTenantIds?.join(',') ?? '*'}:${this.writeTenantIds.join(',') || '-'}:${dataScopeKey(this.data)}`;
    return this.cachedKey;
  }

  private cachedKey: string | undefined;

  get readsAllTenants(): boolean {
    return this.readTenantIds === null;
  }

  /** The committee tenant an acting-for or dispatch scope works for (its origin's own tenant). */
  get onBehalfOf(): string | null {
    return this.origin ? (this.origin.actor.tenantId ?? null) : null;
  }

  /** Narrows a cross-tenant reader to one tenant (the committee's agency picker). Always read-only. */
  narrowTo(tenantId: string): Scope {
    if (!this.canRead(tenantId)) throw new ForbiddenError('无权查看该单位');
    return new Scope(this.kind, [tenantId], [], this.actor, this.data);
  }

  /** The same scope reaching fewer rows inside its agency (a branch secretary's subtree, a member's own). */
  withData(data: DataScope): Scope {
    return new Scope(this.kind, this.readTenantIds, this.writeTenantIds, this.actor, data, this.origin);
  }

  /**
   * ESCAPE HATCH: write into another tenant on its behalf (the committee admin looking after an
   * agency's users, the seeder). Only a writing committee scope or the system may; the audit log
   * records the acting user, the committee and the target tenant.
   */
  actingFor(tenantId: string): Scope {
    this.assertMayReachInto([tenantId]);
    return new Scope('acting-for', [tenantId], [tenantId], this.actor, ALL_DATA, this);
  }

  /**
   * The committee writing work items into many agencies in one statement. The scoped layer lets
   * such a scope touch dispatchable entities only, and only their committee-side fields.
   */
  dispatch(tenantIds: readonly string[]): Scope {
    if (tenantIds.length === 0) throw new Error('A dispatch needs at least one tenant');
    this.assertMayReachInto(tenantIds);
    const ids = [...new Set(tenantIds)];
    return new Scope('dispatch', ids, ids, this.actor, ALL_DATA, this);
  }

  canRead(tenantId: string): boolean {
    return this.readTenantIds === null || this.readTenantIds.includes(tenantId);
  }

  canWrite(tenantId: string): boolean {
    return this.writeTenantIds.includes(tenantId);
  }

  /** FORBIDDEN for a read-only scope (a committee reader, a narrowed view). */
  assertWritable(): void {
    if (this.isReadOnly) throw new ForbiddenError(READ_ONLY);
  }

  private assertMayReachInto(tenantIds: readonly string[]): void {
    if (this.kind === 'system') return;
    if (this.kind !== 'committee') throw new ForbiddenError('只有工委可以代单位办理');
    // A narrowed view keeps the committee kind but writes nothing, so it may not act for an agency either.
    this.assertWritable();
    const unreadable = tenantIds.filter((id) => !this.canRead(id));
    if (unreadable.length > 0) throw new ForbiddenError('无权代该单位办理');
  }
}

function withOwn(readable: readonly string[] | null, own: string): string[] | null {
  return readable === null ? null : [...new Set([own, ...readable])];
}
