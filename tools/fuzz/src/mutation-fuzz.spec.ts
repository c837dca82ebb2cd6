import { getNamedType, getNullableType, isListType } from 'graphql';
import fc from 'fast-check';
import type { GraphQLField } from 'graphql';
import { MODULES } from '@zeren/modules';
import { createTestApi, type GqlResult, type TestApi } from '@zeren/api/testing';
import type { SweepArgs, SweepIds } from '@zeren/shared-graphql';
import { TenantOwnedEntity, dispatchPolicyOf, type Tenant } from '@zeren/tenancy';
import { DEMO_PASSWORD, seedSynthetic } from '@zeren/seed';
import { SweepGap, SweepWorld, collectFixtures, completeArgs, mutationFor, type Row } from '@zeren/isolation-sweep';
import { hostileArgs } from './lib/hostile-values';

type Field = GraphQLField<unknown, unknown>;

interface Caller {
  label: string;
  username: string;
  tenantKind: 'AGENCY' | 'COMMITTEE';
  /** The tenant whose rows the fixtures name and whose counts a success may change. */
  home: string;
}

// Fixed, so a CI failure reruns as it failed; ZEREN_FUZZ_SEED / ZEREN_FUZZ_RUNS explore further by hand.
const BASE_SEED = Number(process.env['ZEREN_FUZZ_SEED'] ?? 20261201);
const RUNS = Number(process.env['ZEREN_FUZZ_RUNS'] ?? 80);

// Codes that mean the server, not the client, went wrong (5xx at the gateway).
const SERVER_CODES = new Set(['INTERNAL_SERVER_ERROR', 'SERVICE_UNAVAILABLE']);
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** Arguments short enough to read in a finding: long strings and lists cut, with their length. */
function brief(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v === 'string' && v.length > 60) return `${v.slice(0, 20)}…(${v.length} chars)`;
    if (Array.isArray(v) && v.length > 5) return [...v.slice(0, 3), `…(${v.length} items)`];
    return v;
  });
}

/** A copy with every string's `token` (either case) swapped for `fresh`: a fixture's unique code, new on each run. */
function renewed(value: unknown, token: string, fresh: string): unknown {
  if (typeof value === 'string') return value.split(token).join(fresh).split(token.toLowerCase()).join(fresh.toLowerCase());
  if (Array.isArray(value)) return value.map((v) => renewed(v, token, fresh));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, renewed(v, token, fresh)]));
  return value;
}

/** A seed per caller and mutation, so that a new mutation leaves the others' runs as they were. */
function seedOf(label: string): number {
  let h = BASE_SEED | 0;
  for (const ch of label) h = (Math.imul(h, 31) + ch.charCodeAt(0)) | 0;
  return h;
}

/**
 * Hostile values at every mutation of the served schema, as A's admin, A's member and the committee
 * admin: no server error, no 5xx, no id of B or C in an answer, no row count moved by a refusal, and
 * a success moves only the caller's own tenant's counts. Mutations added later are fuzzed without a line here.
 */
