import { IsNull } from 'typeorm';
import { TenantKind } from '@zeren/tenancy';
import { tenantDb } from '@zeren/tenancy/testing';
import type { GqlResult, TestApi, TestTenant } from '@zeren/api/testing';
import { createOrgTreeTestApi, insertMembers, insertTree } from '../../testing';
import { OrgUnitKind as K } from '../org-unit/org-unit-kind.enum';
import { PostAssignment } from './post-assignment.entity';
import { PostCode } from './post-type.catalogue';

const RACERS = 8;

/** Runs `make(i)` RACERS times at once and sorts the answers into successes and error codes. */
async function race(make: (i: number) => Promise<GqlResult>): Promise<{ ok: number; codes: string[]; messages: string[] }> {
  const results = await Promise.all(Array.from({ length: RACERS }, (_, i) => make(i)));
  const failed = results.filter((r) => r.errors?.length);
  return {
    ok: results.length - failed.length,
    codes: failed.map((r) => String(r.errors![0].extensions?.['code'])),
    messages: failed.map((r) => r.errors![0].message),
  };
}

const ASSIGN = `mutation($input: AssignPostInput!) { assignPost(input: $input) { id } }`;

describe('concurrent writes of one thing: exactly one succeeds, the others are CONFLICT', () => {
  let api: TestApi;
  let a: TestTenant;

  beforeAll(async () => {
    api = await createOrgTreeTestApi();
    await api.addTenant('GW', TenantKind.COMMITTEE);
    a = await api.addTenant('A');
    // Log in once beforehand: eight first logins at once would meet the login throttle, not the race.
    for (const user of ['a_tenant_admin', 'gw_committee_admin']) expect((await api.as(user).run('{ __typename }')).errors).toBeUndefined();
  });
  afterAll(() => api.close());

  it('gives a branch one current secretary when eight are appointed at once', async () => {
    const units = await insertTree(api.dataSource, a.tenant.id, [['DZ1', K.PARTY_GROUP, null], ['ZB1', K.BRANCH, 'DZ1']]);
    const branch = units.get('ZB1')!;
    const members = await insertMembers(api.dataSource, a.tenant.id, Array.from({ length: RACERS }, (_, i) => ({ name: `候选${i}`, unitId: branch.id })));
    const outcome = await race((i) =>
      api.as('a_tenant_admin').run(ASSIGN, { input: { memberId: members[i].id, unitId: branch.id, postCode: PostCode.BRANCH_SECRETARY } }),
    );
    expect(outcome).toMatchObject({ ok: 1, codes: Array(RACERS - 1).fill('CONFLICT') });
    for (const message of outcome.messages) expect(message).toMatch(/现任“党支部书记”/);
    const current = await tenantDb(api.dataSource, a.tenant.id).repo(PostAssignment).count({ unitId: branch.id, postCode: PostCode.BRANCH_SECRETARY, endsOn: IsNull() });
    expect(current).toBe(1);
  });

  it('records one current assignment when the same member, post and unit are sent eight times at once', async () => {
    const units = await insertTree(api.dataSource, a.tenant.id, [['DZ2', K.PARTY_GROUP, null], ['ZB2', K.BRANCH, 'DZ2']]);
    const branch = units.get('ZB2')!;
    const [member] = await insertMembers(api.dataSource, a.tenant.id, [{ name: '委员甲', unitId: branch.id }]);
    const input = { memberId: member.id, unitId: units.get('DZ2')!.id, postCode: PostCode.COMMITTEE_MEMBER };
    const outcome = await race(() => api.as('a_tenant_admin').run(ASSIGN, { input }));
    expect(outcome).toMatchObject({ ok: 1, codes: Array(RACERS - 1).fill('CONFLICT') });
    for (const message of outcome.messages) expect(message).toMatch(/已任该组织的“委员”/);
    expect(await tenantDb(api.dataSource, a.tenant.id).repo(PostAssignment).count({ memberId: member.id, endsOn: IsNull() })).toBe(1);
  });

  it('creates one org unit when eight with the same code are sent at once, naming the code', async () => {
    const units = await insertTree(api.dataSource, a.tenant.id, [['DZ3', K.PARTY_GROUP, null], ['JG3', K.ORGAN_PARTY_COMMITTEE, 'DZ3']]);
    const outcome = await race((i) =>
      api.as('a_tenant_admin').run(`mutation($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id } }`, {
        input: { parentId: units.get('JG3')!.id, kind: K.BRANCH, code: 'SAME3', name: `第${i}支部` },
      }),
    );
    expect(outcome).toMatchObject({ ok: 1, codes: Array(RACERS - 1).fill('CONFLICT') });
    for (const message of outcome.messages) expect(message).toMatch(/组织代码/);
  });

  it('creates one post type when eight with the same code are sent at once', async () => {
    const outcome = await race((i) =>
      api.as('gw_committee_admin').run(`mutation($input: CreatePostTypeInput!) { createPostType(input: $input) { code } }`, {
        input: { code: 'RACE_POST', name: `竞赛岗位${i}` },
      }),
    );
    expect(outcome).toMatchObject({ ok: 1, codes: Array(RACERS - 1).fill('CONFLICT') });
    for (const message of outcome.messages) expect(message).toMatch(/岗位代码/);
  });

  it('creates one user when eight with the same login name are sent at once', async () => {
    const outcome = await race((i) =>
      api.as('a_tenant_admin').run(`mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, {
        input: { username: 'race_user', displayName: `用户${i}`, password: 'Race-pass-2026', roles: ['MEMBER'] },
      }),
    );
    expect(outcome).toMatchObject({ ok: 1, codes: Array(RACERS - 1).fill('CONFLICT') });
    for (const message of outcome.messages) expect(message).toMatch(/登录名/);
  });

  it.each([
    ['code', (i: number) => ({ code: 'RACE', name: `竞赛单位${i}` })],
    ['name', (i: number) => ({ code: `RACE${i}`, name: '同名单位' })],
  ])('creates one agency when eight with the same %s are sent at once', async (field, make) => {
    const outcome = await race((i) =>
      api.as('gw_committee_admin').run(`mutation($input: CreateTenantInput!) { createTenant(input: $input) { id } }`, {
        input: { ...make(i), admin: { username: `race_${field}_admin${i}`, displayName: `管理员${i}`, password: 'Race-pass-2026' } },
      }),
    );
    expect(outcome).toMatchObject({ ok: 1, codes: Array(RACERS - 1).fill('CONFLICT') });
    for (const message of outcome.messages) expect(message).toMatch(new RegExp(field === 'code' ? '单位代码' : '单位名称'));
  });
});
