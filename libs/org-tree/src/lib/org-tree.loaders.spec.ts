import type { TestApi, TestTenant } from '@zeren/api/testing';
import { TENANT_PAGE_QUERY, createOrgTreeTestApi, insertMembers, insertPosts, insertTree, makeSecretary, type UnitSpec } from '../testing';
import { TenantKind } from '@zeren/tenancy';
import { OrgUnitKind as K } from './org-unit/org-unit-kind.enum';
import type { OrgUnit } from './org-unit/org-unit.entity';
import type { PartyMember } from './member/party-member.entity';
import { PostCode } from './post/post-type.catalogue';

// Three levels of units, each with counts and its secretary; the third level with members and their posts.
const NESTED = `query($id: ID!) {
  orgUnit(id: $id) {
    name childCount memberCount(includeDescendants: true) secretary { name }
    children {
      name childCount memberCount secretary { name phone }
      children {
        name childCount memberCount(includeDescendants: true) secretary { name }
        members(first: 5) { name phone posts { post { name } unit { name } } }
      }
    }
  }
}`;

/** A root, `fanOut` units under it, `fanOut` under each of those, and the rest of `total` one level further down. */
function treeSpec(total: number, fanOut: number): UnitSpec[] {
  const specs: UnitSpec[] = [['R', K.PARTY_COMMITTEE, null]];
  const level1 = Array.from({ length: fanOut }, (_, i) => `L1-${i}`);
  const level2 = level1.flatMap((p, i) => Array.from({ length: fanOut }, (_, j) => [`L2-${i}-${j}`, p] as const));
  level1.forEach((code) => specs.push([code, K.ORGAN_PARTY_COMMITTEE, 'R']));
  level2.forEach(([code, parent]) => specs.push([code, K.BRANCH, parent]));
  for (let i = 0; specs.length < total; i++) specs.push([`L3-${i}`, K.PARTY_CELL, level2[i % level2.length][0]]);
  return specs.slice(0, total);
}

async function populate(api: TestApi, t: TestTenant, total: number, fanOut: number): Promise<OrgUnit> {
  const units = await insertTree(api.dataSource, t.tenant.id, treeSpec(total, fanOut));
  const list = [...units.values()];
  const inUnits = list.filter((u) => u.depth === 2).flatMap((u) => Array.from({ length: 7 }, (_, i) => ({ name: `${u.code}党员${i}`, unitId: u.id, phone: '13812345678' })));
  const below = list.filter((u) => u.depth === 3).map((u) => ({ name: `${u.code}党员`, unitId: u.id }));
  const members = await insertMembers(api.dataSource, t.tenant.id, [...inUnits, ...below]);
  const firstIn = new Map<string, PartyMember>();
  for (const m of members) if (!firstIn.has(m.unitId)) firstIn.set(m.unitId, m);
  await insertPosts(api.dataSource, t.tenant.id, [
    ...list.filter((u) => u.depth === 2).map((u) => ({ memberId: firstIn.get(u.id)!.id, unitId: u.id, postCode: PostCode.BRANCH_SECRETARY })),
    ...members.filter((m) => units.get('R')!.id !== m.unitId && /党员[12]$/.test(m.name)).map((m) => ({ memberId: m.id, unitId: m.unitId, postCode: PostCode.COMMITTEE_MEMBER })),
  ]);
  return units.get('R')!;
}

