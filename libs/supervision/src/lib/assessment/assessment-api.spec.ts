import ExcelJS from 'exceljs';
import { readDocx } from '@zeren/shared-office/testing';
import { TenantKind, AuditEntry } from '@zeren/tenancy';
import { errorCode as code, issueField as fieldOf, dataOf as ok, type TestApi, type TestTenant } from '@zeren/api/testing';
import { AssessmentResult } from './assessment-result.entity';
import { AssessmentAdjustment } from './assessment-adjustment.entity';
import { InspectionFinding } from '../inspection/inspection.entity';
import { Rectification } from '../rectification/rectification.entity';
import { FindingSeverity, RectificationStatus, createAssessmentTestApi, insertFinding, insertRectification } from './testing';


const SCHEME = 'id year status title adjustmentLimit computedAt resultsPublishedAt components { kind label weight definition } gradeBands { grade min }';
const CREATE = `mutation($i: AssessmentSchemeInput!) { createAssessmentScheme(input: $i) { ${SCHEME} } }`;
const UPDATE = `mutation($id: ID!, $i: AssessmentSchemeInput!) { updateAssessmentScheme(id: $id, input: $i) { ${SCHEME} } }`;
const PUBLISH = `mutation($id: ID!) { publishAssessmentScheme(id: $id) { id status } }`;
const COMPUTE = `mutation($y: Int!) { computeAssessment(year: $y) { id computedAt } }`;
const PUBLISH_RESULTS = `mutation($y: Int!) { publishAssessmentResults(year: $y) { id status resultsPublishedAt } }`;
const RESULT = 'id tenantId year rank rankedOf grade total adjustment overdueMarks openRectifications components { kind weight score raw definition } tenant { name }';
const RESULTS = `query($y: Int!) { assessmentResults(year: $y, limit: 200) { total items { ${RESULT} } } }`;
const ADJUST = `mutation($i: AssessmentAdjustmentInput!) { addAssessmentAdjustment(input: $i) { id tenantId year points reason } }`;
const REMOVE_ADJUSTMENT = `mutation($id: ID!) { removeAssessmentAdjustment(id: $id) { id } }`;
const ADJUSTMENTS = `query($y: Int!) { assessmentAdjustments(year: $y) { id tenantId points reason tenant { name } } }`;

type Result = { id: string; tenantId: string; rank: number; rankedOf: number; grade: string; total: number; adjustment: number; openRectifications: number; components: { kind: string; weight: number; score: number | null; raw: string }[] };

