import { runModuleSeeds } from '@zeren/api/testing';
import type { DataSource } from 'typeorm';
import { inDependencyOrder, type ZerenModule } from '@zeren/api';
import { authModule, User } from '@zeren/auth';
import { filesModule } from '@zeren/files';
import { orgTreeModule, PostClass, PostCode } from '@zeren/org-tree';
import { dueAt } from '@zeren/shared-periods';
import { Scope, TenantDb, tenancyModule, type SeedPlan } from '@zeren/tenancy';
import { openTestDatabase, type TestDatabase } from '@zeren/tenancy/testing';
import { responsibilityModule } from '../../index';
import { LEVEL_UNIT_KINDS } from '../duty/duty-level.enum';
import { dueRuleOf, periodsOfYear } from '../duty/duty-rules';
import { TemplateService } from '../template/template.service';
import { TemplateStatus } from '../template/duty-template.entity';
import { AgencyListService } from '../list/agency-list.service';
import { ObligationService } from '../fulfilment/obligation.service';
import { RecordStatus } from '../fulfilment/fulfilment-record.entity';
import { CompletionService } from '../figures/completion.service';
import { CompletionGrouping, type CompletionRow } from '../figures/completion.type';
import { DutyCompletion } from '../figures/duty-completion.entity';
import { rebuildCompletion } from '../figures/completion-keeper';
import type { Duty } from '../list/duty.type';
import { DUTY_CATALOGUE } from './duty-catalogue.data';
import { createResponsibilitySeeder } from './responsibility.seeder';

// A Tuesday in late November: Q4, December, H2 and the year are open; Q1–Q3, H1 and most months are due.
const NOW = new Date('2026-11-24T02:00:00Z');

const PLAN: SeedPlan = {
  seed: 42,
  committee: { code: 'GW', name: '市直机关工委' },
  agencies: [
    { code: 'CZJ', name: '市财政局', size: 1.2, demoUsers: true },
    { code: 'JTJ', name: '市交通运输局', size: 1, partyCommittee: true, demoUsers: false },
    { code: 'SJJ', name: '市审计局', size: 0.6, demoUsers: false },
  ],
  members: 520,
  briefFigures: false,
};

const seededModule: ZerenModule = { ...responsibilityModule, seed: createResponsibilitySeeder({ now: () => NOW }) };
const MODULES = [tenancyModule, authModule, filesModule, orgTreeModule, seededModule];

const n = (v: unknown) => Number(v ?? 0);

