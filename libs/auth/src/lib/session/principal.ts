import { Scope, TenantKind } from '@zeren/tenancy';
import { Role } from './role.enum';

/** The verified caller of one request. */
export interface Principal {
  userId: string;
  username: string;
  displayName: string;
  tenantId: string;
  tenantKind: TenantKind;
  roles: readonly Role[];
}

export function hasRole(principal: Principal | null, ...roles: Role[]): boolean {
  return !!principal && principal.roles.some((r) => roles.includes(r));
}

/**
 * The one place a user becomes a scope. Agency users see their own tenant. The committee's staff
 * read every tenant; of them only the admin writes, and only into the committee's own tenant.
 * Grid liaisons read across tenants until libs/grids narrows them to their grid's agencies.
 */
export function scopeFor(principal: Principal, viewTenantId?: string | null): Scope {
  const actor = { userId: principal.userId, tenantId: principal.tenantId };
  if (principal.tenantKind !== TenantKind.COMMITTEE) return Scope.tenant(principal.tenantId, actor);
  const base = principal.roles.includes(Role.COMMITTEE_ADMIN)
    ? Scope.committee(principal.tenantId, actor)
    : Scope.allTenants(actor);
  // The agency picker only ever narrows what the committee may already read.
  return viewTenantId ? base.narrowTo(viewTenantId) : base;
}

/**
 * For the caller's own user row only (reading `me`, changing one's password): every user may do
 * that, even a read-only committee reader or a committee user narrowed to another agency.
 */
export function ownRowScope(principal: Principal): Scope {
  return Scope.tenant(principal.tenantId, { userId: principal.userId, tenantId: principal.tenantId, reason: 'own user row' });
}
