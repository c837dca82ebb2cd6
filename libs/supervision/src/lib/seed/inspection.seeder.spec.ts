import { runModuleSeeds } from '@zeren/api/testing';
import { inDependencyOrder, type ZerenModule } from '@zeren/api';
import { authModule, COMMITTEE_USERS } from '@zeren/auth';
import { filesModule } from '@zeren/files';
import { orgTreeModule } from '@zeren/org-tree';
import { localDaysBetween } from '@zeren/shared-periods';
import { tenancyModule, type SeedPlan } from '@zeren/tenancy';
import { openTestDatabase, StatementCounter, type TestDatabase } from '@zeren/tenancy/testing';
import { supervisionModule } from '../../index';
import { FINDING_CATEGORIES } from '../inspection/finding-category.catalogue';
import { RectificationStatus as S } from '../supervision.enums';
import { createInspectionSeeder } from './inspection.seeder';

// Late November: this year's campaign has visited most agencies, its early problems are closed, its late ones open.
const NOW = new Date('2026-11-24T02:00:00Z');
const YEAR = 2026;

const PLAN: SeedPlan = {
  seed: 20_141_001,
  committee: { code: 'GW', name: '市直机关工委' },
  agencies: Array.from({ length: 40 }, (_, i) =>
    i === 0 ? { code: 'CZJ', name: '市财政局', size: 1, demoUsers: true } : { code: `A${String(i).padStart(3, '0')}`, name: `东营市直单位${i}`, size: 0.5 + (i % 3) * 0.2, demoUsers: false },
  ),
  members: 3_000,
  briefFigures: false,
};

// Only what the inspections read: the tenants, the committee's users, the agencies' files, org trees and posts.
const modules: ZerenModule[] = inDependencyOrder([tenancyModule, authModule, filesModule, orgTreeModule, { ...supervisionModule, dependsOn: ['auth', 'files', 'org-tree'], seed: createInspectionSeeder({ now: () => NOW }) }]);

type Row = Record<string, any>;
const time = (v: unknown) => (v === null || v === undefined ? null : new Date(typeof v === 'string' && !v.includes('Z') && !v.includes('+') ? `${v.replace(' ', 'T')}Z` : (v as string)).getTime());
const day = (v: unknown): string => (typeof v === 'string' ? v.slice(0, 10) : new Date((v as Date).getTime() + 8 * 3_600_000).toISOString().slice(0, 10));
const flag = (v: unknown) => v === true || Number(v) === 1;

