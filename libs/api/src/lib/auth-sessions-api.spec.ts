import { SignJWT } from 'jose';
import { TenantKind } from '@zeren/tenancy';
import { createRequestContext, User } from '@zeren/auth';
import { tenantDb } from '@zeren/tenancy/testing';
import { createTestApi, TEST_PASSWORD, type TestApi, type TestTenant } from '../testing';

const LOGIN = `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`;
const CHANGE = `mutation($c: String!, $n: String!) { changePassword(input: { currentPassword: $c, newPassword: $n }) }`;
const UPDATE = `mutation($id: ID!, $i: UpdateUserInput!) { updateUser(id: $id, input: $i) { id } }`;
const RESET = `mutation($id: ID!) { resetUserPassword(id: $id, password: "Reset-pass-2026") { id } }`;
const SECRET = new TextEncoder().encode('test-secret-of-at-least-thirty-two-characters');

const codes = (results: { errors?: readonly { extensions?: Record<string, unknown> }[] }[]) =>
  results.map((r) => String(r.errors?.[0]?.extensions?.code ?? 'OK'));
const count = (list: string[], code: string) => list.filter((c) => c === code).length;

describe('login throttle and sessions', () => {
  let api: TestApi;
  let a: TestTenant;

  beforeAll(async () => {
    api = await createTestApi();
    await api.addTenant('GW', TenantKind.COMMITTEE);
    a = await api.addTenant('A');
  });
  afterAll(() => api.close());

  const session = (token: string) => createRequestContext(api.dataSource, api.services.auth, { authorization: `Bearer ${token}`, ip: 'x' });
  const login = async (username: string, password = TEST_PASSWORD) => {
    const res = await api.as(null).run(LOGIN, { u: username, p: password });
    expect(res.errors).toBeUndefined();
    return res.data?.login.token as string;
  };
  const failedChecks = async (username: string) => {
    const log = await api.as('gw_committee_admin').run('{ auditLog(operation: "auth.login", outcome: FAILURE, limit: 100) { items { actorUsername errorCode } } }');
    return (log.data?.auditLog.items as { actorUsername: string; errorCode: string }[]).filter((i) => i.actorUsername === username && i.errorCode === 'UNAUTHENTICATED').length;
  };

  it('lets at most five of 20 parallel wrong passwords on one username reach the password check', async () => {
    const results = await Promise.all(Array.from({ length: 20 }, () => api.as(null).run(LOGIN, { u: 'a_showcase_manager', p: 'wrong-password-1' })));
    const answered = codes(results);
    expect(count(answered, 'UNAUTHENTICATED')).toBeLessThanOrEqual(5);
    expect(count(answered, 'TOO_MANY_REQUESTS')).toBeGreaterThanOrEqual(15);
    expect(await failedChecks('a_showcase_manager')).toBeLessThanOrEqual(5);
    // The right password waits out the block too.
    expect(codes([await api.as(null).run(LOGIN, { u: 'a_showcase_manager', p: TEST_PASSWORD })])).toEqual(['TOO_MANY_REQUESTS']);
  });

  it('gives back the reserved attempt when a login succeeds', async () => {
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 4; i++) await api.as(null).run(LOGIN, { u: 'a_member', p: 'wrong-password-1' });
      await login('a_member');
    }
  });

  it('throttles changePassword per user: at most five wrong current passwords are checked', async () => {
    const token = await login('a_branch_secretary');
    const secretary = api.as('a_branch_secretary');
    // Logs in once, so the parallel calls below share one token.
    await secretary.run('{ me { id } }');
    const results = await Promise.all(Array.from({ length: 12 }, () => secretary.run(CHANGE, { c: 'wrong-password-1', n: 'Next-pass-2026' })));
    const answered = codes(results);
    expect(count(answered, 'BAD_USER_INPUT')).toBeLessThanOrEqual(5);
    expect(count(answered, 'TOO_MANY_REQUESTS')).toBeGreaterThanOrEqual(7);
    expect(codes([await secretary.run(CHANGE, { c: TEST_PASSWORD, n: 'Next-pass-2026' })])).toEqual(['TOO_MANY_REQUESTS']);
    await expect(session(token)).resolves.toMatchObject({ principal: { username: 'a_branch_secretary' } });
  });

  it('refuses a token issued in the same second as the password change that followed it', async () => {
    const user = await api.addTenant('S1');
    // Start at the top of a second so the login and the change share it.
    await new Promise((r) => setTimeout(r, 1000 - (Date.now() % 1000)));
    const old = await login('s1_member');
    const context = await session(old);
    const changed = await api.services.auth.changePassword(context.db, context.principal!, TEST_PASSWORD, 'Changed-pass-2026').then(() => 'OK');
    expect(changed).toBe('OK');
    await expect(session(old)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    // A login after the change, in the same second, works.
    const fresh = await login('s1_member', 'Changed-pass-2026');
    await expect(session(fresh)).resolves.toMatchObject({ principal: { userId: user.users.MEMBER!.id } });
  });

  it('refuses a well-signed token without an expiry', async () => {
    const member = a.users.MEMBER!;
    const token = await new SignJWT({ tid: a.tenant.id, sv: 0 })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(member.id)
      .setIssuer('zeren')
      .setIssuedAt()
      .sign(SECRET);
    await expect(session(token)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('keeps a disabled user’s old token dead after re-enabling', async () => {
    const t = await api.addTenant('S2');
    const old = await login('s2_member');
    const admin = api.as('s2_tenant_admin');
    expect((await admin.run(UPDATE, { id: t.users.MEMBER!.id, i: { disabled: true } })).errors).toBeUndefined();
    expect((await admin.run(UPDATE, { id: t.users.MEMBER!.id, i: { disabled: false } })).errors).toBeUndefined();
    await expect(session(old)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    await expect(session(await login('s2_member'))).resolves.toBeTruthy();
  });

  it('ends old sessions when the roles change or an admin resets the password', async () => {
    const t = await api.addTenant('S3');
    const admin = api.as('s3_tenant_admin');
    const memberToken = await login('s3_member');
    const keptToken = await login('s3_showcase_manager');
    expect((await admin.run(UPDATE, { id: t.users.MEMBER!.id, i: { roles: ['MEMBER', 'SHOWCASE_MANAGER'] } })).errors).toBeUndefined();
    await expect(session(memberToken)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    // Renaming is not a security change: the session stays.
    expect((await admin.run(UPDATE, { id: t.users.SHOWCASE_MANAGER!.id, i: { displayName: '改名' } })).errors).toBeUndefined();
    await expect(session(keptToken)).resolves.toBeTruthy();
    expect((await admin.run(RESET, { id: t.users.SHOWCASE_MANAGER!.id })).errors).toBeUndefined();
    await expect(session(keptToken)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });

  describe('session cache', () => {
    const TYPENAME = '{ __typename }';
    const SET_STATUS = `mutation($id: ID!, $s: TenantStatus!) { setTenantStatus(id: $id, status: $s) { id } }`;
    const asToken = (token: string, query = TYPENAME, variables?: Record<string, unknown>) =>
      api.as(null).run(query, variables).then(() => session(token));
    const refused = { extensions: { code: 'UNAUTHENTICATED' } };

    it('reads the user and tenant once per token, not on every request', async () => {
      await api.addTenant('C1');
      const admin = api.as('c1_tenant_admin');
      const first = await admin.run(TYPENAME);
      const again = await admin.run(TYPENAME);
      expect(first.statements).toBe(2);
      expect(again.statements).toBe(0);
    });

    it('ends a cached session at once when an admin disables the user', async () => {
      const t = await api.addTenant('C2');
      const token = await login('c2_member');
      await expect(asToken(token)).resolves.toBeTruthy();
      await expect(session(token)).resolves.toBeTruthy();
      expect((await api.as('c2_tenant_admin').run(UPDATE, { id: t.users.MEMBER!.id, i: { disabled: true } })).errors).toBeUndefined();
      await expect(session(token)).rejects.toMatchObject(refused);
    });

    it('ends a cached session at once when the roles change', async () => {
      const t = await api.addTenant('C3');
      const token = await login('c3_member');
      await expect(session(token)).resolves.toBeTruthy();
      expect((await api.as('c3_tenant_admin').run(UPDATE, { id: t.users.MEMBER!.id, i: { roles: ['MEMBER', 'SHOWCASE_MANAGER'] } })).errors).toBeUndefined();
      await expect(session(token)).rejects.toMatchObject(refused);
    });

    it('ends a cached session at once when an admin resets the password, or the user changes it', async () => {
      const t = await api.addTenant('C4');
      const member = await login('c4_member');
      await expect(session(member)).resolves.toBeTruthy();
      expect((await api.as('c4_tenant_admin').run(RESET, { id: t.users.MEMBER!.id })).errors).toBeUndefined();
      await expect(session(member)).rejects.toMatchObject(refused);

      const manager = await login('c4_showcase_manager');
      const context = await session(manager);
      await expect(session(manager)).resolves.toBeTruthy();
      await api.services.auth.changePassword(context.db, context.principal!, TEST_PASSWORD, 'Changed-pass-2026');
      await expect(session(manager)).rejects.toMatchObject(refused);
    });

    it('ends every cached session of an agency at once when the committee suspends it', async () => {
      const t = await api.addTenant('C5');
      const token = await login('c5_member');
      await expect(session(token)).resolves.toBeTruthy();
      const suspend = await api.as('gw_committee_admin').run(SET_STATUS, { id: t.tenant.id, s: 'SUSPENDED' });
      expect(suspend.errors).toBeUndefined();
      await expect(session(token)).rejects.toMatchObject(refused);
    });

    it('keeps a cached session when a write to its user was rolled back', async () => {
      const t = await api.addTenant('C6');
      const token = await login('c6_member');
      await expect(session(token)).resolves.toBeTruthy();
      const rollback = tenantDb(api.dataSource, t.tenant.id).transaction(async (tx) => {
        await tx.repo(User).update({ id: t.users.MEMBER!.id }, { disabled: true });
        throw new Error('rolled back');
      });
      await expect(rollback).rejects.toThrow('rolled back');
      api.counter.start();
      await expect(session(token)).resolves.toBeTruthy();
      expect(api.counter.stop()).toBe(0);
    });
  });
});
