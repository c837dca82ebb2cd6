import { InspectionFinding } from '@zeren/supervision';
import { runModuleSeeds } from '@zeren/api/testing';
import { responsibilityModule } from '@zeren/responsibility';
import { inDependencyOrder, type ZerenModule } from '@zeren/api';
import { authModule } from '@zeren/auth';
import { filesModule } from '@zeren/files';
import { orgTreeModule } from '@zeren/org-tree';
import { localDateOf } from '@zeren/shared-periods';
import { Scope, TenantDb, tenancyModule, type SeedPlan } from '@zeren/tenancy';
import { openTestDatabase, StatementCounter, type TestDatabase } from '@zeren/tenancy/testing';
import { membersModule } from '../../index';
import { HonourService, twoYearsBefore } from '../honour/honour.service';
import { figuresOf } from '../honour/honour.figures';
import { createMembersSeeder } from './members.seeder';
import { BRIEF_HONOURS } from './honours.seeder';

const NOW = new Date('2026-12-03T02:00:00Z');
const TODAY = localDateOf(NOW);

const PLAN: SeedPlan = {
  seed: 11,
  committee: { code: 'GW', name: '市直机关工委' },
  agencies: Array.from({ length: 12 }, (_, i) =>
    i === 0 ? { code: 'CZJ', name: '市财政局', size: 1.2, demoUsers: true } : { code: `A${String(i).padStart(3, '0')}`, name: `东营市直单位${i}`, size: 1, demoUsers: false },
  ),
  members: 2_400,
  briefFigures: false,
};

const modules = (): ZerenModule[] => inDependencyOrder([tenancyModule, authModule, filesModule, orgTreeModule, responsibilityModule, { ...membersModule, seed: createMembersSeeder({ now: () => NOW, briefHonours: true }) }]);

type Row = Record<string, any>;
const day = (v: unknown) => (typeof v === 'string' ? v.slice(0, 10) : localDateOf(v as Date));

describe('honours seed (the brief’s figures)', () => {
  let db: TestDatabase;
  let statements: string[];
  const rows = (sql: string, params: unknown[] = []): Promise<Row[]> => db.dataSource.query(sql, params);

  beforeAll(async () => {
    const counter = new StatementCounter();
    // 星级评定's prefill reads libs/supervision's findings (the gateway composes supervision before members).
    db = await openTestDatabase({ entities: [...modules().flatMap((m) => m.entities ?? []), InspectionFinding], logger: counter });
    counter.start();
    await runModuleSeeds(db.dataSource, modules(), PLAN);
    statements = counter.statements.filter((s) => /honour|discipline/i.test(s));
    counter.stop();
  }, 120_000);
  afterAll(() => db.close());

  it('gives exactly 178 members, 87 party workers and 81 organisations commended at 市级 and above in the two years before today, recomputed from the rows', async () => {
    const { from, to } = twoYearsBefore(TODAY);
    const results = await new HonourService().results(new TenantDb(db.dataSource, Scope.system('spec')), from, to);
    const figures = figuresOf(results, from, to);
    expect([figures.members, figures.partyWorkers, figures.organisations]).toEqual([BRIEF_HONOURS.members, BRIEF_HONOURS.partyWorkers, BRIEF_HONOURS.organisations]);
    // The same by hand from the tables: approved nominations of rounds published in the window, and outside honours conferred in it.
    const byRound = await rows(
      `SELECT n.category, n.member_id, n.unit_id FROM honour_nomination n JOIN honour_round r ON r.id = n.round_id WHERE n.status = 'APPROVED' AND r.status = 'PUBLISHED' AND r.published_on BETWEEN ? AND ?`,
      [from, to],
    );
    const outside = await rows(`SELECT category, member_id, unit_id FROM outside_honour WHERE conferred_on BETWEEN ? AND ?`, [from, to]);
    const all = [...byRound, ...outside];
    const distinct = (category: string, key: string) => new Set(all.filter((r) => r.category === category).map((r) => r[key])).size;
    expect([distinct('MEMBER', 'member_id'), distinct('PARTY_WORKER', 'member_id'), distinct('ORGANISATION', 'unit_id')]).toEqual([178, 87, 81]);
  });

  it('leaves out what falls outside the window or was rejected, and has results of every level and both sources', async () => {
    const rejected = await rows(`SELECT reject_reason FROM honour_nomination WHERE status = 'REJECTED'`);
    expect(rejected.length).toBe(PLAN.agencies.length);
    expect(rejected.every((r) => r.reject_reason)).toBe(true);
    const old = await rows(`SELECT conferred_on FROM outside_honour WHERE conferred_on < ?`, [twoYearsBefore(TODAY).from]);
    expect(old.length).toBe(PLAN.agencies.length);
    const levels = await rows(`SELECT DISTINCT level FROM outside_honour`);
    expect(new Set(levels.map((r) => r.level))).toEqual(new Set(['NATIONAL', 'PROVINCIAL']));
  });

  it('opens a round for nominations today, with submitted nominations waiting, and keeps one discipline record per agency within its influence period', async () => {
    const open = await rows(`SELECT id, opens_on, closes_on, rules FROM honour_round WHERE status = 'OPEN'`);
    expect(open).toHaveLength(1);
    expect(day(open[0].opens_on) <= TODAY && TODAY <= day(open[0].closes_on)).toBe(true);
    expect(JSON.parse(open[0].rules).map((r: Row) => r.kind)).toEqual(['NOT_DISQUALIFIED', 'NO_DISCIPLINE', 'MIN_POINTS', 'MIN_STARS']);
    const waiting = await rows(`SELECT COUNT(*) AS n FROM honour_nomination WHERE round_id = ? AND status = 'SUBMITTED'`, [open[0].id]);
    expect(Number(waiting[0].n)).toBe(Math.ceil(PLAN.agencies.length / 3));
    const active = await rows(`SELECT tenant_id FROM discipline_record WHERE decided_on <= ? AND influence_ends_on >= ?`, [TODAY, TODAY]);
    expect(new Set(active.map((r) => r.tenant_id)).size).toBe(PLAN.agencies.length);
  });

  it('keeps the demo accounts free of honours and sanctions', async () => {
    const demo = await rows(`SELECT m.id FROM party_member m JOIN user u ON u.id = m.user_id WHERE u.username IN ('czj_member', 'czj_secretary', 'czj_admin')`);
    const ids = demo.map((r) => r.id);
    expect(ids.length).toBeGreaterThan(0);
    const touched = await rows(
      `SELECT member_id FROM honour_nomination WHERE member_id IN (${ids.map(() => '?').join(',')}) UNION ALL SELECT member_id FROM discipline_record WHERE member_id IN (${ids.map(() => '?').join(',')})`,
      [...ids, ...ids],
    );
    expect(touched).toEqual([]);
  });

  it('costs three inserts per agency and one statement pair per decision', () => {
    const inserts = statements.filter((s) => /^INSERT INTO [`"]?(honour_nomination|outside_honour|discipline_record)/i.test(s));
    expect(inserts).toHaveLength(3 * PLAN.agencies.length);
    expect(statements.filter((s) => /^INSERT INTO [`"]?honour_round/i.test(s))).toHaveLength(1);
  });
});
