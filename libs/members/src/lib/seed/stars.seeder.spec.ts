import { InspectionFinding } from '@zeren/supervision';
import { runModuleSeeds } from '@zeren/api/testing';
import { responsibilityModule } from '@zeren/responsibility';
import { inDependencyOrder, type ZerenModule } from '@zeren/api';
import { authModule } from '@zeren/auth';
import { filesModule } from '@zeren/files';
import { orgTreeModule } from '@zeren/org-tree';
import { tenancyModule, type SeedPlan } from '@zeren/tenancy';
import { openTestDatabase, type TestDatabase } from '@zeren/tenancy/testing';
import { membersModule } from '../../index';
import { createMembersSeeder } from './members.seeder';

const NOW = new Date('2026-12-03T02:00:00Z');
const YEAR = 2026;

const PLAN: SeedPlan = {
  seed: 11,
  committee: { code: 'GW', name: '市直机关工委' },
  agencies: Array.from({ length: 4 }, (_, i) =>
    i === 0 ? { code: 'CZJ', name: '市财政局', size: 1.2, demoUsers: true } : { code: `A${String(i).padStart(3, '0')}`, name: `东营市直单位${i}`, size: 1, demoUsers: false },
  ),
  members: 800,
  briefFigures: false,
};

const modules = (): ZerenModule[] => inDependencyOrder([tenancyModule, authModule, filesModule, orgTreeModule, responsibilityModule, { ...membersModule, seed: createMembersSeeder({ now: () => NOW }) }]);

type Row = Record<string, any>;

describe('stars seed', () => {
  let db: TestDatabase;
  const rows = (sql: string, params: unknown[] = []): Promise<Row[]> => db.dataSource.query(sql, params);

  beforeAll(async () => {
    db = await openTestDatabase({ entities: [...modules().flatMap((m) => m.entities ?? []), InspectionFinding] });
    await runModuleSeeds(db.dataSource, modules(), PLAN);
  }, 120_000);
  afterAll(() => db.close());

  it('names every branch in the last two years, with a spread of stars and movement between them', async () => {
    expect((await rows(`SELECT year, status FROM star_scheme ORDER BY year`)).map((s) => [Number(s.year), s.status])).toEqual([
      [YEAR - 2, 'CLOSED'],
      [YEAR - 1, 'CLOSED'],
      [YEAR, 'OPEN'],
    ]);
    const branches = await rows(`SELECT id FROM org_unit WHERE kind = 'BRANCH' AND dissolved_on IS NULL`);
    const past = await rows(`SELECT unit_id, year, status, stars, named_stars FROM star_rating WHERE year < ?`, [YEAR]);
    expect(past).toHaveLength(branches.length * 2);
    expect(past.every((r) => r.status === 'NAMED' && Number(r.named_stars) === Number(r.stars))).toBe(true);
    expect(new Set(past.map((r) => Number(r.named_stars))).size).toBeGreaterThanOrEqual(4);
    const before = new Map(past.filter((r) => Number(r.year) === YEAR - 2).map((r) => [r.unit_id, Number(r.named_stars)]));
    const moves = past.filter((r) => Number(r.year) === YEAR - 1).map((r) => Math.sign(Number(r.named_stars) - before.get(r.unit_id)!));
    expect(moves).toEqual(expect.arrayContaining([1, -1, 0]));
  });

  it('starts this year’s ratings from the records and leaves them in every step, one in 公示 with an objection per agency; the demo secretary’s branch in 自评', async () => {
    const current = await rows(`SELECT id, tenant_id, unit_id, status, scores FROM star_rating WHERE year = ?`, [YEAR]);
    expect(new Set(current.map((r) => r.status))).toEqual(new Set(['DRAFT', 'SELF_SUBMITTED', 'PARTY_REVIEWED', 'COMMITTEE_CONFIRMED', 'PUBLICIZED']));
    for (const r of current) {
      const scores = JSON.parse(r.scores) as { key: string; prefilled: number | null }[];
      expect(scores.map((s) => [s.key, s.prefilled === null])).toEqual([['duty', false], ['points', false], ['stage', false], ['inspect', false], ['base', true]]);
    }
    const objections = await rows(`SELECT o.tenant_id, o.status, r.status AS rating_status, r.year FROM star_objection o JOIN star_rating r ON r.id = o.rating_id`);
    const open = objections.filter((o) => Number(o.year) === YEAR);
    expect(new Set(open.map((o) => o.tenant_id)).size).toBe(PLAN.agencies.length);
    expect(open.every((o) => o.status === 'OPEN' && o.rating_status === 'PUBLICIZED')).toBe(true);
    // Last year's, one per agency, answered before naming.
    const past = objections.filter((o) => Number(o.year) === YEAR - 1);
    expect([past.length, past.every((o) => o.status === 'ANSWERED' && o.rating_status === 'NAMED')]).toEqual([PLAN.agencies.length, true]);
    const [home] = await rows(
      `SELECT r.status FROM star_rating r JOIN party_member m ON m.unit_id = r.unit_id AND m.tenant_id = r.tenant_id JOIN login_name l ON l.user_id = m.user_id WHERE l.username = ? AND r.year = ?`,
      ['czj_secretary', YEAR],
    );
    expect(home?.status).toBe('DRAFT');
  });
});
