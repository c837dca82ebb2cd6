import { TenantKind, type Tenant } from '@zeren/tenancy';
import { createTestTenant } from '@zeren/tenancy/testing';
import { createTestApi, TEST_PASSWORD, type TestApi, type TestTenant } from '../testing';

const CREATE = `mutation($t: ID!, $i: CreateUserInput!) { createAgencyUser(tenantId: $t, input: $i) { id username tenantId roles } }`;
const UPDATE = `mutation($id: ID!, $i: UpdateUserInput!) { updateUser(id: $id, input: $i) { id disabled roles } }`;
const LOGIN = `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { user { username tenant { code } } } }`;
const admin = (username: string) => ({ username, displayName: '单位管理员', password: 'Agency-pass-2026', roles: ['TENANT_ADMIN'] });
const code = (res: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions?.['code'];

describe("the committee and an agency's accounts", () => {
  let api: TestApi;
  let gw: TestTenant;
  let a: TestTenant;
  let empty: Tenant;
  const committee = () => api.as('gw_committee_admin');

  beforeAll(async () => {
    api = await createTestApi();
    gw = await api.addTenant('GW', TenantKind.COMMITTEE);
    a = await api.addTenant('A');
    // An agency registered without any user, as 93 of the 99 demo agencies were.
    empty = await createTestTenant(api.dataSource, 'E');
  });
  afterAll(() => api.close());

  it('lets the committee admin open an agency’s first admin account, which signs in to that agency; audited as acting-for', async () => {
    const res = await committee().run(CREATE, { t: empty.id, i: admin('e_first_admin') });
    expect(res.errors).toBeUndefined();
    expect(res.data?.createAgencyUser).toMatchObject({ username: 'e_first_admin', tenantId: empty.id, roles: ['TENANT_ADMIN'] });
    const login = await api.as(null).run(LOGIN, { u: 'e_first_admin', p: 'Agency-pass-2026' });
    expect(login.data?.login.user).toEqual({ username: 'e_first_admin', tenant: { code: 'E' } });
    const log = await committee().run('{ auditLog(operation: "createAgencyUser", limit: 1) { items { tenantId via reachedTenantIds outcome } } }');
    expect(log.data?.auditLog.items[0]).toEqual({ tenantId: gw.tenant.id, via: 'acting-for', reachedTenantIds: [empty.id], outcome: 'SUCCESS' });
    // The committee lists that agency's accounts alone.
    const listed = await committee().run(`query($t: ID) { users(tenantId: $t) { total items { username } } }`, { t: empty.id });
    expect(listed.data?.users).toEqual({ total: 1, items: [{ username: 'e_first_admin' }] });
  });

  it('offers the committee admin an agency’s roles for its accounts, and nobody else another tenant’s', async () => {
    const roles = `query($t: ID) { assignableRoles(tenantId: $t) }`;
    expect((await committee().run(roles, { t: empty.id })).data?.assignableRoles).toEqual(['TENANT_ADMIN', 'BRANCH_SECRETARY', 'SHOWCASE_MANAGER', 'MEMBER']);
    expect(code(await api.as('a_tenant_admin').run(roles, { t: empty.id }))).toBe('FORBIDDEN');
    expect((await api.as('a_tenant_admin').run(roles, { t: a.tenant.id })).data?.assignableRoles).toContain('TENANT_ADMIN');
  });

  it('refuses the same to an agency admin and to a committee reader, and changes nothing', async () => {
    expect(code(await api.as('a_tenant_admin').run(CREATE, { t: empty.id, i: admin('e_by_agency') }))).toBe('FORBIDDEN');
    expect(code(await api.as('gw_committee_leader').run(CREATE, { t: empty.id, i: admin('e_by_leader') }))).toBe('FORBIDDEN');
    expect(code(await api.as('gw_committee_admin', { viewTenantId: a.tenant.id }).run(CREATE, { t: empty.id, i: admin('e_by_view') }))).toBe('NOT_FOUND');
    const users = await committee().run(`query($t: ID) { users(tenantId: $t) { total } }`, { t: empty.id });
    expect(users.data?.users.total).toBe(1);
  });

  it('gives an agency only agency roles, and opens no account in the committee or an unknown tenant this way', async () => {
    const leader = await committee().run(CREATE, { t: empty.id, i: { ...admin('e_leader'), roles: ['COMMITTEE_LEADER'] } });
    expect(leader.errors?.[0]).toMatchObject({ message: '部门单位用户不能授予工委角色', extensions: { code: 'FORBIDDEN' } });
    expect(code(await committee().run(CREATE, { t: gw.tenant.id, i: admin('gw_via_agency') }))).toBe('BAD_USER_INPUT');
    expect(code(await committee().run(CREATE, { t: '00000000-0000-4000-8000-000000000000', i: admin('nobody_admin') }))).toBe('NOT_FOUND');
  });

  it('never leaves an agency without an enabled admin: the last one cannot be disabled or demoted until another exists', async () => {
    const only = a.users.TENANT_ADMIN!.id;
    const disable = await committee().run(UPDATE, { id: only, i: { disabled: true } });
    expect(disable.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' } });
    expect(disable.errors?.[0].message).toContain('至少要保留一名启用的管理员');
    expect(code(await committee().run(UPDATE, { id: only, i: { roles: ['MEMBER'] } }))).toBe('CONFLICT');
    // The one who takes over first, then the one who leaves.
    const next = await committee().run(CREATE, { t: a.tenant.id, i: admin('a_next_admin') });
    expect(next.errors).toBeUndefined();
    const left = await committee().run(UPDATE, { id: only, i: { disabled: true } });
    expect(left.data?.updateUser).toMatchObject({ disabled: true });
    // The new admin manages the agency's users at once.
    await expect(api.as(null).run(LOGIN, { u: 'a_next_admin', p: 'Agency-pass-2026' })).resolves.toMatchObject({ data: { login: { user: { username: 'a_next_admin' } } } });
    const reset = await committee().run(`mutation($id: ID!) { resetUserPassword(id: $id, password: "${TEST_PASSWORD}") { id } }`, { id: next.data?.createAgencyUser.id });
    expect(reset.errors).toBeUndefined();
  });
});
