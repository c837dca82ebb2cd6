import ExcelJS from 'exceljs';
import { Role } from '@zeren/auth';
import { OrgUnitKind as K, PostCode } from '@zeren/org-tree';
import { insertTree, makeSecretary } from '@zeren/org-tree/testing';
import { endOfLocalDay, localDateOf, localYear } from '@zeren/shared-periods';
import { Scope, TenantDb, TenantKind } from '@zeren/tenancy';
import { createTestTenant, tenantDb } from '@zeren/tenancy/testing';
import { usernameOf, type GqlResult, type TestApi, type TestTenant } from '@zeren/api/testing';
import { readDocx as docx, readLedger as ledger, readWorkbook as workbook } from '@zeren/shared-office/testing';
import { createWorkTestApi } from '../../testing';
import { WorkTask } from '../task/work-task.entity';
import { TaskReceipt } from '../task/task-receipt.entity';
import { ProjectService } from '../project/project.service';
import { ProblemCategory, ProjectStatus, ReceiptStatus, TaskTarget } from '../work.enums';

const YEAR = localYear();
const DAY = 24 * 3600 * 1000;
const TODAY = localDateOf(new Date());

const RECEIPT_LEDGER = `query($taskId: ID, $tenantId: ID, $status: TaskReceiptStatus, $overdue: Boolean) {
  taskReceiptLedgerXlsx(taskId: $taskId, tenantId: $tenantId, status: $status, overdue: $overdue) }`;
const RECEIPTS = `query($taskId: ID, $tenantId: ID, $status: TaskReceiptStatus, $overdue: Boolean) {
  taskReceipts(taskId: $taskId, tenantId: $tenantId, status: $status, overdue: $overdue, limit: 200) { total items { id tenantId task { title } tenant { name } } } }`;
const FIGURES = `query($year: Int) { taskReceiptFiguresXlsx(year: $year) }`;
const PROJECT_LEDGER = `query($year: Int, $status: ProjectStatus, $category: ProblemCategory, $tenantId: ID) {
  breakthroughProjectLedgerXlsx(year: $year, status: $status, category: $category, tenantId: $tenantId) }`;
const PROJECTS = `query($year: Int, $status: ProjectStatus, $category: ProblemCategory, $tenantId: ID) {
  breakthroughProjects(year: $year, status: $status, category: $category, tenantId: $tenantId, limit: 200) { total items { id title status } } }`;
const PROPOSAL = `query($id: ID!) { breakthroughProjectProposalDocx(id: $id) }`;
const YEAR_LEDGER = `query($year: Int) { breakthroughProjectYearLedgerDocx(year: $year) }`;

const codeOf = (result: GqlResult) => result.errors?.[0]?.extensions?.['code'];
const ok = <T>(result: GqlResult, field: string): T => {
  expect(result.errors).toBeUndefined();
  return result.data![field] as T;
};

