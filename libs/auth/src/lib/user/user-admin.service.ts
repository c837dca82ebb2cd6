import { ConflictError, BadInputError, ForbiddenError, NotFoundError } from '@zeren/shared-errors';
import { Tenant, TenantAdminService, TenantKind, TenantStatus, contains, newId, type TenantDb } from '@zeren/tenancy';
import { LENGTHS, TENANT_CODE, USERNAME } from '@zeren/shared-rules';
import { AGENCY_ROLES, COMMITTEE_ROLES, Role } from '../session/role.enum';
import type { Principal } from '../session/principal';
import { assertStrongPassword, hashPassword } from '../password/password';
import { LoginName, User } from './user.entity';
import { AuthPermission } from '../auth.permissions';

export interface NewUser {
  username: string;
  displayName: string;
  password: string;
  roles: Role[];
}

export interface NewTenant {
  code: string;
  name: string;
  admin: Omit<NewUser, 'roles'>;
}


/** Tenants and users, as the committee and the tenant admins manage them. */
export class UserAdminService {
  private readonly tenants = new TenantAdminService();

  /** 工委 registers an agency and its first admin, in one transaction. */
  async createTenant(db: TenantDb, input: NewTenant): Promise<Tenant> {
    const code = input.code.trim().toUpperCase();
    const name = input.name.trim();
    if (!TENANT_CODE.pattern.test(code)) throw new BadInputError(TENANT_CODE.message, [{ field: 'code', message: '格式不正确' }]);
    if (name.length < LENGTHS.tenantName.min || name.length > LENGTHS.tenantName.max) {
      throw new BadInputError(LENGTHS.tenantName.message, [{ field: 'name', message: '长度不正确' }]);
    }
    if (await db.reference(Tenant).existsBy({ code })) throw new ConflictError(`单位代码 ${code} 已被使用`);
    if (await db.reference(Tenant).existsBy({ name })) throw new ConflictError(`单位名称“${name}”已存在`);
    const tenant = Object.assign(new Tenant(), {
      id: newId(),
      code,
      name,
      kind: TenantKind.AGENCY,
      status: TenantStatus.ACTIVE,
      createdAt: new Date(),
    });
    await db.register(Tenant).insert(tenant);
    // ESCAPE HATCH (audited by the mutation): the committee writes the new tenant's first user.
    await this.insertUser(db.actingFor(tenant.id), tenant, { ...input.admin, roles: [Role.TENANT_ADMIN] }, 'admin');
    return tenant;
  }

  async listUsers(db: TenantDb, search: string | undefined, page: { offset: number; limit: number }, tenantId?: string): Promise<[User[], number]> {
    const term = search?.trim();
    const tenant = tenantId ? { tenantId } : {};
    const where = term ? [{ username: contains(term), ...tenant }, { displayName: contains(term), ...tenant }] : tenant;
    return db.repo(User).findAndCount({ where, order: { username: 'ASC' }, skip: page.offset, take: page.limit });
  }

  /**
   * 工委 opens an account in an agency — its first admin, or the one who takes over when the admin
   * leaves — so that no agency is ever locked out. ESCAPE HATCH (audited by the mutation as acting-for).
   */
  async createAgencyUser(db: TenantDb, tenantId: string, input: NewUser): Promise<User> {
    // Through the scope's readable tenants: a view narrowed to one agency cannot name another.
    const tenant = await this.tenants.getTenant(db, tenantId);
    if (tenant.kind !== TenantKind.AGENCY) throw new BadInputError('只能为部门单位开设账号;工委自己的账号请在用户管理中新建', [{ field: 'tenantId', message: '不是部门单位' }]);
    return this.insertUser(db.actingFor(tenant.id), tenant, input, '');
  }

  /** The kind of another tenant, for the committee admin opening accounts there (FORBIDDEN for anyone else). */
  async agencyKind(db: TenantDb, principal: Principal, tenantId: string): Promise<TenantKind> {
    if (!principal.permissions.has(AuthPermission.AGENCY_USERS_MANAGE)) throw new ForbiddenError('只能为本单位开设账号');
    return (await this.tenants.getTenant(db, tenantId)).kind;
  }

  /** A tenant admin adds a user to their own tenant (the committee admin to the committee). */
  async createUser(db: TenantDb, principal: Principal, input: NewUser): Promise<User> {
    return this.insertUser(db, await tenantOf(db, principal.tenantId), input, '');
  }

  async updateUser(db: TenantDb, principal: Principal, id: string, patch: { displayName?: string; roles?: Role[]; disabled?: boolean }): Promise<User> {
    const user = await db.repo(User).get(id, '用户');
    const tenant = await tenantOf(db, user.tenantId);
    const writer = writerFor(db, principal, user);
    if (patch.roles) assertRolesFit(tenant.kind, patch.roles, 'roles');
    if (patch.displayName !== undefined) assertDisplayName(patch.displayName, 'displayName');
    if (user.id === principal.userId && (patch.disabled === true || (patch.roles && !sameAdminRole(user.roles, patch.roles)))) {
      throw new ConflictError('不能停用自己或取消自己的管理员角色');
    }
    if (losesAdmin(user, patch)) await assertAnotherAdmin(db, tenant, user);
    const changes = {
      ...(patch.displayName !== undefined ? { displayName: patch.displayName.trim() } : {}),
      ...(patch.roles ? { roles: [...new Set(patch.roles)] } : {}),
      ...(patch.disabled !== undefined ? { disabled: patch.disabled } : {}),
      // Disabling or changing roles ends the user's sessions; a rename does not.
      ...(endsSessions(user, patch) ? { sessionVersion: user.sessionVersion + 1 } : {}),
    };
    return writer.repo(User).updateOne(id, changes, '用户');
  }

