import { TenantKind } from '@zeren/tenancy';
import type { TestApi, TestTenant } from '@zeren/api/testing';
import { createOrgTreeTestApi, insertMembers, insertTree, makeSecretary } from '../../testing';
import { OrgUnitKind as K } from './org-unit-kind.enum';
import type { OrgUnit } from './org-unit.entity';

const CREATE = `mutation($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id code depth parentId kind } }`;
const MOVE = `mutation($id: ID!, $parentId: ID!) { moveOrgUnit(id: $id, parentId: $parentId) { id depth parentId } }`;
const TREE = `query($id: ID, $depth: Int) { orgTree(id: $id, depth: $depth) { code depth parent { code } } }`;

describe('org units API', () => {
  let api: TestApi;
  let gw: TestTenant;
  let a: TestTenant;
  let b: TestTenant;
  let aUnits: Map<string, OrgUnit>;
  let bUnits: Map<string, OrgUnit>;
  const admin = () => api.as('a_tenant_admin');

  beforeAll(async () => {
    api = await createOrgTreeTestApi();
    gw = await api.addTenant('GW', TenantKind.COMMITTEE);
    a = await api.addTenant('A');
    b = await api.addTenant('B');
    aUnits = await insertTree(api.dataSource, a.tenant.id, [
      ['DZ', K.PARTY_GROUP, null],
      ['JG', K.ORGAN_PARTY_COMMITTEE, 'DZ'],
      ['ZZ1', K.GENERAL_BRANCH, 'JG'],
      ['ZB1', K.BRANCH, 'ZZ1'],
      ['XZ1', K.PARTY_CELL, 'ZB1'],
      ['ZB2', K.BRANCH, 'JG'],
      ['ZB3', K.BRANCH, 'JG'],
      ['ZB4', K.BRANCH, 'JG'],
    ]);
    bUnits = await insertTree(api.dataSource, b.tenant.id, [
      ['DW', K.PARTY_COMMITTEE, null],
      ['ZB1', K.BRANCH, 'DW'],
    ]);
  });
  afterAll(() => api.close());

  const id = (code: string) => aUnits.get(code)!.id;

  describe('a branch secretary (data scope: their branch’s subtree)', () => {
    const secretary = () => api.as('a_branch_secretary');
    beforeAll(async () => {
      await makeSecretary(api, a, aUnits.get('ZB4')!);
    });

    it('creates a party cell under their own branch', async () => {
      const res = await secretary().run(CREATE, { input: { parentId: id('ZB4'), kind: 'PARTY_CELL', name: '书记建的小组', code: 'XZ4' } });
      expect(res.errors).toBeUndefined();
    });

    it('cannot create under another branch, nor a second top-level unit', async () => {
      const other = await secretary().run(CREATE, { input: { parentId: id('ZB2'), kind: 'PARTY_CELL', name: '越权小组', code: 'XZ9' } });
      expect(other.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      const root = await secretary().run(CREATE, { input: { kind: 'PARTY_COMMITTEE', name: '越权党委', code: 'DW9' } });
      expect(root.errors?.[0].extensions?.code).toMatch(/FORBIDDEN|CONFLICT/);
    });

    it('still reads the whole tree of the agency', async () => {
      const res = await secretary().run(TREE, { depth: 5 });
      expect(res.data?.orgTree.map((u: { code: string }) => u.code)).toEqual(expect.arrayContaining(['DZ', 'ZB1', 'ZB2', 'ZB3', 'ZB4']));
    });

    it('is told that only their branch’s subtree is writable', async () => {
      const all = await secretary().run(`{ orgTree(depth: 5) { code writable } }`);
      const writable = all.data?.orgTree.filter((u: { writable: boolean }) => u.writable).map((u: { code: string }) => u.code);
      const subtree = await secretary().run(`query($id: ID) { orgTree(id: $id, depth: 5) { code } }`, { id: id('ZB4') });
      expect(writable).toContain('ZB4');
      expect(writable?.sort()).toEqual(subtree.data?.orgTree.map((u: { code: string }) => u.code).sort());
      expect(writable).not.toContain('DZ');
    });
  });

  it('tells each caller whether their scope writes into a unit', async () => {
    const WRITABLE = `query($id: ID!) { orgUnit(id: $id) { writable } }`;
    const writable = async (username: string, unitId: string, viewTenantId?: string) =>
      (await api.as(username, { viewTenantId }).run(WRITABLE, { id: unitId })).data?.orgUnit.writable;
    expect(await writable('a_tenant_admin', id('ZB2'))).toBe(true);
    expect(await writable('a_member', id('ZB2'))).toBe(false);
    expect(await writable('gw_committee_leader', id('ZB2'))).toBe(false);
    // The committee admin writes only into the committee's own tenant, and nothing through a narrowed view.
    expect(await writable('gw_committee_admin', id('ZB2'))).toBe(false);
    expect(await writable('gw_committee_admin', id('ZB2'), a.tenant.id)).toBe(false);
  });

  it('serves the kind rules the portal’s forms offer', async () => {
    const res = await api.as('a_member').run(`{ orgUnitRules { rootKinds maxDepth childKinds { kind children } } }`);
    expect(res.errors).toBeUndefined();
    const rules = res.data?.orgUnitRules;
    expect(rules.rootKinds).toEqual(['PARTY_GROUP', 'PARTY_COMMITTEE', 'ORGAN_PARTY_COMMITTEE']);
    expect(rules.maxDepth).toBe(7);
    const children = Object.fromEntries(rules.childKinds.map((c: { kind: string; children: string[] }) => [c.kind, c.children]));
    expect(Object.keys(children).sort()).toEqual(Object.values(K).sort());
    expect(children.BRANCH).toEqual(['PARTY_CELL']);
    expect(children.GENERAL_BRANCH).toEqual(['BRANCH', 'ACTION_BRANCH']);
    expect(children.PARTY_CELL).toEqual([]);
  });

  it('creates a unit under a parent with its depth', async () => {
    const res = await admin().run(CREATE, { input: { parentId: id('ZB2'), kind: 'PARTY_CELL', name: '第一党小组', code: 'XZ2' } });
    expect(res.errors).toBeUndefined();
    expect(res.data?.createOrgUnit).toMatchObject({ code: 'XZ2', depth: 3, parentId: id('ZB2'), kind: 'PARTY_CELL' });
  });

  it('refuses a kind the parent cannot hold (a branch cannot hold a party committee)', async () => {
    const res = await admin().run(CREATE, { input: { parentId: id('ZB2'), kind: 'PARTY_COMMITTEE', name: '错误党委', code: 'BAD1' } });
    expect(res.errors?.[0]).toMatchObject({ message: '党支部下不能设立党委', extensions: { code: 'BAD_USER_INPUT' } });
    expect(res.errors?.[0].extensions?.issues).toEqual([{ field: 'kind', message: '党支部下不能设立党委' }]);
  });

  it('allows one root per tenant', async () => {
    const res = await admin().run(CREATE, { input: { kind: 'PARTY_GROUP', name: '第二个党组', code: 'DZ2' } });
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: '本单位已有顶层党组织,每个单位只能有一个' });
  });

  it('refuses a branch as the root', async () => {
    const res = await api.as('gw_committee_admin').run(CREATE, { input: { kind: 'BRANCH', name: '工委支部', code: 'GZB' } });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('requires a task force and a start date for an action branch', async () => {
    const bad = await admin().run(CREATE, { input: { parentId: id('JG'), kind: 'ACTION_BRANCH', name: '项目行动支部', code: 'XD1' } });
    expect((bad.errors?.[0].extensions?.issues as { field: string }[]).map((i) => i.field)).toEqual(['taskForce', 'startsOn']);
    const ok = await admin().run(CREATE, {
      input: { parentId: id('JG'), kind: 'ACTION_BRANCH', name: '项目行动支部', code: 'XD1', taskForce: '重点项目集中办公专班', startsOn: '2025-03-01' },
    });
    expect(ok.errors).toBeUndefined();
  });

  it('puts a unit created or moved without an order after its siblings, whatever gaps their orders have', async () => {
    const parent = await admin().run(CREATE, { input: { parentId: id('JG'), kind: 'GENERAL_BRANCH', name: '排序总支', code: 'ZZ5' } });
    const parentId = parent.data?.createOrgUnit.id as string;
    for (const [i, sortOrder] of [50, 80, 110, 140].entries()) {
      const made = await admin().run(CREATE, { input: { parentId, kind: 'BRANCH', name: `排序支部${i}`, code: `PX${i}`, sortOrder } });
      expect(made.errors).toBeUndefined();
    }
    const added = await admin().run(CREATE, { input: { parentId, kind: 'BRANCH', name: '排序支部新', code: 'PXN' } });
    expect(added.errors).toBeUndefined();
    const elsewhere = await admin().run(CREATE, { input: { parentId: id('JG'), kind: 'BRANCH', name: '排序支部移入', code: 'PXM' } });
    const moved = await admin().run(MOVE, { id: elsewhere.data?.createOrgUnit.id, parentId });
    expect(moved.errors).toBeUndefined();
    const children = await admin().run(`query($id: ID!) { orgUnit(id: $id) { children { code sortOrder } } }`, { id: parentId });
    expect(children.data?.orgUnit.children).toEqual([
      { code: 'PX0', sortOrder: 50 },
      { code: 'PX1', sortOrder: 80 },
      { code: 'PX2', sortOrder: 110 },
      { code: 'PX3', sortOrder: 140 },
      { code: 'PXN', sortOrder: 150 },
      { code: 'PXM', sortOrder: 160 },
    ]);
  });

  it('refuses a duplicate code with CONFLICT', async () => {
    const res = await admin().run(CREATE, { input: { parentId: id('JG'), kind: 'BRANCH', name: '重复支部', code: 'ZB1' } });
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: '组织代码 ZB1 已被使用' });
  });

  it('moves a unit with its whole subtree and re-paths it', async () => {
    // ZZ1 (depth 2) with ZB1 and XZ1 moves directly under the party group (depth 1).
    const res = await admin().run(MOVE, { id: id('ZZ1'), parentId: id('DZ') });
    expect(res.errors).toBeUndefined();
    expect(res.data?.moveOrgUnit).toEqual({ id: id('ZZ1'), depth: 1, parentId: id('DZ') });
    const tree = await admin().run(TREE, { id: id('ZZ1'), depth: 5 });
    expect(tree.data?.orgTree).toEqual([
      { code: 'ZZ1', depth: 1, parent: { code: 'DZ' } },
      { code: 'ZB1', depth: 2, parent: { code: 'ZZ1' } },
      { code: 'XZ1', depth: 3, parent: { code: 'ZB1' } },
    ]);
    const cell = await admin().run(`query($id: ID!) { orgUnit(id: $id) { ancestors { code } } }`, { id: id('XZ1') });
    expect(cell.data?.orgUnit.ancestors.map((u: { code: string }) => u.code)).toEqual(['DZ', 'ZZ1', 'ZB1']);
    // And back, so the other tests see the original shape.
    expect((await admin().run(MOVE, { id: id('ZZ1'), parentId: id('JG') })).errors).toBeUndefined();
  });

  it('refuses a move under the unit itself or its own descendant (no cycles)', async () => {
    for (const target of ['JG', 'ZZ1', 'ZB1']) {
      const res = await admin().run(MOVE, { id: id('JG'), parentId: id(target) });
      expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: '不能把党组织移到它自身或其下级组织之下' });
    }
    const unchanged = await admin().run(TREE, { id: id('JG'), depth: 1 });
    expect(unchanged.data?.orgTree[0]).toEqual({ code: 'JG', depth: 1, parent: { code: 'DZ' } });
  });

  it('refuses a move that breaks the kind rules', async () => {
    const res = await admin().run(MOVE, { id: id('ZZ1'), parentId: id('ZB2') });
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: '党支部下不能设立党总支' });
  });

  it('dissolves an empty unit, refuses a unit with members or sub-units, and restores', async () => {
    const [member] = await insertMembers(api.dataSource, a.tenant.id, [{ name: '赵一', unitId: id('ZB3') }]);
    const dissolve = `mutation($id: ID!) { dissolveOrgUnit(id: $id, dissolvedOn: "2025-06-30") { dissolvedOn } }`;
    expect((await admin().run(dissolve, { id: id('ZB3') })).errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: '该党组织还有在册党员,请先转接党员组织关系' });
    expect((await admin().run(dissolve, { id: id('ZB1') })).errors?.[0].message).toBe('该党组织还有下级组织,请先撤销或移走下级组织');
    await admin().run(`mutation($id: ID!, $to: ID!) { transferPartyMember(id: $id, input: { toUnitId: $to }) { id } }`, { id: member.id, to: id('ZB2') });
    const done = await admin().run(dissolve, { id: id('ZB3') });
    expect(done.data?.dissolveOrgUnit).toEqual({ dissolvedOn: '2025-06-30' });
    expect((await admin().run(dissolve, { id: id('ZB3') })).errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: '该党组织已撤销' });
    const children = await admin().run(`query($id: ID!) { orgUnit(id: $id) { children { code } all: children(includeDissolved: true) { code } } }`, { id: id('JG') });
    expect(children.data?.orgUnit.children.map((u: { code: string }) => u.code)).not.toContain('ZB3');
    expect(children.data?.orgUnit.all.map((u: { code: string }) => u.code)).toContain('ZB3');
    const restored = await admin().run(`mutation($id: ID!) { restoreOrgUnit(id: $id) { dissolvedOn } }`, { id: id('ZB3') });
    expect(restored.data?.restoreOrgUnit).toEqual({ dissolvedOn: null });
    expect((await admin().run(`mutation($id: ID!) { restoreOrgUnit(id: $id) { id } }`, { id: id('ZB3') })).errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('does not return an org unit of another tenant', async () => {
    const res = await admin().run(`query($id: ID!) { orgUnit(id: $id) { id } }`, { id: bUnits.get('DW')!.id });
    expect(res.errors?.[0]).toMatchObject({ message: '党组织不存在', extensions: { code: 'NOT_FOUND' } });
    const roots = await admin().run(`{ orgRoots { code tenantId } orgTree(depth: 7) { tenantId } }`);
    expect(roots.data?.orgRoots).toEqual([{ code: 'DZ', tenantId: a.tenant.id }]);
    expect(roots.data?.orgTree.every((u: { tenantId: string }) => u.tenantId === a.tenant.id)).toBe(true);
  });

  it('does not move, change or dissolve an org unit of another tenant', async () => {
    const other = bUnits.get('ZB1')!.id;
    expect((await admin().run(MOVE, { id: other, parentId: id('JG') })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await admin().run(MOVE, { id: id('ZB2'), parentId: bUnits.get('DW')!.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await admin().run(`mutation($id: ID!) { updateOrgUnit(id: $id, input: { name: "改名" }) { id } }`, { id: other })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await admin().run(`mutation($id: ID!) { dissolveOrgUnit(id: $id) { id } }`, { id: other })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const same = await api.as('b_tenant_admin').run(`query($id: ID!) { orgUnit(id: $id) { name parentId dissolvedOn } }`, { id: other });
    expect(same.data?.orgUnit).toEqual({ name: '组织ZB1', parentId: bUnits.get('DW')!.id, dissolvedOn: null });
  });

  it('lets the committee read every tenant’s tree but change none of them', async () => {
    const roots = await api.as('gw_committee_leader').run(`{ orgRoots { code tenantId } }`);
    expect(roots.data?.orgRoots.map((u: { tenantId: string }) => u.tenantId).sort()).toEqual([a.tenant.id, b.tenant.id].sort());
    const read = await api.as('gw_committee_admin').run(`query($id: ID!) { orgUnit(id: $id) { code } }`, { id: bUnits.get('ZB1')!.id });
    expect(read.data?.orgUnit).toEqual({ code: 'ZB1' });
    const write = await api.as('gw_committee_admin').run(`mutation($id: ID!) { updateOrgUnit(id: $id, input: { name: "工委改名" }) { id } }`, { id: bUnits.get('ZB1')!.id });
    expect(write.errors?.[0]).toMatchObject({ message: '党组织不存在', extensions: { code: 'NOT_FOUND' } });
    const leader = await api.as('gw_committee_leader').run(CREATE, { input: { kind: 'PARTY_GROUP', name: '领导党组', code: 'LD' } });
    expect(leader.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('lets the committee admin build the committee’s own tree, written into the committee tenant', async () => {
    const res = await api.as('gw_committee_admin').run(`mutation { createOrgUnit(input: { kind: ORGAN_PARTY_COMMITTEE, name: "工委机关党委", code: "GWJG" }) { tenantId depth } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data?.createOrgUnit).toEqual({ tenantId: gw.tenant.id, depth: 0 });
  });

  it('refuses writes to a member of the tenant', async () => {
    const res = await api.as('a_member').run(CREATE, { input: { parentId: id('JG'), kind: 'BRANCH', name: '党员建的支部', code: 'ZB9' } });
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
