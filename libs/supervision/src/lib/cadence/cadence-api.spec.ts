import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { DataSource } from 'typeorm';
import { errorCode as code, dataOf as ok, type TestApi, type TestTenant } from '@zeren/api/testing';
import { Cadence, daysLeft, endOfLocalDay, localDateOf, localYear, periodOf, previousPeriod, startOfLocalDay, type BoundedPeriod } from '@zeren/shared-periods';
import { newId, Scope, Tenant, TenantDb, TenantKind, TenantStatus } from '@zeren/tenancy';
import { createSupervisionTestApi } from '../../testing';
import { FindingCategory, InspectionCampaign, InspectionFinding, InspectionVisit } from '../inspection/inspection.entity';
import { Rectification } from '../rectification/rectification.entity';
import { CampaignStatus, FindingSeverity, RectificationSource, RectificationStatus as S } from '../supervision.enums';

const DAY = 86_400_000;
const NOW = () => Date.now();
const today = () => localDateOf(new Date());
const daysFrom = (n: number) => localDateOf(new Date(Date.now() + n * DAY));
const whole = (t: number) => new Date(Math.floor(t / 1000) * 1000);

const ITEM = 'id tenantId agency year source category problem status dueOn overdue daysOverdue dueSoon late repeated failedCount';
const FIGURES = 'key label findings rectifications closed due onTime late overdue repeated closureRate onTimeRate';
const HEAD = 'kind year period periodKey title asOf issued issuedAt documentNumber notes';
const MONTHLY = `query($y: Int!, $p: Int!, $live: Boolean) { monthlyDispatch(year: $y, month: $p, live: $live) { ${HEAD} monthly { counts { open overdue dueSoon closedThisMonth } agencies { tenantId agency open overdue items { ${ITEM} } } } } }`;
const QUARTERLY = `query($y: Int!, $p: Int!, $live: Boolean) { quarterlyAnalysis(year: $y, quarter: $p, live: $live) { ${HEAD} quarterly { totals { ${FIGURES} } groups { by rows { ${FIGURES} } } trend { ${FIGURES} } sameQuarterLastYear { ${FIGURES} } } } }`;
const HALF = `query($y: Int!, $p: Int!, $live: Boolean) { halfYearSweep(year: $y, half: $p, live: $live) { ${HEAD} halfYear { counts { agencies unclosed overdue repeated late } agencies { tenantId agency unclosed overdue repeated late items { ${ITEM} } } } } }`;
const ISSUE = `mutation($k: CadenceKind!, $y: Int!, $p: Int!) { issueCadenceReport(kind: $k, year: $y, period: $p) { id kind year period title issuedAt issuedById documentNumber } }`;
const LIST = `query($y: Int!) { cadenceReports(year: $y) { id kind year period title documentNumber } }`;
const DOCX = `query($k: CadenceKind!, $y: Int!, $p: Int!) { cadenceReportDocx(kind: $k, year: $y, period: $p) }`;

/** One rectification as the fixtures write it: the committee's finding at a visit, and its state. */
interface Spec {
  visitedOn: string;
  dueOn: string;
  status: S;
  category?: string;
  startedAt?: number | null;
  firstRectifiedAt?: number | null;
  rectifiedAt?: number | null;
  verifiedAt?: number | null;
  closedAt?: number | null;
  late?: boolean;
  failedCount?: number;
  repeatOfId?: string | null;
}

/** The rows behind the figures, as a reader of the tables would count them (independently of the service). */
interface Row {
  id: string;
  tenantId: string;
  status: S;
  dueAt: number;
  openedAt: number;
  firstRectifiedAt: number | null;
  closedAt: number | null;
  late: boolean;
  repeated: boolean;
  categoryId: string;
}

async function readRows(dataSource: DataSource): Promise<Row[]> {
  const rects = await dataSource.manager.find(Rectification);
  const findings = new Map((await dataSource.manager.find(InspectionFinding)).map((f) => [f.id, f]));
  const visits = new Map((await dataSource.manager.find(InspectionVisit)).map((v) => [v.id, v]));
  return rects.map((r) => {
    const f = findings.get(r.sourceId)!;
    return {
      id: r.id,
      tenantId: r.tenantId,
      status: r.status,
      dueAt: r.dueAt.getTime(),
      openedAt: startOfLocalDay(visits.get(f.visitId!)!.visitedOn).getTime(),
      firstRectifiedAt: r.firstRectifiedAt?.getTime() ?? null,
      closedAt: r.closedAt?.getTime() ?? null,
      late: r.late,
      repeated: !!f.repeatOfId,
      categoryId: r.categoryId!,
    };
  });
}

