import { InspectionFinding } from '@zeren/supervision';
import { runModuleSeeds } from '@zeren/api/testing';
import { responsibilityModule } from '@zeren/responsibility';
import { inDependencyOrder, type ZerenModule } from '@zeren/api';
import { authModule, Role, type Principal, type RequestContext } from '@zeren/auth';
import { filesModule } from '@zeren/files';
import { orgTreeModule } from '@zeren/org-tree';
import { Cadence, localDateOf, periodOf, startOfLocalDay } from '@zeren/shared-periods';
import { Scope, TenantDb, TenantKind, tenancyModule, unitsData, type SeedPlan } from '@zeren/tenancy';
import { openTestDatabase, StatementCounter, type TestDatabase } from '@zeren/tenancy/testing';
import { membersModule } from '../../index';
import { MEMBERS_GRANTS } from '../members.permissions';
import { membersTodos } from '../members.todos';
import { CADENCE_OF, type PointsPeriod } from '../members.enums';
import { createMembersSeeder } from './members.seeder';
import { AGENCY_RULES, COMMITTEE_RULES } from './points-rules.data';

// Early in a quarter and a year apart from the run's date, so the three months reach back into last year.
const NOW = new Date('2026-02-10T02:00:00Z');
const TODAY = localDateOf(NOW);

const PLAN: SeedPlan = {
  seed: 7,
  committee: { code: 'GW', name: '市直机关工委' },
  agencies: Array.from({ length: 8 }, (_, i) =>
    i === 0 ? { code: 'CZJ', name: '市财政局', size: 1.2, demoUsers: true } : { code: `A${String(i).padStart(3, '0')}`, name: `东营市直单位${i}`, size: 1, demoUsers: false },
  ),
  members: 1_600,
  briefFigures: false,
};

const modules = (): ZerenModule[] => inDependencyOrder([tenancyModule, authModule, filesModule, orgTreeModule, responsibilityModule, { ...membersModule, seed: createMembersSeeder({ now: () => NOW }) }]);

type Row = Record<string, any>;
const day = (v: unknown) => (typeof v === 'string' ? v.slice(0, 10) : localDateOf(v as Date));