describe('org tree loaders', () => {
  let api: TestApi;
  let small: TestTenant;
  let smallRoot: OrgUnit;
  let midRoot: OrgUnit;
  let bigRoot: OrgUnit;

  beforeAll(async () => {
    api = await createOrgTreeTestApi();
    await api.addTenant('GW', TenantKind.COMMITTEE);
    small = await api.addTenant('S');
    const mid = await api.addTenant('M');
    const big = await api.addTenant('L');
    smallRoot = await populate(api, small, 10, 3);
    midRoot = await populate(api, mid, 1_000, 10);
    bigRoot = await populate(api, big, 10_000, 10);
  }, 120_000);
  afterAll(() => api.close());

  it('issues the same number of statements for a tree of 10 units as for one of 10 000', async () => {
    // Signed in before counting, as on the tenant page: a cached session costs no statement, so the count is the tree's alone.
    await api.as('s_tenant_admin').run('{ __typename }');
    await api.as('l_tenant_admin').run('{ __typename }');
    const small = await api.as('s_tenant_admin').run(NESTED, { id: smallRoot.id });
    const big = await api.as('l_tenant_admin').run(NESTED, { id: bigRoot.id });
    expect(small.errors).toBeUndefined();
    expect(big.errors).toBeUndefined();
    // The big tree really is big: 10 000 units, members at every third-level unit.
    expect(big.data?.orgUnit.childCount).toBe(10);
    expect(big.data?.orgUnit.memberCount).toBe(100 * 7 + (10_000 - 111));
    expect(big.data?.orgUnit.children[0].children).toHaveLength(10);
    expect(big.data?.orgUnit.children[0].children[0].members).toHaveLength(5);
    expect(big.data?.orgUnit.children[0].children[0].members[1].posts).toEqual([{ post: { name: '委员' }, unit: { name: '组织L2-0-0' } }]);
    expect(small.data?.orgUnit.memberCount).toBe(6 * 7);
    expect(big.statements).toBe(small.statements);
    // Was at most 25 (session reads included); 9 on both engines once the session is cached.
    expect(big.statements).toBe(9);
    process.stdout.write(`nested org tree query: ${small.statements} statements at 10 units, ${big.statements} at 10 000\n`);
  });

  it('answers the tenant page (tree three levels deep with counts, 50 members with posts) in 4 statements at 10, 1 000 and 10 000 units', async () => {
    const pages = [];
    for (const [user, root] of [['s_tenant_admin', smallRoot], ['m_tenant_admin', midRoot], ['l_tenant_admin', bigRoot]] as const) {
      // Signed in before counting: a cached session costs no statement (SessionCache).
      await api.as(user).run('{ __typename }');
      pages.push(await api.as(user).run(TENANT_PAGE_QUERY, { id: root.id }));
    }
    for (const page of pages) expect(page.errors).toBeUndefined();
    const [small, , big] = pages;
    // The unit (shared by the tree and the member list), the subtree with its counts, the member page with its total, their posts.
    expect(pages.map((p) => p.statements)).toEqual([4, 4, 4]);
    // The answers are the tree's: 10 units under the root, 7 members in each second-level unit, one in each below.
    const level2 = big.data?.orgUnit.children[0].children[0];
    expect(big.data?.orgUnit.children).toHaveLength(10);
    expect(big.data?.orgUnit.memberCount).toBe(0);
    expect(level2.memberCount).toBe(7);
    expect(level2.children.every((u: { memberCount: number }) => u.memberCount === 1)).toBe(true);
    expect(big.data?.partyMembers.total).toBe(100 * 7 + (10_000 - 111));
    expect(big.data?.partyMembers.items).toHaveLength(50);
    expect(small.data?.partyMembers.total).toBe(6 * 7);
  });

  it('answers a page past the end of the member list with the right total', async () => {
    await api.as('s_tenant_admin').run('{ __typename }');
    const res = await api
      .as('s_tenant_admin')
      .run('query($id: ID!) { partyMembers(unitId: $id, includeDescendants: true, offset: 100, limit: 10) { total items { id } } }', { id: smallRoot.id });
    expect(res.data?.partyMembers).toEqual({ total: 6 * 7, items: [] });
  });

  it('counts each agency’s own members only when the committee reads every agency’s tree ahead', async () => {
    type Unit = { id: string; tenantId: string; memberCount: number; children: Unit[] };
    const committee = api.as('gw_committee_leader');
    await committee.run('{ __typename }');
    const res = await committee.run(`{ orgRoots { id tenantId memberCount children { id memberCount children { id tenantId memberCount } } } }`);
    expect(res.errors).toBeUndefined();
    const roots = res.data?.orgRoots as Unit[];
    for (const root of [smallRoot, midRoot, bigRoot]) {
      const ahead = roots.find((r) => r.id === root.id)!;
      expect(ahead.tenantId).toBe(root.tenantId);
      // The same answers as one unit at a time through the loaders, which count per unit.
      const one = await committee.run(`query($id: ID!) { orgUnit(id: $id) { memberCount children { memberCount children { memberCount } } } }`, { id: root.id });
      expect(ahead.children.map((c) => c.children.map((g) => g.memberCount))).toEqual(one.data?.orgUnit.children.map((c: Unit) => c.children.map((g) => g.memberCount)));
      expect(ahead.children.flatMap((c) => c.children).every((g) => g.tenantId === root.tenantId)).toBe(true);
    }
    // The small agency's six branches hold 7 members each; no other agency's members are counted in.
    const small = roots.find((r) => r.id === smallRoot.id)!;
    expect(small.children.flatMap((c) => c.children).map((g) => g.memberCount)).toEqual([7, 7, 7, 7, 7, 7]);
  });

  it('answers the same with the subtree loaded ahead as through the loaders alone: fragments, aliases, a narrower data scope', async () => {
    const plain = `query($id: ID!) { orgUnit(id: $id) { code memberCount children { code memberCount children { code memberCount } } } }`;
    const fragments = `query($id: ID!) { orgUnit(id: $id) { ...U children { ...U children { ...U } } } } fragment U on OrgUnit { code memberCount }`;
    // Two different selections of children: the lookahead steps aside and the loaders answer level by level.
    const aliased = `query($id: ID!) { orgUnit(id: $id) { code memberCount a: children { code memberCount children { code memberCount } } b: children(includeDissolved: true) { code } } }`;
    const admin = api.as('s_tenant_admin');
    await admin.run('{ __typename }');
    const [p, f, a] = [await admin.run(plain, { id: smallRoot.id }), await admin.run(fragments, { id: smallRoot.id }), await admin.run(aliased, { id: smallRoot.id })];
    expect(f.data).toEqual(p.data);
    expect(a.data?.orgUnit.a).toEqual(p.data?.orgUnit.children);
    expect(a.data?.orgUnit.b.map((u: { code: string }) => u.code)).toEqual(p.data?.orgUnit.children.map((u: { code: string }) => u.code));
    expect([p.statements, f.statements]).toEqual([2, 2]);
    expect(a.statements).toBeGreaterThan(2);

    // A branch secretary reads the tree but counts only the members of their branch: loaded ahead or one unit at a time.
    const units = (p.data?.orgUnit.children as { code: string; children: { code: string }[] }[]).flatMap((u) => u.children);
    const branch = (await api.as('s_tenant_admin').run(`{ orgTree(depth: 3) { id code } }`)).data?.orgTree.find((u: { code: string }) => u.code === units[0].code);
    await makeSecretary(api, small, branch as OrgUnit);
    const secretary = api.as('s_branch_secretary');
    await secretary.run('{ __typename }');
    const ahead = await secretary.run(plain, { id: smallRoot.id });
    const counts = new Map<string, number>();
    for (const unit of ahead.data?.orgUnit.children.flatMap((u: { children: { code: string; memberCount: number }[] }) => u.children) ?? []) counts.set(unit.code, unit.memberCount);
    const tree = (await secretary.run(`{ orgTree(depth: 3) { id code depth } }`)).data?.orgTree.filter((u: { depth: number }) => u.depth === 2);
    for (const unit of tree) {
      const one = await secretary.run(`query($id: ID!) { orgUnit(id: $id) { memberCount } }`, { id: unit.id });
      expect([unit.code, counts.get(unit.code)]).toEqual([unit.code, one.data?.orgUnit.memberCount]);
    }
    expect(counts.get(units[0].code)).toBe(7 + 1);
    expect([...counts.values()].filter((n) => n > 0)).toHaveLength(1);
  });
});