const working = (r: Row) => r.status === S.PENDING || r.status === S.IN_PROGRESS;

describe('the cadence: 每月一调度 · 每季一分析 · 半年一排查 (API)', () => {
  let api: TestApi;
  let a: TestTenant;
  let b: TestTenant;
  let system: TenantDb;
  let categories: Map<string, string>;
  const campaigns = new Map<number, string>();
  const YEAR = localYear();
  const gw = 'gw_committee_admin';
  const leader = 'gw_committee_leader';
  const aAdmin = 'a_tenant_admin';

  async function campaignOf(year: number): Promise<string> {
    let id = campaigns.get(year);
    if (!id) {
      id = newId();
      const at = new Date();
      await system.register(InspectionCampaign).insert({ id, year, title: `${year}年度机关党建全覆盖督查`, startsOn: `${year}-01-01`, endsOn: `${year}-12-31`, status: CampaignStatus.UNDERWAY, createdById: 'fixture', createdAt: at, updatedAt: at });
      campaigns.set(year, id);
    }
    return id;
  }

  /** A finding at a visit and its rectification, in the state the spec gives (both sides' fields at once: a fixture). */
  async function addRectification(tenantId: string, spec: Spec): Promise<{ id: string; findingId: string }> {
    const year = Number(spec.visitedOn.slice(0, 4));
    const campaignId = await campaignOf(year);
    const committee = system.actingFor(tenantId);
    const visit = await committee.repo(InspectionVisit).insertOne({ campaignId, teamId: null, visitedOn: spec.visitedOn, notes: '督查', createdById: 'fixture' });
    const categoryId = categories.get(spec.category ?? '灯下黑')!;
    const finding = await committee.repo(InspectionFinding).insertOne({
      campaignId,
      year,
      visitId: visit.id,
      categoryId,
      severity: FindingSeverity.GENERAL,
      description: `问题${newId().slice(-4)}`,
      repeatOfId: spec.repeatOfId ?? null,
      createdById: 'fixture',
    });
    const t = (v: number | null | undefined) => (v === null || v === undefined ? null : whole(v));
    const rect = await committee.repo(Rectification).insertOne({
      year,
      source: RectificationSource.INSPECTION,
      sourceId: finding.id,
      categoryId,
      problem: finding.description,
      dueOn: spec.dueOn,
      dueAt: endOfLocalDay(spec.dueOn),
      status: spec.status,
      measures: spec.startedAt ? '措施' : null,
      responsibleMemberId: null,
      responsiblePostCode: null,
      report: spec.firstRectifiedAt ? '报告' : null,
      evidence: [],
      startedAt: t(spec.startedAt),
      firstRectifiedAt: t(spec.firstRectifiedAt),
      rectifiedAt: t(spec.rectifiedAt ?? spec.firstRectifiedAt),
      rectifiedById: null,
      late: spec.late ?? false,
      failedCount: spec.failedCount ?? 0,
      verifyComment: null,
      verifiedAt: t(spec.verifiedAt),
      verifiedById: null,
      closeNote: spec.closedAt ? '销号' : null,
      closedAt: t(spec.closedAt),
      closedById: null,
      issuedById: 'fixture',
    });
    return { id: rect.id, findingId: finding.id };
  }

  const ids: Record<string, string> = {};

  beforeAll(async () => {
    api = await createSupervisionTestApi();
    system = new TenantDb(api.dataSource, Scope.system('test fixture'));
    categories = new Map((await system.reference(FindingCategory).find()).map((c) => [c.name, c.id]));
    await api.addTenant('GW', TenantKind.COMMITTEE);
    a = await api.addTenant('A');
    b = await api.addTenant('B');
    const now = NOW();
    // A: overdue six days (not started), due in two days (in progress), reported on time, and last year's still open.
    ids.a1 = (await addRectification(a.tenant.id, { visitedOn: daysFrom(-20), dueOn: daysFrom(-6), status: S.PENDING })).id;
    ids.a2 = (await addRectification(a.tenant.id, { visitedOn: daysFrom(-10), dueOn: daysFrom(2), status: S.IN_PROGRESS, startedAt: now - 8 * DAY, category: '两张皮' })).id;
    ids.a3 = (await addRectification(a.tenant.id, { visitedOn: daysFrom(-40), dueOn: daysFrom(20), status: S.RECTIFIED, startedAt: now - 35 * DAY, firstRectifiedAt: now - 3 * DAY, category: '同质化' })).id;
    ids.a4 = (await addRectification(a.tenant.id, { visitedOn: `${YEAR - 1}-06-10`, dueOn: `${YEAR - 1}-07-20`, status: S.IN_PROGRESS, startedAt: Date.parse(`${YEAR - 1}-06-15T02:00:00Z`), category: '主体责任履行不到位' })).id;
    // B: last year's problem, reported late and closed; this year the same category again; and one closed a minute ago.
    const b0 = await addRectification(b.tenant.id, {
      visitedOn: `${YEAR - 1}-05-10`,
      dueOn: `${YEAR - 1}-06-10`,
      status: S.CLOSED,
      startedAt: Date.parse(`${YEAR - 1}-05-12T02:00:00Z`),
      firstRectifiedAt: Date.parse(`${YEAR - 1}-06-20T02:00:00Z`),
      verifiedAt: Date.parse(`${YEAR - 1}-06-25T02:00:00Z`),
      closedAt: Date.parse(`${YEAR - 1}-07-20T02:00:00Z`),
      late: true,
    });
    ids.b0 = b0.id;
    ids.b1 = (await addRectification(b.tenant.id, { visitedOn: daysFrom(-30), dueOn: daysFrom(5), status: S.CLOSED, startedAt: now - 28 * DAY, firstRectifiedAt: now - 15 * DAY, verifiedAt: now - 10 * DAY, closedAt: now - 60_000, category: '其他' })).id;
    ids.b2 = (await addRectification(b.tenant.id, { visitedOn: daysFrom(-7), dueOn: daysFrom(30), status: S.PENDING, repeatOfId: b0.findingId })).id;
  }, 120_000);
  afterAll(() => api.close());

  const month = () => Number(today().slice(5, 7));
  const thisQuarter = () => periodOf(Cadence.QUARTER, new Date()) as BoundedPeriod;
  const quarterNo = () => Number(thisQuarter().key.slice(-1));
  const halfNo = () => (month() <= 6 ? 1 : 2);

  describe('每月一调度', () => {
    it('lists every open rectification by agency as of now, overdue first, with the counts', async () => {
      const report = ok(await api.as(gw).run(MONTHLY, { y: YEAR, p: month(), live: true }), 'monthlyDispatch');
      expect(report).toMatchObject({ kind: 'MONTHLY', year: YEAR, period: month(), issued: false, documentNumber: null, asOf: today() });
      expect(report.monthly.counts).toEqual({ open: 5, overdue: 2, dueSoon: 1, closedThisMonth: 1 });
      expect(report.monthly.agencies.map((x: any) => [x.tenantId, x.open, x.overdue])).toEqual([
        [a.tenant.id, 4, 2],
        [b.tenant.id, 1, 0],
      ]);
      const items = report.monthly.agencies[0].items;
      expect(items.map((i: any) => i.id)).toEqual([ids.a4, ids.a1, ids.a2, ids.a3]);
      expect(items[1]).toMatchObject({ status: 'PENDING', overdue: true, daysOverdue: 6, dueSoon: false, dueOn: daysFrom(-6), category: '灯下黑', agency: '测试单位A' });
      expect(items[2]).toMatchObject({ status: 'IN_PROGRESS', overdue: false, daysOverdue: 0, dueSoon: true });
      expect(items[0].daysOverdue).toBe(-daysLeft(endOfLocalDay(`${YEAR - 1}-07-20`), new Date()));
    });

    it('counts what the rows say, recomputed from the tables', async () => {
      const rows = await readRows(api.dataSource);
      const now = NOW();
      const monthStart = (periodOf(Cadence.MONTH, new Date()) as BoundedPeriod).start.getTime();
      const open = rows.filter((r) => r.status !== S.CLOSED);
      const overdue = open.filter((r) => working(r) && r.dueAt <= now);
      const dueSoon = open.filter((r) => working(r) && r.dueAt > now && daysLeft(new Date(r.dueAt), new Date()) <= 3);
      const closed = rows.filter((r) => r.closedAt !== null && r.closedAt >= monthStart);
      const report = ok(await api.as(gw).run(MONTHLY, { y: YEAR, p: month(), live: true }), 'monthlyDispatch');
      expect(report.monthly.counts).toEqual({ open: open.length, overdue: overdue.length, dueSoon: dueSoon.length, closedThisMonth: closed.length });
      expect(report.monthly.agencies.flatMap((x: any) => x.items.map((i: any) => i.id)).sort()).toEqual(open.map((r) => r.id).sort());
    });

    it('shows a past month as it stood at its end: a problem closed since was still open then', async () => {
      const previous = previousPeriod(periodOf(Cadence.MONTH, new Date())) as BoundedPeriod;
      const [y, m] = previous.key.split('-').map(Number);
      const report = ok(await api.as(gw).run(MONTHLY, { y, p: m, live: true }), 'monthlyDispatch');
      const listed = report.monthly.agencies.flatMap((x: any) => x.items);
      const visitedBefore = (n: number) => startOfLocalDay(daysFrom(n)).getTime() < previous.end.getTime();
      // b1 was closed a minute ago: at the end of last month it was open (if it had been handed over by then).
      expect(listed.some((i: any) => i.id === ids.b1)).toBe(visitedBefore(-30));
      if (visitedBefore(-30)) expect(listed.find((i: any) => i.id === ids.b1).status).not.toBe('CLOSED');
      expect(report.asOf).toBe(localDateOf(new Date(previous.end.getTime() - 1000)));
    });
  });

  describe('每季一分析', () => {
    it('gives the quarter’s figures by category and by agency, recomputed from the rows, with the trend and last year’s quarter', async () => {
      const report = ok(await api.as(gw).run(QUARTERLY, { y: YEAR, p: quarterNo(), live: true }), 'quarterlyAnalysis');
      const rows = await readRows(api.dataSource);
      const now = NOW();
      const q = thisQuarter();
      const inQ = rows.filter((r) => r.openedAt >= q.start.getTime() && r.openedAt < q.end.getTime());
      const figures = (list: Row[]) => {
        const due = list.filter((r) => r.firstRectifiedAt !== null || r.dueAt <= now);
        const onTime = list.filter((r) => r.firstRectifiedAt !== null && !r.late);
        const closed = list.filter((r) => r.status === S.CLOSED);
        return {
          findings: list.length,
          rectifications: list.length,
          closed: closed.length,
          due: due.length,
          onTime: onTime.length,
          late: list.filter((r) => r.firstRectifiedAt !== null && r.late).length,
          overdue: due.filter((r) => r.firstRectifiedAt === null).length,
          repeated: list.filter((r) => r.repeated).length,
          closureRate: list.length ? closed.length / list.length : null,
          onTimeRate: due.length ? onTime.length / due.length : null,
        };
      };
      expect(report.quarterly.totals).toMatchObject({ key: q.key, ...figures(inQ) });
      const byCategory = report.quarterly.groups.find((g: any) => g.by === 'CATEGORY').rows;
      // Every category is a row, an empty one too.
      expect(byCategory).toHaveLength(categories.size);
      for (const row of byCategory) expect(row).toMatchObject(figures(inQ.filter((r) => r.categoryId === row.key)));
      const byAgency = report.quarterly.groups.find((g: any) => g.by === 'AGENCY').rows;
      expect(byAgency.map((r: any) => r.key).sort()).toEqual([...new Set(inQ.map((r) => r.tenantId))].sort());
      for (const row of byAgency) expect(row).toMatchObject(figures(inQ.filter((r) => r.tenantId === row.key)));
      expect(report.quarterly.trend.map((t: any) => t.key)).toEqual(Array.from({ length: quarterNo() }, (_, i) => `${YEAR}-Q${i + 1}`));
      expect(report.quarterly.trend.at(-1)).toEqual(report.quarterly.totals);
      expect(report.quarterly.sameQuarterLastYear.key).toBe(`${YEAR - 1}-Q${quarterNo()}`);
      expect(report.notes.join(' ')).toContain('按网格统计待网格化联系指导模块上线后提供');
    });

    it('measures last year’s quarter at its own end: the late report counts, the problem closed then', async () => {
      const report = ok(await api.as(gw).run(QUARTERLY, { y: YEAR - 1, p: 2, live: true }), 'quarterlyAnalysis');
      // b0 (visited 10 May, reported late 20 June, verified 25 June, closed 20 July) and a4 (visited 10 June, due 20 July, never reported).
      expect(report.quarterly.totals).toMatchObject({ findings: 2, rectifications: 2, closed: 0, due: 1, onTime: 0, late: 1, overdue: 0, closureRate: 0, onTimeRate: 0 });
      const q3 = ok(await api.as(gw).run(QUARTERLY, { y: YEAR - 1, p: 3, live: true }), 'quarterlyAnalysis');
      expect(q3.quarterly.trend.map((t: any) => [t.key, t.rectifications, t.closed])).toEqual([
        [`${YEAR - 1}-Q1`, 0, 0],
        [`${YEAR - 1}-Q2`, 2, 0],
        [`${YEAR - 1}-Q3`, 0, 0],
      ]);
    });
  });

  describe('半年一排查', () => {
    it('lists the agencies with overdue, repeated or unclosed problems, each with its counts and items', async () => {
      const report = ok(await api.as(gw).run(HALF, { y: YEAR, p: halfNo(), live: true }), 'halfYearSweep');
      const rows = await readRows(api.dataSource);
      const now = NOW();
      const half = periodOf(Cadence.HALF, new Date()) as BoundedPeriod;
      const swept = rows.filter((r) => r.status !== S.CLOSED || (r.openedAt >= half.start.getTime() && (r.repeated || r.late)));
      for (const agency of report.halfYear.agencies) {
        const mine = swept.filter((r) => r.tenantId === agency.tenantId);
        expect(agency.items.map((i: any) => i.id).sort()).toEqual(mine.map((r) => r.id).sort());
        expect([agency.unclosed, agency.overdue, agency.repeated]).toEqual([
          mine.filter((r) => r.status !== S.CLOSED).length,
          mine.filter((r) => working(r) && r.dueAt <= now).length,
          mine.filter((r) => r.repeated).length,
        ]);
      }
      expect(report.halfYear.agencies.map((x: any) => x.tenantId)).toEqual([a.tenant.id, b.tenant.id]);
      expect(report.halfYear.counts).toMatchObject({ agencies: 2, unclosed: 5, overdue: 2 });
      expect(report.halfYear.agencies[1].items.find((i: any) => i.id === ids.b2)).toMatchObject({ repeated: true, status: 'PENDING' });
    });
  });

  describe('issuing (印发)', () => {
    it('freezes the content: a row changed afterwards changes the live report, not the issued one; twice is CONFLICT', async () => {
      const issued = ok(await api.as(gw).run(ISSUE, { k: 'MONTHLY', y: YEAR, p: month() }), 'issueCadenceReport');
      expect(issued).toMatchObject({ kind: 'MONTHLY', year: YEAR, period: month(), title: `${YEAR}年${month()}月督查整改调度通报`, documentNumber: `工委督查〔${YEAR}〕1号` });
      const before = ok(await api.as(gw).run(MONTHLY, { y: YEAR, p: month() }), 'monthlyDispatch');
      expect(before).toMatchObject({ issued: true, documentNumber: `工委督查〔${YEAR}〕1号`, issuedAt: issued.issuedAt });
      // The committee closes a1 after the paper went out.
      await api.dataSource.manager.update(Rectification, { id: ids.a1 }, { status: S.CLOSED, closedAt: whole(NOW()) });
      const after = ok(await api.as(gw).run(MONTHLY, { y: YEAR, p: month() }), 'monthlyDispatch');
      const live = ok(await api.as(gw).run(MONTHLY, { y: YEAR, p: month(), live: true }), 'monthlyDispatch');
      expect(after).toEqual(before);
      expect(before.monthly.counts.open).toBe(5);
      expect(live.monthly.counts).toMatchObject({ open: 4, closedThisMonth: 2 });
      expect(live.issued).toBe(false);
      expect(code(await api.as(gw).run(ISSUE, { k: 'MONTHLY', y: YEAR, p: month() }))).toBe('CONFLICT');
      // The next paper of the year takes the next number.
      ok(await api.as(gw).run(ISSUE, { k: 'QUARTERLY', y: YEAR, p: quarterNo() }), 'issueCadenceReport');
      expect(ok(await api.as(leader).run(QUARTERLY, { y: YEAR, p: quarterNo() }), 'quarterlyAnalysis').documentNumber).toBe(`工委督查〔${YEAR}〕2号`);
      expect(ok<any[]>(await api.as(leader).run(LIST, { y: YEAR }), 'cadenceReports').map((r) => [r.kind, r.period, r.documentNumber])).toEqual([
        ['MONTHLY', month(), `工委督查〔${YEAR}〕1号`],
        ['QUARTERLY', quarterNo(), `工委督查〔${YEAR}〕2号`],
      ]);
    });

    it('refuses a period not yet begun or that does not exist (BAD_USER_INPUT), and changes nothing', async () => {
      expect(code(await api.as(gw).run(ISSUE, { k: 'MONTHLY', y: YEAR + 1, p: 1 }))).toBe('BAD_USER_INPUT');
      expect(code(await api.as(gw).run(ISSUE, { k: 'HALF_YEAR', y: YEAR, p: 3 }))).toBe('BAD_USER_INPUT');
      expect(code(await api.as(gw).run(MONTHLY, { y: YEAR, p: 13 }))).toBe('BAD_USER_INPUT');
      expect(code(await api.as(gw).run(QUARTERLY, { y: YEAR + 1, p: 1 }))).toBe('BAD_USER_INPUT');
      expect(ok<any[]>(await api.as(gw).run(LIST, { y: YEAR + 1 }), 'cadenceReports')).toEqual([]);
    });
  });

  describe('permissions', () => {
    it('refuses agencies every cadence query and the issue (FORBIDDEN)', async () => {
      for (const [query, vars] of [
        [MONTHLY, { y: YEAR, p: month() }],
        [QUARTERLY, { y: YEAR, p: quarterNo() }],
        [HALF, { y: YEAR, p: halfNo() }],
        [LIST, { y: YEAR }],
        [DOCX, { k: 'MONTHLY', y: YEAR, p: month() }],
        [ISSUE, { k: 'HALF_YEAR', y: YEAR, p: halfNo() }],
      ] as const) {
        expect(code(await api.as(aAdmin).run(query, vars))).toBe('FORBIDDEN');
      }
    });

    it('gives the committee viewing one agency that agency’s live rows, never the issued paper of all, and refuses it the issue', async () => {
      const narrowed = api.as(gw, { viewTenantId: b.tenant.id });
      const report = ok(await narrowed.run(MONTHLY, { y: YEAR, p: month() }), 'monthlyDispatch');
      expect(report).toMatchObject({ issued: false, documentNumber: null });
      expect(report.monthly.agencies.map((x: any) => x.tenantId)).toEqual([b.tenant.id]);
      expect(code(await narrowed.run(ISSUE, { k: 'HALF_YEAR', y: YEAR, p: halfNo() }))).toBe('FORBIDDEN');
    });

    it('lets the committee’s leader read but not issue', async () => {
      ok(await api.as(leader).run(HALF, { y: YEAR, p: halfNo() }), 'halfYearSweep');
      expect(code(await api.as(leader).run(ISSUE, { k: 'HALF_YEAR', y: YEAR, p: halfNo() }))).toBe('FORBIDDEN');
    });
  });

  describe('the 督查通报 (.docx)', () => {
    const documentXml = async (base64: string) => (await (await JSZip.loadAsync(Buffer.from(base64, 'base64'))).file('word/document.xml')!.async('string'));
    const texts = (xml: string) => [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => [...p[0].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));

    it('renders an issued report with its 文号, title, numbered sections and tables, from the frozen content', async () => {
      const xml = await documentXml(ok<string>(await api.as(gw).run(DOCX, { k: 'MONTHLY', y: YEAR, p: month() }), 'cadenceReportDocx'));
      const paragraphs = texts(xml);
      expect(paragraphs.slice(0, 3)).toEqual(['督查通报', `工委督查〔${YEAR}〕1号`, `${YEAR}年${month()}月督查整改调度通报`]);
      expect(paragraphs).toContain('一、总体情况');
      expect(paragraphs).toContain('二、逾期未整改事项');
      // The frozen figures (five open), not today's four.
      expect(paragraphs.some((p) => /^1\. 截至.*未销号5项,其中逾期未整改2项/.test(p))).toBe(true);
      expect((xml.match(/<w:tbl>/g) ?? []).length).toBe(2);
    });

    it('renders a live report as a draft without a 文号', async () => {
      const xml = await documentXml(ok<string>(await api.as(leader).run(DOCX, { k: 'HALF_YEAR', y: YEAR, p: halfNo() }), 'cadenceReportDocx'));
      const paragraphs = texts(xml);
      expect(paragraphs[1]).toBe('(未印发)');
      expect(paragraphs).toContain('二、问题单位清单');
    });

    // LibreOffice lays the paper out (to PDF: its Writer has no PNG export without the Draw filters), and
    // poppler draws the first page; both are Debian packages (libreoffice-writer-nogui, poppler-utils).
    const soffice = ['/usr/bin/soffice', '/usr/local/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));
    const pdftoppm = ['/usr/bin/pdftoppm', '/usr/local/bin/pdftoppm'].find((p) => existsSync(p));
    (soffice && pdftoppm ? it : it.skip)(`renders to PNG with LibreOffice${soffice && pdftoppm ? '' : ' (skipped: soffice or pdftoppm not found)'}`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'cadence-docx-'));
      writeFileSync(join(dir, 'report.docx'), Buffer.from(ok<string>(await api.as(gw).run(DOCX, { k: 'MONTHLY', y: YEAR, p: month() }), 'cadenceReportDocx'), 'base64'));
      execFileSync(soffice!, [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'report.docx')], { timeout: 120_000, stdio: 'pipe' });
      execFileSync(pdftoppm!, ['-png', '-r', '50', '-f', '1', '-l', '1', join(dir, 'report.pdf'), join(dir, 'page')], { timeout: 60_000, stdio: 'pipe' });
      const page = readdirSync(dir).find((f) => /^page-0*1\.png$/.test(f));
      expect(page).toBeDefined();
      // A blank page is a few hundred bytes at this size; the paper's title, tables and text are far more.
      expect(statSync(join(dir, page!)).size).toBeGreaterThan(5_000);
    }, 150_000);
  });

  describe('at scale', () => {
    /** `count` agencies, each with two open rectifications, written in bulk. */
    async function addAgencies(from: number, count: number): Promise<void> {
      const tenants = Array.from({ length: count }, (_, i) => Object.assign(new Tenant(), { id: newId(), code: `X${from + i}`, name: `规模单位${from + i}`, kind: TenantKind.AGENCY, status: TenantStatus.ACTIVE, createdAt: new Date() }));
      await api.dataSource.manager.insert(Tenant, tenants);
      for (const t of tenants) {
        await addRectification(t.id, { visitedOn: daysFrom(-12), dueOn: daysFrom(-2), status: S.PENDING });
        await addRectification(t.id, { visitedOn: daysFrom(-5), dueOn: daysFrom(20), status: S.IN_PROGRESS, startedAt: NOW() - 4 * DAY, category: '两张皮' });
      }
    }
    const measured = async (query: string, variables: Record<string, unknown>) => {
      await api.as(gw).run('{ __typename }');
      const result = await api.as(gw).run(query, variables);
      expect(result.errors).toBeUndefined();
      if (process.env['SHOW_SQL']) console.log(api.counter.statements.map((q) => q.slice(0, 140)).join('\n'));
      return result.statements;
    };
    // One after the other: the statement counter counts one operation at a time.
    const all = async () => [await measured(MONTHLY, { y: YEAR, p: month(), live: true }), await measured(QUARTERLY, { y: YEAR, p: quarterNo(), live: true }), await measured(HALF, { y: YEAR, p: halfNo(), live: true })];

    it('costs the same statements at 10 agencies as at 60', async () => {
      await addAgencies(0, 10);
      const small = await all();
      await addAgencies(10, 50);
      const large = await all();
      expect(large).toEqual(small);
      // The rectifications, the agencies' names, the categories.
      expect(small).toEqual([3, 3, 3]);
      const report = ok(await api.as(gw).run(MONTHLY, { y: YEAR, p: month(), live: true }), 'monthlyDispatch');
      expect(report.monthly.agencies.length).toBeGreaterThanOrEqual(61);
    }, 120_000);
  });
});
