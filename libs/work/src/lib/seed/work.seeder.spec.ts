import { runModuleSeeds } from '@zeren/api/testing';
import type { DataSource } from 'typeorm';
import { inDependencyOrder, type ZerenModule } from '@zeren/api';
import { authModule, Role, type RequestContext } from '@zeren/auth';
import { filesModule } from '@zeren/files';
import { orgTreeModule, PostCode } from '@zeren/org-tree';
import { Cadence, localDateOf, periodOf } from '@zeren/shared-periods';
import { Scope, TenantDb, TenantKind, tenancyModule, type SeedPlan } from '@zeren/tenancy';
import { openTestDatabase, StatementCounter, type TestDatabase } from '@zeren/tenancy/testing';
import { workModule } from '../../index';
import { WORK_GRANTS } from '../work.permissions';
import { workTodos } from '../work.todos';
import { IMPLEMENTED } from '../project/project.service';
import { ProblemCategory, ProjectStatus, ReceiptStatus, TaskStatus, TaskTarget } from '../work.enums';
import { createWorkSeeder } from './work.seeder';

// A Tuesday in late November, as the responsibility seed's spec uses: eleven months of tasks are out.
const NOW = new Date('2026-11-24T02:00:00Z');
const TODAY = localDateOf(NOW);
// Early in a year: March's first task went out an hour and a half ago, this year's projects have had two months.
const EARLY = new Date('2026-03-01T03:00:00Z');
const DAY = 86_400_000;

/** The demo's shape: 99 agencies (the size the brief's 356 is counted for), two with demo users, few members. */
const DEMO: SeedPlan = {
  seed: 20_141_001,
  committee: { code: 'GW', name: '市直机关工委' },
  agencies: Array.from({ length: 99 }, (_, i) =>
    i === 0
      ? { code: 'CZJ', name: '市财政局', size: 1.2, demoUsers: true }
      : i === 1
        ? { code: 'JYJ', name: '市教育局', size: 1, partyCommittee: true, demoUsers: true }
        : { code: `A${String(i).padStart(3, '0')}`, name: `东营市直单位${i}`, size: 0.5 + (i % 5) * 0.2, partyCommittee: i % 7 === 0, demoUsers: false },
  ),
  members: 5_000,
  briefFigures: false,
};

/** The isolation sweep's world: three agencies, each with users. */
const SWEEP: SeedPlan = {
  seed: 11,
  committee: { code: 'GW', name: '市直机关工委' },
  agencies: ['S0001', 'S0002', 'S0003'].map((code, i) => ({ code, name: `合成单位${i + 1}`, size: 1, demoUsers: true })),
  members: 300,
  briefFigures: false,
};

const modulesAt = (now: Date): ZerenModule[] => inDependencyOrder([tenancyModule, authModule, filesModule, orgTreeModule, { ...workModule, seed: createWorkSeeder({ now: () => now }) }]);

type Row = Record<string, any>;
const rows = (dataSource: DataSource, sql: string, params: unknown[] = []): Promise<Row[]> => dataSource.query(sql, params);
const time = (v: unknown) => (v === null || v === undefined ? null : new Date(typeof v === 'string' && !v.includes('Z') && !v.includes('+') ? `${v.replace(' ', 'T')}Z` : (v as string)).getTime());
const openSeeded = async (plan: SeedPlan, now: Date, logger?: StatementCounter) => {
  const db = await openTestDatabase({ entities: modulesAt(now).flatMap((m) => m.entities ?? []), logger });
  logger?.start();
  await runModuleSeeds(db.dataSource, modulesAt(now), plan);
  logger?.stop();
  return db;
};

/** What 我的待办 shows a user of these roles in this tenant: the module's to-do provider, as the API calls it. */
async function todosOf(dataSource: DataSource, username: string, roles: Role[], kind: TenantKind): Promise<{ id: string; title: string }[]> {
  const [user] = await rows(dataSource, 'SELECT id, tenant_id FROM user WHERE username = ?', [username]);
  const actor = { userId: user.id, tenantId: user.tenant_id };
  const scope = kind === TenantKind.COMMITTEE ? Scope.committee(user.tenant_id, actor) : Scope.tenant(user.tenant_id, actor);
  const permissions = new Set(Object.entries(WORK_GRANTS).filter(([, g]) => g.roles.some((r) => roles.includes(r))).map(([name]) => name));
  const principal = { userId: user.id, username, displayName: username, tenantId: user.tenant_id, tenantKind: kind, roles, permissions };
  return workTodos({ principal, db: new TenantDb(dataSource, scope) } as unknown as RequestContext);
}