describe('work exports API', () => {
  let api: TestApi;
  let a: TestTenant;
  let b: TestTenant;
  let c: TestTenant;
  const committee = usernameOf('GW', Role.COMMITTEE_ADMIN);
  const admin = (t: TestTenant) => usernameOf(t.tenant.code, Role.TENANT_ADMIN);
  const run = (user: string, query: string, variables?: Record<string, unknown>) => api.as(user).run(query, variables);
  const mutate = async <T = { id: string }>(user: string, query: string, variables: Record<string, unknown>) => {
    const result = await run(user, query, variables);
    expect(result.errors).toBeUndefined();
    return Object.values(result.data!)[0] as T;
  };
  const receiptLedger = async (user: string, variables: Record<string, unknown> = {}) => ledger(ok<string>(await run(user, RECEIPT_LEDGER, variables), 'taskReceiptLedgerXlsx'));
  const projectLedger = async (user: string, variables: Record<string, unknown> = {}) => ledger(ok<string>(await run(user, PROJECT_LEDGER, variables), 'breakthroughProjectLedgerXlsx'));
  const receiptPage = async (user: string, variables: Record<string, unknown> = {}) =>
    ok<{ total: number; items: { id: string; tenantId: string; task: { title: string }; tenant: { name: string } }[] }>(await run(user, RECEIPTS, variables), 'taskReceipts');
  const projectPage = async (user: string, variables: Record<string, unknown> = {}) =>
    ok<{ total: number; items: { id: string; title: string; status: string }[] }>(await run(user, PROJECTS, variables), 'breakthroughProjects');

  let t1: string;
  let t2: string;
  const receiptOf = new Map<string, string>();
  const projects: Record<'p1' | 'p2' | 'p3' | 'p4' | 'p5', string> = { p1: '', p2: '', p3: '', p4: '', p5: '' };
  const secretaries = new Map<string, string>();

  const newProject = async (t: TestTenant, year: number, title: string, category: ProblemCategory, milestones: string[]) =>
    (
      await mutate(admin(t), `mutation($input: ProjectInput!) { createBreakthroughProject(input: $input) { id } }`, {
        input: {
          year,
          secretaryMemberId: secretaries.get(t.tenant.id),
          title,
          category,
          problem: `${title}要解决的问题:活动阵地不足\n党员活动难以开展`,
          measures: `${title}的攻坚措施`,
          expectedOutcome: `${title}的预期成效`,
          milestones: milestones.map((m) => ({ title: m, dueOn: `${year}-12-31` })),
          proposalFileIds: [],
        },
      })
    ).id;
  const milestoneIds = async (t: TestTenant, id: string) =>
    ok<{ milestones: { id: string }[] }>(await run(admin(t), `query($id: ID!) { breakthroughProject(id: $id) { milestones { id } } }`, { id }), 'breakthroughProject').milestones.map((m) => m.id);
  const apply = (t: TestTenant, id: string) => mutate(admin(t), `mutation($id: ID!) { applyBreakthroughProject(id: $id) { id } }`, { id });
  const approve = (id: string, [necessityScore, timelinessScore, leverageScore]: number[], comment: string | null) =>
    mutate(committee, `mutation($id: ID!, $input: ProjectReviewInput!) { reviewBreakthroughProject(id: $id, input: $input) { id } }`, {
      id,
      input: { approve: true, necessityScore, timelinessScore, leverageScore, comment },
    });
  const done = (t: TestTenant, id: string) => mutate(admin(t), `mutation($id: ID!, $doneOn: LocalDate) { setProjectMilestoneDone(id: $id, doneOn: $doneOn) { id } }`, { id, doneOn: TODAY });

  beforeAll(async () => {
    api = await createWorkTestApi();
    await api.addTenant('GW', TenantKind.COMMITTEE);
    [a, b, c] = [await api.addTenant('A'), await api.addTenant('B'), await api.addTenant('C')];
    for (const t of [a, b]) {
      const units = await insertTree(api.dataSource, t.tenant.id, [['DZ', K.PARTY_GROUP, null]]);
      secretaries.set(t.tenant.id, (await makeSecretary(api, t, units.get('DZ')!, PostCode.PARTY_GROUP_SECRETARY)).id);
    }

    // A published plan and two sent tasks, due in 45 days (after the start of month 2 whatever today is).
    const plan = await mutate(committee, `mutation($input: WorkPlanInput!) { createWorkPlan(input: $input) { id } }`, { input: { year: YEAR, title: `${YEAR}年党建工作要点` } });
    const point = await mutate(committee, `mutation($planId: ID!, $input: WorkPointInput!) { addWorkPoint(planId: $planId, input: $input) { id } }`, {
      planId: plan.id,
      input: { title: '抓基层强基础', content: '推动党支部标准化规范化建设' },
    });
    await mutate(committee, `mutation($id: ID!) { publishWorkPlan(id: $id) { id } }`, { id: plan.id });
    const task = async (month: number, title: string) => {
      const input = { pointId: point.id, month, title, requirement: `${title}的要求`, dueOn: localDateOf(new Date(Date.now() + 45 * DAY)), minEvidence: 0, target: TaskTarget.ALL };
      const { id } = await mutate(committee, `mutation($input: WorkTaskInput!) { createWorkTask(input: $input) { id } }`, { input });
      await mutate(committee, `mutation($id: ID!) { sendWorkTask(id: $id) { id } }`, { id });
      return id;
    };
    t1 = await task(1, '开展主题党日活动');
    t2 = await task(2, '报送支部换届情况');
    for (const item of (await receiptPage(committee)).items) receiptOf.set(`${item.task.title === '开展主题党日活动' ? 't1' : 't2'}:${item.tenantId}`, item.id);

    const sign = (t: TestTenant, task: string) => mutate(admin(t), `mutation($id: ID!) { signTaskReceipt(id: $id) { id } }`, { id: receiptOf.get(`${task}:${t.tenant.id}`) });
    const start = (t: TestTenant, task: string) => mutate(admin(t), `mutation($id: ID!) { startTaskReceipt(id: $id) { id } }`, { id: receiptOf.get(`${task}:${t.tenant.id}`) });
    const report = (t: TestTenant, task: string) =>
      mutate(admin(t), `mutation($id: ID!, $input: TaskResponseInput!) { reportTaskReceipt(id: $id, input: $input) { id } }`, {
        id: receiptOf.get(`${task}:${t.tenant.id}`),
        input: { response: `${t.tenant.code}已办结`, fileIds: [] },
      });
    const review = (t: TestTenant, task: string, approve: boolean, comment: string) =>
      mutate(committee, `mutation($id: ID!, $input: ReviewInput!) { reviewTaskReceipt(id: $id, input: $input) { id } }`, { id: receiptOf.get(`${task}:${t.tenant.id}`), input: { approve, comment } });

    // Task 1: A reports in time and is approved; then the deadline passes: C reports late and is returned, B never answers.
    await sign(a, 't1');
    await start(a, 't1');
    await report(a, 't1');
    await review(a, 't1', true, '办理到位');
    await sign(c, 't1');
    await start(c, 't1');
    // Time passes: the deadline was yesterday, and A's report came the day before it.
    const yesterday = localDateOf(new Date(Date.now() - DAY));
    await new TenantDb(api.dataSource, Scope.system('test fixture')).register(WorkTask).update({ id: t1 }, { dueOn: yesterday, dueAt: endOfLocalDay(yesterday) });
    const before = new Date(Date.now() - 2 * DAY);
    await tenantDb(api.dataSource, a.tenant.id).repo(TaskReceipt).update({ id: receiptOf.get(`t1:${a.tenant.id}`) }, { firstReportedAt: before, reportedAt: before });
    await report(c, 't1');
    await review(c, 't1', false, '材料不全');
    // Task 2, still open: A signs, C reports, B has not signed.
    await sign(a, 't2');
    await sign(c, 't2');
    await start(c, 't2');
    await report(c, 't2');

    // Projects: A's approved one (a milestone of three done), one applied, one draft and one of last year; B's closed one.
    projects.p1 = await newProject(a, YEAR, '党建阵地提升工程', ProblemCategory.VENUE, ['制定方案', '完成改造', '投入使用']);
    await apply(a, projects.p1);
    await approve(projects.p1, [90, 85, 80], '同意立项');
    await done(a, (await milestoneIds(a, projects.p1))[0]);
    projects.p2 = await newProject(a, YEAR, '党务干部培养计划', ProblemCategory.STAFF, ['制定计划']);
    await apply(a, projects.p2);
    projects.p3 = await newProject(a, YEAR, '支部活动品牌创建', ProblemCategory.ACTIVITY, ['调研']);
    projects.p5 = await newProject(a, YEAR - 1, '党建经费保障机制', ProblemCategory.FUNDING, ['出台办法']);
    await apply(a, projects.p5);
    projects.p4 = await newProject(b, YEAR, '党建经费保障试点', ProblemCategory.FUNDING, ['出台办法']);
    await apply(b, projects.p4);
    await approve(projects.p4, [70, 75, 80], null);
    await done(b, (await milestoneIds(b, projects.p4))[0]);
    await mutate(admin(b), `mutation($id: ID!, $input: ProjectOutcomeInput!) { requestProjectAcceptance(id: $id, input: $input) { id } }`, { id: projects.p4, input: { outcome: '经费纳入预算' } });
    await mutate(committee, `mutation($id: ID!, $input: ProjectAcceptanceInput!) { acceptBreakthroughProject(id: $id, input: $input) { id } }`, {
      id: projects.p4,
      input: { pass: true, score: 92, comment: '成效明显' },
    });
  }, 120_000);
  afterAll(() => api.close());

  describe('任务回执台账', () => {
    it('exports every receipt in reach with zh-CN headers, labels and the 按期情况 of each', async () => {
      const rows = await receiptLedger(committee);
      expect(Object.keys(rows[0])).toEqual(['任务', '月份', '单位', '完成时限', '状态', '签收时间', '报送时间', '报送次数', '按期情况', '办理情况', '印证资料件数', '审核意见', '审核时间']);
      const pick = (r: Record<string, unknown>) => [r['任务'], r['月份'], r['单位'], r['状态'], r['按期情况'], r['审核意见'], r['签收时间'] !== '', r['报送时间'] !== ''];
      expect(rows.map(pick).sort()).toEqual(
        [
          ['开展主题党日活动', `${YEAR}年1月`, a.tenant.name, '已通过', '按时', '办理到位', true, true],
          ['开展主题党日活动', `${YEAR}年1月`, b.tenant.name, '未签收', '逾期未报送', '', false, false],
          ['开展主题党日活动', `${YEAR}年1月`, c.tenant.name, '已退回', '逾期报送', '材料不全', true, true],
          ['报送支部换届情况', `${YEAR}年2月`, a.tenant.name, '已签收', '未到期', '', true, false],
          ['报送支部换届情况', `${YEAR}年2月`, b.tenant.name, '未签收', '未到期', '', false, false],
          ['报送支部换届情况', `${YEAR}年2月`, c.tenant.name, '已报送', '按时', '', true, true],
        ].sort(),
      );
      const returned = rows.find((r) => r['单位'] === c.tenant.name && r['状态'] === '已退回')!;
      expect([returned['办理情况'], returned['报送次数'], returned['印证资料件数']]).toEqual(['C已办结', 1, 0]);
    });

    it.each([
      ['one task', () => ({ taskId: t2 })],
      ['a status', () => ({ status: ReceiptStatus.APPROVED })],
      ['overdue only', () => ({ overdue: true })],
      ['one agency named by the committee', () => ({ tenantId: a.tenant.id })],
      ['a task and an agency', () => ({ taskId: t1, tenantId: c.tenant.id })],
    ])('applies the taskReceipts filters (%s): the same rows as the page', async (_name, filter) => {
      const rows = await receiptLedger(committee, filter());
      const page = await receiptPage(committee, filter());
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.length).toBeLessThan(6);
      expect(rows.map((r) => [r['任务'], r['单位']])).toEqual(page.items.map((i) => [i.task.title, i.tenant.name]));
    });

    it("does not put another agency's receipts in an agency's ledger (cross-tenant), even when it names that agency", async () => {
      const own = await receiptLedger(admin(b));
      expect(own.map((r) => r['单位'])).toEqual([b.tenant.name, b.tenant.name]);
      expect(own.map((r) => r['审核意见'])).not.toContain('办理到位');
      expect(await receiptLedger(admin(b), { tenantId: a.tenant.id })).toEqual([]);
      expect(await receiptLedger(admin(b), { taskId: t1, status: ReceiptStatus.APPROVED })).toEqual([]);
    });

    it('is refused to a caller without the permission to read tasks', async () => {
      expect(codeOf(await run(usernameOf('A', Role.MEMBER), RECEIPT_LEDGER))).toBe('FORBIDDEN');
    });
  });

  describe('回执统计', () => {
    type Figures = Record<'推送数' | '已签收' | '已报送' | '已通过' | '已退回' | '应报送' | '按时报送' | '逾期报送' | '逾期未报送', number> & { 按时报送率: number | '' };
    /** The figures of a group recomputed from the ledger's rows: due is what was reported or has passed its deadline. */
    const recomputed = (rows: Record<string, unknown>[]): Figures => {
      const n = (test: (r: Record<string, unknown>) => boolean) => rows.filter(test).length;
      const onTime = n((r) => r['按期情况'] === '按时');
      const due = n((r) => ['按时', '逾期报送', '逾期未报送'].includes(String(r['按期情况'])));
      return {
        推送数: rows.length,
        已签收: n((r) => r['状态'] !== '未签收'),
        已报送: n((r) => r['报送时间'] !== ''),
        已通过: n((r) => r['状态'] === '已通过'),
        已退回: n((r) => r['状态'] === '已退回'),
        应报送: due,
        按时报送: onTime,
        逾期报送: n((r) => r['按期情况'] === '逾期报送'),
        逾期未报送: n((r) => r['按期情况'] === '逾期未报送'),
        按时报送率: due ? onTime / due : '',
      };
    };
    const sheetsOf = async (user: string, year?: number) => {
      const sheets = await workbook(ok<string>(await run(user, FIGURES, { year }), 'taskReceiptFiguresXlsx'));
      const asObjects = ([header, ...rows]: unknown[][]) => rows.map((row) => Object.fromEntries(header.map((h, i) => [String(h), row[i] ?? ''])));
      return { byAgency: asObjects(sheets.get(`${YEAR}年按单位`)!), byMonth: asObjects(sheets.get(`${YEAR}年按月份`)!), names: [...sheets.keys()] };
    };
    const figuresOf = (row: Record<string, unknown>) => Object.fromEntries(Object.entries(row).filter(([k]) => k !== '单位' && k !== '月份'));

    it('counts by agency and by month what the ledger holds, with the on-time rate as a percentage and a 合计 row', async () => {
      const rows = await receiptLedger(committee);
      const { byAgency, byMonth, names } = await sheetsOf(committee);
      expect(names).toEqual([`${YEAR}年按单位`, `${YEAR}年按月份`]);
      expect(byAgency.map((r) => r['单位'])).toEqual([a.tenant.name, b.tenant.name, c.tenant.name, '合计']);
      for (const row of byAgency) expect(figuresOf(row)).toEqual(recomputed(row['单位'] === '合计' ? rows : rows.filter((r) => r['单位'] === row['单位'])));
      expect(byMonth.map((r) => r['月份'])).toEqual(['1月', '2月', '合计']);
      for (const row of byMonth) expect(figuresOf(row)).toEqual(recomputed(row['月份'] === '合计' ? rows : rows.filter((r) => r['月份'] === `${YEAR}年${row['月份']}`)));
      // What the committee reads: C answered one of two in time, B none of the one due.
      expect(byAgency.map((r) => r['按时报送率'])).toEqual([1, 0, 0.5, 0.5]);
      expect(byMonth.map((r) => r['应报送'])).toEqual([3, 1, 4]);
    });

    it('shows the rate as a percentage in Excel', async () => {
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(Buffer.from(ok<string>(await run(committee, FIGURES), 'taskReceiptFiguresXlsx'), 'base64') as unknown as ArrayBuffer);
      const cell = book.worksheets[0].getCell('K2');
      expect([book.worksheets[0].getCell('K1').value, cell.value, cell.numFmt]).toEqual(['按时报送率', 1, '0.0%']);
    });

    it("gives an agency its own figures only (cross-tenant), and an empty year nothing but the 合计", async () => {
      const { byAgency, byMonth } = await sheetsOf(admin(b));
      expect(byAgency.map((r) => r['单位'])).toEqual([b.tenant.name, '合计']);
      expect(figuresOf(byAgency[0])).toEqual(recomputed(await receiptLedger(admin(b))));
      expect(byMonth.map((r) => r['推送数'])).toEqual([1, 1, 2]);
      const empty = await workbook(ok<string>(await run(committee, FIGURES, { year: YEAR - 5 }), 'taskReceiptFiguresXlsx'));
      expect([...empty.values()].map((rows) => rows.slice(1).map((r) => r[0]))).toEqual([['合计'], ['合计']]);
    });
  });

  describe('突破项目台账', () => {
    it('exports every project in reach with scores, milestones done of all and the state', async () => {
      const rows = await projectLedger(committee);
      expect(rows.map((r) => r['项目名称'])).toEqual((await projectPage(committee)).items.map((p) => p.title));
      expect(rows).toHaveLength(5);
      const p1 = rows.find((r) => r['项目名称'] === '党建阵地提升工程')!;
      expect(Object.keys(p1)).toEqual(['年度', '单位', '党组(党委)', '领衔书记', '项目名称', '问题类别', '状态', '申报时间', '立项时间', '必要性', '时效性', '牵动性', '节点数', '已完成节点', '验收得分', '销号时间']);
      expect({ ...p1, 申报时间: p1['申报时间'] !== '', 立项时间: p1['立项时间'] !== '' }).toEqual({
        年度: YEAR,
        单位: a.tenant.name,
        '党组(党委)': '组织DZ',
        领衔书记: 'A书记',
        项目名称: '党建阵地提升工程',
        问题类别: '场所',
        状态: '实施中',
        申报时间: true,
        立项时间: true,
        必要性: 90,
        时效性: 85,
        牵动性: 80,
        节点数: 3,
        已完成节点: 1,
        验收得分: '',
        销号时间: '',
      });
      const p4 = rows.find((r) => r['项目名称'] === '党建经费保障试点')!;
      expect([p4['状态'], p4['节点数'], p4['已完成节点'], p4['验收得分'], p4['销号时间'] !== '']).toEqual(['已销号', 1, 1, 92, true]);
      expect(rows.find((r) => r['项目名称'] === '支部活动品牌创建')!['状态']).toBe('草稿');
    });

    it.each([
      ['a year', () => ({ year: YEAR - 1 })],
      ['a status', () => ({ status: ProjectStatus.APPLIED })],
      ['a category', () => ({ category: ProblemCategory.FUNDING })],
      ['one agency named by the committee', () => ({ tenantId: b.tenant.id })],
      ['a year and a category', () => ({ year: YEAR, category: ProblemCategory.FUNDING })],
    ])('applies the breakthroughProjects filters (%s): the same rows as the page', async (_name, filter) => {
      const rows = await projectLedger(committee, filter());
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.length).toBeLessThan(5);
      expect(rows.map((r) => r['项目名称'])).toEqual((await projectPage(committee, filter())).items.map((p) => p.title));
    });

    it("does not put another agency's projects in an agency's ledger (cross-tenant), even when it names that agency", async () => {
      expect((await projectLedger(admin(b))).map((r) => [r['单位'], r['项目名称']])).toEqual([[b.tenant.name, '党建经费保障试点']]);
      expect(await projectLedger(admin(b), { tenantId: a.tenant.id })).toEqual([]);
      expect((await projectLedger(admin(a))).map((r) => r['单位'])).not.toContain(b.tenant.name);
    });
  });

  describe('立项书', () => {
    it('prints an approved project: its fields, problem, measures, milestones, outcome and the 立项评审 scores and comment', async () => {
      const doc = await docx(ok<string>(await run(admin(a), PROPOSAL, { id: projects.p1 }), 'breakthroughProjectProposalDocx'));
      expect(doc.paragraphs.slice(0, 2)).toEqual(['书记抓基层党建突破项目立项书', `${YEAR}年度`]);
      const [fields, milestones, scores] = doc.tables;
      expect(fields.slice(0, 3)).toEqual([
        ['项目名称', '党建阵地提升工程', '单位', a.tenant.name],
        ['党组(党委)', '组织DZ', '领衔书记', 'A书记'],
        ['问题类别', '场所', '项目状态', '实施中'],
      ]);
      expect(fields[3][0]).toBe('申报时间');
      expect(milestones).toEqual([
        ['序号', '节点内容', '计划完成日期', '完成情况'],
        ['1', '制定方案', `${YEAR}-12-31`, `已完成(${TODAY})`],
        ['2', '完成改造', `${YEAR}-12-31`, '未完成'],
        ['3', '投入使用', `${YEAR}-12-31`, '未完成'],
      ]);
      expect(scores).toEqual([['必要性', '时效性', '牵动性'], ['90', '85', '80']]);
      const headings = doc.paragraphs.filter((p) => /^[一二三四五]、/.test(p));
      expect(headings).toEqual(['一、要解决的问题', '二、攻坚措施', '三、节点安排', '四、预期成效', '五、立项评审']);
      const after = (heading: string) => doc.paragraphs[doc.paragraphs.indexOf(heading) + 1];
      expect([after('一、要解决的问题'), after('二、攻坚措施'), after('四、预期成效')]).toEqual(['党建阵地提升工程要解决的问题:活动阵地不足', '党建阵地提升工程的攻坚措施', '党建阵地提升工程的预期成效']);
      expect(doc.paragraphs).toContain('党员活动难以开展');
      expect(doc.paragraphs).toContain('审核意见:同意立项');
    });

    it('prints a project not yet approved without the 立项评审, for the committee too', async () => {
      const doc = await docx(ok<string>(await run(committee, PROPOSAL, { id: projects.p2 }), 'breakthroughProjectProposalDocx'));
      expect(doc.paragraphs.filter((p) => /^[一二三四五]、/.test(p))).toEqual(['一、要解决的问题', '二、攻坚措施', '三、节点安排', '四、预期成效']);
      expect(doc.tables[0][2]).toEqual(['问题类别', '人员', '项目状态', '待立项审核']);
      expect(doc.tables).toHaveLength(2);
    });

    it("does not print another agency's project (cross-tenant): NOT_FOUND", async () => {
      expect(codeOf(await run(admin(b), PROPOSAL, { id: projects.p1 }))).toBe('NOT_FOUND');
    });
  });

  describe('年度突破项目台账', () => {
    const yearLedger = async (user: string, year?: number) => docx(ok<string>(await run(user, YEAR_LEDGER, { year }), 'breakthroughProjectYearLedgerDocx'));

    it("lists the year's filed projects and totals them by category as the rows count", async () => {
      const doc = await yearLedger(committee, YEAR);
      expect(doc.paragraphs[0]).toBe(`${YEAR}年度书记抓基层党建突破项目台账`);
      const [[header, ...rows], [totalsHeader, ...totals]] = doc.tables;
      expect(header).toEqual(['序号', '单位', '领衔书记', '项目名称', '问题类别', '状态', '必要性', '时效性', '牵动性', '节点完成', '验收得分']);
      const filed = (await projectPage(committee, { year: YEAR })).items.filter((p) => p.status !== ProjectStatus.DRAFT);
      expect(rows.map((r) => r[3])).toEqual(filed.map((p) => p.title));
      expect(rows.map((r) => r[0])).toEqual(rows.map((_, i) => String(i + 1)));
      expect(rows.find((r) => r[3] === '党建阵地提升工程')!.slice(1)).toEqual([a.tenant.name, 'A书记', '党建阵地提升工程', '场所', '实施中', '90', '85', '80', '1/3', '']);
      expect(doc.paragraphs).toContain(`共 ${rows.length} 个项目 · 制表日期:${TODAY}`);

      expect(totalsHeader).toEqual(['问题类别', '项目数', '已实施', '已销号']);
      const count = (category: string | null, states: string[] | null) => String(rows.filter((r) => (category === null || r[4] === category) && (states === null || states.includes(r[5]))).length);
      const carriedOut = ['实施中', '待结项验收', '已销号'];
      expect(totals).toEqual([...['机构', '人员', '经费', '场所', '活动'], null].map((cat) => [cat ?? '合计', count(cat, null), count(cat, carriedOut), count(cat, ['已销号'])]));
      expect(totals.at(-1)).toEqual(['合计', '3', '2', '1']);
    });

    it("gives an agency its own projects only (cross-tenant)", async () => {
      const doc = await yearLedger(admin(b), YEAR);
      const [[, ...rows], totals] = doc.tables;
      expect(rows.map((r) => [r[1], r[3], r[5], r[10]])).toEqual([[b.tenant.name, '党建经费保障试点', '已销号', '92']]);
      expect(doc.paragraphs.join('\n')).not.toContain('党建阵地提升工程');
      expect(totals.at(-1)).toEqual(['合计', '1', '1', '1']);
    });
  });
});

