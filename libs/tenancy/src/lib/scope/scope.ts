/**
 * What one request may see and change. Built only from the verified token (libs/auth), never from
 * client input. A scope reads one tenant or all of them, and writes into at most one.
 */
export type ScopeKind = 'anonymous' | 'tenant' | 'committee' | 'all-tenants' | 'system';

export interface Actor {
  userId: string | null;
  tenantId: string | null;
  /** Why a system scope exists, for the log. */
  reason?: string;
}

export class Scope {
  private constructor(
    readonly kind: ScopeKind,
    /** The tenants rows may be read from; `null` means every tenant. */
    readonly readTenantIds: readonly string[] | null,
    /** The only tenant rows may be written into; `null` means read-only. */
    readonly writeTenantId: string | null,
    readonly actor: Actor,
  ) {
    if (kind !== 'anonymous' && readTenantIds !== null && (readTenantIds.length === 0 || readTenantIds.some((id) => !id))) {
      // An empty tenant list would silently match nothing or, worse, be dropped from a WHERE.
      throw new Error('A scope needs at least one tenant id');
    }
  }

  /** No user: tenant-owned data is out of reach altogether (the scoped layer refuses it). */
  static anonymous(): Scope {
    return new Scope('anonymous', [], null, { userId: null, tenantId: null });
  }

  /** The committee's staff: read every tenant, write only into the committee's own tenant. */
  static committee(committeeTenantId: string, actor: Actor): Scope {
    return new Scope('committee', null, committeeTenantId, actor);
  }

  /** A user of one tenant: reads and writes that tenant only. */
  static tenant(tenantId: string, actor: Actor): Scope {
    return new Scope('tenant', [tenantId], tenantId, actor);
  }

  /** A committee reader across every tenant: writes nothing through this scope. */
  static allTenants(actor: Actor): Scope {
    return new Scope('all-tenants', null, null, actor);
  }

  /**
   * ESCAPE HATCH: reads across tenants with no user behind it (authentication looking a user up by
   * name, start-up seeding). Grep for `Scope.system(` to review every use.
   */
  static system(reason: string): Scope {
    return new Scope('system', null, null, { userId: null, tenantId: null, reason });
  }

  get isAnonymous(): boolean {
    return this.kind === 'anonymous';
  }

  /** A stable key for per-request caches (DataLoaders) that must never mix scopes. */
  get key(): string {
    return `${this.kind}:${this.readTenantIds?.join(',') ?? '*'}:${this.writeTenantId ?? '-'}`;
  }

  get readsAllTenants(): boolean {
    return this.readTenantIds === null;
  }

  /** Narrows an all-tenant reader to one tenant (the committee's agency picker). Still read-only. */
  narrowTo(tenantId: string): Scope {
    if (this.readTenantIds !== null && !this.readTenantIds.includes(tenantId)) {
      throw new Error('A scope can only narrow to a tenant it can already read');
    }
    return new Scope(this.kind, [tenantId], null, this.actor);
  }

  /**
   * ESCAPE HATCH: write into another tenant on the caller's behalf. The caller (a committee admin
   * creating a tenant's first admin, the seeder) must have checked the role; the audit log records
   * the acting user and the target tenant.
   */
  actingFor(tenantId: string): Scope {
    return new Scope('tenant', [tenantId], tenantId, this.actor);
  }

  canRead(tenantId: string): boolean {
    return this.readTenantIds === null || this.readTenantIds.includes(tenantId);
  }
}
