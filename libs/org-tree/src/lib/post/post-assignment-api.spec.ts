import { TenantKind } from '@zeren/tenancy';
import type { TestApi, TestTenant } from '@zeren/api/testing';
import { createOrgTreeTestApi, insertMembers, insertPosts, insertTree, makeSecretary } from '../../testing';
import { OrgUnitKind as K } from '../org-unit/org-unit-kind.enum';
import type { OrgUnit } from '../org-unit/org-unit.entity';
import { PostCode } from './post-type.catalogue';

const PAGE = `query($unitId: ID, $includeDescendants: Boolean, $postCode: String, $current: Boolean, $search: String, $offset: Int, $limit: Int) {
  postAssignments(unitId: $unitId, includeDescendants: $includeDescendants, postCode: $postCode, current: $current, search: $search, offset: $offset, limit: $limit) {
    total offset limit
    items { tenantId endsOn post { name } unit { code } member { name unit { code } } }
  }
}`;

type Item = { tenantId: string; endsOn: string | null; post: { name: string }; unit: { code: string }; member: { name: string } };
const holders = (items: Item[]) => items.map((i) => `${i.unit.code} ${i.post.name} ${i.member.name}`);

describe('postAssignments API', () => {
  let api: TestApi;
  let a: TestTenant;
  let b: TestTenant;
  let aUnits: Map<string, OrgUnit>;
  let bUnits: Map<string, OrgUnit>;

  beforeAll(async () => {
    api = await createOrgTreeTestApi();
    await api.addTenant('GW', TenantKind.COMMITTEE);
    a = await api.addTenant('A');
    b = await api.addTenant('B');
    aUnits = await insertTree(api.dataSource, a.tenant.id, [
      ['DZ', K.PARTY_GROUP, null],
      ['JG', K.ORGAN_PARTY_COMMITTEE, 'DZ'],
      ['ZB1', K.BRANCH, 'JG'],
      ['ZB2', K.BRANCH, 'JG'],
      ['ZB3', K.BRANCH, 'JG'],
    ]);
    bUnits = await insertTree(api.dataSource, b.tenant.id, [['DW', K.PARTY_COMMITTEE, null], ['ZB1', K.BRANCH, 'DW']]);
    const [chief, li, wang, zhao] = await insertMembers(api.dataSource, a.tenant.id, [
      { name: '局长甲', unitId: aUnits.get('ZB1')!.id, leadershipMember: true },
      { name: '李支书', unitId: aUnits.get('ZB1')!.id },
      { name: '王委员', unitId: aUnits.get('ZB2')!.id },
      { name: '赵前任', unitId: aUnits.get('ZB3')!.id },
    ]);
    const [bChief] = await insertMembers(api.dataSource, b.tenant.id, [{ name: '外单位书记', unitId: bUnits.get('ZB1')!.id }]);
    const posts = await insertPosts(api.dataSource, a.tenant.id, [
      { memberId: chief.id, unitId: aUnits.get('DZ')!.id, postCode: PostCode.PARTY_GROUP_SECRETARY },
      { memberId: li.id, unitId: aUnits.get('ZB1')!.id, postCode: PostCode.BRANCH_SECRETARY },
      { memberId: wang.id, unitId: aUnits.get('ZB2')!.id, postCode: PostCode.COMMITTEE_MEMBER },
      { memberId: wang.id, unitId: aUnits.get('ZB2')!.id, postCode: PostCode.BRANCH_SECRETARY },
      { memberId: zhao.id, unitId: aUnits.get('ZB3')!.id, postCode: PostCode.BRANCH_SECRETARY },
    ]);
    const end = await api.as('a_tenant_admin').run(`mutation($id: ID!) { endPostAssignment(id: $id, endsOn: "2025-06-30") { id } }`, { id: posts[4].id });
    expect(end.errors).toBeUndefined();
    await insertPosts(api.dataSource, b.tenant.id, [{ memberId: bChief.id, unitId: bUnits.get('ZB1')!.id, postCode: PostCode.BRANCH_SECRETARY }]);
  });
  afterAll(() => api.close());

  it('lists current holders of a subtree a page at a time, by unit as the tree lists them and then by post', async () => {
    const first = await api.as('a_tenant_admin').run(PAGE, { unitId: aUnits.get('JG')!.id, limit: 2 });
    expect(first.errors).toBeUndefined();
    expect(first.data?.postAssignments).toMatchObject({ total: 3, offset: 0, limit: 2 });
    expect(holders(first.data?.postAssignments.items)).toEqual(['ZB1 党支部书记 李支书', 'ZB2 党支部书记 王委员']);
    const second = await api.as('a_tenant_admin').run(PAGE, { unitId: aUnits.get('JG')!.id, limit: 2, offset: 2 });
    expect(holders(second.data?.postAssignments.items)).toEqual(['ZB2 委员 王委员']);
    const whole = await api.as('a_tenant_admin').run(PAGE, {});
    expect(holders(whole.data?.postAssignments.items)).toEqual(['DZ 党组(党委)书记 局长甲', 'ZB1 党支部书记 李支书', 'ZB2 党支部书记 王委员', 'ZB2 委员 王委员']);
  });

  it('filters by one unit alone, by post, by unit or member name, and shows ended terms on request', async () => {
    const dz = await api.as('a_tenant_admin').run(PAGE, { unitId: aUnits.get('DZ')!.id, includeDescendants: false });
    expect(holders(dz.data?.postAssignments.items)).toEqual(['DZ 党组(党委)书记 局长甲']);
    const secretaries = await api.as('a_tenant_admin').run(PAGE, { postCode: PostCode.BRANCH_SECRETARY });
    expect(holders(secretaries.data?.postAssignments.items)).toEqual(['ZB1 党支部书记 李支书', 'ZB2 党支部书记 王委员']);
    const byMember = await api.as('a_tenant_admin').run(PAGE, { search: '王' });
    expect(byMember.data?.postAssignments.total).toBe(2);
    const byUnit = await api.as('a_tenant_admin').run(PAGE, { search: '组织ZB1' });
    expect(holders(byUnit.data?.postAssignments.items)).toEqual(['ZB1 党支部书记 李支书']);
    // `%` is taken literally, not as a wildcard.
    expect((await api.as('a_tenant_admin').run(PAGE, { search: '%' })).data?.postAssignments.total).toBe(0);
    const history = await api.as('a_tenant_admin').run(PAGE, { unitId: aUnits.get('ZB3')!.id, current: false });
    expect(history.data?.postAssignments.items).toMatchObject([{ endsOn: '2025-06-30', member: { name: '赵前任' } }]);
    expect((await api.as('a_tenant_admin').run(PAGE, { unitId: aUnits.get('ZB3')!.id })).data?.postAssignments.total).toBe(0);
  });

  it('does not return a post assignment of another tenant', async () => {
    const own = await api.as('a_tenant_admin').run(PAGE, { current: false, limit: 200 });
    expect(own.data?.postAssignments.total).toBe(5);
    expect(own.data?.postAssignments.items.every((i: Item) => i.tenantId === a.tenant.id)).toBe(true);
    const foreign = await api.as('a_branch_secretary').run(PAGE, { unitId: bUnits.get('DW')!.id });
    expect(foreign.errors?.[0]).toMatchObject({ message: '党组织不存在', extensions: { code: 'NOT_FOUND' } });
    expect(foreign.data?.postAssignments ?? null).toBeNull();
  });

  it('lets the committee read every agency, narrowed by the picker', async () => {
    const all = await api.as('gw_committee_leader').run(PAGE, {});
    expect(new Set(all.data?.postAssignments.items.map((i: Item) => i.tenantId))).toEqual(new Set([a.tenant.id, b.tenant.id]));
    expect(all.data?.postAssignments.total).toBe(5);
    const narrowed = await api.as('gw_committee_leader', { viewTenantId: b.tenant.id }).run(PAGE, {});
    expect(holders(narrowed.data?.postAssignments.items)).toEqual(['ZB1 党支部书记 外单位书记']);
  });

  it('refuses plain members and pages beyond the maximum size', async () => {
    expect((await api.as('a_member').run(PAGE, {})).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await api.as('a_tenant_admin').run(PAGE, { limit: 201 })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('postAssignments statements', () => {
  let api: TestApi;
  let small: OrgUnit;
  let big: OrgUnit;

  /** `branches` branches under one committee, ten members each, each member a 委员 of their branch. */
  async function populate(t: TestTenant, branches: number): Promise<OrgUnit> {
    const codes = Array.from({ length: branches }, (_, i) => `ZB${i}`);
    const units = await insertTree(api.dataSource, t.tenant.id, [['DW', K.PARTY_COMMITTEE, null], ...codes.map((c) => [c, K.BRANCH, 'DW'] as const)]);
    const members = await insertMembers(
      api.dataSource,
      t.tenant.id,
      codes.flatMap((c) => Array.from({ length: 10 }, (_, i) => ({ name: `${c}党员${i}`, unitId: units.get(c)!.id }))),
    );
    await insertPosts(api.dataSource, t.tenant.id, members.map((m) => ({ memberId: m.id, unitId: m.unitId, postCode: PostCode.COMMITTEE_MEMBER })));
    // The secretary of the whole tree: their data scope (one statement more per request) reaches every branch.
    await makeSecretary(api, t, units.get('DW')!, PostCode.PARTY_GROUP_SECRETARY);
    return units.get('DW')!;
  }

  beforeAll(async () => {
    api = await createOrgTreeTestApi();
    small = await populate(await api.addTenant('S'), 1);
    big = await populate(await api.addTenant('L'), 100);
  }, 60_000);
  afterAll(() => api.close());

  it('costs the same number of statements for 10 assignments as for 1 000', async () => {
    const vars = { limit: 50, postCode: PostCode.COMMITTEE_MEMBER };
    const few = await api.as('s_branch_secretary').run(PAGE, { ...vars, unitId: small.id });
    const many = await api.as('l_branch_secretary').run(PAGE, { ...vars, unitId: big.id });
    expect(few.errors).toBeUndefined();
    expect(many.errors).toBeUndefined();
    expect(few.data?.postAssignments.total).toBe(10);
    expect(many.data?.postAssignments.total).toBe(1_000);
    expect(many.data?.postAssignments.items).toHaveLength(50);
    expect(many.data?.postAssignments.items[0]).toMatchObject({ unit: { code: 'ZB0' }, member: { unit: { code: 'ZB0' } } });
    expect(many.statements).toBe(few.statements);
    expect(many.statements).toBeLessThanOrEqual(10);
    process.stdout.write(`postAssignments page: ${few.statements} statements at 10 assignments, ${many.statements} at 1 000\n`);
  });
});
