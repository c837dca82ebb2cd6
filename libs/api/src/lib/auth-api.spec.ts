import { TenantKind } from '@zeren/tenancy';
import { SignJWT } from 'jose';
import { createTestApi, usernameOf, TEST_PASSWORD, type TestApi, type TestTenant } from '../testing';
import { Role, createRequestContext } from '@zeren/auth';

const LOGIN = `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token user { username tenant { code } } } }`;

describe('auth API', () => {
  let api: TestApi;
  let gw: TestTenant;
  let a: TestTenant;
  let b: TestTenant;

  beforeAll(async () => {
    api = await createTestApi();
    gw = await api.addTenant('GW', TenantKind.COMMITTEE);
    a = await api.addTenant('A');
    b = await api.addTenant('B');
  });
  afterAll(() => api.close());

  it('logs in and answers me', async () => {
    const login = await api.as(null).run(LOGIN, { u: 'a_tenant_admin', p: TEST_PASSWORD });
    expect(login.errors).toBeUndefined();
    expect(login.data?.login.user).toEqual({ username: 'a_tenant_admin', tenant: { code: 'A' } });
    const me = await api.as('a_member').run('{ me { username roles tenant { code kind } } }');
    expect(me.data?.me).toEqual({ username: 'a_member', roles: ['MEMBER'], tenant: { code: 'A', kind: 'AGENCY' } });
  });

  it('refuses a wrong password with UNAUTHENTICATED and records the failure', async () => {
    const res = await api.as(null).run(LOGIN, { u: 'b_member', p: 'wrong-password-1' });
    expect(res.errors?.[0]).toMatchObject({ message: '用户名或密码错误', extensions: { code: 'UNAUTHENTICATED' } });
    const log = await api.as('gw_committee_admin').run('{ auditLog(operation: "auth.login", outcome: FAILURE) { items { actorUsername errorCode } } }');
    expect(log.data?.auditLog.items).toContainEqual({ actorUsername: 'b_member', errorCode: 'UNAUTHENTICATED' });
  });

  it('throttles a username after five failed logins with TOO_MANY_REQUESTS', async () => {
    for (let i = 0; i < 5; i++) await api.as(null).run(LOGIN, { u: 'b_showcase_manager', p: 'wrong-password-1' });
    const res = await api.as(null).run(LOGIN, { u: 'b_showcase_manager', p: TEST_PASSWORD });
    expect(res.errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect(res.errors?.[0].message).toMatch(/登录失败次数过多/);
  });

  it('refuses an expired token with UNAUTHENTICATED', async () => {
    const key = new TextEncoder().encode('test-secret-of-at-least-thirty-two-characters');
    const past = Math.floor(Date.now() / 1000) - 9 * 3600;
    const token = await new SignJWT({ tid: a.tenant.id })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(a.users.MEMBER!.id)
      .setIssuer('zeren')
      .setIssuedAt(past)
      .setExpirationTime(past + 8 * 3600)
      .sign(key);
    await expect(createRequestContext(api.dataSource, api.services.auth, { authorization: `Bearer ${token}`, ip: 'x' })).rejects.toMatchObject({
      message: '登录已过期,请重新登录',
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('refuses a token signed with another algorithm or key', async () => {
    const token = await new SignJWT({ tid: a.tenant.id })
      .setProtectedHeader({ alg: 'HS512' })
      .setSubject(a.users.MEMBER!.id)
      .setIssuer('zeren')
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('test-secret-of-at-least-thirty-two-characters-and-more-for-512'));
    await expect(createRequestContext(api.dataSource, api.services.auth, { authorization: `Bearer ${token}`, ip: 'x' })).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('answers FORBIDDEN when a role is missing, and changes nothing', async () => {
    const res = await api.as('a_member').run(`mutation { createUser(input: { username: "intruder", displayName: "x", password: "abcd1234", roles: [MEMBER] }) { id } }`);
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const users = await api.as('a_tenant_admin').run('{ users(search: "intruder") { total } }');
    expect(users.data?.users.total).toBe(0);
  });

  it('answers UNAUTHENTICATED without a token', async () => {
    const res = await api.as(null).run('{ me { id } }');
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('does not show a tenant admin the users of another tenant', async () => {
    const res = await api.as('a_tenant_admin').run('{ users(limit: 200) { total items { username tenantId } } }');
    expect(res.data?.users.items.every((u: { tenantId: string }) => u.tenantId === a.tenant.id)).toBe(true);
    expect(res.data?.users.total).toBe(4);
  });

  it('answers NOT_FOUND for another tenant’s user id, and changes nothing', async () => {
    const res = await api.as('a_tenant_admin').run(`mutation($id: ID!) { updateUser(id: $id, input: { displayName: "改名" }) { id } }`, { id: b.users.MEMBER!.id });
    expect(res.errors?.[0]).toMatchObject({ message: '用户不存在', extensions: { code: 'NOT_FOUND' } });
    const same = await api.as('b_tenant_admin').run(`{ users(search: "b_member") { items { displayName } } }`);
    expect(same.data?.users.items[0].displayName).toBe('B MEMBER');
  });

  it('gives BAD_USER_INPUT with field details for bad input, and changes nothing', async () => {
    const res = await api.as('gw_committee_admin').run(
      `mutation { createTenant(input: { code: "X", name: "市测试局", admin: { username: "x_admin", displayName: "管理员", password: "short" } }) { id } }`,
    );
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const fields = (res.errors?.[0].extensions?.issues as { field: string }[]).map((i) => i.field);
    expect(fields).toEqual(expect.arrayContaining(['code', 'admin.password']));
    const tenants = await api.as('gw_committee_admin').run('{ tenants { code } }');
    expect(tenants.data?.tenants.map((t: { code: string }) => t.code)).not.toContain('X');
  });

  it('lets the committee create an agency whose admin can then log in', async () => {
    const res = await api.as('gw_committee_admin').run(
      `mutation { createTenant(input: { code: "SWJ", name: "市商务局", admin: { username: "swj_admin", displayName: "商务管理员", password: "Swj-admin-2026" } }) { id code } }`,
    );
    expect(res.errors).toBeUndefined();
    const login = await api.as(null).run(LOGIN, { u: 'swj_admin', p: 'Swj-admin-2026' });
    expect(login.data?.login.user.tenant.code).toBe('SWJ');
    const again = await api.as('gw_committee_admin').run(
      `mutation { createTenant(input: { code: "SWJ", name: "市商务局二", admin: { username: "swj_admin2", displayName: "x", password: "Swj-admin-2026" } }) { id } }`,
    );
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('keeps the committee leader read-only', async () => {
    const res = await api.as('gw_committee_leader').run(
      `mutation { createTenant(input: { code: "LDR", name: "市领导局", admin: { username: "ldr_admin", displayName: "x", password: "Ldr-admin-2026" } }) { id } }`,
    );
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const users = await api.as('gw_committee_leader').run('{ users(limit: 200) { total } }');
    expect(users.data?.users.total).toBeGreaterThanOrEqual(11);
  });

  it('invalidates old tokens when a password changes', async () => {
    const member = api.as(usernameOf('A', Role.BRANCH_SECRETARY));
    await member.run('{ me { id } }');
    const changed = await member.run(`mutation { changePassword(input: { currentPassword: "${TEST_PASSWORD}", newPassword: "New-pass-2026" }) }`);
    expect(changed.data?.changePassword).toBe(true);
    const after = await member.run('{ me { id } }');
    expect(after.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('answers FORBIDDEN, not an internal error, when a narrowed committee view tries to write', async () => {
    const narrowed = api.as('gw_committee_admin', { viewTenantId: a.tenant.id });
    const res = await narrowed.run(`mutation($i: CreateUserInput!) { createUser(input: $i) { id } }`, {
      i: { username: 'gw_narrowed_new', displayName: '新用户', password: 'Secret-2026', roles: ['COMMITTEE_LEADER'] },
    });
    expect(res.errors?.[0]).toMatchObject({ message: '当前为只读视图,不能修改', extensions: { code: 'FORBIDDEN' } });
    const users = await api.as('gw_committee_admin').run('{ users(search: "gw_narrowed_new") { total } }');
    expect(users.data?.users.total).toBe(0);
  });

  it('records a committee admin’s password reset of an agency user as acting-for that agency', async () => {
    const reset = await api.as('gw_committee_admin').run(`mutation($id: ID!) { resetUserPassword(id: $id, password: "Reset-pass-2026") { id } }`, {
      id: b.users.MEMBER!.id,
    });
    expect(reset.errors).toBeUndefined();
    const log = await api.as('gw_committee_admin').run('{ auditLog(operation: "resetUserPassword") { items { tenantId via reachedTenantIds outcome } } }');
    expect(log.data?.auditLog.items[0]).toEqual({ tenantId: gw.tenant.id, via: 'acting-for', reachedTenantIds: [b.tenant.id], outcome: 'SUCCESS' });
  });

  it('lists each user’s permissions from the one catalogue, and the catalogue itself', async () => {
    const me = await api.as('a_tenant_admin').run('{ me { permissions } }');
    expect(me.data?.me.permissions).toEqual(expect.arrayContaining(['users.manage', 'audit.read']));
    expect(me.data?.me.permissions).not.toContain('tenants.create');
    const member = await api.as('a_member').run('{ me { permissions } }');
    expect(member.data?.me.permissions).toEqual([]);
    const catalogue = await api.as('a_member').run('{ permissionCatalogue { name label roles } }');
    expect(catalogue.data?.permissionCatalogue).toContainEqual({ name: 'tenants.create', label: '新建部门单位', roles: ['COMMITTEE_ADMIN'] });
  });

  it('offers a user form the roles of the caller’s tenant kind, and only to user managers', async () => {
    const QUERY = '{ assignableRoles }';
    expect((await api.as('gw_committee_admin').run(QUERY)).data?.assignableRoles).toEqual(['COMMITTEE_ADMIN', 'COMMITTEE_LEADER', 'GRID_LIAISON']);
    expect((await api.as('a_tenant_admin').run(QUERY)).data?.assignableRoles).toEqual(['TENANT_ADMIN', 'BRANCH_SECRETARY', 'SHOWCASE_MANAGER', 'MEMBER']);
    expect((await api.as('gw_committee_leader').run(QUERY)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await api.as('a_showcase_manager').run(QUERY)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('audits every mutation with who, tenant and outcome', async () => {
    const res = await api.as('gw_committee_admin').run('{ auditLog(operation: "createTenant", limit: 10) { items { outcome tenantId actorUsername targetIds } } }');
    const items = res.data?.auditLog.items as { outcome: string; tenantId: string; actorUsername: string }[];
    expect(items.map((i) => i.outcome).sort()).toEqual(['FAILURE', 'FAILURE', 'FAILURE', 'SUCCESS']);
    expect(items.every((i) => i.tenantId === gw.tenant.id && i.actorUsername.startsWith('gw_'))).toBe(true);
    const tenantView = await api.as('a_tenant_admin').run('{ auditLog(limit: 200) { items { tenantId } } }');
    expect(tenantView.data?.auditLog.items.every((i: { tenantId: string }) => i.tenantId === a.tenant.id)).toBe(true);
  });
});
