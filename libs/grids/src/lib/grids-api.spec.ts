import { DAY_MS, localDateOf } from '@zeren/shared-periods';
import { Role } from '@zeren/auth';
import { TenantKind, newId, type Tenant } from '@zeren/tenancy';
import { dataOf, errorCode, issueField, type TestApi, type TestTenant } from '@zeren/api/testing';
import { createGridsTestApi } from '../testing';
import { GridMembership } from './grid/grid.entity';

const GRID_FIELDS = 'id name position note leader { username } liaisons { username } agencies { id code } members { agencyId startsOn endsOn }';
const CREATE = `mutation($input: GridInput!) { createGrid(input: $input) { ${GRID_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: GridInput!) { updateGrid(id: $id, input: $input) { ${GRID_FIELDS} } }`;
const REMOVE = 'mutation($id: ID!) { removeGrid(id: $id) { id } }';
const ASSIGN = `mutation($gridId: ID!, $input: AssignAgenciesInput!) { assignAgenciesToGrid(gridId: $gridId, input: $input) { ${GRID_FIELDS} } }`;
const UNASSIGN = 'mutation($agencyId: ID!, $on: LocalDate!) { removeAgencyFromGrid(agencyId: $agencyId, on: $on) { agencyId startsOn endsOn } }';
const LIAISONS = `mutation($gridId: ID!, $userIds: [ID!]!) { setGridLiaisons(gridId: $gridId, userIds: $userIds) { ${GRID_FIELDS} } }`;
const GRIDS = `{ grids { ${GRID_FIELDS} } }`;
const GRID = `query($id: ID!) { grid(id: $id) { ${GRID_FIELDS} } }`;
const HISTORY = 'query($agencyId: ID!) { gridHistory(agencyId: $agencyId) { grid { name } agency { code } startsOn endsOn } }';
const WITHOUT = '{ agenciesWithoutGrid { id code } }';
const TENANTS = '{ tenants { code } }';
const TENANT = 'query($id: ID!) { tenant(id: $id) { code } }';

const daysAgo = (n: number) => localDateOf(new Date(Date.now() - n * DAY_MS));

