import type { GraphQLField } from 'graphql';
import { MODULES } from '@zeren/modules';
import { createTestApi, type TestApi } from '@zeren/api/testing';
import { TenantOwnedEntity, type Tenant } from '@zeren/tenancy';
import { AGENCY_USER_ROLES, COMMITTEE_USERS, DEMO_PASSWORD, seedSynthetic } from '@zeren/seed';
import { operationFor, takesId } from './lib/operation.builder';

/**
 * The tenancy proof. On data from the demo generator (the committee and agencies A, B, C), every query field runs
 * as every role of A — once per sample id of every tenant-owned table of A and B — and every
 * mutation that takes an id runs with B's and C's ids. Nothing of B or C may appear in any answer
 * or error, and none of their rows may change. Fields added later are swept without a line here.
 */
describe('isolation sweep', () => {
  let api: TestApi;
  let a: Tenant;
  let b: Tenant;
  let c: Tenant;
  let committee: Tenant;
  /** Every id that belongs to B or C: their rows' ids and the tenant ids themselves. */
  const foreign = new Set<string>();
  /** One id per tenant-owned table and tenant, to probe id arguments with. */
  const samples: { tenant: string; table: string; id: string }[] = [];
  const agencyUsers: string[] = [];

  const ownedTables = () =>
    api.dataSource.entityMetadatas.filter((m) => typeof m.target === 'function' && m.target.prototype instanceof TenantOwnedEntity);

  const snapshotOthers = async (): Promise<string> => {
    const parts: unknown[] = [];
    for (const meta of ownedTables()) {
      parts.push(await api.dataSource.query(`SELECT * FROM ${meta.tableName} WHERE tenant_id IN (?, ?) ORDER BY id`, [b.id, c.id]));
    }
    parts.push(await api.dataSource.query('SELECT * FROM tenant WHERE id IN (?, ?) ORDER BY id', [b.id, c.id]));
    return JSON.stringify(parts);
  };

  const leaks = (value: unknown): string[] => {
    const text = JSON.stringify(value);
    return [...foreign].filter((id) => text.includes(id));
  };

  beforeAll(async () => {
    api = await createTestApi({ modules: MODULES, password: DEMO_PASSWORD });
    // The demo's generator at a small size: every table filled for three agencies, quick on both engines.
    const seeded = await seedSynthetic(api.dataSource, { agencies: 3, members: 600, seed: 11, agenciesWithUsers: 3 });
    committee = seeded.committee;
    [a, b, c] = seeded.agencies;
    foreign.add(b.id).add(c.id);
    for (const meta of ownedTables()) {
      const rows: { id: string; tenant_id: string }[] = await api.dataSource.query(`SELECT id, tenant_id FROM ${meta.tableName}`);
      for (const row of rows) if (row.tenant_id === b.id || row.tenant_id === c.id) foreign.add(row.id);
      // B stands for every other agency (C differs only in name): A's own ids and B's are the probes.
      for (const tenant of [a, b]) {
        const row = rows.find((r) => r.tenant_id === tenant.id);
        if (row) samples.push({ tenant: tenant.code, table: meta.tableName, id: row.id });
      }
    }
    const prefix = a.code.toLowerCase();
    agencyUsers.push(...AGENCY_USER_ROLES.map((r) => `${prefix}_${r.suffix}`));
  }, 120_000);
  afterAll(() => api.close());

  it('has rows of B and C in every tenant-owned table to probe with', () => {
    const missing = ownedTables()
      .map((m) => m.tableName)
      .filter((table) => !samples.some((s) => s.table === table && s.tenant === b.code));
    expect(missing).toEqual([]);
  });

  it('shows no row or id of another tenant to any role of agency A, in any query', async () => {
    const queries = Object.values(api.schema.getQueryType()!.getFields()) as GraphQLField<unknown, unknown>[];
    const findings: string[] = [];
    let runs = 0;
    for (const field of queries) {
      const probes = takesId(field) ? [...samples.map((s) => s.id), a.id, b.id, c.id] : [a.id];
      for (const username of agencyUsers) {
        for (const probeId of probes) {
          const result = await api.as(username).run(operationFor('query', field, { probeId }));
          runs++;
          const found = leaks(result);
          if (found.length) findings.push(`${username} ${field.name}(${probeId}) leaked ${found.join(', ')}`);
        }
      }
    }
    expect(findings).toEqual([]);
    expect(runs).toBeGreaterThanOrEqual(queries.length * agencyUsers.length);
  }, 300_000);

  it('changes nothing of another tenant and leaks nothing, in any mutation given its ids', async () => {
    const mutations = (Object.values(api.schema.getMutationType()!.getFields()) as GraphQLField<unknown, unknown>[]).filter(takesId);
    const before = await snapshotOthers();
    const findings: string[] = [];
    const probes = [...samples.filter((s) => s.tenant !== a.code).map((s) => s.id), b.id, c.id];
    for (const field of mutations) {
      for (const username of agencyUsers) {
        for (const probeId of probes) {
          const result = await api.as(username).run(operationFor('mutation', field, { probeId }));
          const found = leaks(result);
          if (found.length) findings.push(`${username} ${field.name}(${probeId}) leaked ${found.join(', ')}`);
        }
      }
      if ((await snapshotOthers()) !== before) findings.push(`${field.name} changed rows of B or C`);
    }
    expect(findings).toEqual([]);
  }, 300_000);

  it('lets the committee read across all three agencies', async () => {
    const queries = Object.values(api.schema.getQueryType()!.getFields()) as GraphQLField<unknown, unknown>[];
    const seen = new Set<string>();
    for (const user of COMMITTEE_USERS) {
      for (const field of queries) {
        const result = await api.as(user.username).run(operationFor('query', field, { probeId: a.id }));
        const text = JSON.stringify(result.data ?? {});
        for (const tenant of [a, b, c, committee]) if (text.includes(tenant.id)) seen.add(tenant.code);
      }
    }
    expect([...seen].sort()).toEqual([a.code, b.code, c.code, committee.code].sort());
  }, 300_000);
});
