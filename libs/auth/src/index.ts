import { LoginName, User } from './lib/user/user.entity';
import { Auth1764300001000 } from './lib/migrations/1764300001000-auth.migration';
import { SessionVersion1764400011000 } from './lib/migrations/1764400011000-session-version.migration';
import { AuthResolver } from './lib/session/auth.resolver';
import { UserResolver } from './lib/user/user.resolver';
import { AUTH_GRANTS } from './lib/auth.permissions';
import { authSweep } from './lib/auth.sweep';
import { authSeeder } from './lib/seed/auth.seeder';
import { authMessages } from './lib/auth.messages.en';

export { Role, ROLE_LABELS, COMMITTEE_ROLES, AGENCY_ROLES, ALL_ROLES } from './lib/session/role.enum';
export { User, LoginName } from './lib/user/user.entity';
export { agencyAdmins } from './lib/user/agency-admins';
export { AuthService, type LoginResult } from './lib/session/auth.service';
export { SessionCache } from './lib/session/session-cache';
export { UserAdminService, type NewUser, type NewTenant } from './lib/user/user-admin.service';
export { TokenService, TOKEN_TTL_SECONDS } from './lib/token/token.service';
export { LoginThrottle, DEFAULT_THROTTLE, type ThrottleLimits } from './lib/session/login-throttle';
export { hashPassword, verifyPassword } from './lib/password/password';
export { scopeFor, ownRowScope, hasRole, hasPermission, type Principal, type ScopeHook } from './lib/session/principal';
export {
  PermissionCatalogue,
  permissionNames,
  type PermissionEntry,
  type PermissionGrant,
  type PermissionGrants,
} from './lib/permission/permission.catalogue';
export { AuthPermission } from './lib/auth.permissions';
export type { RequestContext } from './lib/session/request-context';
export { tenantLoader } from './lib/session/tenant.loader';
export { userLoader } from './lib/user/user.loader';
export { CurrentPrincipal, Db } from './lib/session/context.decorators';
export { AuthResolver, LoginPayload } from './lib/session/auth.resolver';
export { createRequestContext, type RequestFacts } from './lib/session/request-context.factory';
export { ownRowsDb, systemDb } from './lib/session/handles';
export { SEEDED_AGENCY_USERS, type SeededUser } from './lib/seed/auth.seeder';
export { DEMO_PASSWORD, COMMITTEE_USERS, AGENCY_USER_ROLES } from './lib/seed/demo-accounts';

/** Auth's module description (the ZerenModule shape of @zeren/api, which sits above auth). */
export const authModule = {
  name: 'auth',
  dependsOn: ['tenancy'],
  entities: [User, LoginName],
  migrations: [Auth1764300001000, SessionVersion1764400011000],
  resolvers: [AuthResolver, UserResolver],
  permissions: AUTH_GRANTS,
  sweep: authSweep,
  seed: authSeeder,
  messages: authMessages,
} as const;
