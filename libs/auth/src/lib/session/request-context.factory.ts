import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { RequestLoaders, Scope, TenantDb, TenantKind } from '@zeren/tenancy';
import { UnauthenticatedError } from '@zeren/shared-errors';
import type { AuthService } from './auth.service';
import { ownRowScope, scopeFor } from './principal';
import type { RequestContext } from './request-context';

export interface RequestFacts {
  /** The raw `Authorization` header, if any. */
  authorization?: string;
  /** The committee's agency picker (`X-Zeren-View-Tenant`); ignored for everyone else. */
  viewTenantId?: string;
  ip: string;
  requestId?: string;
}

/**
 * The one way a request becomes a context (the gateway and the test API both use it): the tenant
 * and roles come from the verified token alone, never from the request body.
 */
export async function createRequestContext(dataSource: DataSource, auth: AuthService, facts: RequestFacts): Promise<RequestContext> {
  const requestId = facts.requestId?.slice(0, 64) || randomUUID();
  const anonymous = new TenantDb(dataSource, Scope.anonymous());
  const base = { requestId, ip: facts.ip, loaders: new RequestLoaders() };
  if (!facts.authorization) return { ...base, principal: null, db: anonymous, own: null };
  try {
    const token = /^Bearer (.+)$/i.exec(facts.authorization)?.[1];
    if (!token) throw new UnauthenticatedError('登录凭证格式不正确');
    const principal = await auth.resolveSession(anonymous, token);
    const view = principal.tenantKind === TenantKind.COMMITTEE ? facts.viewTenantId : undefined;
    const scope = await scopeFor(principal, auth.scopeHooks, anonymous, view);
    return { ...base, principal, db: anonymous.withScope(scope), own: anonymous.withScope(ownRowScope(principal)) };
  } catch (error) {
    // Lets the error formatter name the request in the log.
    (error as { requestId?: string }).requestId = requestId;
    throw error;
  }
}