describe('responsibility seed', () => {
  let db: TestDatabase;
  let system: TenantDb;
  let agencies: { id: string; code: string }[];

  beforeAll(async () => {
    db = await openTestDatabase({ entities: MODULES.flatMap((m) => m.entities ?? []) });
    await runModuleSeeds(db.dataSource, inDependencyOrder(MODULES), PLAN);
    system = new TenantDb(db.dataSource, Scope.system('responsibility seed spec'));
    agencies = await db.dataSource.query(`SELECT id, code FROM tenant WHERE kind = 'AGENCY' ORDER BY code`);
  }, 120_000);
  afterAll(() => db.close());

  const published = async () => {
    const templates = await new TemplateService().list(system);
    return { current: templates.find((t) => t.year === 2026)!, previous: templates.find((t) => t.year === 2025)! };
  };

  it('publishes last year’s template and this year’s copy of it with a few items changed', async () => {
    const { current, previous } = await published();
    expect([current.status, previous.status]).toEqual([TemplateStatus.PUBLISHED, TemplateStatus.PUBLISHED]);
    expect(current.basedOnId).toBe(previous.id);
    const service = new TemplateService();
    const [was, is] = await Promise.all([service.items(system, previous.id), service.items(system, current.id)]);
    expect(was).toHaveLength(DUTY_CATALOGUE.length);
    expect(was.length).toBeGreaterThanOrEqual(40);
    expect(was.length).toBeLessThanOrEqual(55);
    const titles = (items: typeof was) => new Set(items.map((i) => i.title));
    expect([...titles(was)].filter((t) => !titles(is).has(t))).toEqual(['党支部标准化建设自查']);
    expect([...titles(is)].filter((t) => !titles(was).has(t))).toEqual(['深化模范机关创建']);
    const changed = is.filter((i) => {
      const before = was.find((w) => w.title === i.title);
      return before && (before.requirement !== i.requirement || before.dueOffsetDays !== i.dueOffsetDays || before.dueOn !== i.dueOn);
    });
    expect(changed.map((i) => i.title).sort()).toEqual(['开展主题党日', '理论学习中心组学习', '确定书记抓基层党建突破项目'].sort());
    // Every level, both classes and all nine posts have duties; members' own never more often than half-yearly.
    expect(new Set(was.map((i) => i.postCode))).toEqual(
      new Set([
        PostCode.PARTY_GROUP,
        PostCode.PARTY_GROUP_SECRETARY,
        PostCode.PARTY_GROUP_MEMBER,
        PostCode.ORGAN_COMMITTEE,
        PostCode.ORGAN_COMMITTEE_SECRETARY,
        PostCode.ORGAN_COMMITTEE_FULL_TIME_DEPUTY,
        PostCode.BRANCH,
        PostCode.BRANCH_SECRETARY,
        PostCode.PARTY_MEMBER,
      ]),
    );
    expect(new Set(was.filter((i) => i.postCode === PostCode.PARTY_MEMBER).map((i) => i.cadence))).toEqual(new Set(['YEAR', 'HALF']));
  });

  it('gives every agency its list for both published templates', async () => {
    const { current, previous } = await published();
    const lists: { tenant_id: string; template_id: string }[] = await db.dataSource.query('SELECT tenant_id, template_id FROM agency_duty_list');
    for (const agency of agencies) {
      expect(lists.filter((l) => l.tenant_id === agency.id).map((l) => l.template_id).sort()).toEqual([current.id, previous.id].sort());
    }
  });

  it('lets agencies add an own item and tighten a mandated one, never loosening it', async () => {
    const { current } = await published();
    const czj = agencies.find((a) => a.code === 'CZJ')!;
    const duties = await new AgencyListService().duties(system.actingFor(czj.id), current.id);
    expect(duties.filter((d) => d.source === 'OWN').map((d) => d.title)).toEqual(['党员业务骨干“双培养”']);
    const tightened = duties.filter((d) => d.tightened);
    expect(tightened.map((d) => d.title)).toEqual(['开展主题党日']);
    expect(tightened[0].dueOffsetDays!).toBeLessThan(tightened[0].mandatedDueOffsetDays!);
    expect(tightened[0].minEvidence).toBe(1);
  });

  it('writes summary rows equal to the ones rebuildCompletion computes from the records', async () => {
    const { current } = await published();
    const key = (r: DutyCompletion) => `${r.dutyId}|${r.periodKey}|${r.done}|${r.late}|${r.accepted}|${r.returned}`;
    for (const agency of agencies) {
      const own = system.actingFor(agency.id);
      const maintained = (await own.repo(DutyCompletion).find({ where: { templateId: current.id } })).map(key).sort();
      expect(maintained.length).toBeGreaterThan(0);
      // Rebuilt inside a transaction rolled back, so that the seeded rows stay as the seed wrote them.
      let rebuilt: string[] = [];
      await expect(
        own.transaction(async (tx) => {
          rebuilt = (await rebuildCompletion(tx, current.id)).map(key).sort();
          throw new Error('roll back');
        }),
      ).rejects.toThrow('roll back');
      expect(rebuilt).toEqual(maintained);
    }
  });

  it('agrees with byCounts for every agency, recounted from the records and the org tree in plain SQL', async () => {
    const { current } = await published();
    const board = await new CompletionService().byCounts(system, current, CompletionGrouping.AGENCY, NOW);
    expect(board.map((r) => r.tenantId).sort()).toEqual(agencies.map((a) => a.id).sort());
    for (const agency of agencies) {
      const row = board.find((r) => r.tenantId === agency.id)!;
      const expected = await recount(db.dataSource, agency.id, current.id, await new AgencyListService().duties(system.actingFor(agency.id), current.id));
      expect(pick(row)).toEqual(expected);
      expect(row.due).toBeGreaterThan(0);
    }
  });

  it('spreads organisation and post duties: most on time, some late, some overdue, a few returned, most accepted', async () => {
    const { current } = await published();
    const board = await new CompletionService().byCounts(system, current, CompletionGrouping.CLASS, NOW);
    // Only what is owed by now: member duties are answered for a sample of members only.
    const rows: { status: string; late: number | boolean; current: number | boolean; version: number }[] = await db.dataSource.query(
      `SELECT status, late, current, version FROM fulfilment_record WHERE template_id = ? AND post_code <> ?`,
      [current.id, PostCode.PARTY_MEMBER],
    );
    const now = rows.filter((r) => Boolean(Number(r.current)));
    const done = now.filter((r) => r.status !== RecordStatus.RETURNED);
    const share = (k: number) => k / now.length;
    expect(share(done.filter((r) => !Number(r.late)).length)).toBeGreaterThan(0.7);
    expect(share(done.filter((r) => Number(r.late)).length)).toBeGreaterThan(0.03);
    expect(share(done.filter((r) => Number(r.late)).length)).toBeLessThan(0.2);
    expect(now.some((r) => r.status === RecordStatus.RETURNED)).toBe(true);
    expect(rows.some((r) => r.version === 2)).toBe(true);
    expect(done.filter((r) => r.status === RecordStatus.ACCEPTED).length / done.length).toBeGreaterThan(0.75);
    const organisation = board.find((r) => r.key === PostClass.ORGANIZATION)!;
    expect(organisation.overdue / organisation.due).toBeGreaterThan(0.03);
    expect(organisation.overdue / organisation.due).toBeLessThan(0.25);
  });

  it('leaves the demo secretary and member open duties this period and a returned record to answer', async () => {
    const { current } = await published();
    const czj = agencies.find((a) => a.code === 'CZJ')!;
    const own = system.actingFor(czj.id);
    const users = await own.repo(User).find();
    for (const username of ['czj_secretary', 'czj_member']) {
      const mine = await new ObligationService().mine(own, users.find((u) => u.username === username)!.id, current, NOW);
      expect(mine.some((o) => o.status === 'OPEN')).toBe(true);
      const returned = mine.filter((o) => o.record?.status === RecordStatus.RETURNED);
      expect(returned.length).toBeGreaterThanOrEqual(1);
      expect(returned[0].record!.reviewComment).toBeTruthy();
      expect(returned[0].record!.recordedById).not.toBe(returned[0].record!.reviewedById);
    }
  });

  it('names each record’s subject as the services would: the holder’s user, a recorder and reviewer of the agency or the committee', async () => {
    const rows: { post_code: string; member_id: string | null; holder_key: string; subject_user_id: string | null; recorded_by_id: string; reviewed_by_id: string | null }[] =
      await db.dataSource.query('SELECT post_code, member_id, holder_key, subject_user_id, recorded_by_id, reviewed_by_id FROM fulfilment_record');
    const users: { id: string }[] = await db.dataSource.query('SELECT id FROM user');
    const userIds = new Set(users.map((u) => u.id));
    for (const r of rows) {
      const individual = [PostCode.PARTY_MEMBER, PostCode.PARTY_GROUP_MEMBER, PostCode.ORGAN_COMMITTEE_FULL_TIME_DEPUTY].includes(r.post_code as never);
      expect(r.holder_key).toBe(individual ? r.member_id : '');
      expect(userIds.has(r.recorded_by_id)).toBe(true);
      if (r.reviewed_by_id) expect(r.reviewed_by_id).not.toBe(r.recorded_by_id);
    }
    // The demo member's own records belong to their user.
    const [member] = await db.dataSource.query(`SELECT u.id, m.id AS member_id FROM user u JOIN party_member m ON m.user_id = u.id WHERE u.username = 'czj_member'`);
    const theirs = rows.filter((r) => r.member_id === member.member_id);
    expect(theirs.length).toBeGreaterThan(0);
    expect(theirs.every((r) => r.subject_user_id === member.id && r.recorded_by_id === member.id)).toBe(true);
  });
});

