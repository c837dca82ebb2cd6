import { ALL_DATA, Scope, TenantKind, ownData, unitsData, type DataScope, type TenantDb } from '@zeren/tenancy';
import { Role } from './role.enum';

/** The verified caller of one request. */
export interface Principal {
  userId: string;
  username: string;
  displayName: string;
  tenantId: string;
  tenantKind: TenantKind;
  roles: readonly Role[];
  /** The named permissions the roles hold (PermissionCatalogue). */
  permissions: ReadonlySet<string>;
}

export function hasRole(principal: Principal | null, ...roles: Role[]): boolean {
  return !!principal && principal.roles.some((r) => roles.includes(r));
}

export function hasPermission(principal: Principal | null, permission: string): boolean {
  return !!principal && principal.permissions.has(permission);
}

/**
 * Registered by domain modules at composition (DESIGN.md seam 2) so that auth can narrow a scope
 * without importing them: grids narrows a liaison to their grid's agencies, org-tree names the units
 * a branch secretary leads. Each runs once per request, for the principals it concerns.
 */
export interface ScopeHook {
  /** The tenants a committee principal may read, or null for no opinion. Answers of several hooks intersect. */
  readableTenants?(principal: Principal, db: TenantDb): Promise<readonly string[] | null>;
  /** The units whose subtrees a branch secretary manages, or null for no opinion. Answers add up. */
  secretaryUnits?(principal: Principal, db: TenantDb): Promise<readonly string[] | null>;
}

/**
 * The one place a user becomes a scope. Agency users see their own tenant, within their data scope:
 * admins and showcase managers the whole agency, a branch secretary their branches' subtrees, a
 * member their own records. The committee's staff read every tenant (or what the hooks leave); of
 * them only the admin writes, and only into the committee's own tenant.
 */
export async function scopeFor(principal: Principal, hooks: readonly ScopeHook[], db: TenantDb, viewTenantId?: string | null): Promise<Scope> {
  const actor = { userId: principal.userId, tenantId: principal.tenantId };
  if (principal.tenantKind !== TenantKind.COMMITTEE) {
    return Scope.tenant(principal.tenantId, actor, await dataScopeFor(principal, hooks, db.withScope(Scope.tenant(principal.tenantId, actor))));
  }
  const readable = await readableTenants(principal, hooks, db.withScope(Scope.allTenants(actor)));
  const base = principal.roles.includes(Role.COMMITTEE_ADMIN)
    ? Scope.committee(principal.tenantId, actor, readable)
    : Scope.allTenants(actor, readable);
  // The agency picker only ever narrows what the committee may already read.
  return viewTenantId ? base.narrowTo(viewTenantId) : base;
}

async function readableTenants(principal: Principal, hooks: readonly ScopeHook[], db: TenantDb): Promise<readonly string[] | null> {
  let readable: string[] | null = null;
  for (const hook of hooks) {
    const answer = hook.readableTenants ? await hook.readableTenants(principal, db) : null;
    if (answer === null) continue;
    readable = readable === null ? [...answer] : readable.filter((id) => answer.includes(id));
  }
  // Nothing left to read still names the committee itself: an empty list would mean "no condition".
  return readable === null ? null : [principal.tenantId, ...readable];
}

async function dataScopeFor(principal: Principal, hooks: readonly ScopeHook[], db: TenantDb): Promise<DataScope> {
  const roles = principal.roles;
  if (roles.includes(Role.TENANT_ADMIN) || roles.includes(Role.SHOWCASE_MANAGER)) return ALL_DATA;
  if (roles.includes(Role.BRANCH_SECRETARY)) {
    const units: string[] = [];
    for (const hook of hooks) units.push(...((hook.secretaryUnits ? await hook.secretaryUnits(principal, db) : null) ?? []));
    // A secretary who leads no branch (yet) reaches only their own records.
    if (units.length > 0) return unitsData(units);
  }
  return ownData(principal.userId);
}

/**
 * For the caller's own user row only (reading `me`, changing one's password): every user may do
 * that, even a read-only committee reader or a committee user narrowed to another agency.
 */
export function ownRowScope(principal: Principal): Scope {
  return Scope.tenant(principal.tenantId, { userId: principal.userId, tenantId: principal.tenantId, reason: 'own user row' });
}
