import { createParameterDecorator } from 'type-graphql';
import { UnauthenticatedError } from '@zeren/shared-errors';
import type { TenantDb } from '@zeren/tenancy';
import type { Principal } from './principal';
import type { RequestContext } from './request-context';

/** The signed-in user; resolvers behind `@Authorized` can rely on it. */
export function CurrentPrincipal() {
  return createParameterDecorator<RequestContext>(({ context }): Principal => {
    if (!context.principal) throw new UnauthenticatedError();
    return context.principal;
  });
}

/** The request's scoped database handle. */
export function Db() {
  return createParameterDecorator<RequestContext>(({ context }): TenantDb => context.db);
}