describe('members seed', () => {
  let db: TestDatabase;
  let inserts: string[];
  const rows = (sql: string, params: unknown[] = []): Promise<Row[]> => db.dataSource.query(sql, params);

  beforeAll(async () => {
    const counter = new StatementCounter();
    // 星级评定's prefill reads libs/supervision's findings (the gateway composes supervision before members).
    db = await openTestDatabase({ entities: [...modules().flatMap((m) => m.entities ?? []), InspectionFinding], logger: counter });
    counter.start();
    await runModuleSeeds(db.dataSource, modules(), PLAN);
    inserts = counter.statements.filter((s) => /^INSERT INTO [`"]?(points_entry|agency_points_rule|committee_points_rule)/i.test(s));
    counter.stop();
  }, 120_000);
  afterAll(() => db.close());

  it('writes the committee’s default rules for last year and this year, and two of each agency’s own this year', async () => {
    const committee = await rows('SELECT year, COUNT(*) AS n, SUM(CASE WHEN mode = ? THEN 1 ELSE 0 END) AS automatic FROM committee_points_rule WHERE auto_trigger IS NULL OR auto_trigger = ? GROUP BY year ORDER BY year', ['AUTOMATIC', 'DUTY_FULFILLED']);
    expect(committee.map((r) => [Number(r.year), Number(r.n), Number(r.automatic)])).toEqual([
      [2025, COMMITTEE_RULES.length, 1],
      [2026, COMMITTEE_RULES.length, 1],
    ]);
    const own = await rows('SELECT tenant_id, year, COUNT(*) AS n FROM agency_points_rule GROUP BY tenant_id, year');
    expect(own).toHaveLength(PLAN.agencies.length);
    expect(own.every((r) => Number(r.year) === 2026 && Number(r.n) === AGENCY_RULES.length)).toBe(true);
  });

  it('writes three months of entries in every state, each under a declared rule of its own year and within every cap', async () => {
    const entries = await rows(`SELECT * FROM points_entry WHERE origin <> 'AUTOMATIC'`);
    const rules = new Map((await rows('SELECT * FROM committee_points_rule UNION ALL SELECT id, created_at, updated_at, year, category, name, description, points_tenths, cap_tenths, cap_period, evidence_required, awarder, mode, auto_trigger FROM agency_points_rule')).map((r) => [r.id, r]));
    expect(new Set(entries.map((e) => e.status))).toEqual(new Set(['APPROVED', 'PENDING', 'REJECTED']));
    expect(new Set(entries.map((e) => day(e.occurred_on).slice(0, 4)))).toEqual(new Set(['2025', '2026']));
    for (const e of entries) {
      const rule = rules.get(e.rule_id)!;
      expect([rule.mode, Number(rule.year), Number(rule.points_tenths), rule.name]).toEqual(['DECLARED', Number(day(e.occurred_on).slice(0, 4)), Number(e.points_tenths), e.rule_name]);
      expect(day(e.occurred_on) <= TODAY).toBe(true);
      expect(e.status === 'PENDING' ? e.decided_by_id : 'decided').toBe(e.status === 'PENDING' ? null : 'decided');
    }
    const sums = new Map<string, number>();
    for (const e of entries.filter((x) => x.status === 'APPROVED')) {
      const rule = rules.get(e.rule_id)!;
      if (rule.cap_tenths === null) continue;
      const key = `${e.member_id}|${e.rule_id}|${periodOf(CADENCE_OF[rule.cap_period as PointsPeriod] as Cadence, startOfLocalDay(day(e.occurred_on))).key}`;
      sums.set(key, (sums.get(key) ?? 0) + Math.abs(Number(e.points_tenths)));
      expect(sums.get(key)!).toBeLessThanOrEqual(Number(rule.cap_tenths));
    }
    // Roughly half the members earned something; the others are there for the participation figure to show.
    const members = Number((await rows(`SELECT COUNT(*) AS n FROM party_member WHERE status = 'ACTIVE'`))[0].n);
    const earning = new Set(entries.map((e) => e.member_id)).size;
    expect(earning / members).toBeGreaterThan(0.4);
    expect(earning / members).toBeLessThan(0.7);
  });

  it('gives the demo member approved entries and one rejected to appeal, and the demo secretary entries of their branch to decide', async () => {
    const [member] = await rows(`SELECT m.id, m.unit_id, m.tenant_id, u.id AS user_id FROM party_member m JOIN user u ON u.id = m.user_id WHERE u.username = 'czj_member'`);
    const mine = await rows('SELECT status, origin, recorded_by_id, reject_reason FROM points_entry WHERE member_id = ? AND origin <> ? ORDER BY occurred_on', [member.id, 'AUTOMATIC']);
    expect(mine.map((e) => [e.status, e.origin, e.recorded_by_id])).toEqual([
      ['APPROVED', 'DECLARED', member.user_id],
      ['APPROVED', 'DECLARED', member.user_id],
      ['REJECTED', 'DECLARED', member.user_id],
    ]);
    expect(mine[2].reject_reason).toBeTruthy();

    const [secretary] = await rows(`SELECT id, username, tenant_id FROM user WHERE username = 'czj_secretary'`);
    const roles = [Role.BRANCH_SECRETARY];
    const permissions = new Set(Object.entries(MEMBERS_GRANTS).filter(([, g]) => g.roles.some((r) => roles.includes(r))).map(([name]) => name));
    const principal: Principal = { userId: secretary.id, username: secretary.username, displayName: '', tenantId: secretary.tenant_id, tenantKind: TenantKind.AGENCY, roles, permissions };
    const actor = { userId: secretary.id, tenantId: secretary.tenant_id };
    const units = await orgTreeModule.scopeHooks[0].secretaryUnits!(principal, new TenantDb(db.dataSource, Scope.tenant(secretary.tenant_id, actor)));
    expect(units).toContain(member.unit_id);
    const scoped = new TenantDb(db.dataSource, Scope.tenant(secretary.tenant_id, actor, unitsData(units!)));
    const pending = await rows(`SELECT COUNT(*) AS n FROM points_entry WHERE tenant_id = ? AND status = 'PENDING' AND unit_id IN (${units!.map(() => '?').join(',')})`, [secretary.tenant_id, ...units!]);
    expect(Number(pending[0].n)).toBeGreaterThanOrEqual(3);
    const todos = await membersTodos({ principal, db: scoped } as unknown as RequestContext);
    expect(todos.map((t) => t.title)).toEqual([`审核党员积分(${Number(pending[0].n)} 条待审核)`]);
  });

  it('costs one insert of rules per agency and one of entries, whatever its size', () => {
    const count = (table: string) => inserts.filter((s) => new RegExp(`^INSERT INTO [\`"]?${table}`, 'i').test(s)).length;
    expect([count('committee_points_rule'), count('agency_points_rule'), count('points_entry')]).toEqual([1, PLAN.agencies.length, PLAN.agencies.length]);
  });

  it('writes two years of 讲台活动 per branch with their automatic points, and coverage below 100 % somewhere', async () => {
    const sessions = await rows('SELECT id, tenant_id, unit_id, status, held_on, speaker_ids, attendee_ids FROM stage_activity');
    expect(new Set(sessions.map((a) => day(a.held_on).slice(0, 4)))).toEqual(new Set(['2025', '2026']));
    expect(new Set(sessions.map((a) => a.status))).toContain('HELD');
    const held = sessions.filter((a) => a.status === 'HELD');
    const auto = await rows(`SELECT source_key, member_id, points_tenths, rule_id FROM points_entry WHERE origin = 'AUTOMATIC'`);
    const expected = held.reduce((n, a) => n + JSON.parse(a.attendee_ids).length + JSON.parse(a.speaker_ids).length, 0);
    expect(auto.length).toBe(expected);
    expect(new Set(auto.map((e) => e.source_key)).size).toBe(auto.length);
    // Within the AUTOMATIC rules' monthly caps: one session a quarter per branch.
    const rules = new Map((await rows(`SELECT id, cap_tenths, auto_trigger FROM committee_points_rule WHERE auto_trigger IS NOT NULL`)).map((r) => [r.id, r]));
    expect(auto.every((e) => rules.has(e.rule_id) && Number(e.points_tenths) <= Number(rules.get(e.rule_id)!.cap_tenths))).toBe(true);
    const spoke = new Set(held.filter((a) => day(a.held_on).startsWith('2026')).flatMap((a) => JSON.parse(a.speaker_ids) as string[]));
    const branchMembers = await rows(`SELECT id FROM party_member WHERE status = 'ACTIVE'`);
    const rate = branchMembers.filter((m) => spoke.has(m.id)).length / branchMembers.length;
    expect(rate).toBeGreaterThan(0);
    expect(rate).toBeLessThan(1);
  });

  it('archives last year in every agency but the first, its totals recomputed from the approved entries', async () => {
    const archives = await rows('SELECT a.tenant_id, a.year, a.total_tenths, a.participants, (SELECT COUNT(*) FROM points_archive_row r WHERE r.tenant_id = a.tenant_id) AS n FROM points_year_archive a');
    const first = (await rows('SELECT id FROM tenant WHERE code = ?', [PLAN.agencies[0].code]))[0].id;
    expect(archives.map((a) => a.tenant_id)).not.toContain(first);
    expect(archives).toHaveLength(PLAN.agencies.length - 1);
    const sums = new Map((await rows(`SELECT tenant_id, SUM(points_tenths) AS t, COUNT(DISTINCT member_id) AS m FROM points_entry WHERE status = 'APPROVED' AND year = 2025 GROUP BY tenant_id`)).map((r) => [r.tenant_id, r]));
    const active = new Map((await rows(`SELECT tenant_id, COUNT(*) AS n FROM party_member WHERE status = 'ACTIVE' GROUP BY tenant_id`)).map((r) => [r.tenant_id, Number(r.n)]));
    for (const a of archives) {
      expect([Number(a.year), Number(a.total_tenths), Number(a.n)]).toEqual([2025, Number(sums.get(a.tenant_id)?.t ?? 0), active.get(a.tenant_id)]);
      expect(Number(a.participants)).toBeLessThanOrEqual(Number(sums.get(a.tenant_id)?.m ?? 0));
    }
  });
});