const pick = (r: CompletionRow) => ({ due: r.due, done: r.done, onTime: r.onTime, late: r.late, overdue: r.overdue, returned: r.returned, accepted: r.accepted });

/**
 * One agency's figures without CompletionService: subjects counted from the org tree, periods from
 * the periods helper, answers from the current records.
 */
async function recount(dataSource: DataSource, tenantId: string, templateId: string, duties: Duty[]) {
  const units: { kind: string; n: unknown }[] = await dataSource.query('SELECT kind, COUNT(*) AS n FROM org_unit WHERE tenant_id = ? AND dissolved_on IS NULL GROUP BY kind', [tenantId]);
  const held: { post_code: string; kind: string; unit_id: string }[] = await dataSource.query(
    'SELECT a.post_code, u.kind, a.unit_id FROM post_assignment a JOIN org_unit u ON u.id = a.unit_id AND u.tenant_id = a.tenant_id WHERE a.tenant_id = ? AND a.ends_on IS NULL AND u.dissolved_on IS NULL',
    [tenantId],
  );
  const [{ members }] = await dataSource.query(`SELECT COUNT(*) AS members FROM party_member WHERE tenant_id = ? AND status = 'ACTIVE'`, [tenantId]);
  const posts: { code: string; post_class: string; secretary: unknown }[] = await dataSource.query('SELECT code, post_class, secretary FROM post_type');
  const records: { duty_id: string; period_key: string; status: string; late: unknown }[] = await dataSource.query(
    'SELECT duty_id, period_key, status, late FROM fulfilment_record WHERE tenant_id = ? AND template_id = ? AND current = 1',
    [tenantId, templateId],
  );
  const figures = { due: 0, done: 0, onTime: 0, late: 0, overdue: 0, returned: 0, accepted: 0 };
  for (const duty of duties) {
    const kinds: readonly string[] = duty.unitKinds?.length ? duty.unitKinds : LEVEL_UNIT_KINDS[duty.level];
    const post = posts.find((p) => p.code === duty.postCode)!;
    const holders = held.filter((h) => h.post_code === post.code && kinds.includes(h.kind));
    const subjects =
      post.code === PostCode.PARTY_MEMBER
        ? n(members)
        : post.post_class === PostClass.ORGANIZATION
          ? units.filter((u) => kinds.includes(u.kind)).reduce((s, u) => s + n(u.n), 0)
          : Number(post.secretary)
            ? new Set(holders.map((h) => h.unit_id)).size
            : holders.length;
    const periods = periodsOfYear(duty.cadence, 2026).map((period) => ({ period, due: dueAt(period, dueRuleOf(duty)) }));
    const open = periods.find((p) => p.due > NOW && (!p.period.start || p.period.start <= NOW));
    for (const { period, due } of periods) {
      const past = due <= NOW;
      if (!past && period !== open?.period) continue;
      const answers = records.filter((r) => r.duty_id === duty.id && r.period_key === period.key);
      const done = answers.filter((r) => r.status !== RecordStatus.RETURNED);
      const late = done.filter((r) => Number(r.late)).length;
      figures.due += past ? subjects : done.length;
      figures.done += done.length;
      figures.late += late;
      figures.onTime += done.length - late;
      figures.accepted += done.filter((r) => r.status === RecordStatus.ACCEPTED).length;
      figures.returned += answers.length - done.length;
      if (past) figures.overdue += subjects - done.length;
    }
  }
  return figures;
}