  async resetPassword(db: TenantDb, principal: Principal, id: string, password: string): Promise<User> {
    assertStrongPassword(password, 'password');
    const user = await db.repo(User).get(id, '用户');
    return writerFor(db, principal, user)
      .repo(User)
      .updateOne(id, { passwordHash: await hashPassword(password), passwordChangedAt: new Date(), sessionVersion: user.sessionVersion + 1 }, '用户');
  }

  /** `prefix` names the input object in field paths (`admin.username`), empty for a top-level input. */
  private async insertUser(db: TenantDb, tenant: Tenant, input: NewUser, prefix: string): Promise<User> {
    const field = prefix ? `${prefix}.` : '';
    const username = input.username.trim();
    if (!USERNAME.pattern.test(username)) throw new BadInputError(USERNAME.message, [{ field: `${field}username`, message: '格式不正确' }]);
    assertDisplayName(input.displayName, `${field}displayName`);
    assertStrongPassword(input.password, `${field}password`);
    assertRolesFit(tenant.kind, input.roles, `${field}roles`);
    if (await db.reference(LoginName).existsBy({ username })) throw new ConflictError(`登录名 ${username} 已被使用`);
    const user = await db.repo(User).insertOne({
      username,
      displayName: input.displayName.trim(),
      roles: [...new Set(input.roles)],
      disabled: false,
      passwordHash: await hashPassword(input.password),
      passwordChangedAt: new Date(),
      sessionVersion: 0,
      lastLoginAt: null,
    });
    await db.register(LoginName).insert({ username, tenantId: tenant.id, userId: user.id });
    return user;
  }
}

/**
 * A tenant admin writes their own tenant's users through their own scope. The committee admin may
 * also look after an agency's users (a forgotten password, a departed admin): ESCAPE HATCH, audited.
 */
function writerFor(db: TenantDb, principal: Principal, user: User): TenantDb {
  const committeeActing = principal.roles.includes(Role.COMMITTEE_ADMIN) && user.tenantId !== principal.tenantId;
  return committeeActing ? db.actingFor(user.tenantId) : db;
}

async function tenantOf(db: TenantDb, id: string): Promise<Tenant> {
  const tenant = await db.reference(Tenant).findOneBy({ id });
  if (!tenant) throw new NotFoundError('单位');
  return tenant;
}

function assertRolesFit(kind: TenantKind, roles: Role[], field: string): void {
  const allowed = kind === TenantKind.COMMITTEE ? COMMITTEE_ROLES : AGENCY_ROLES;
  if (roles.length === 0) throw new BadInputError('至少选择一个角色', [{ field, message: '至少选择一个角色' }]);
  const wrong = roles.filter((r) => !allowed.includes(r));
  if (wrong.length > 0) {
    const message = kind === TenantKind.COMMITTEE ? '工委用户只能授予工委角色' : '部门单位用户不能授予工委角色';
    throw new ForbiddenError(message);
  }
}

function assertDisplayName(value: string, field: string): void {
  const name = value.trim();
  const { min, max, message } = LENGTHS.displayName;
  if (name.length < min || name.length > max) throw new BadInputError(message, [{ field, message: '长度不正确' }]);
}

const ADMIN_ROLE: Record<TenantKind, Role> = { [TenantKind.AGENCY]: Role.TENANT_ADMIN, [TenantKind.COMMITTEE]: Role.COMMITTEE_ADMIN };

/** Whether the patch disables an enabled admin or takes the admin role away. */
function losesAdmin(user: User, patch: { roles?: Role[]; disabled?: boolean }): boolean {
  const admin = user.roles.includes(Role.TENANT_ADMIN) || user.roles.includes(Role.COMMITTEE_ADMIN);
  if (!admin || user.disabled) return false;
  return patch.disabled === true || (!!patch.roles && !patch.roles.includes(Role.TENANT_ADMIN) && !patch.roles.includes(Role.COMMITTEE_ADMIN));
}

/** A tenant keeps at least one enabled admin: whoever leaves, someone can still manage its users. */
async function assertAnotherAdmin(db: TenantDb, tenant: Tenant, user: User): Promise<void> {
  const role = ADMIN_ROLE[tenant.kind];
  const others = await db.repo(User).find({ where: { tenantId: tenant.id, disabled: false } });
  if (!others.some((u) => u.id !== user.id && u.roles.includes(role))) {
    throw new ConflictError('该单位至少要保留一名启用的管理员:请先为其新建或启用另一名管理员,再停用或更换这一名');
  }
}

function endsSessions(user: User, patch: { roles?: Role[]; disabled?: boolean }): boolean {
  const rolesChange = !!patch.roles && (new Set(patch.roles).size !== user.roles.length || patch.roles.some((r) => !user.roles.includes(r)));
  return rolesChange || (patch.disabled !== undefined && patch.disabled !== user.disabled);
}

function sameAdminRole(before: readonly Role[], after: readonly Role[]): boolean {
  const admin = (roles: readonly Role[]) => roles.includes(Role.TENANT_ADMIN) || roles.includes(Role.COMMITTEE_ADMIN);
  return admin(before) === admin(after);
}