describe('grids', () => {
  let api: TestApi;
  let gw: TestTenant;
  let codes = 0;
  const admin = () => api.as('gw_committee_admin');
  const leaderId = () => gw.users[Role.COMMITTEE_LEADER]!.id;

  /** Fresh agencies for one test, named apart from every other test's. */
  const agencies = async (n: number): Promise<Tenant[]> => {
    const made: Tenant[] = [];
    for (let i = 0; i < n; i++) made.push((await api.addTenant(`G${String(++codes).padStart(3, '0')}`)).tenant);
    return made;
  };
  const newGrid = async (name: string, members: Tenant[] = [], on = daysAgo(30)) => {
    const grid = dataOf(await admin().run(CREATE, { input: { name, leaderUserId: leaderId(), note: '' } }), 'createGrid');
    if (members.length) dataOf(await admin().run(ASSIGN, { gridId: grid.id, input: { agencyIds: members.map((t) => t.id), on } }), 'assignAgenciesToGrid');
    return grid as { id: string; name: string };
  };
  const codesOf = (ts: { code: string }[]) => ts.map((t) => t.code).sort();
  const gridNamed = async (name: string, username = 'gw_committee_admin') =>
    (dataOf<{ name: string; agencies: { code: string }[] }[]>(await api.as(username).run(GRIDS), 'grids')).find((g) => g.name === name);
  const memberRows = (agencyId: string) => api.dataSource.getRepository(GridMembership).find({ where: { agencyId }, order: { startsOn: 'ASC', createdAt: 'ASC' } });

  beforeAll(async () => {
    api = await createGridsTestApi();
    gw = await api.addTenant('GW', TenantKind.COMMITTEE);
  });
  afterAll(() => api.close());

  it('is created by the committee admin with a 工委班子 leader, in order, and audited', async () => {
    const first = dataOf(await admin().run(CREATE, { input: { name: '创建一网格', leaderUserId: leaderId(), note: ' 综合 ' } }), 'createGrid');
    const second = dataOf(await admin().run(CREATE, { input: { name: '创建二网格', leaderUserId: gw.users[Role.COMMITTEE_ADMIN]!.id, note: '' } }), 'createGrid');
    expect(first).toMatchObject({ name: '创建一网格', note: '综合', leader: { username: 'gw_committee_leader' }, liaisons: [], agencies: [] });
    expect(second.position).toBe(first.position + 1);
    const audit = dataOf(await admin().run('{ auditLog(operation: "createGrid", limit: 5) { items { outcome actorUsername } } }'), 'auditLog');
    expect(audit.items.slice(0, 2)).toEqual([
      { outcome: 'SUCCESS', actorUsername: 'gw_committee_admin' },
      { outcome: 'SUCCESS', actorUsername: 'gw_committee_admin' },
    ]);
    const renamed = dataOf(await admin().run(UPDATE, { id: first.id, input: { name: '创建一网格（改）', leaderUserId: leaderId(), note: '改', position: 9 } }), 'updateGrid');
    expect(renamed).toMatchObject({ name: '创建一网格（改）', note: '改', position: 9 });
    expect(dataOf(await admin().run(GRID, { id: first.id }), 'grid')).toMatchObject({ name: '创建一网格（改）', position: 9 });
  });

  it('refuses a leader outside the 工委班子, a duplicate or empty name, beside the field, saving nothing', async () => {
    await newGrid('重名网格');
    const [agency] = await agencies(1);
    const agencyUser = (await api.dataSource.query('SELECT id FROM user WHERE tenant_id = ?', [agency.id]))[0].id;
    const cases: [Record<string, unknown>, string, string][] = [
      [{ name: '重名网格', leaderUserId: leaderId(), note: '' }, 'name', '已有同名的网格'],
      [{ name: '  ', leaderUserId: leaderId(), note: '' }, 'input.name', '网格名称不能只包含空格'],
      [{ name: '新网格', leaderUserId: gw.users[Role.GRID_LIAISON]!.id, note: '' }, 'leaderUserId', '网格负责人应为在用的工委班子成员'],
      [{ name: '新网格', leaderUserId: agencyUser, note: '' }, 'leaderUserId', '网格负责人应为在用的工委班子成员'],
    ];
    const before = await api.dataSource.query('SELECT COUNT(*) AS n FROM grid');
    for (const [input, field, message] of cases) {
      const res = await admin().run(CREATE, { input });
      expect([errorCode(res), issueField(res), res.errors?.[0].message]).toEqual(['BAD_USER_INPUT', field, message]);
    }
    expect(await api.dataSource.query('SELECT COUNT(*) AS n FROM grid')).toEqual(before);
  });

  it('is changed by the committee admin only', async () => {
    const grid = await newGrid('只读网格');
    const [agency] = await agencies(1);
    for (const username of ['gw_committee_leader', 'gw_grid_liaison', `${agency.code.toLowerCase()}_tenant_admin`]) {
      const attempts = [
        await api.as(username).run(CREATE, { input: { name: `越权${username}`, leaderUserId: leaderId(), note: '' } }),
        await api.as(username).run(ASSIGN, { gridId: grid.id, input: { agencyIds: [agency.id], on: daysAgo(1) } }),
        await api.as(username).run(REMOVE, { id: grid.id }),
      ];
      expect([username, ...attempts.map(errorCode)]).toEqual([username, 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
    }
    expect(errorCode(await api.as(`${agency.code.toLowerCase()}_tenant_admin`).run(GRIDS))).toBe('FORBIDDEN');
    expect(dataOf(await api.as('gw_committee_leader').run(GRID, { id: grid.id }), 'grid').agencies).toEqual([]);
  });

  it('keeps each agency in one grid at a time: a move is dated, and the history keeps both', async () => {
    const [a, b, c] = await agencies(3);
    const one = await newGrid('调整一网格', [a, b], daysAgo(30));
    const two = await newGrid('调整二网格', [c], daysAgo(30));
    expect(codesOf((await gridNamed(one.name))!.agencies)).toEqual(codesOf([a, b]));
    const moved = dataOf(await admin().run(ASSIGN, { gridId: two.id, input: { agencyIds: [b.id, c.id], on: daysAgo(10) } }), 'assignAgenciesToGrid');
    expect(codesOf(moved.agencies)).toEqual(codesOf([b, c]));
    expect(codesOf((await gridNamed(one.name))!.agencies)).toEqual([a.code]);
    // c stayed where it was: its row is untouched.
    expect((await memberRows(c.id)).map((m) => [m.startsOn, m.endsOn])).toEqual([[daysAgo(30), null]]);
    const history = dataOf(await admin().run(HISTORY, { agencyId: b.id }), 'gridHistory');
    expect(history).toEqual([
      { grid: { name: two.name }, agency: { code: b.code }, startsOn: daysAgo(10), endsOn: null },
      { grid: { name: one.name }, agency: { code: b.code }, startsOn: daysAgo(30), endsOn: daysAgo(10) },
    ]);
    // Recomputed from the rows: every agency has exactly one open row.
    for (const t of [a, b, c]) expect((await memberRows(t.id)).filter((m) => m.endsOn === null)).toHaveLength(1);
  });

  it('refuses bad input for a move with a clear message, changing nothing', async () => {
    const [a, b] = await agencies(2);
    const grid = await newGrid('拒绝一网格', [a], daysAgo(5));
    const other = await newGrid('拒绝二网格');
    const rows = async () => JSON.stringify([await memberRows(a.id), await memberRows(b.id)]);
    const before = await rows();
    const cases: [Record<string, unknown>, string, string, string][] = [
      [{ gridId: other.id, input: { agencyIds: [a.id], on: daysAgo(6) } }, 'BAD_USER_INPUT', 'on', `调整日期不能早于该单位加入现网格的日期(${daysAgo(5)})`],
      [{ gridId: other.id, input: { agencyIds: [b.id, a.id], on: localDateOf(new Date(Date.now() + 2 * DAY_MS)) } }, 'BAD_USER_INPUT', 'on', '调整日期不能晚于今天'],
      [{ gridId: other.id, input: { agencyIds: [b.id, gw.tenant.id], on: daysAgo(1) } }, 'BAD_USER_INPUT', 'agencyIds', '网格单位应为在用的部门单位'],
      [{ gridId: other.id, input: { agencyIds: [b.id, newId()], on: daysAgo(1) } }, 'BAD_USER_INPUT', 'agencyIds', '网格单位应为在用的部门单位'],
      [{ gridId: other.id, input: { agencyIds: [], on: daysAgo(1) } }, 'BAD_USER_INPUT', 'agencyIds', '请选择单位'],
      [{ gridId: newId(), input: { agencyIds: [b.id], on: daysAgo(1) } }, 'NOT_FOUND', '', '网格不存在'],
    ];
    for (const [variables, code, field, message] of cases) {
      const res = await admin().run(ASSIGN, variables);
      expect([errorCode(res), issueField(res) ?? '', res.errors?.[0].message]).toEqual([code, field, message]);
    }
    expect(await rows()).toEqual(before);
    expect(codesOf((await gridNamed(grid.name))!.agencies)).toEqual([a.code]);
  });

  it('has the database refuse a second current grid for an agency (what a racing move would write)', async () => {
    const [a] = await agencies(1);
    const one = await newGrid('并发一网格', [a], daysAgo(3));
    const two = await newGrid('并发二网格');
    const row = { id: newId(), gridId: two.id, agencyId: a.id, startsOn: daysAgo(1), endsOn: null, currentAgencyId: a.id, createdAt: new Date(), updatedAt: new Date() };
    await expect(api.dataSource.getRepository(GridMembership).insert(row)).rejects.toThrow();
    expect(codesOf((await gridNamed(one.name))!.agencies)).toEqual([a.code]);
  });

  it('takes an agency out of its grid, and removes a grid only once it is empty', async () => {
    const [a] = await agencies(1);
    const grid = await newGrid('删除网格', [a], daysAgo(8));
    expect(errorCode(await admin().run(REMOVE, { id: grid.id }))).toBe('CONFLICT');
    expect(dataOf(await admin().run(UNASSIGN, { agencyId: a.id, on: daysAgo(2) }), 'removeAgencyFromGrid')).toEqual({ agencyId: a.id, startsOn: daysAgo(8), endsOn: daysAgo(2) });
    expect(codesOf(dataOf(await admin().run(WITHOUT), 'agenciesWithoutGrid'))).toContain(a.code);
    const again = await admin().run(UNASSIGN, { agencyId: a.id, on: daysAgo(1) });
    expect([errorCode(again), again.errors?.[0].message]).toEqual(['CONFLICT', '该单位目前不在任何网格中']);
    expect(errorCode(await admin().run(UNASSIGN, { agencyId: newId(), on: daysAgo(1) }))).toBe('NOT_FOUND');
    expect(dataOf(await admin().run(REMOVE, { id: grid.id }), 'removeGrid')).toEqual({ id: grid.id });
    expect(errorCode(await admin().run(GRID, { id: grid.id }))).toBe('NOT_FOUND');
    // The agency's history keeps its time in the removed grid.
    expect(dataOf(await admin().run(HISTORY, { agencyId: a.id }), 'gridHistory')).toEqual([{ grid: null, agency: { code: a.code }, startsOn: daysAgo(8), endsOn: daysAgo(2) }]);
  });

  it('lists the active agencies in no grid', async () => {
    const [a, b] = await agencies(2);
    await newGrid('未划分网格', [a]);
    const without = codesOf(dataOf(await admin().run(WITHOUT), 'agenciesWithoutGrid'));
    expect([without.includes(a.code), without.includes(b.code), without.includes('GW')]).toEqual([false, true, false]);
  });

  it('sets liaisons from the committee users holding GRID_LIAISON only', async () => {
    const grid = await newGrid('联系人网格');
    const bad = await admin().run(LIAISONS, { gridId: grid.id, userIds: [gw.users[Role.COMMITTEE_LEADER]!.id] });
    expect([errorCode(bad), issueField(bad)]).toEqual(['BAD_USER_INPUT', 'userIds']);
    const set = dataOf(await admin().run(LIAISONS, { gridId: grid.id, userIds: [gw.users[Role.GRID_LIAISON]!.id] }), 'setGridLiaisons');
    expect(set.liaisons).toEqual([{ username: 'gw_grid_liaison' }]);
    expect(dataOf(await admin().run(LIAISONS, { gridId: grid.id, userIds: [] }), 'setGridLiaisons').liaisons).toEqual([]);
  });

  describe('a liaison', () => {
    let x: Tenant;
    let y: Tenant;
    let z: Tenant;
    let mine: { id: string; name: string };
    let theirs: { id: string; name: string };
    const liaison = () => api.as('gw_grid_liaison');

    beforeAll(async () => {
      // Liaisons of earlier tests' grids are cleared: this one is the liaison's only grid.
      await api.dataSource.query('DELETE FROM grid_liaison');
      [x, y, z] = await agencies(3);
      mine = await newGrid('联系一网格', [x, y]);
      theirs = await newGrid('联系二网格', [z]);
      dataOf(await admin().run(LIAISONS, { gridId: mine.id, userIds: [gw.users[Role.GRID_LIAISON]!.id] }), 'setGridLiaisons');
    });

    it('reads exactly the agencies of their grid, and the committee leader every agency', async () => {
      expect(codesOf(dataOf(await liaison().run(TENANTS), 'tenants'))).toEqual(codesOf([x, y, gw.tenant]));
      expect(dataOf(await liaison().run(TENANT, { id: x.id }), 'tenant')).toEqual({ code: x.code });
      expect(errorCode(await liaison().run(TENANT, { id: z.id }))).toBe('NOT_FOUND');
      expect(codesOf(dataOf(await api.as('gw_committee_leader').run(TENANTS), 'tenants'))).toEqual(expect.arrayContaining(codesOf([x, y, z, gw.tenant])));
    });

    it("does not show another grid's agencies in grids, agenciesWithoutGrid or gridHistory", async () => {
      expect(codesOf((await gridNamed(mine.name, 'gw_grid_liaison'))!.agencies)).toEqual(codesOf([x, y]));
      const other = dataOf(await liaison().run(GRID, { id: theirs.id }), 'grid');
      expect([other.agencies, other.members]).toEqual([[], []]);
      expect(dataOf(await liaison().run(WITHOUT), 'agenciesWithoutGrid')).toEqual([]);
      expect(errorCode(await liaison().run(HISTORY, { agencyId: z.id }))).toBe('NOT_FOUND');
      expect(dataOf(await liaison().run(HISTORY, { agencyId: x.id }), 'gridHistory')).toHaveLength(1);
    });

    it('stops reading an agency on the next request once the committee moves it out, with the same token', async () => {
      expect(dataOf(await liaison().run(TENANT, { id: y.id }), 'tenant')).toEqual({ code: y.code });
      dataOf(await admin().run(ASSIGN, { gridId: theirs.id, input: { agencyIds: [y.id], on: daysAgo(1) } }), 'assignAgenciesToGrid');
      expect(errorCode(await liaison().run(TENANT, { id: y.id }))).toBe('NOT_FOUND');
      expect(codesOf(dataOf(await liaison().run(TENANTS), 'tenants'))).toEqual(codesOf([x, gw.tenant]));
      // And reads it again once it is moved back.
      dataOf(await admin().run(ASSIGN, { gridId: mine.id, input: { agencyIds: [y.id], on: daysAgo(0) } }), 'assignAgenciesToGrid');
      expect(dataOf(await liaison().run(TENANT, { id: y.id }), 'tenant')).toEqual({ code: y.code });
    });

    it('costs one statement per request for the grid, whatever its size', async () => {
      const cost = async (username: string) => {
        await api.as(username).run(TENANTS); // the session is cached from here on
        return (await api.as(username).run(TENANTS)).statements;
      };
      const small = (await cost('gw_grid_liaison')) - (await cost('gw_committee_leader'));
      dataOf(await admin().run(ASSIGN, { gridId: mine.id, input: { agencyIds: (await agencies(5)).map((t) => t.id), on: daysAgo(0) } }), 'assignAgenciesToGrid');
      const large = (await cost('gw_grid_liaison')) - (await cost('gw_committee_leader'));
      expect([small, large]).toEqual([1, 1]);
    });
  });
});
