import { AuditOutcome, Scope, Tenant, TenantStatus, type TenantDb } from '@zeren/tenancy';
import { BadInputError, UnauthenticatedError } from '@zeren/shared-errors';
import { LoginName, User } from '../user/user.entity';
import { assertStrongPassword, decoyHash, hashPassword, verifyPassword } from '../password/password';
import type { TokenService } from '../token/token.service';
import type { LoginThrottle } from './login-throttle';
import { ownRowScope, type Principal, type ScopeHook } from './principal';
import type { PermissionCatalogue } from '../permission/permission.catalogue';
import { SessionCache, sessionVersions } from './session-cache';

const WRONG_CREDENTIALS = '用户名或密码错误';

export interface LoginResult {
  token: string;
  expiresAt: Date;
  user: User;
}

/** Login, sessions and one's own password. Admin work on users lives in UserAdminService. */
export class AuthService {
  constructor(
    private readonly tokens: TokenService,
    private readonly throttle: LoginThrottle,
    readonly permissions: PermissionCatalogue,
    readonly scopeHooks: readonly ScopeHook[] = [],
    private readonly sessions = new SessionCache(),
  ) {}

  async login(db: TenantDb, usernameInput: string, password: string, address: string, requestId: string): Promise<LoginResult> {
    const username = usernameInput.trim();
    if (!username || !password) throw new BadInputError('请输入用户名和密码');
    // Counted before the check, so parallel guesses cannot all reach it; given back on success.
    await this.throttle.reserveLogin(username, address);

    const entry = await db.reference(LoginName).findOneBy({ username });
    // Login happens before there is a scope: the directory names the tenant to open, read-only.
    const userDb = entry ? db.withScope(Scope.tenant(entry.tenantId, { userId: null, tenantId: entry.tenantId, reason: 'login' })) : null;
    const user = entry && userDb ? await userDb.repo(User).findOne({ id: entry.userId }) : null;
    const tenant = entry ? await db.reference(Tenant).findOneBy({ id: entry.tenantId }) : null;
    const ok = await verifyPassword(user?.passwordHash ?? (await decoyHash()), password);

    const audit = (outcome: AuditOutcome, errorCode: string | null) =>
      db.appendAudit({
        tenantId: entry?.tenantId ?? null,
        actorUserId: user?.id ?? null,
        actorUsername: username.slice(0, 64),
        operation: 'auth.login',
        targetIds: user ? [user.id] : [],
        outcome,
        errorCode,
        requestId,
      });

    if (!user || !ok) {
      await audit(AuditOutcome.FAILURE, 'UNAUTHENTICATED');
      throw new UnauthenticatedError(WRONG_CREDENTIALS);
    }
    // The password was right: whatever follows, this attempt is not a guess.
    await this.throttle.releaseLogin(username, address);
    if (user.disabled || tenant?.status !== TenantStatus.ACTIVE) {
      await audit(AuditOutcome.FAILURE, 'FORBIDDEN');
      throw new UnauthenticatedError(user.disabled ? '该账号已停用,请联系管理员' : '所在单位已停用,请联系工委');
    }
    const now = new Date();
    // The login stamp is written through the user's own tenant scope, like any other write of theirs.
    await db
      .withScope(Scope.tenant(user.tenantId, { userId: user.id, tenantId: user.tenantId }))
      .repo(User)
      .update({ id: user.id }, { lastLoginAt: now });
    await audit(AuditOutcome.SUCCESS, null);
    const { token, expiresAt } = await this.tokens.issue(user.id, user.tenantId, user.sessionVersion, now);
    return { token, expiresAt, user: Object.assign(user, { lastLoginAt: now }) };
  }

  /**
   * Token → principal, or UNAUTHENTICATED. Re-reads the user and tenant so that a disabled account
   * stops at once — unless this process has read them for this token in the last few seconds and
   * written neither since (SessionCache).
   */
  async resolveSession(db: TenantDb, token: string): Promise<Principal> {
    const cached = this.sessions.get(token, (tenantId) => sessionVersions(db.changes, tenantId));
    if (cached) return cached;
    const claims = await this.tokens.verify(token);
    const versions = sessionVersions(db.changes, claims.tenantId);
    const scope = Scope.tenant(claims.tenantId, { userId: claims.userId, tenantId: claims.tenantId, reason: 'session' });
    const [user, tenant] = await Promise.all([
      db.withScope(scope).repo(User).findOne({ id: claims.userId }),
      db.reference(Tenant).findOneBy({ id: claims.tenantId }),
    ]);
    if (!user || !tenant || user.disabled || tenant.status !== TenantStatus.ACTIVE) {
      throw new UnauthenticatedError('账号不可用,请重新登录');
    }
    // An exact version, not issue times: those have whole seconds and a re-enabled account would revive old tokens.
    if (claims.sessionVersion !== user.sessionVersion) {
      throw new UnauthenticatedError('登录状态已失效(密码、角色或账号状态已变更),请重新登录');
    }
    const principal: Principal = {
      userId: user.id,
      username: user.username,
      displayName: user.displayName,
      tenantId: tenant.id,
      tenantKind: tenant.kind,
      roles: user.roles,
      permissions: this.permissions.permissionsOf(user.roles),
    };
    this.sessions.put(token, principal, versions, claims.expiresAt);
    return principal;
  }

  async changePassword(db: TenantDb, principal: Principal, current: string, next: string): Promise<void> {
    // One's own user row is always writable, even for read-only committee roles.
    const own = db.withScope(ownRowScope(principal));
    const user = await own.repo(User).get(principal.userId, '用户');
    await this.throttle.reservePasswordCheck(user.id);
    if (!(await verifyPassword(user.passwordHash, current))) {
      throw new BadInputError('当前密码不正确', [{ field: 'currentPassword', message: '当前密码不正确' }]);
    }
    await this.throttle.releasePasswordCheck(user.id);
    assertStrongPassword(next, 'newPassword');
    if (current === next) {
      throw new BadInputError('新密码不能与当前密码相同', [{ field: 'newPassword', message: '新密码不能与当前密码相同' }]);
    }
    await own.repo(User).update(
      { id: user.id },
      { passwordHash: await hashPassword(next), passwordChangedAt: new Date(), sessionVersion: user.sessionVersion + 1 },
    );
  }
}
