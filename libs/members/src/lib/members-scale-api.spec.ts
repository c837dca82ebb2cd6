import { TenantKind } from '@zeren/tenancy';
import { tenantDb } from '@zeren/tenancy/testing';
import { dataOf, type TestApi, type TestTenant } from '@zeren/api/testing';
import { OrgUnitKind as K, type OrgUnit, type PartyMember } from '@zeren/org-tree';
import { insertMembers, insertTree, makeSecretary } from '@zeren/org-tree/testing';
import { localDateOf, localYear } from '@zeren/shared-periods';
import { createMembersTestApi, pointsEntryRow } from '../testing';
import { PointsEntry } from './ledger/points-entry.entity';
import { EntryOrigin, EntryStatus } from './members.enums';

const YEAR = localYear();
const DAY = 86_400_000;

// The ledger page, the ranking and the participation figure cost the same statements at 10 entries
// (and members) as at about 1 000: every nested field is a per-request loader, every figure one statement.
describe('党员积分 at 10 and ~1 000 entries', () => {
  let api: TestApi;
  let t: TestTenant;
  let units: Map<string, OrgUnit>;
  let ruleId: string;
  const admin = 'a_tenant_admin';
  const secretary = 'a_branch_secretary';

  beforeAll(async () => {
    api = await createMembersTestApi();
    await api.addTenant('GW', TenantKind.COMMITTEE);
    t = await api.addTenant('A');
    units = await insertTree(api.dataSource, t.tenant.id, [
      ['DZ', K.PARTY_GROUP, null],
      ['ZB1', K.BRANCH, 'DZ'],
      ['XZ1', K.PARTY_CELL, 'ZB1'],
      ['ZB2', K.BRANCH, 'DZ'],
    ]);
    await makeSecretary(api, t, units.get('ZB1')!);
    ruleId = dataOf<{ id: string }>(
      await api.as(admin).run(`mutation($i: NewPointsRuleInput!) { createPointsRule(input: $i) { id } }`, { i: { year: YEAR, category: '学习教育', name: '参加集中学习', points: 1.5, evidenceRequired: false } }),
      'createPointsRule',
    ).id;
  }, 60_000);
  afterAll(() => api.close());

  const addMembers = (from: number, count: number) =>
    insertMembers(
      api.dataSource,
      t.tenant.id,
      Array.from({ length: count }, (_, i) => ({ name: `党员${from + i}`, unitId: units.get(['ZB1', 'XZ1', 'ZB2'][(from + i) % 3])!.id })),
    );
  /** `count` entries spread over the members and the last 60 days, every state, a reversal among them. */
  const addEntries = async (members: PartyMember[], count: number) => {
    const statuses = [EntryStatus.APPROVED, EntryStatus.APPROVED, EntryStatus.PENDING, EntryStatus.REJECTED];
    const rows = Array.from({ length: count }, (_, i) => {
      const occurredOn = localDateOf(new Date(Math.max(Date.now() - (i % 60) * DAY, Date.parse(`${YEAR}-01-01T12:00:00+08:00`))));
      return pointsEntryRow(t, members[i % members.length], { id: ruleId }, { occurredOn, status: statuses[i % statuses.length] });
    });
    const written = await tenantDb(api.dataSource, t.tenant.id).repo(PointsEntry).insert(rows);
    const first = written.find((e) => e.status === EntryStatus.APPROVED)!;
    const { id: _i, tenantId: _t, createdAt: _c, updatedAt: _u, ...kept } = first;
    await tenantDb(api.dataSource, t.tenant.id).repo(PointsEntry).insertOne({ ...kept, pointsTenths: -15, origin: EntryOrigin.REVERSAL, note: '冲正', reversesId: first.id });
  };

  const measured = async (username: string, query: string, variables?: Record<string, unknown>) => {
    await api.as(username).run('{ __typename }');
    const result = await api.as(username).run(query, variables);
    expect(result.errors).toBeUndefined();
    if (process.env['SHOW_SQL']) console.log(api.counter.statements.map((q) => q.slice(0, 160)).join('\n'));
    return { statements: result.statements, data: result.data! };
  };
  // A page smaller than the smallest ledger, with every nested field the portal shows.
  const PAGE = `{ pointsEntries(limit: 5) { total items { id status points occurredOn ruleName member { id name } unit { id name } rule { id name points } reversedBy { id points } files { id } evidenceIntact } } }`;
  const RANKING = `query($p: String!) { pointsRanking(periodKey: $p, limit: 5) { total items { points rank branchRank member { id name } branch { id name } } } }`;
  const PARTICIPATION = `query($p: String!) { pointsParticipation(periodKey: $p) { members participants rate } }`;
  // One at a time: the statement counter counts whatever runs while a request is measured.
  const pages = async () => [
    await measured(admin, PAGE),
    await measured(secretary, PAGE),
    await measured(admin, RANKING, { p: String(YEAR) }),
    await measured(secretary, RANKING, { p: String(YEAR) }),
    await measured(admin, PARTICIPATION, { p: String(YEAR) }),
  ];

  it('answers the ledger page, the ranking and participation in the same statements at 10 as at ~1 000', async () => {
    const few = await addMembers(0, 10);
    await addEntries(few, 10);
    const small = (await pages()).map((r) => r.statements);
    const more = await addMembers(10, 290);
    await addEntries([...few, ...more], 990);
    const results = await pages();
    expect(results[0].data['pointsEntries'].total).toBe(1_002);
    expect(results[2].data['pointsRanking'].total).toBe(301);
    expect(results.map((r) => r.statements)).toEqual(small);
  }, 120_000);
});