// Each export costs the same statements at 10 rows as at a few hundred.
describe('work export statement counts', () => {
  let api: TestApi;
  let d: TestTenant;
  const committee = usernameOf('GW', Role.COMMITTEE_ADMIN);
  const dAdmin = usernameOf('D', Role.TENANT_ADMIN);
  const [SMALL, LARGE] = [YEAR - 1, YEAR - 2];
  const taskOf = new Map<number, string>();
  const proposalOf = new Map<number, string>();

  beforeAll(async () => {
    api = await createWorkTestApi();
    await api.addTenant('GW', TenantKind.COMMITTEE);
    d = await api.addTenant('D');
    const agencies = [d.tenant.id];
    for (let i = 0; i < 299; i++) agencies.push((await createTestTenant(api.dataSource, `S${String(i).padStart(3, '0')}`)).id);
    // A plan and a task sent in each of two past years: the small one to 10 agencies, the large one to 300.
    for (const [year, count] of [[SMALL, 10], [LARGE, 300]]) {
      const run = async (query: string, variables: Record<string, unknown>) => {
        const result = await api.as(committee).run(query, variables);
        expect(result.errors).toBeUndefined();
        return Object.values(result.data!)[0] as { id: string };
      };
      const plan = await run(`mutation($input: WorkPlanInput!) { createWorkPlan(input: $input) { id } }`, { input: { year, title: `${year}年党建工作要点` } });
      const point = await run(`mutation($planId: ID!, $input: WorkPointInput!) { addWorkPoint(planId: $planId, input: $input) { id } }`, { planId: plan.id, input: { title: '要点', content: '内容' } });
      await run(`mutation($id: ID!) { publishWorkPlan(id: $id) { id } }`, { id: plan.id });
      const input = { pointId: point.id, month: 3, title: `${year}年重点任务`, requirement: '要求', dueOn: localDateOf(new Date(Date.now() + 45 * DAY)), minEvidence: 0, target: TaskTarget.CHOSEN, targetTenantIds: agencies.slice(0, count) };
      const task = await run(`mutation($input: WorkTaskInput!) { createWorkTask(input: $input) { id } }`, { input });
      await run(`mutation($id: ID!) { sendWorkTask(id: $id) { id } }`, { id: task.id });
      taskOf.set(year, task.id);
    }
    // D's projects, filed: 10 in the small year, 300 in the large one, two milestones each; the first of each
    // year is the proposal printed, with 10 and with 300 milestones (more than the API takes, as the service does).
    const units = await insertTree(api.dataSource, d.tenant.id, [['DZ', K.PARTY_GROUP, null]]);
    const secretary = await makeSecretary(api, d, units.get('DZ')!, PostCode.PARTY_GROUP_SECRETARY);
    const own = tenantDb(api.dataSource, d.tenant.id);
    const service = new ProjectService();
    for (const [year, count] of [[SMALL, 10], [LARGE, 300]]) {
      for (let i = 0; i < count; i++) {
        const milestones = Array.from({ length: i === 0 ? count : 2 }, (_, j) => ({ title: `节点${j}`, dueOn: `${year}-12-31` }));
        const project = await service.create(own, d.users[Role.TENANT_ADMIN]!.id, {
          year,
          secretaryMemberId: secretary.id,
          title: `${year}项目${i}`,
          category: Object.values(ProblemCategory)[i % 5],
          problem: '问题',
          measures: '措施',
          expectedOutcome: '成效',
          milestones,
          proposalFileIds: [],
        });
        await service.apply(own, project.id);
        if (i === 0) proposalOf.set(year, project.id);
      }
    }
  }, 180_000);
  afterAll(() => api.close());

  /** A run that counts only the export's own statements (a trivial request first keeps the session cached). */
  const measured = async (user: string, query: string, variables: Record<string, unknown>) => {
    await api.as(user).run('{ __typename }');
    return api.as(user).run(query, variables);
  };

  it.each([
    ['任务回执台账', committee, RECEIPT_LEDGER, 'taskReceiptLedgerXlsx', (year: number) => ({ taskId: taskOf.get(year) }), (n: number) => n],
    ['回执统计', committee, FIGURES, 'taskReceiptFiguresXlsx', (year: number) => ({ year }), (n: number) => n + 1],
    ['突破项目台账', dAdmin, PROJECT_LEDGER, 'breakthroughProjectLedgerXlsx', (year: number) => ({ year }), (n: number) => n],
    ['突破项目台账 of the committee', committee, PROJECT_LEDGER, 'breakthroughProjectLedgerXlsx', (year: number) => ({ year }), (n: number) => n],
  ])('%s: the same statements at 10 rows as at 300', async (_name, user, query, field, variables, rowsOf) => {
    const small = await measured(user, query, variables(SMALL));
    const large = await measured(user, query, variables(LARGE));
    const [first] = [...(await workbook(ok<string>(small, field))).values()];
    const [firstLarge] = [...(await workbook(ok<string>(large, field))).values()];
    expect([first.length - 1, firstLarge.length - 1]).toEqual([rowsOf(10), rowsOf(300)]);
    expect(large.statements).toBe(small.statements);
  }, 60_000);

  it('年度突破项目台账: the same statements at 10 projects as at 300', async () => {
    const small = await measured(committee, YEAR_LEDGER, { year: SMALL });
    const large = await measured(committee, YEAR_LEDGER, { year: LARGE });
    expect((await docx(ok<string>(small, 'breakthroughProjectYearLedgerDocx'))).tables[0]).toHaveLength(11);
    expect((await docx(ok<string>(large, 'breakthroughProjectYearLedgerDocx'))).tables[0]).toHaveLength(301);
    expect(large.statements).toBe(small.statements);
  }, 60_000);

  it('立项书: the same statements at 10 milestones as at 300', async () => {
    const small = await measured(dAdmin, PROPOSAL, { id: proposalOf.get(SMALL) });
    const large = await measured(dAdmin, PROPOSAL, { id: proposalOf.get(LARGE) });
    expect((await docx(ok<string>(small, 'breakthroughProjectProposalDocx'))).tables[1]).toHaveLength(11);
    expect((await docx(ok<string>(large, 'breakthroughProjectProposalDocx'))).tables[1]).toHaveLength(301);
    expect(large.statements).toBe(small.statements);
  }, 60_000);
});
