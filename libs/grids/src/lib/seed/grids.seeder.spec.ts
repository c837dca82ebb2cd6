import { runModuleSeeds } from '@zeren/api/testing';
import { inDependencyOrder, type ZerenModule } from '@zeren/api';
import { authModule } from '@zeren/auth';
import { tenancyModule, type SeedPlan } from '@zeren/tenancy';
import { openTestDatabase, StatementCounter, type TestDatabase } from '@zeren/tenancy/testing';
import { gridsModule } from '../../index';
import { DEMO_GRIDS } from './grids.data';

const modules: ZerenModule[] = inDependencyOrder([tenancyModule, authModule, gridsModule]);
type Row = Record<string, any>;

const plan = (agencies: { code: string; name: string }[]): SeedPlan => ({
  seed: 7,
  committee: { code: 'GW', name: '市直机关工委' },
  agencies: agencies.map((a, i) => ({ ...a, size: 1, demoUsers: i === 0 })),
  members: 0,
  briefFigures: false,
});

async function seeded(p: SeedPlan): Promise<{ db: TestDatabase; inserts: number; rows: (sql: string) => Promise<Row[]> }> {
  const counter = new StatementCounter();
  const db = await openTestDatabase({ entities: modules.flatMap((m) => m.entities ?? []), logger: counter });
  counter.start();
  await runModuleSeeds(db.dataSource, modules, p);
  counter.stop();
  const inserts = counter.statements.filter((s) => /^INSERT INTO [`"]?grid/i.test(s)).length;
  return { db, inserts, rows: (sql) => db.dataSource.query(sql) };
}

/** Each agency's current grid, by code, recomputed from the rows. */
async function gridsByCode(rows: (sql: string) => Promise<Row[]>): Promise<Map<string, string>> {
  const current = await rows('SELECT t.code AS code, g.name AS name FROM grid_membership m JOIN tenant t ON t.id = m.agency_id JOIN grid g ON g.id = m.grid_id WHERE m.ends_on IS NULL');
  return new Map(current.map((r) => [String(r.code), String(r.name)]));
}

describe('grids seed', () => {
  describe('on the Dongying register', () => {
    let world: Awaited<ReturnType<typeof seeded>>;
    const codes = DEMO_GRIDS.flatMap((g) => g.agencies);

    beforeAll(async () => {
      world = await seeded(plan(codes.map((code) => ({ code, name: `单位${code}` }))));
    }, 60_000);
    afterAll(() => world.db.close());

    it('puts every agency in exactly one of the ten grids, by sector, in three inserts', async () => {
      const byCode = await gridsByCode(world.rows);
      expect(byCode.size).toBe(99);
      expect(new Set(byCode.values()).size).toBe(10);
      expect(await world.rows('SELECT agency_id FROM grid_membership')).toHaveLength(99);
      for (const g of DEMO_GRIDS) for (const code of g.agencies) expect([code, byCode.get(code)]).toEqual([code, g.name]);
      expect(world.inserts).toBe(3);
    });

    it('has each grid led by a committee admin or leader, and gw_liaison liaise with 市财政局’s grid', async () => {
      const grids = await world.rows('SELECT g.name AS name, u.roles AS roles FROM grid g JOIN user u ON u.id = g.leader_user_id ORDER BY g.position');
      expect(grids.map((g) => g.name)).toEqual(DEMO_GRIDS.map((g) => g.name));
      for (const g of grids) expect(String(g.roles)).toMatch(/COMMITTEE_(ADMIN|LEADER)/);
      const liaisons = await world.rows('SELECT g.name AS name, u.username AS username FROM grid_liaison l JOIN grid g ON g.id = l.grid_id JOIN user u ON u.id = l.user_id');
      expect(liaisons).toEqual([{ name: (await gridsByCode(world.rows)).get('CZJ'), username: 'gw_liaison' }]);
    });
  });

  it('deals a synthetic set round the grids: the first agency is the liaison’s, the next two are not', async () => {
    const world = await seeded(plan([1, 2, 3].map((i) => ({ code: `S000${i}`, name: `单位${i}` }))));
    try {
      const byCode = await gridsByCode(world.rows);
      expect([byCode.get('S0001'), byCode.get('S0002'), byCode.get('S0003')]).toEqual(DEMO_GRIDS.slice(0, 3).map((g) => g.name));
    } finally {
      await world.db.close();
    }
  });
});
