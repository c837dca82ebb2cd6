import { LoginName, User } from './lib/user/user.entity';
import { Auth1764300001000 } from './lib/migrations/1764300001000-auth.migration';

export { Role, ROLE_LABELS, COMMITTEE_ROLES, AGENCY_ROLES, ALL_ROLES } from './lib/session/role.enum';
export { User, LoginName } from './lib/user/user.entity';
export { AuthService, type LoginResult } from './lib/session/auth.service';
export { UserAdminService, type NewUser, type NewTenant } from './lib/user/user-admin.service';
export { TokenService, TOKEN_TTL_SECONDS } from './lib/token/token.service';
export { LoginThrottle, DEFAULT_THROTTLE, type ThrottleLimits } from './lib/session/login-throttle';
export { hashPassword, verifyPassword } from './lib/password/password';
export { scopeFor, ownRowScope, hasRole, type Principal } from './lib/session/principal';
export type { RequestContext } from './lib/session/request-context';
export { authChecker } from './lib/session/auth-checker';
export { CurrentPrincipal, Db } from './lib/session/context.decorators';
export { mutationAudit } from './lib/audit/mutation-audit.middleware';
export { AuthResolver, LoginPayload } from './lib/session/auth.resolver';
export { UserResolver } from './lib/user/user.resolver';

export const authEntities = [User, LoginName];
export const authMigrations = [Auth1764300001000];
export { authResolvers } from './lib/resolvers';
export { buildZerenSchema, createServices, type SchemaServices } from './lib/schema/build-schema';
export { createRequestContext, type RequestFacts } from './lib/session/request-context.factory';
export { formatError, unexpectedErrorPlugin, type UnexpectedErrorLog } from './lib/schema/format-error';