describe('inspection seed', () => {
  let db: TestDatabase;
  let rows: (sql: string) => Promise<Row[]>;
  let agencies: Row[];
  let rects: Row[];
  let rectInserts = 0;

  beforeAll(async () => {
    const counter = new StatementCounter();
    db = await openTestDatabase({ entities: modules.flatMap((m) => m.entities ?? []), logger: counter });
    counter.start();
    await runModuleSeeds(db.dataSource, modules, PLAN);
    counter.stop();
    rectInserts = counter.statements.filter((s) => /^INSERT INTO [`"]?rectification[`"]? /i.test(s)).length;
    rows = (sql) => db.dataSource.query(sql);
    agencies = await rows(`SELECT id, code FROM tenant WHERE kind = 'AGENCY'`);
    rects = await rows(`SELECT r.*, v.visited_on AS visited_on, f.description AS description, f.category_id AS finding_category FROM rectification r JOIN inspection_finding f ON f.id = r.source_id AND f.tenant_id = r.tenant_id LEFT JOIN inspection_visit v ON v.id = f.visit_id AND v.tenant_id = f.tenant_id`);
  }, 180_000);
  afterAll(() => db.close());

  it('runs a 全覆盖督查 each of the last three years with 4–6 teams of committee users covering every agency', async () => {
    const campaigns = await rows(`SELECT * FROM inspection_campaign ORDER BY year`);
    expect(campaigns.map((c) => [Number(c.year), c.title, c.status])).toEqual([
      [2024, '2024年度机关党建全覆盖督查', 'CLOSED'],
      [2025, '2025年度机关党建全覆盖督查', 'CLOSED'],
      [2026, '2026年度机关党建全覆盖督查', 'UNDERWAY'],
    ]);
    const users = new Set((await rows(`SELECT u.id, u.username FROM user u`)).filter((u) => COMMITTEE_USERS.some((c) => c.username === u.username)).map((u) => u.id));
    for (const c of campaigns) {
      const teams = await rows(`SELECT * FROM inspection_team WHERE campaign_id = '${c.id}'`);
      expect(teams.length).toBeGreaterThanOrEqual(4);
      expect(teams.length).toBeLessThanOrEqual(6);
      const covered = teams.flatMap((t) => JSON.parse(t.tenant_ids) as string[]);
      expect(covered.sort()).toEqual(agencies.map((a) => a.id).sort());
      for (const t of teams) {
        expect(users.has(t.leader_user_id)).toBe(true);
        expect((JSON.parse(t.member_user_ids) as string[]).every((u) => users.has(u))).toBe(true);
      }
    }
  });

  it('visited every agency in past years and most, not all, this year', async () => {
    const visits = await rows(`SELECT c.year, COUNT(DISTINCT v.tenant_id) AS n FROM inspection_visit v JOIN inspection_campaign c ON c.id = v.campaign_id GROUP BY c.year ORDER BY c.year`);
    const byYear = new Map(visits.map((v) => [Number(v.year), Number(v.n)]));
    expect([byYear.get(2024), byYear.get(2025)]).toEqual([agencies.length, agencies.length]);
    expect(byYear.get(2026)).toBeLessThan(agencies.length);
    expect(byYear.get(2026)).toBeGreaterThanOrEqual(Math.floor(agencies.length * 0.8));
    const [{ late }] = await rows(`SELECT COUNT(*) AS late FROM inspection_visit WHERE visited_on > '2026-11-23'`);
    expect(Number(late)).toBe(0);
  });

  it('finds problems of every category and severity, some of them last year’s problem again at the same agency', async () => {
    const findings = await rows(`SELECT f.*, c.name AS category FROM inspection_finding f JOIN finding_category c ON c.id = f.category_id`);
    expect(new Set(findings.map((f) => f.category))).toEqual(new Set(FINDING_CATEGORIES.map((c) => c.name)));
    expect(new Set(findings.map((f) => f.severity))).toEqual(new Set(['GENERAL', 'SERIOUS', 'GRAVE']));
    const byId = new Map(findings.map((f) => [f.id, f]));
    const repeats = findings.filter((f) => f.repeat_of_id);
    expect(repeats.length).toBeGreaterThan(0);
    for (const f of repeats) {
      const before = byId.get(f.repeat_of_id)!;
      expect([before.tenant_id, before.category_id, Number(before.year)]).toEqual([f.tenant_id, f.category_id, Number(f.year) - 1]);
    }
    const perVisit = await rows(`SELECT v.id, COUNT(f.id) AS n FROM inspection_visit v LEFT JOIN inspection_finding f ON f.visit_id = v.id GROUP BY v.id`);
    expect(Math.max(...perVisit.map((v) => Number(v.n)))).toBeLessThanOrEqual(4);
    expect(perVisit.some((v) => Number(v.n) === 0)).toBe(true);
  });

  it('gives each finding its rectification, due 30–60 days after the visit (30 more with an approved extension)', async () => {
    const [{ n }] = await rows(`SELECT COUNT(*) AS n FROM inspection_finding`);
    expect(rects.length).toBe(Number(n));
    const approved = new Map((await rows(`SELECT * FROM rectification_extension WHERE status = 'APPROVED'`)).map((e) => [e.rectification_id, e]));
    for (const r of rects) {
      expect([r.source, r.problem, r.category_id]).toEqual(['INSPECTION', r.description, r.finding_category]);
      const days = localDaysBetween(day(r.visited_on), day(r.due_on));
      expect([30, 45, 60].map((d) => d + (approved.has(r.id) ? 30 : 0))).toContain(days);
      // Due at the end of the due date in Shanghai (16:00 UTC).
      expect(time(r.due_at)).toBe(Date.parse(`${day(r.due_on)}T16:00:00Z`));
    }
  });

  it('writes this year’s rectifications in every state, past years’ mostly closed with a few still open', () => {
    const states = (year: number) => rects.filter((r) => Number(r.year) === year).map((r) => r.status as S);
    expect(new Set(states(YEAR))).toEqual(new Set(Object.values(S)));
    for (const year of [2024, 2025]) {
      const list = states(year);
      const closed = list.filter((s) => s === S.CLOSED).length;
      expect(closed / list.length).toBeGreaterThan(0.8);
    }
    expect([...states(2024), ...states(2025)].some((s) => s !== S.CLOSED)).toBe(true);
  });

  it('fills each rectification’s fields as its state says, dated before now, and marks late exactly the first reports at or after the deadline', () => {
    const now = NOW.getTime();
    const past = (v: unknown) => time(v) !== null && time(v)! <= now;
    for (const r of rects) {
      const s = r.status as S;
      const started = s !== S.PENDING;
      const reported = s === S.RECTIFIED || s === S.VERIFIED || s === S.CLOSED || (s === S.IN_PROGRESS && Number(r.failed_count) > 0);
      expect([r.id, !!r.measures, !!r.responsible_member_id, past(r.started_at)]).toEqual([r.id, started, started, started]);
      expect([r.id, !!r.report, past(r.first_rectified_at), past(r.rectified_at)]).toEqual([r.id, reported, reported, reported]);
      expect([r.id, past(r.verified_at)]).toEqual([r.id, s === S.VERIFIED || s === S.CLOSED || Number(r.failed_count) > 0]);
      expect([r.id, past(r.closed_at), !!r.close_note]).toEqual([r.id, s === S.CLOSED, s === S.CLOSED]);
      if (reported) expect(time(r.first_rectified_at)! <= time(r.rectified_at)!).toBe(true);
      expect([r.id, flag(r.late)]).toEqual([r.id, reported && time(r.first_rectified_at)! >= time(r.due_at)!]);
    }
    const thisYear = rects.filter((r) => Number(r.year) === YEAR);
    expect(thisYear.some((r) => flag(r.late))).toBe(true);
    expect(thisYear.some((r) => Number(r.failed_count) === 1 && r.status === S.IN_PROGRESS)).toBe(true);
    expect(rects.some((r) => Number(r.failed_count) === 1 && r.status === S.CLOSED)).toBe(true);
    // Overdue and still open this year: the 红 rows of the monthly dispatch.
    expect(thisYear.some((r) => r.status !== S.CLOSED && time(r.due_at)! <= now && !r.first_rectified_at)).toBe(true);
  });

  it('cites the agency’s own files in its reports where it has some', async () => {
    const files = await rows(`SELECT id, tenant_id, sha256 FROM stored_file`);
    const reported = rects.filter((r) => r.report);
    const cited = reported.filter((r) => files.some((f) => f.tenant_id === r.tenant_id));
    expect(cited.length).toBeGreaterThan(0);
    for (const r of cited) {
      const evidence = JSON.parse(r.evidence) as { fileId: string; sha256: string }[];
      expect(evidence.length).toBeGreaterThan(0);
      for (const e of evidence) expect(files.find((f) => f.id === e.fileId)).toMatchObject({ tenant_id: r.tenant_id, sha256: e.sha256 });
    }
  });

  it('names as responsible a member who now holds a post in that agency', async () => {
    const posts = await rows(`SELECT tenant_id, member_id, post_code FROM post_assignment WHERE ends_on IS NULL`);
    const held = new Set(posts.map((p) => `${p.tenant_id}/${p.member_id}/${p.post_code}`));
    const named = rects.filter((r) => r.responsible_member_id);
    expect(named.length).toBeGreaterThan(0);
    for (const r of named) expect(held.has(`${r.tenant_id}/${r.responsible_member_id}/${r.responsible_post_code}`)).toBe(true);
  });

  it('has extension requests waiting, approved and rejected, each decided by the committee after the request', async () => {
    const ext = await rows(`SELECT e.*, r.due_on AS rect_due_on FROM rectification_extension e JOIN rectification r ON r.id = e.rectification_id`);
    expect(new Set(ext.map((e) => e.status))).toEqual(new Set(['REQUESTED', 'APPROVED', 'REJECTED']));
    for (const e of ext) {
      expect([e.id, !!e.decided_at, !!e.decided_by_id]).toEqual([e.id, e.status !== 'REQUESTED', e.status !== 'REQUESTED']);
      expect([e.id, !!e.decision_comment]).toEqual([e.id, e.status === 'REJECTED']);
      expect(day(e.rect_due_on)).toBe(day(e.status === 'APPROVED' ? e.to_due_on : e.from_due_on));
    }
  });

  it('writes an agency’s rectifications in one statement, not one per row', () => {
    expect(rects.length).toBeGreaterThan(PLAN.agencies.length);
    expect(rectInserts).toBeLessThanOrEqual(PLAN.agencies.length);
  });
});