const quarterOf = (v: unknown) => periodOf(Cadence.QUARTER, new Date(time(v)!)).key;
const day = (v: unknown) => (v === null || v === undefined ? null : typeof v === 'string' ? v.slice(0, 10) : localDateOf(v as Date));

describe('work seed', () => {
  describe('on the demo’s shape', () => {
    let api: TestDatabase;
    let agencies: Row[];
    let receiptInserts = 0;

    beforeAll(async () => {
      const counter = new StatementCounter();
      api = await openSeeded(DEMO, NOW, counter);
      receiptInserts = counter.statements.filter((s) => /^INSERT INTO [`"]?task_receipt/i.test(s)).length;
      agencies = await rows(api.dataSource, `SELECT id, code FROM tenant WHERE kind = 'AGENCY' ORDER BY code`);
    }, 180_000);
    afterAll(() => api.close());

    it('issues last year’s and this year’s 工作要点, ten numbered points each', async () => {
      const plans = await rows(api.dataSource, 'SELECT p.year, p.status, COUNT(*) AS points, MIN(w.number) AS first, MAX(w.number) AS last FROM work_plan p JOIN work_point w ON w.plan_id = p.id GROUP BY p.year, p.status ORDER BY p.year');
      expect(plans.map((p) => [Number(p.year), p.status, Number(p.points), Number(p.first), Number(p.last)])).toEqual([
        [2025, 'PUBLISHED', 10, 1, 10],
        [2026, 'PUBLISHED', 10, 1, 10],
      ]);
    });

    it('sends one or two key tasks a month up to this month (three in July), each serving a point of this year’s plan; next month’s is a draft', async () => {
      const tasks = await rows(api.dataSource, 'SELECT t.*, p.year AS plan_year FROM work_task t JOIN work_point w ON w.id = t.point_id JOIN work_plan p ON p.id = w.plan_id');
      const sent = tasks.filter((t) => t.status === TaskStatus.SENT);
      const perMonth = new Map<number, number>();
      for (const t of sent) perMonth.set(Number(t.month), (perMonth.get(Number(t.month)) ?? 0) + 1);
      expect([...perMonth.keys()].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
      expect([...perMonth].filter(([, n]) => n > 2)).toEqual([[7, 3]]);
      expect(Math.min(...perMonth.values())).toBe(1);
      expect(tasks.every((t) => Number(t.plan_year) === 2026 && Number(t.year) === 2026)).toBe(true);
      expect(tasks.filter((t) => t.status === TaskStatus.DRAFT).map((t) => Number(t.month))).toEqual([12, 12]);
      for (const t of sent) {
        expect(time(t.sent_at)!).toBeLessThan(NOW.getTime());
        expect(day(t.due_on)! >= `2026-${String(t.month).padStart(2, '0')}-01`).toBe(true);
        expect(t.requirement.length).toBeGreaterThan(10);
      }
      expect(sent.filter((t) => t.target === TaskTarget.CHOSEN).length).toBeGreaterThanOrEqual(2);
      const changes = await rows(api.dataSource, 'SELECT c.to_due_on, t.due_on FROM task_deadline_change c JOIN work_task t ON t.id = c.task_id');
      expect(changes).toHaveLength(1);
      expect(day(changes[0].to_due_on)).toBe(day(changes[0].due_on));
    });

    it('gives every agency one receipt per task sent to all, the chosen agencies theirs, and counts them on the task', async () => {
      const tasks = await rows(api.dataSource, `SELECT id, target, target_tenant_ids, receipt_count FROM work_task WHERE status = 'SENT'`);
      const receipts = await rows(api.dataSource, 'SELECT task_id, tenant_id FROM task_receipt');
      for (const t of tasks) {
        const holders = receipts.filter((r) => r.task_id === t.id).map((r) => r.tenant_id).sort();
        const expected = t.target === TaskTarget.ALL ? agencies.map((a) => a.id).sort() : [...JSON.parse(t.target_tenant_ids)].sort();
        expect(holders).toEqual(expected);
        expect(Number(t.receipt_count)).toBe(holders.length);
      }
      expect(receipts.length).toBeGreaterThan(tasks.length * 80);
    });

    it('writes each task’s receipts in a few statements, not one per agency', async () => {
      const tasks = await rows(api.dataSource, `SELECT COUNT(*) AS n FROM work_task WHERE status = 'SENT'`);
      // Three demo-user agencies cite their own files, so their rows are their own; the rest share rows.
      expect(receiptInserts).toBeLessThan(Number(tasks[0].n) * 30);
    });

    it('spreads the receipts over every state, some reported late, some overdue and never reported, older months mostly approved', async () => {
      const receipts = await rows(
        api.dataSource,
        'SELECT r.*, t.due_at, t.min_evidence, t.evidence_kinds, t.month FROM task_receipt r JOIN work_task t ON t.id = r.task_id',
      );
      expect(new Set(receipts.map((r) => r.status))).toEqual(new Set(Object.values(ReceiptStatus)));
      const reported = receipts.filter((r) => r.first_reported_at !== null);
      const late = reported.filter((r) => Number(r.late));
      expect(late.length / reported.length).toBeGreaterThan(0.04);
      expect(late.length / reported.length).toBeLessThan(0.25);
      // The late mark is exactly "first reported at or after the deadline".
      for (const r of reported) expect(Boolean(Number(r.late))).toBe(time(r.first_reported_at)! >= time(r.due_at)!);
      const overdue = receipts.filter((r) => r.first_reported_at === null && time(r.due_at)! <= NOW.getTime());
      expect(overdue.length).toBeGreaterThan(0);
      expect(new Set(overdue.map((r) => r.status))).toEqual(new Set([ReceiptStatus.UNSIGNED, ReceiptStatus.SIGNED, ReceiptStatus.IN_PROGRESS]));
      const old = receipts.filter((r) => time(r.due_at)! < NOW.getTime() - 60 * DAY);
      expect(old.filter((r) => r.status === ReceiptStatus.APPROVED).length / old.length).toBeGreaterThan(0.85);
      expect(receipts.some((r) => Number(r.report_count) === 2)).toBe(true);
    });

    it('fills each receipt as its state says, in time order, citing what its task asks for', () => receiptsAgree(api.dataSource, NOW));

    it('has exactly 356 implemented breakthrough projects over at least four years and all five categories', async () => {
      const projects = await rows(api.dataSource, 'SELECT year, status, category, tenant_id FROM breakthrough_project');
      const implemented = projects.filter((p) => (IMPLEMENTED as string[]).includes(p.status));
      expect(implemented).toHaveLength(356);
      expect(new Set(implemented.map((p) => Number(p.year))).size).toBeGreaterThanOrEqual(4);
      expect(new Set(implemented.map((p) => p.category))).toEqual(new Set(Object.values(ProblemCategory)));
      expect(new Set(implemented.map((p) => p.tenant_id)).size).toBeGreaterThan(90);
      // Ones that do not count are there too; past years are mostly closed, this year's mostly running.
      for (const status of [ProjectStatus.TERMINATED, ProjectStatus.APPLIED, ProjectStatus.RETURNED, ProjectStatus.DRAFT]) expect(projects.some((p) => p.status === status)).toBe(true);
      const share = (year: (y: number) => boolean, status: ProjectStatus) => {
        const of = implemented.filter((p) => year(Number(p.year)));
        return of.filter((p) => p.status === status).length / of.length;
      };
      expect(share((y) => y < 2026, ProjectStatus.CLOSED)).toBeGreaterThan(0.9);
      expect(share((y) => y === 2026, ProjectStatus.IMPLEMENTING)).toBeGreaterThan(0.6);
    });

    it('names each agency’s current 党组(党委)书记 at its unit as the project’s lead', async () => {
      const projects = await rows(api.dataSource, 'SELECT tenant_id, unit_id, secretary_member_id FROM breakthrough_project');
      const posts = await rows(api.dataSource, 'SELECT tenant_id, unit_id, member_id FROM post_assignment WHERE post_code = ? AND ends_on IS NULL', [PostCode.PARTY_GROUP_SECRETARY]);
      const key = (tenant: unknown, unit: unknown, member: unknown) => `${tenant}|${unit}|${member}`;
      const current = new Set(posts.map((p) => key(p.tenant_id, p.unit_id, p.member_id)));
      expect(projects.filter((p) => !current.has(key(p.tenant_id, p.unit_id, p.secretary_member_id)))).toEqual([]);
    });

    it('keeps each project’s scores, dates, milestones and quarterly reports in line with its state', () => projectsAgree(api.dataSource, NOW));

    it('leaves a handful of this year’s secretaries without a project and some running projects behind', async () => {
      const filed = await rows(api.dataSource, `SELECT DISTINCT tenant_id FROM breakthrough_project WHERE year = 2026 AND status IN ('APPLIED', 'RETURNED', 'IMPLEMENTING', 'ACCEPTANCE', 'CLOSED')`);
      const without = agencies.length - filed.length;
      expect(without).toBeGreaterThanOrEqual(3);
      expect(without).toBeLessThanOrEqual(10);
      const behind = await rows(
        api.dataSource,
        `SELECT DISTINCT p.id FROM breakthrough_project p JOIN project_milestone m ON m.project_id = p.id WHERE p.status = 'IMPLEMENTING' AND m.done_on IS NULL AND m.due_on < ?`,
        [TODAY],
      );
      expect(behind.length).toBeGreaterThanOrEqual(3);
    });

    it('gives the demo agency’s admin receipts to sign, to report and to report again, and projects to work on', async () => {
      const titles = (await todosOf(api.dataSource, 'czj_admin', [Role.TENANT_ADMIN], TenantKind.AGENCY)).map((t) => t.title);
      for (const action of ['签收重点任务', '报送重点任务', '重报被退回的重点任务', '修改后重新申报突破项目', '完成突破项目节点']) {
        expect(titles.some((t) => t.startsWith(action))).toBe(true);
      }
      const czj = agencies.find((a) => a.code === 'CZJ')!;
      const mine = await rows(api.dataSource, 'SELECT status FROM breakthrough_project WHERE tenant_id = ? AND year = 2026', [czj.id]);
      expect(mine.map((p) => p.status).sort()).toEqual([ProjectStatus.APPLIED, ProjectStatus.IMPLEMENTING, ProjectStatus.RETURNED].sort());
    });

    it('gives the committee’s admin reports, applications and acceptances to review', async () => {
      const todos = await todosOf(api.dataSource, 'gw_admin', [Role.COMMITTEE_ADMIN], TenantKind.COMMITTEE);
      expect(todos.map((t) => t.id).sort()).toEqual(['projects-acceptance', 'projects-approval', 'receipts-review']);
    });
  });

  describe('in the isolation sweep’s world of three agencies', () => {
    let api: TestDatabase;

    beforeAll(async () => {
      api = await openSeeded(SWEEP, EARLY);
    }, 120_000);
    afterAll(() => api.close());

    it('fills receipts and projects as their states say, early in the year too', async () => {
      await receiptsAgree(api.dataSource, EARLY);
      await projectsAgree(api.dataSource, EARLY);
    });

    it('has rows of every agency in every table of the work module', async () => {
      const agencies = await rows(api.dataSource, `SELECT id FROM tenant WHERE kind = 'AGENCY'`);
      for (const table of ['task_receipt', 'breakthrough_project', 'project_milestone', 'project_progress']) {
        const held = await rows(api.dataSource, `SELECT DISTINCT tenant_id FROM ${table}`);
        expect([table, held.length]).toEqual([table, agencies.length]);
      }
    });

    it('makes each agency’s first receipt one in progress and its first project one returned for changes, both with rows to work on', async () => {
      const agencies = await rows(api.dataSource, `SELECT id FROM tenant WHERE kind = 'AGENCY'`);
      for (const { id } of agencies) {
        const [receipt] = await rows(api.dataSource, 'SELECT status FROM task_receipt WHERE tenant_id = ? ORDER BY id LIMIT 1', [id]);
        expect(receipt.status).toBe(ReceiptStatus.IN_PROGRESS);
        const [project] = await rows(api.dataSource, 'SELECT id, status FROM breakthrough_project WHERE tenant_id = ? ORDER BY id LIMIT 1', [id]);
        expect(project.status).toBe(ProjectStatus.RETURNED);
        const [milestone] = await rows(api.dataSource, 'SELECT project_id FROM project_milestone WHERE tenant_id = ? ORDER BY id LIMIT 1', [id]);
        expect(milestone.project_id).toBe(project.id);
      }
    });
  });
});

/** Each receipt filled as its state says, its times in order and before `now`, citing what its task asks for. */
async function receiptsAgree(dataSource: DataSource, now: Date): Promise<void> {
  const receipts = await rows(dataSource, 'SELECT r.*, t.min_evidence, t.evidence_kinds, t.sent_at FROM task_receipt r JOIN work_task t ON t.id = r.task_id');
  const files = new Map((await rows(dataSource, 'SELECT id, tenant_id, mime_type FROM stored_file')).map((f) => [f.id, f]));
  const kind = (mime: string) => (mime.startsWith('image/') ? 'image' : mime === 'application/pdf' ? 'pdf' : 'office');
  for (const r of receipts) {
    const signed = r.status !== ReceiptStatus.UNSIGNED;
    const reported = [ReceiptStatus.REPORTED, ReceiptStatus.APPROVED, ReceiptStatus.RETURNED].includes(r.status);
    expect([r.signed_at !== null, r.signed_by_id !== null]).toEqual([signed, signed]);
    expect([r.first_reported_at !== null, r.reported_by_id !== null, Number(r.report_count) > 0]).toEqual([reported, reported, reported]);
    if ([ReceiptStatus.APPROVED, ReceiptStatus.RETURNED].includes(r.status)) expect(r.reviewed_at).not.toBeNull();
    if (r.status === ReceiptStatus.RETURNED) expect(r.review_comment).toBeTruthy();
    const times = [r.sent_at, r.signed_at, r.first_reported_at, r.reported_at].map(time).filter((t): t is number => t !== null);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(Math.max(...times, time(r.reviewed_at) ?? 0)).toBeLessThan(now.getTime());
    const evidence: { fileId: string }[] = JSON.parse(r.evidence);
    if (!reported) continue;
    expect(evidence.length).toBeGreaterThanOrEqual(Number(r.min_evidence));
    const kinds: string[] | null = r.evidence_kinds ? JSON.parse(r.evidence_kinds) : null;
    for (const e of evidence) {
      const file = files.get(e.fileId)!;
      expect(file.tenant_id).toBe(r.tenant_id);
      if (kinds) expect(kinds).toContain(kind(file.mime_type));
    }
  }
}

/** Each project's scores, dates, milestones and quarterly reports in line with its state, and before `now`. */
async function projectsAgree(dataSource: DataSource, now: Date): Promise<void> {
  const projects = await rows(dataSource, 'SELECT * FROM breakthrough_project');
  const milestones = await rows(dataSource, 'SELECT * FROM project_milestone');
  const progress = await rows(dataSource, 'SELECT project_id, period_key FROM project_progress');
  for (const p of projects) {
    const approved = [...IMPLEMENTED, ProjectStatus.TERMINATED].includes(p.status);
    expect([p.necessity_score !== null, p.approved_at !== null]).toEqual([approved, approved]);
    expect(p.applied_at !== null).toBe(p.status !== ProjectStatus.DRAFT);
    expect(p.acceptance_score !== null).toBe(p.status === ProjectStatus.CLOSED);
    expect(p.outcome !== null).toBe([ProjectStatus.ACCEPTANCE, ProjectStatus.CLOSED].includes(p.status));
    expect(p.termination_reason !== null).toBe(p.status === ProjectStatus.TERMINATED);
    if (p.status === ProjectStatus.RETURNED) expect(p.review_comment).toBeTruthy();
    const times = [p.applied_at, p.approved_at, p.acceptance_requested_at, p.closed_at].map(time).filter((t): t is number => t !== null);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(Math.max(...times, time(p.terminated_at) ?? 0)).toBeLessThan(now.getTime());
    const plan = milestones.filter((m) => m.project_id === p.id);
    expect(plan.length).toBeGreaterThanOrEqual(3);
    expect(plan.every((m) => day(m.due_on)!.startsWith(String(p.year)))).toBe(true);
    if ([ProjectStatus.ACCEPTANCE, ProjectStatus.CLOSED].includes(p.status)) expect(plan.every((m) => m.done_on !== null)).toBe(true);
    if (!approved) expect(plan.every((m) => m.done_on === null)).toBe(true);
    expect(plan.every((m) => m.done_on === null || day(m.done_on)! <= localDateOf(now))).toBe(true);
    const quarters = progress.filter((r) => r.project_id === p.id).map((r) => r.period_key);
    // Reports from the quarter of approval on; the running quarter's may not be in yet.
    if (!approved) expect(quarters).toEqual([]);
    else if (quarterOf(p.approved_at) !== quarterOf(now)) expect(quarters.length).toBeGreaterThan(0);
    expect(quarters.every((q) => q.startsWith(`${p.year}-Q`))).toBe(true);
  }
}
