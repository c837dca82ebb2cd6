import { TenantKind } from '@zeren/tenancy';
import { createRequestContext } from '@zeren/auth';
import { createTestApi, TEST_PASSWORD, type TestApi } from '../testing';

const LOGIN = `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`;
const CHANGE = `mutation($c: String!, $n: String!) { changePassword(input: { currentPassword: $c, newPassword: $n }) }`;

const codes = (results: { errors?: readonly { extensions?: Record<string, unknown> }[] }[]) =>
  results.map((r) => String(r.errors?.[0]?.extensions?.code ?? 'OK'));
const count = (list: string[], code: string) => list.filter((c) => c === code).length;

describe('login throttle and sessions', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await createTestApi();
    await api.addTenant('GW', TenantKind.COMMITTEE);
    await api.addTenant('A');
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
});