describe('mutation fuzz', () => {
  let api: TestApi;
  let a: Tenant;
  let b: Tenant;
  let c: Tenant;
  let committee: Tenant;
  let world: SweepWorld;
  let callers: Caller[];
  /** Every id of B and C, with the tenant that owns it. */
  let foreign: Map<string, string>;
  let countQuery: string;
  const fixtures = collectFixtures(MODULES);
  const tally = new Map<string, number>();
  const totals = { requests: 0, succeeded: 0, internal: 0, status5xx: 0, partialWrites: 0, foreignIds: 0 };
  let uniques = 0;

  const mutations = () => Object.values(api.schema.getMutationType()!.getFields()) as Field[];
  const run = (caller: Caller, query: string, variables?: Record<string, unknown>) => api.as(caller.username).run(query, variables);

  /** Rows per table and tenant, as `table tenant` → count, in one statement. */
  const counts = async (): Promise<Map<string, number>> => {
    const rows: { t: string; g: string; n: number | string }[] = await api.dataSource.query(countQuery);
    return new Map(rows.map((r) => [`${r.t} ${r.g}`, Number(r.n)]));
  };
  const dispatchTables = new Set<string>();
  const moved = (before: Map<string, number>, after: Map<string, number>) =>
    [...new Set([...before.keys(), ...after.keys()])].filter((k) => (before.get(k) ?? 0) !== (after.get(k) ?? 0));

  /** The fixture's valid arguments for this caller, or why there are none (an unswept mutation gets generic ones). */
  const validArgs = async (field: Field, caller: Caller, home = caller.home): Promise<SweepArgs> => {
    const ids: SweepIds = {
      own(table, column = 'id') {
        const row = world.home(home, table);
        if (!row || !(column in row)) throw new SweepGap(`own('${table}', '${column}'): no such row for ${caller.label}`);
        return String(row[column]);
      },
      unique: `FZ${String(++uniques).padStart(4, '0')}`,
      callerTenantKind: caller.tenantKind,
    };
    const build = fixtures.mutations.get(field.name);
    // An unswept mutation takes ids of global rows no tenant owns (templates): an id nothing has, hostile enough.
    // A list of ids (setGridLiaisons' userIds) gets one such id in a list.
    const unknownIds = Object.fromEntries(
      field.args.filter((arg) => getNamedType(arg.type).name === 'ID').map((arg) => [arg.name, isListType(getNullableType(arg.type)) ? [`fz-unknown-${arg.name}`] : `fz-unknown-${arg.name}`]),
    );
    if (!build && fixtures.unswept.has(field.name)) return completeArgs(field, unknownIds, { ...fixtures.scalars, ID: 'fz-unknown-id' });
    return completeArgs(field, build ? await build(ids) : {}, fixtures.scalars);
  };

  beforeAll(async () => {
    api = await createTestApi({ modules: MODULES, password: DEMO_PASSWORD });
    for (const meta of api.dataSource.entityMetadatas) if (typeof meta.target === 'function' && dispatchPolicyOf(meta.target)) dispatchTables.add(meta.tableName);
    // The isolation sweep's data: the demo generator at a small size, three agencies and the committee.
    const seeded = await seedSynthetic(api.dataSource, { agencies: 3, members: 600, seed: 11, agenciesWithUsers: 3 });
    committee = seeded.committee;
    [a, b, c] = seeded.agencies;
    const prefix = a.code.toLowerCase();
    callers = [
      { label: `${prefix}_admin`, username: `${prefix}_admin`, tenantKind: 'AGENCY', home: a.id },
      { label: `${prefix}_member`, username: `${prefix}_member`, tenantKind: 'AGENCY', home: a.id },
      { label: 'gw_admin', username: 'gw_admin', tenantKind: 'COMMITTEE', home: committee.id },
    ];

    const owned = api.dataSource.entityMetadatas
      .filter((m) => typeof m.target === 'function' && m.target.prototype instanceof TenantOwnedEntity)
      .map((m) => m.tableName)
      // Every mutation appends to the audit log, refused or not: that is its job, not a partial write.
      .filter((t) => t !== 'audit_entry');
    countQuery = [
      ...owned.map((t) => `SELECT '${t}' AS t, tenant_id AS g, COUNT(*) AS n FROM ${t} GROUP BY tenant_id`),
      `SELECT 'tenant' AS t, id AS g, COUNT(*) AS n FROM tenant GROUP BY id`,
      `SELECT 'login_name' AS t, tenant_id AS g, COUNT(*) AS n FROM login_name GROUP BY tenant_id`,
    ].join(' UNION ALL ');

    // A user per home tenant for the user mutations to aim at: never a caller, whose token a reset or disable would void.
    const rows = new Map<string, Row[]>();
    for (const t of owned) rows.set(t, await api.dataSource.query(`SELECT * FROM ${t}`));
    const tenants: Row[] = await api.dataSource.query('SELECT * FROM tenant');
    world = new SweepWorld(owned.map((table) => ({ table, unitColumns: [], readAll: false })), rows, tenants, new Map(), new Map());
    const createUser = mutations().find((m) => m.name === 'createUser')!;
    const preferred = new Map<string, string>();
    for (const caller of [callers[0], callers[2]]) {
      const args = await validArgs(createUser, caller);
      const made = await run(caller, mutationFor(createUser, args, { probeId: '', scalars: fixtures.scalars }, 0), args);
      if (!made.data?.['createUser']) throw new Error(`Could not create ${caller.label}'s target user: ${made.errors?.[0]?.message}`);
      preferred.set(`${caller.home}:user`, made.data['createUser'].id);
    }
    rows.set('user', await api.dataSource.query('SELECT * FROM user'));
    world = new SweepWorld(owned.map((table) => ({ table, unitColumns: [], readAll: false })), rows, tenants, new Map(), preferred);
    foreign = new Map([b.id, c.id].flatMap((tenant) => [[tenant, tenant] as const, ...owned.flatMap((t) => world.rowsOf(t, tenant).map((r) => [r.id, tenant] as const))]));
  }, 120_000);
  afterAll(() => api.close());

  it('answers hostile arguments to every mutation, as every caller, without a server error, a foreign id or a partial write', async () => {
    const findings: string[] = [];
    // Other tenants' ids, a handful per table, for the ID slots.
    const foreignIds = [...new Set(world.owned.flatMap((t) => [b.id, c.id].flatMap((id) => world.rowsOf(t.table, id).slice(0, 3).map((r) => r.id))))];
    for (const field of mutations()) {
      for (const caller of callers) {
        let valid: SweepArgs;
        try {
          valid = await validArgs(field, caller);
        } catch (error) {
          if (!(error instanceof SweepGap)) throw error;
          // The committee owns no units or members: it gets A's rows, which it may not write.
          valid = await validArgs(field, caller, a.id);
        }
        const label = `${caller.label} ${field.name}`;
        // Otherwise every create after the first would only meet CONFLICT on its code or login name.
        const token = `FZ${String(uniques).padStart(4, '0')}`;
        // One run's counts after are the next one's before (nothing else writes between them): half the
        // count statements, which are most of this test's time on MySQL.
        let last = await counts();
        const property = fc.asyncProperty(hostileArgs(field, valid, { foreignIds }), async (generated) => {
          const args = renewed(generated, token, `FR${String(++uniques).padStart(4, '0')}`) as Record<string, unknown>;
          // The document names the arguments given, so a left-out required one is the server's to refuse.
          const query = mutationFor(field, args, { probeId: caller.home, scalars: fixtures.scalars }, 1);
          const before = last;
          totals.requests++;
          let result: GqlResult;
          try {
            result = await run(caller, query, args);
          } catch (error) {
            totals.internal++;
            throw new Error(`${label}(${brief(args)}) threw ${String(error)}`);
          }
          const codes = (result.errors ?? []).map((e) => String(e.extensions?.['code'] ?? 'NO_CODE'));
          const server = result.errors?.find((e, i) => SERVER_CODES.has(codes[i]) || codes[i] === 'NO_CODE');
          if (server) {
            totals.internal++;
            throw new Error(`${label}(${brief(args)}) answered ${String(server.extensions?.['code'])}: ${server.message}`);
          }
          if (result.status >= 500) {
            totals.status5xx++;
            throw new Error(`${label}(${brief(args)}) answered HTTP ${result.status}`);
          }
          // The committee reaches an agency's rows through its declared mutations: the rows it was given and their tenant.
          const reach = caller.tenantKind === 'COMMITTEE' && fixtures.committeeReach.has(field.name);
          const given = (reach && JSON.stringify(args).match(UUID)) || [];
          // …and, through them, that tenant's rows the answer nests (a visit's findings): the committee reads every agency anyway; only a third tenant is a leak.
          const reached = new Set(given.map((id) => foreign.get(id)).filter((t): t is string => !!t));
          const leaked = (JSON.stringify(result).match(UUID) ?? []).filter((id) => foreign.has(id) && ![...given].includes(id) && !reached.has(foreign.get(id)!));
          if (leaked.length) {
            totals.foreignIds++;
            throw new Error(`${label}(${brief(args)}) answered ids of another tenant: ${[...new Set(leaked)].join(', ')}`);
          }
          if (!result.errors?.length) totals.succeeded++;
          for (const code of new Set(codes)) tally.set(code, (tally.get(code) ?? 0) + 1);
          const known = new Set([...before.keys()].map((k) => k.split(' ')[1]));
          last = await counts();
          const diff = moved(before, last);
          // A refusal moves nothing; a success moves the caller's tenant, or a tenant it just created.
          // …or, for the committee, the agencies' rows of a dispatchable entity (work items it sends to every agency).
          const dispatched = (k: string) => caller.tenantKind === 'COMMITTEE' && dispatchTables.has(k.split(' ')[0]);
          const wrong = result.errors?.length ? diff : diff.filter((k) => k.split(' ')[1] !== caller.home && known.has(k.split(' ')[1]) && !dispatched(k));
          if (wrong.length) {
            totals.partialWrites++;
            throw new Error(`${label}(${brief(args)}) ${result.errors?.length ? `failed (${codes.join(', ')}) but` : 'succeeded and'} moved row counts ${wrong.join(', ')}`);
          }
        });
        try {
          await fc.assert(property, { seed: seedOf(label), numRuns: RUNS, endOnFailure: true });
        } catch (error) {
          // fast-check's report gives the seed and path to replay; the cause names the values, abbreviated.
          const head = (error as Error).message.split('\nCounterexample')[0].replace(/\n/g, ' ');
          findings.push(`${head}: ${String(((error as Error).cause as Error | undefined)?.message ?? error)}`);
        }
      }
    }
    console.log(
      `mutation fuzz: ${totals.requests} requests (${totals.succeeded} succeeded), ${totals.internal} internal errors, ${totals.status5xx} 5xx, ` +
        `${totals.partialWrites} partial writes, ${totals.foreignIds} foreign ids (${mutations().length} mutations × ${callers.length} callers, ${RUNS} runs each, seed ${BASE_SEED}); answers by code: ${[...tally].map(([k, n]) => `${k} ${n}`).join(', ')}`,
    );
    expect(findings).toEqual([]);
    expect(totals.requests).toBeGreaterThanOrEqual(mutations().length * callers.length * RUNS);
  }, 600_000);
});
