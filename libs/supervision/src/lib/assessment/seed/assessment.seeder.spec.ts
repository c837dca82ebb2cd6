import { runModuleSeeds } from '@zeren/api/testing';
import type { DataSource } from 'typeorm';
import { inDependencyOrder, type ZerenModule } from '@zeren/api';
import { authModule } from '@zeren/auth';
import { filesModule } from '@zeren/files';
import { orgTreeModule } from '@zeren/org-tree';
import { responsibilityModule } from '@zeren/responsibility';
import { workModule } from '@zeren/work';
import { Scope, TenantDb, tenancyModule, type SeedPlan } from '@zeren/tenancy';
import { openTestDatabase, type TestDatabase } from '@zeren/tenancy/testing';
import { supervisionModule } from '../../../index';
import { AccountabilityService } from '../../accountability/accountability.service';
import { BRIEF_DISQUALIFIED, createAssessmentSeeder } from './assessment.seeder';

// Late November: this year's results are as computed so far, the two years before are published.
const NOW = new Date('2026-11-24T02:00:00Z');

const plan = (agencies: number, briefFigures: boolean): SeedPlan => ({
  seed: 20_141_001,
  committee: { code: 'GW', name: '市直机关工委' },
  agencies: Array.from({ length: agencies }, (_, i) => ({ code: `A${String(i).padStart(3, '0')}`, name: `东营市直单位${i}`, size: 1, demoUsers: i < 2 })),
  members: 0,
  briefFigures,
});

/**
 * Only the tenancy and auth seeds before this part: the assessment reads whatever the other parts
 * wrote, and must come out with the brief's 17 from any spread of scores (here: agencies alike but
 * for their 加减分, so ties at the bottom are the rule).
 */
const modules: ZerenModule[] = inDependencyOrder([tenancyModule, authModule, filesModule, orgTreeModule, responsibilityModule, workModule, supervisionModule]);
const seeded = [tenancyModule, authModule, { name: 'supervision', seed: createAssessmentSeeder({ now: () => NOW }) }];

type Row = Record<string, any>;
const rows = (dataSource: DataSource, sql: string): Promise<Row[]> => dataSource.query(sql);

describe('assessment seed', () => {
  let full: TestDatabase;

  beforeAll(async () => {
    full = await openTestDatabase({ entities: modules.flatMap((m) => m.entities ?? []) });
    await runModuleSeeds(full.dataSource, seeded, plan(99, true));
  }, 180_000);
  afterAll(() => full.close());

  it('confirms 取消评先 for exactly the brief’s 17 units over the last three years (6, 6, 5), and the figure says so', async () => {
    const confirmed = await rows(full.dataSource, `SELECT year, COUNT(*) AS n FROM accountability_measure WHERE kind = 'DISQUALIFY' AND status = 'CONFIRMED' GROUP BY year ORDER BY year`);
    expect(confirmed.map((r) => [Number(r.year), Number(r.n)])).toEqual([2024, 2025, 2026].map((year, i) => [year, BRIEF_DISQUALIFIED[i]]));
    const figures = await new AccountabilityService().disqualifications(new TenantDb(full.dataSource, Scope.system('spec')), 2026, 3);
    expect([figures.measures, figures.units]).toEqual([17, 17]);
    expect(figures.years.map((y) => y.units)).toEqual([...BRIEF_DISQUALIFIED]);
  });

  it('writes a published scheme and every agency’s result for each year, the past years’ results published, and every 加减分 and dismissal with its reason', async () => {
    const schemes = await rows(full.dataSource, 'SELECT year, status FROM assessment_scheme ORDER BY year');
    expect(schemes.map((s) => [Number(s.year), s.status])).toEqual([
      [2024, 'RESULTS_PUBLISHED'],
      [2025, 'RESULTS_PUBLISHED'],
      [2026, 'PUBLISHED'],
    ]);
    const results = await rows(full.dataSource, 'SELECT year, COUNT(*) AS n, COUNT(DISTINCT tenant_id) AS tenants FROM assessment_result GROUP BY year ORDER BY year');
    expect(results.map((r) => [Number(r.n), Number(r.tenants)])).toEqual([
      [99, 99],
      [99, 99],
      [99, 99],
    ]);
    const adjustments = await rows(full.dataSource, 'SELECT tenant_id, reason, points_centi FROM assessment_adjustment');
    expect(adjustments.length).toBeGreaterThan(3 * 3);
    expect(adjustments.every((a) => a.reason.length > 0 && Number(a.points_centi) !== 0)).toBe(true);
    const dismissed = await rows(full.dataSource, `SELECT dismiss_reason FROM accountability_measure WHERE status = 'DISMISSED'`);
    expect(dismissed.length).toBeGreaterThan(0);
    expect(dismissed.every((m) => m.dismiss_reason?.length > 0)).toBe(true);
    // Past years are decided; this year leaves some proposals on the committee's desk.
    const open = await rows(full.dataSource, `SELECT year, COUNT(*) AS n FROM accountability_measure WHERE status = 'PROPOSED' GROUP BY year`);
    expect(open.map((r) => Number(r.year))).toEqual(open.length ? [2026] : []);
  });

  it('gives each of the first three agencies a 加减分 every year (the isolation sweep probes them)', async () => {
    const firstThree = await rows(full.dataSource, `SELECT t.code, COUNT(*) AS n FROM assessment_adjustment a JOIN tenant t ON t.id = a.tenant_id WHERE t.code IN ('A000', 'A001', 'A002') GROUP BY t.code ORDER BY t.code`);
    expect(firstThree.map((r) => [r.code, Number(r.n)])).toEqual([
      ['A000', 3],
      ['A001', 3],
      ['A002', 3],
    ]);
  });
});
