import type { AuthChecker } from 'type-graphql';
import type { RequestContext } from '@zeren/auth';
import { AuditOutcome } from '@zeren/tenancy';
import { ForbiddenError, UnauthenticatedError, type AppError } from '@zeren/shared-errors';
import { auditLine } from './audit-line';

/**
 * `@Authorized()` needs a signed-in user; `@Authorized(Permission.X)` needs that named permission
 * (PermissionCatalogue), never a role list.
 * A refused mutation is an auth event: it is audited here, since type-graphql runs this check
 * before the global middlewares (where other mutation failures are recorded).
 */
export const authChecker: AuthChecker<RequestContext, string> = async ({ context, info }, permissions) => {
  const principal = context.principal;
  let refusal: AppError | null = null;
  if (!principal) refusal = new UnauthenticatedError();
  else if (permissions.some((p) => !principal.permissions.has(p))) refusal = new ForbiddenError();
  if (!refusal) return true;
  if (info.parentType.name === 'Mutation') {
    await context.db.appendAudit(auditLine(context, info.fieldName, AuditOutcome.FAILURE, [], refusal.code));
  }
  throw refusal;
};
