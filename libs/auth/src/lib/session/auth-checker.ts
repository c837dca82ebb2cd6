import type { AuthChecker } from 'type-graphql';
import { ForbiddenError, UnauthenticatedError } from '@zeren/shared-errors';
import type { RequestContext } from './request-context';
import type { Role } from './role.enum';

/** `@Authorized()` needs a signed-in user; `@Authorized(Role.X, …)` needs one of those roles. */
export const authChecker: AuthChecker<RequestContext, Role> = ({ context }, roles) => {
  const principal = context.principal;
  if (!principal) throw new UnauthenticatedError();
  if (roles.length === 0 || principal.roles.some((r) => roles.includes(r))) return true;
  throw new ForbiddenError();
};
