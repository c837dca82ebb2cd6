import { TenantKind, newId } from '@zeren/tenancy';
import { tenantDb } from '@zeren/tenancy/testing';
import type { TestApi } from '@zeren/api/testing';
import { OrgUnitKind as K } from '@zeren/org-tree';
import { insertMembers, insertTree } from '@zeren/org-tree/testing';
import { localYear } from '@zeren/shared-periods';
import { createMembersTestApi, pointsEntryRow } from '../../testing';
import { PointsEntry } from '../ledger/points-entry.entity';
import { EntryStatus } from '../members.enums';

const YEAR = localYear();

// The ranking sums each member's approved entries of the period, then joins the sums to the members.
// SQLite's planner once took the tenant's approved entries of the period (ix_points_entry_tenant_status)
// for every member: members × entries rows read, 0.4 s at 1 000 members in tools/bench. The plan must
// read the tenant's entries once, from the covering member index, already in member order (no sort to
// group them), and materialise the sums once. Asserted on SQLite, whose plans do not depend on table
// statistics; MariaDB's do, and at a test's few rows it may rightly prefer a scan.
describe('积分排行 query plan', () => {
  let api: TestApi;
  const admin = 'a_tenant_admin';

  beforeAll(async () => {
    api = await createMembersTestApi();
    await api.addTenant('GW', TenantKind.COMMITTEE);
    const t = await api.addTenant('A');
    const units = await insertTree(api.dataSource, t.tenant.id, [
      ['DZ', K.PARTY_GROUP, null],
      ['ZB1', K.BRANCH, 'DZ'],
    ]);
    const members = await insertMembers(api.dataSource, t.tenant.id, Array.from({ length: 20 }, (_, i) => ({ name: `党员${i}`, unitId: units.get('ZB1')!.id })));
    const rule = { id: newId() };
    await tenantDb(api.dataSource, t.tenant.id)
      .repo(PointsEntry)
      .insert(members.flatMap((m, i) => [pointsEntryRow(t, m, rule, { occurredOn: `${YEAR}-01-0${(i % 9) + 1}` }), pointsEntryRow(t, m, rule, { status: EntryStatus.PENDING, occurredOn: `${YEAR}-01-10` })]));
  }, 60_000);
  afterAll(() => api.close());

  it("sums the tenant's entries once from the covering member index, then joins one row per member", async () => {
    if (api.dataSource.options.type !== 'better-sqlite3') return;
    await api.as(admin).run('{ __typename }');
    const result = await api.as(admin).run(`query($p: String!) { pointsRanking(periodKey: $p, limit: 5) { total items { rank } } }`, { p: String(YEAR) });
    expect(result.errors).toBeUndefined();
    const at = api.counter.statements.findIndex((sql) => /RANK\(\) OVER/.test(sql));
    expect(at).toBeGreaterThanOrEqual(0);
    const plan: { detail: string }[] = await api.dataSource.query(`EXPLAIN QUERY PLAN ${api.counter.statements[at]}`, api.counter.parameters[at]);
    const details = plan.map((p) => p.detail);
    expect(details).toContain('SEARCH e USING COVERING INDEX ix_points_entry_tenant_member (tenant_id=?)');
    expect(details).toContain('MATERIALIZE t');
    expect(details.filter((d) => /\be\b/.test(d))).toHaveLength(1);
    expect(details.some((d) => /GROUP BY|CORRELATED/.test(d))).toBe(false);
  });
});