describe('考核: schemes, results and 加减分 (API)', () => {
  let api: TestApi;
  let a: TestTenant;
  let b: TestTenant;
  let suspended: TestTenant;
  const gw = 'gw_committee_admin';
  const leader = 'gw_committee_leader';
  const aAdmin = 'a_tenant_admin';
  const bAdmin = 'b_tenant_admin';
  const input = (year: number, over: Record<string, unknown> = {}) => ({ year, title: `${year}年度党建考核方案`, adjustmentLimit: 10, ...over });
  /** A published scheme of the default components for a year of the test's own. */
  const published = async (year: number, over: Record<string, unknown> = {}) => {
    const s = ok<{ id: string }>(await api.as(gw).run(CREATE, { i: input(year, over) }), 'createAssessmentScheme');
    ok(await api.as(gw).run(PUBLISH, { id: s.id }), 'publishAssessmentScheme');
    return s.id;
  };
  const results = async (user: string, year: number) => ok<{ total: number; items: Result[] }>(await api.as(user).run(RESULTS, { y: year }), 'assessmentResults');
  const resultOf = async (year: number, t: TestTenant) => (await results(gw, year)).items.find((r) => r.tenantId === t.tenant.id)!;

  beforeAll(async () => {
    api = await createAssessmentTestApi();
    await api.addTenant('GW', TenantKind.COMMITTEE);
    a = await api.addTenant('A');
    b = await api.addTenant('B');
    suspended = await api.addTenant('S');
    await api.dataSource.query(`UPDATE tenant SET status = 'SUSPENDED' WHERE id = ?`, [suspended.tenant.id]);
  });
  afterAll(() => api.close());

  describe('the scheme', () => {
    it('drafts with the default components and bands, each with its formula; refuses bad weights, bands and a weighted 加减分, naming the field and writing nothing', async () => {
      const year = 2031;
      const bad = [
        [{ components: [{ kind: 'DUTY_FULFILMENT', label: '履责', weight: 60 }, { kind: 'INSPECTION', label: '督查', weight: 30 }] }, 'components'],
        [{ components: [{ kind: 'DUTY_FULFILMENT', label: '履责', weight: 50 }, { kind: 'DUTY_FULFILMENT', label: '再来', weight: 50 }] }, 'components'],
        [{ components: [{ kind: 'DUTY_FULFILMENT', label: '履责', weight: 90 }, { kind: 'ADJUSTMENT', label: '加减分', weight: 10 }] }, 'components'],
        [{ components: [{ kind: 'DUTY_FULFILMENT', label: '履责', weight: 0 }] }, 'components.0.weight'],
        [{ gradeBands: [{ grade: 'EXCELLENT', min: 80 }, { grade: 'GOOD', min: 90 }, { grade: 'FAIR', min: 60 }, { grade: 'POOR', min: 0 }] }, 'gradeBands'],
        [{ gradeBands: [{ grade: 'EXCELLENT', min: 90 }, { grade: 'GOOD', min: 80 }, { grade: 'FAIR', min: 60 }, { grade: 'POOR', min: 10 }] }, 'gradeBands'],
        [{ gradeBands: [{ grade: 'EXCELLENT', min: 90 }, { grade: 'POOR', min: 0 }] }, 'gradeBands'],
        [{ adjustmentLimit: 31 }, 'adjustmentLimit'],
      ] as const;
      for (const [over, field] of bad) {
        const res = await api.as(gw).run(CREATE, { i: input(year, over) });
        expect([code(res), fieldOf(res)]).toEqual(['BAD_USER_INPUT', field]);
      }
      expect(code(await api.as(gw).run(`query($y: Int!) { assessmentScheme(year: $y) { id } }`, { y: year }))).toBe('NOT_FOUND');
      const draft = ok<{ status: string; components: { kind: string; weight: number; definition: string }[]; gradeBands: { grade: string; min: number }[] }>(await api.as(gw).run(CREATE, { i: input(year) }), 'createAssessmentScheme');
      expect(draft.status).toBe('DRAFT');
      expect(draft.components.map((c) => [c.kind, c.weight])).toEqual([
        ['DUTY_FULFILMENT', 30],
        ['TASK_RECEIPTS', 20],
        ['INSPECTION', 20],
        ['REVIEW_RATING', 20],
        ['PROJECTS', 10],
      ]);
      expect(draft.components.every((c) => c.definition.includes('100'))).toBe(true);
      expect(draft.gradeBands).toEqual([
        { grade: 'EXCELLENT', min: 90 },
        { grade: 'GOOD', min: 80 },
        { grade: 'FAIR', min: 60 },
        { grade: 'POOR', min: 0 },
      ]);
      expect(code(await api.as(gw).run(CREATE, { i: input(year) }))).toBe('CONFLICT');
    });

    it('is edited as a draft, then locked by publishing (CONFLICT); an agency neither writes it (FORBIDDEN) nor sees the draft', async () => {
      const year = 2032;
      const s = ok<{ id: string }>(await api.as(gw).run(CREATE, { i: input(year) }), 'createAssessmentScheme');
      expect(code(await api.as(aAdmin).run(`query($y: Int!) { assessmentScheme(year: $y) { id } }`, { y: year }))).toBe('NOT_FOUND');
      expect(code(await api.as(aAdmin).run(CREATE, { i: input(2099) }))).toBe('FORBIDDEN');
      expect(code(await api.as(aAdmin).run(PUBLISH, { id: s.id }))).toBe('FORBIDDEN');
      expect(code(await api.as(leader).run(PUBLISH, { id: s.id }))).toBe('FORBIDDEN');
      const moved = await api.as(gw).run(UPDATE, { id: s.id, i: input(year + 1) });
      expect([code(moved), fieldOf(moved)]).toEqual(['BAD_USER_INPUT', 'year']);
      const custom = [
        { kind: 'DUTY_FULFILMENT', label: '履责纪实', weight: 50 },
        { kind: 'INSPECTION', label: '督查整改', weight: 50 },
      ];
      const edited = ok<{ components: { kind: string; weight: number }[]; title: string }>(await api.as(gw).run(UPDATE, { id: s.id, i: input(year, { title: '修改后的方案', components: custom }) }), 'updateAssessmentScheme');
      expect([edited.title, edited.components.map((c) => c.weight)]).toEqual(['修改后的方案', [50, 50]]);
      expect(code(await api.as(gw).run(COMPUTE, { y: year }))).toBe('CONFLICT');
      expect(ok(await api.as(gw).run(PUBLISH, { id: s.id }), 'publishAssessmentScheme')).toEqual({ id: s.id, status: 'PUBLISHED' });
      expect(code(await api.as(gw).run(PUBLISH, { id: s.id }))).toBe('CONFLICT');
      expect(code(await api.as(gw).run(UPDATE, { id: s.id, i: input(year) }))).toBe('CONFLICT');
      expect(ok<{ title: string }>(await api.as(aAdmin).run(`query($y: Int!) { assessmentScheme(year: $y) { title } }`, { y: year }), 'assessmentScheme').title).toBe('修改后的方案');
    });
  });

  describe('results', () => {
    it('computes every active agency’s result: the component scores, total, rank and grade agree with the rows, recounted here', async () => {
      const year = 2033;
      await insertFinding(api.dataSource, a.tenant.id, year, FindingSeverity.GRAVE);
      await insertFinding(api.dataSource, a.tenant.id, year, FindingSeverity.GENERAL);
      await insertRectification(api.dataSource, a.tenant.id, year, RectificationStatus.RECTIFIED, true);
      await insertRectification(api.dataSource, a.tenant.id, year, RectificationStatus.CLOSED);
      await insertRectification(api.dataSource, b.tenant.id, year, RectificationStatus.CLOSED);
      await published(year);
      ok(await api.as(gw).run(ADJUST, { i: { tenantId: b.tenant.id, year, points: 2.5, reason: '获评市级示范点' } }), 'addAssessmentAdjustment');
      expect(code(await api.as(aAdmin).run(COMPUTE, { y: year }))).toBe('FORBIDDEN');
      expect(code(await api.as(leader).run(COMPUTE, { y: year }))).toBe('FORBIDDEN');
      ok(await api.as(gw).run(COMPUTE, { y: year }), 'computeAssessment');
      const all = await results(gw, year);
      // Active agencies only: the suspended one is not assessed.
      expect(all.items.map((r) => r.tenantId).sort()).toEqual([a.tenant.id, b.tenant.id].sort());
      // Recounted from the rows: the inspection score is 100 − 2 per finding − 8 more per grave one − 3 more per repeat − 5 per open − 3 per late rectification.
      const findings = await api.dataSource.manager.find(InspectionFinding, { where: { year } });
      const rects = await api.dataSource.manager.find(Rectification, { where: { year } });
      const adjustments = await api.dataSource.manager.find(AssessmentAdjustment, { where: { year } });
      for (const t of [a, b]) {
        const mine = (rows: { tenantId: string }[]) => rows.filter((r) => r.tenantId === t.tenant.id);
        const open = mine(rects).filter((r) => (r as Rectification).status !== 'CLOSED').length;
        const late = mine(rects).filter((r) => (r as Rectification).late && (r as Rectification).firstRectifiedAt).length;
        const found = mine(findings) as InspectionFinding[];
        const inspection = Math.max(0, 100 - 2 * found.length - 8 * found.filter((f) => f.severity === 'GRAVE').length - 3 * found.filter((f) => f.repeatOfId).length - 5 * open - 3 * late);
        const points = mine(adjustments).reduce((n, x) => n + (x as AssessmentAdjustment).pointsCenti / 100, 0);
        // No duty list, tasks or rating that year: those components have no score, and their weight goes to the others (督查 20, 项目 10).
        const total = Math.round(((20 * inspection + 10 * 0) / 30 + points) * 100) / 100;
        const row = all.items.find((r) => r.tenantId === t.tenant.id)!;
        expect(row.components.map((c) => [c.kind, c.score])).toEqual([
          ['DUTY_FULFILMENT', null],
          ['TASK_RECEIPTS', null],
          ['INSPECTION', inspection],
          ['REVIEW_RATING', null],
          ['PROJECTS', 0],
          ['ADJUSTMENT', points],
        ]);
        expect([row.total, row.adjustment, row.openRectifications, row.rankedOf]).toEqual([total, points, open, 2]);
      }
      const [first, second] = all.items;
      expect([first.tenantId, first.rank, second.tenantId, second.rank]).toEqual([b.tenant.id, 1, a.tenant.id, 2]);
      // A: 100 − 2 × 2 − 8 − 5 − 3 = 80 → 53.33 差; B: 66.67 + 2.5 = 69.17 一般.
      expect([second.total, second.grade, first.total, first.grade]).toEqual([53.33, 'POOR', 69.17, 'FAIR']);
    });

    it('recomputing replaces the year’s rows, counting what changed since', async () => {
      const year = 2034;
      await published(year);
      ok(await api.as(gw).run(COMPUTE, { y: year }), 'computeAssessment');
      const before = await resultOf(year, a);
      await insertRectification(api.dataSource, a.tenant.id, year, RectificationStatus.PENDING);
      ok(await api.as(gw).run(COMPUTE, { y: year }), 'computeAssessment');
      expect(await api.dataSource.manager.count(AssessmentResult, { where: { year } })).toBe(2);
      const after = await resultOf(year, a);
      expect(after.id).not.toBe(before.id);
      // One open rectification: 5 points off the inspection score, 5 × 20/30 off the total.
      expect(after.openRectifications).toBe(1);
      expect(before.total - after.total).toBeCloseTo((5 * 20) / 30, 1);
    });

    it('publishes the year: an agency reads only its own result, and only from then on; the results are final (CONFLICT)', async () => {
      const year = 2035;
      expect(code(await api.as(gw).run(PUBLISH_RESULTS, { y: year }))).toBe('NOT_FOUND');
      await published(year);
      expect(code(await api.as(gw).run(PUBLISH_RESULTS, { y: year }))).toBe('CONFLICT');
      ok(await api.as(gw).run(COMPUTE, { y: year }), 'computeAssessment');
      const aResult = await resultOf(year, a);
      expect((await results(aAdmin, year)).total).toBe(0);
      expect(code(await api.as(aAdmin).run(`query($id: ID!) { assessmentResult(id: $id) { id } }`, { id: aResult.id }))).toBe('NOT_FOUND');
      expect(code(await api.as(aAdmin).run(PUBLISH_RESULTS, { y: year }))).toBe('FORBIDDEN');
      expect(ok<{ status: string }>(await api.as(gw).run(PUBLISH_RESULTS, { y: year }), 'publishAssessmentResults').status).toBe('RESULTS_PUBLISHED');
      expect((await results(aAdmin, year)).items.map((r) => r.tenantId)).toEqual([a.tenant.id]);
      expect(ok<{ id: string }>(await api.as(aAdmin).run(`query($id: ID!) { assessmentResult(id: $id) { id } }`, { id: aResult.id }), 'assessmentResult').id).toBe(aResult.id);
      // The leader reads every agency's.
      expect((await results(leader, year)).total).toBe(2);
      expect(code(await api.as(gw).run(COMPUTE, { y: year }))).toBe('CONFLICT');
      expect(code(await api.as(gw).run(PUBLISH_RESULTS, { y: year }))).toBe('CONFLICT');
    });

    it('cross-tenant: agency B cannot read agency A’s result (NOT_FOUND) nor see it in a list, asked for by tenant or not', async () => {
      const year = 2036;
      await published(year);
      ok(await api.as(gw).run(COMPUTE, { y: year }), 'computeAssessment');
      ok(await api.as(gw).run(PUBLISH_RESULTS, { y: year }), 'publishAssessmentResults');
      const aResult = await resultOf(year, a);
      expect(code(await api.as(bAdmin).run(`query($id: ID!) { assessmentResult(id: $id) { id } }`, { id: aResult.id }))).toBe('NOT_FOUND');
      const asked = ok<{ items: { tenantId: string }[] }>(await api.as(bAdmin).run(`query($y: Int!, $t: ID) { assessmentResults(year: $y, tenantId: $t) { items { tenantId } } }`, { y: year, t: a.tenant.id }), 'assessmentResults');
      expect(asked.items).toEqual([]);
      expect((await results(bAdmin, year)).items.map((r) => r.tenantId)).toEqual([b.tenant.id]);
    });

    it('exports the year’s results as .xlsx for 市委综合考核: a column per component, then 加减分, total, rank and grade', async () => {
      const year = 2037;
      await published(year);
      ok(await api.as(gw).run(ADJUST, { i: { tenantId: a.tenant.id, year, points: -1.5, reason: '党费收缴不及时被通报' } }), 'addAssessmentAdjustment');
      ok(await api.as(gw).run(COMPUTE, { y: year }), 'computeAssessment');
      const base64 = ok<string>(await api.as(gw).run(`query($y: Int!) { assessmentResultsXlsx(year: $y) }`, { y: year }), 'assessmentResultsXlsx');
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(Buffer.from(base64, 'base64') as never);
      const sheet = book.worksheets[0];
      const header = (sheet.getRow(1).values as unknown[]).slice(1);
      expect(header).toEqual(['名次', '单位', '履责纪实(30%)', '重点任务落实(20%)', '党务督查及整改(20%)', '述职评议(20%)', '书记突破项目(10%)', '加减分', '总分', '等次']);
      const rows = (await results(gw, year)).items;
      expect(sheet.rowCount).toBe(1 + rows.length);
      const aRow = rows.find((r) => r.tenantId === a.tenant.id)!;
      const line = (sheet.getRow(1 + rows.indexOf(aRow) + 1).values as unknown[]).slice(1);
      expect([line[0], line[1], line[4], line[7], line[8], line[9]]).toEqual([aRow.rank, a.tenant.name, 100, -1.5, aRow.total, aRow.grade === 'POOR' ? '差' : aRow.grade === 'FAIR' ? '一般' : aRow.grade === 'GOOD' ? '较好' : '好']);
      // An agency exports nothing before the results are published.
      const own = ok<string>(await api.as(aAdmin).run(`query($y: Int!) { assessmentResultsXlsx(year: $y) }`, { y: year }), 'assessmentResultsXlsx');
      const ownBook = new ExcelJS.Workbook();
      await ownBook.xlsx.load(Buffer.from(own, 'base64') as never);
      expect(ownBook.worksheets[0].rowCount).toBe(1);
    });

    it('prints the year’s 考核结果通报 (.docx): the scheme, the grades’ distribution, the ranked results and each 加减分 with its reason, as the rows say', async () => {
      const year = 2045;
      await published(year);
      ok(await api.as(gw).run(ADJUST, { i: { tenantId: a.tenant.id, year, points: 2, reason: '党建品牌获省级命名' } }), 'addAssessmentAdjustment');
      ok(await api.as(gw).run(COMPUTE, { y: year }), 'computeAssessment');
      const DOCX = `query($y: Int!) { assessmentResultsDocx(year: $y) }`;
      const draft = await readDocx(ok<string>(await api.as(gw).run(DOCX, { y: year }), 'assessmentResultsDocx'));
      expect(draft.paragraphs[0]).toBe(`${year}年度市直机关党建工作考核结果通报`);
      expect(draft.paragraphs[1]).toMatch(/^\(结果未公布,供审定\)已发布/);
      expect(draft.paragraphs).toEqual(expect.arrayContaining(['一、考核方案', '二、等次分布', '三、考核结果', '四、加减分']));
      const rows = (await results(gw, year)).items;
      const [distribution, ranked, adjustments] = draft.tables;
      // The distribution recomputed from the rows: every agency in one grade.
      const per = (g: string) => String(rows.filter((r) => r.grade === g).length);
      expect(distribution).toEqual([['参加考核单位', '好', '较好', '一般', '差'], [String(rows.length), per('EXCELLENT'), per('GOOD'), per('FAIR'), per('POOR')]]);
      expect(ranked.length).toBe(1 + rows.length);
      const aLine = ranked.find((line) => line[1] === a.tenant.name)!;
      const aRow = rows.find((r) => r.tenantId === a.tenant.id)!;
      expect([aLine[0], aLine.at(-3), aLine.at(-2)]).toEqual([String(aRow.rank), '+2.00', aRow.total.toFixed(2)]);
      expect(adjustments[1]).toEqual(['1', a.tenant.name, '+2.00', '党建品牌获省级命名']);
      // Published, the heading loses its 供审定; an agency's paper holds its own line only.
      ok(await api.as(gw).run(PUBLISH_RESULTS, { y: year }), 'publishAssessmentResults');
      expect((await readDocx(ok<string>(await api.as(gw).run(DOCX, { y: year }), 'assessmentResultsDocx'))).paragraphs[1]).toMatch(/^结果已公布/);
      const own = await readDocx(ok<string>(await api.as(bAdmin).run(DOCX, { y: year }), 'assessmentResultsDocx'));
      expect(own.tables[1].slice(1).map((line) => line[1])).toEqual([b.tenant.name]);
      expect(own.paragraphs.join('')).not.toContain(a.tenant.name);
    });
  });

  describe('加减分', () => {
    it('refuses a blank reason, zero, too many decimals, beyond the cap, a year without a scheme, naming the field and writing nothing', async () => {
      const year = 2038;
      await published(year, { adjustmentLimit: 5 });
      const bad = [
        [{ reason: '  ' }, 'input.reason'],
        [{ points: 0 }, 'points'],
        [{ points: 1.234 }, 'points'],
        [{ points: -6 }, 'points'],
        [{ points: 31 }, 'points'],
        [{ year: 2039 }, 'year'],
      ] as const;
      for (const [over, field] of bad) {
        const res = await api.as(gw).run(ADJUST, { i: { tenantId: a.tenant.id, year, points: 1, reason: '理由', ...over } });
        expect([code(res), fieldOf(res)]).toEqual(['BAD_USER_INPUT', field]);
      }
      expect(await api.dataSource.manager.count(AssessmentAdjustment, { where: { year } })).toBe(0);
      // An unknown or suspended agency is not there to adjust; an agency adjusts nobody.
      expect(code(await api.as(gw).run(ADJUST, { i: { tenantId: suspended.tenant.id, year, points: 1, reason: '理由' } }))).toBe('NOT_FOUND');
      expect(code(await api.as(aAdmin).run(ADJUST, { i: { tenantId: a.tenant.id, year, points: 1, reason: '自己加分' } }))).toBe('FORBIDDEN');
      expect(await api.dataSource.manager.count(AssessmentAdjustment, { where: { year } })).toBe(0);
    });

    it('is listed, audited, counted on recompute and withdrawn; refused once the results are published (CONFLICT)', async () => {
      const year = 2040;
      await published(year);
      ok(await api.as(gw).run(COMPUTE, { y: year }), 'computeAssessment');
      const before = await resultOf(year, a);
      const plus = ok<{ id: string; points: number }>(await api.as(gw).run(ADJUST, { i: { tenantId: a.tenant.id, year, points: 3, reason: '承办全市观摩会' } }), 'addAssessmentAdjustment');
      const minus = ok<{ id: string }>(await api.as(gw).run(ADJUST, { i: { tenantId: a.tenant.id, year, points: -0.5, reason: '主题党日流于形式' } }), 'addAssessmentAdjustment');
      expect(ok<{ tenantId: string; points: number; reason: string }[]>(await api.as(gw).run(ADJUSTMENTS, { y: year }), 'assessmentAdjustments').map((x) => [x.tenantId, x.points, x.reason])).toEqual([
        [a.tenant.id, 3, '承办全市观摩会'],
        [a.tenant.id, -0.5, '主题党日流于形式'],
      ]);
      const audit = await api.dataSource.manager.find(AuditEntry, { where: { operation: 'addAssessmentAdjustment' } });
      expect(audit.filter((e) => e.targetIds.includes(plus.id) || e.targetIds.includes(minus.id) || JSON.stringify(e).includes(a.tenant.id)).length).toBeGreaterThan(0);
      ok(await api.as(gw).run(COMPUTE, { y: year }), 'computeAssessment');
      expect((await resultOf(year, a)).total).toBe(Math.round((before.total + 2.5) * 100) / 100);
      ok(await api.as(gw).run(REMOVE_ADJUSTMENT, { id: minus.id }), 'removeAssessmentAdjustment');
      ok(await api.as(gw).run(COMPUTE, { y: year }), 'computeAssessment');
      expect((await resultOf(year, a)).adjustment).toBe(3);
      ok(await api.as(gw).run(PUBLISH_RESULTS, { y: year }), 'publishAssessmentResults');
      expect(code(await api.as(gw).run(ADJUST, { i: { tenantId: a.tenant.id, year, points: 1, reason: '迟到的加分' } }))).toBe('CONFLICT');
      expect(code(await api.as(gw).run(REMOVE_ADJUSTMENT, { id: plus.id }))).toBe('CONFLICT');
      expect(code(await api.as(aAdmin).run(REMOVE_ADJUSTMENT, { id: plus.id }))).toBe('FORBIDDEN');
    });

    it('cross-tenant: agency B sees none of agency A’s 加减分, and A its own only once the results are published', async () => {
      const year = 2041;
      await published(year);
      ok(await api.as(gw).run(ADJUST, { i: { tenantId: a.tenant.id, year, points: 1, reason: 'A 的加分' } }), 'addAssessmentAdjustment');
      ok(await api.as(gw).run(ADJUST, { i: { tenantId: b.tenant.id, year, points: -1, reason: 'B 的减分' } }), 'addAssessmentAdjustment');
      expect(ok<unknown[]>(await api.as(aAdmin).run(ADJUSTMENTS, { y: year }), 'assessmentAdjustments')).toEqual([]);
      ok(await api.as(gw).run(COMPUTE, { y: year }), 'computeAssessment');
      ok(await api.as(gw).run(PUBLISH_RESULTS, { y: year }), 'publishAssessmentResults');
      expect(ok<{ reason: string }[]>(await api.as(bAdmin).run(ADJUSTMENTS, { y: year }), 'assessmentAdjustments').map((x) => x.reason)).toEqual(['B 的减分']);
      expect(ok<{ reason: string }[]>(await api.as(aAdmin).run(ADJUSTMENTS, { y: year }), 'assessmentAdjustments').map((x) => x.reason)).toEqual(['A 的加分']);
    });
  });

  describe('to-dos', () => {
    it('asks the committee to publish the computed results of a year', async () => {
      const year = 2042;
      await published(year);
      ok(await api.as(gw).run(COMPUTE, { y: year }), 'computeAssessment');
      const todos = ok<{ title: string }[]>(await api.as(gw).run(`{ myTodos { title } }`), 'myTodos');
      expect(todos.map((t) => t.title)).toContain(`公布${year}年党建考核结果`);
      ok(await api.as(gw).run(PUBLISH_RESULTS, { y: year }), 'publishAssessmentResults');
      expect(ok<{ title: string }[]>(await api.as(gw).run(`{ myTodos { title } }`), 'myTodos').map((t) => t.title)).not.toContain(`公布${year}年党建考核结果`);
    });
  });
});
