import { Scope, TenantDb, TenantKind } from '@zeren/tenancy';
import { Role } from '@zeren/auth';
import { errorCode, issueField, dataOf, type TestApi, type TestTenant } from '@zeren/api/testing';
import { insertFile } from '@zeren/files/testing';
import { OrgUnitKind as K, PostCode, type PartyMember } from '@zeren/org-tree';
import { insertMembers, insertPosts, insertTree } from '@zeren/org-tree/testing';
import { localDateOf, localYear } from '@zeren/shared-periods';
import { tenantDb } from '@zeren/tenancy/testing';
import { createWorkTestApi } from '../testing';
import { TaskReceipt } from './task/task-receipt.entity';
import { WorkTask } from './task/work-task.entity';
import { BreakthroughProject } from './project/breakthrough-project.entity';
import { workReminders } from './work.reminders';

const YEAR = localYear();
const DAY = 86_400_000;
const today = () => localDateOf(new Date());
const inDays = (n: number) => localDateOf(new Date(Date.now() + n * DAY));

const RECEIPT = 'id tenantId status late firstReportedAt reportCount response reviewComment deadline overdueMark evidenceIntact files { id } task { id title }';
const CREATE_TASK = `mutation($i: WorkTaskInput!) { createWorkTask(input: $i) { id status monthTaskCount monthWarning } }`;
const SEND = `mutation($id: ID!) { sendWorkTask(id: $id) { id status receiptCount sentAt } }`;
const RECEIPTS = `query($t: ID, $s: TaskReceiptStatus, $o: Boolean) { taskReceipts(taskId: $t, status: $s, overdue: $o, limit: 200) { total items { ${RECEIPT} } } }`;
const SIGN = `mutation($id: ID!) { signTaskReceipt(id: $id) { ${RECEIPT} } }`;
const START = `mutation($id: ID!) { startTaskReceipt(id: $id) { ${RECEIPT} } }`;
const SAVE = `mutation($id: ID!, $i: TaskResponseInput!) { saveTaskResponse(id: $id, input: $i) { ${RECEIPT} } }`;
const REPORT = `mutation($id: ID!, $i: TaskResponseInput!) { reportTaskReceipt(id: $id, input: $i) { ${RECEIPT} } }`;
const REVIEW = `mutation($id: ID!, $i: ReviewInput!) { reviewTaskReceipt(id: $id, input: $i) { ${RECEIPT} } }`;
const PROJECT = 'id tenantId status year category necessityScore acceptanceScore reviewComment terminationReason milestones { id title dueOn doneOn } progressReports { periodKey content } overdueMilestones secretary { id name }';
const CREATE_PROJECT = `mutation($i: ProjectInput!) { createBreakthroughProject(input: $i) { ${PROJECT} } }`;
const APPLY = `mutation($id: ID!) { applyBreakthroughProject(id: $id) { ${PROJECT} } }`;
const REVIEW_PROJECT = `mutation($id: ID!, $i: ProjectReviewInput!) { reviewBreakthroughProject(id: $id, input: $i) { ${PROJECT} } }`;
const PROGRESS = `mutation($id: ID!, $i: ProgressInput!) { reportProjectProgress(projectId: $id, input: $i) { id periodKey content } }`;
const MILESTONE = `mutation($id: ID!, $d: LocalDate) { setProjectMilestoneDone(id: $id, doneOn: $d) { id doneOn } }`;
const REQUEST_ACCEPTANCE = `mutation($id: ID!, $i: ProjectOutcomeInput!) { requestProjectAcceptance(id: $id, input: $i) { ${PROJECT} } }`;
const ACCEPT = `mutation($id: ID!, $i: ProjectAcceptanceInput!) { acceptBreakthroughProject(id: $id, input: $i) { ${PROJECT} } }`;
const TERMINATE = `mutation($id: ID!, $i: ReasonInput!) { terminateBreakthroughProject(id: $id, input: $i) { ${PROJECT} } }`;

describe('committee → agency work (API)', () => {
  let api: TestApi;
  let a: TestTenant;
  let b: TestTenant;
  let suspended: TestTenant;
  let aSecretary: PartyMember;
  let aOther: PartyMember;
  let bSecretary: PartyMember;
  let pointId: string;
  const gw = 'gw_committee_admin';
  const leader = 'gw_committee_leader';
  const aAdmin = 'a_tenant_admin';
  const bAdmin = 'b_tenant_admin';

  const task = (over: Record<string, unknown> = {}) => ({ pointId, month: 12, title: '开展专题学习', requirement: '组织一次专题学习并报送照片', dueOn: inDays(10), minEvidence: 1, evidenceKinds: ['IMAGE'], target: 'ALL', ...over });
  const sentTask = async (over: Record<string, unknown> = {}) => {
    const created = dataOf<{ id: string }>(await api.as(gw).run(CREATE_TASK, { i: task(over) }), 'createWorkTask');
    dataOf(await api.as(gw).run(SEND, { id: created.id }), 'sendWorkTask');
    return created.id;
  };
  const receiptOf = async (username: string, taskId: string) => dataOf<{ items: { id: string; status: string }[] }>(await api.as(username).run(RECEIPTS, { t: taskId }), 'taskReceipts').items[0];
  const photo = async (t: TestTenant) => (await insertFile(api.dataSource, t.tenant.id, t.users[Role.TENANT_ADMIN]!.id, 'image/png')).id;
  const pdf = async (t: TestTenant) => (await insertFile(api.dataSource, t.tenant.id, t.users[Role.TENANT_ADMIN]!.id, 'application/pdf')).id;
  const project = (memberId: string, over: Record<string, unknown> = {}) => ({
    year: YEAR,
    secretaryMemberId: memberId,
    title: '破解机关党建阵地不足难题',
    category: 'VENUE',
    problem: '支部活动场所分散、设施陈旧',
    measures: '整合会议室建设党员活动室',
    expectedOutcome: '每个支部有固定活动场所',
    milestones: [
      { title: '完成选址和方案', dueOn: `${YEAR}-03-31` },
      { title: '建成并投入使用', dueOn: `${YEAR}-12-31` },
    ],
    proposalFileIds: [],
    ...over,
  });

  beforeAll(async () => {
    api = await createWorkTestApi();
    await api.addTenant('GW', TenantKind.COMMITTEE);
    a = await api.addTenant('A');
    b = await api.addTenant('B');
    suspended = await api.addTenant('S');
    await api.dataSource.query(`UPDATE tenant SET status = 'SUSPENDED' WHERE id = ?`, [suspended.tenant.id]);
    for (const [t, set] of [
      [a, (m: PartyMember[]) => ([aSecretary, aOther] = m)],
      [b, (m: PartyMember[]) => ([bSecretary] = m)],
    ] as const) {
      const units = await insertTree(api.dataSource, t.tenant.id, [
        ['DZ', K.PARTY_GROUP, null],
        ['ZB', K.BRANCH, 'DZ'],
      ]);
      const members = await insertMembers(api.dataSource, t.tenant.id, [
        { name: `${t.tenant.code}书记`, unitId: units.get('DZ')!.id },
        { name: `${t.tenant.code}党员`, unitId: units.get('ZB')!.id },
      ]);
      await insertPosts(api.dataSource, t.tenant.id, [{ memberId: members[0].id, unitId: units.get('DZ')!.id, postCode: PostCode.PARTY_GROUP_SECRETARY }]);
      set(members);
    }
    const plan = dataOf<{ id: string }>(await api.as(gw).run(`mutation($i: WorkPlanInput!) { createWorkPlan(input: $i) { id status } }`, { i: { year: YEAR, title: `${YEAR}年市直机关党建工作要点` } }), 'createWorkPlan');
    pointId = dataOf<{ id: string }>(
      await api.as(gw).run(`mutation($p: ID!, $i: WorkPointInput!) { addWorkPoint(planId: $p, input: $i) { id number } }`, { p: plan.id, i: { title: '强化理论武装', content: '深入学习贯彻党的创新理论' } }),
      'addWorkPoint',
    ).id;
    // A task cannot serve the point of a plan not yet issued.
    const early = await api.as(gw).run(CREATE_TASK, { i: task() });
    expect([errorCode(early), issueField(early)]).toEqual(['BAD_USER_INPUT', 'pointId']);
    dataOf(await api.as(gw).run(`mutation($id: ID!) { publishWorkPlan(id: $id) { id status } }`, { id: plan.id }), 'publishWorkPlan');
  });
  afterAll(() => api.close());

  describe('年度工作要点', () => {
    it('is read by agencies once issued, and fixed from then on (CONFLICT)', async () => {
      const plans = dataOf<{ year: number; status: string; points: { number: number; title: string }[] }[]>(await api.as(aAdmin).run(`{ workPlans { year status points { number title } } }`), 'workPlans');
      expect(plans).toEqual([{ year: YEAR, status: 'PUBLISHED', points: [{ number: 1, title: '强化理论武装' }] }]);
      const edit = await api.as(gw).run(`mutation($id: ID!, $i: WorkPointInput!) { updateWorkPoint(id: $id, input: $i) { id } }`, { id: pointId, i: { title: '改', content: '' } });
      expect(errorCode(edit)).toBe('CONFLICT');
      const second = await api.as(gw).run(`mutation($i: WorkPlanInput!) { createWorkPlan(input: $i) { id } }`, { i: { year: YEAR, title: '重复' } });
      expect(errorCode(second)).toBe('CONFLICT');
    });

    it('refuses an agency writing the key points (FORBIDDEN) and hides drafts from it', async () => {
      const plan = dataOf<{ id: string }>(await api.as(gw).run(`mutation($i: WorkPlanInput!) { createWorkPlan(input: $i) { id } }`, { i: { year: YEAR + 1, title: '明年草稿' } }), 'createWorkPlan');
      expect(errorCode(await api.as(aAdmin).run(`mutation($i: WorkPlanInput!) { createWorkPlan(input: $i) { id } }`, { i: { year: YEAR + 2, title: 'x' } }))).toBe('FORBIDDEN');
      expect(errorCode(await api.as(aAdmin).run(`query($id: ID!) { workPlan(id: $id) { id } }`, { id: plan.id }))).toBe('NOT_FOUND');
      expect(errorCode(await api.as(gw).run(`mutation($id: ID!) { publishWorkPlan(id: $id) { id } }`, { id: plan.id }))).toBe('CONFLICT');
    });
  });

  describe('monthly key tasks and receipts', () => {
    it('sends a task to every active agency in one write: each agency sees exactly its own receipt, the committee all of them', async () => {
      const id = await sentTask({ title: '全部单位任务' });
      const all = dataOf<{ total: number; items: { tenantId: string; status: string }[] }>(await api.as(gw).run(RECEIPTS, { t: id }), 'taskReceipts');
      expect(all.items.map((r) => r.tenantId).sort()).toEqual([a.tenant.id, b.tenant.id].sort());
      expect(all.items.every((r) => r.status === 'UNSIGNED')).toBe(true);
      const mine = dataOf<{ total: number; items: { tenantId: string }[] }>(await api.as(aAdmin).run(RECEIPTS, { t: id }), 'taskReceipts');
      expect(mine.items.map((r) => r.tenantId)).toEqual([a.tenant.id]);
      const tasks = dataOf<{ id: string }[]>(await api.as(bAdmin).run(`{ workTasks { id } }`), 'workTasks');
      expect(tasks.map((t) => t.id)).toContain(id);
    });

    it('sends to chosen agencies only; a suspended or unknown agency is refused on the field', async () => {
      const bad = await api.as(gw).run(CREATE_TASK, { i: task({ target: 'CHOSEN', targetTenantIds: [a.tenant.id, suspended.tenant.id] }) });
      expect([errorCode(bad), issueField(bad)]).toEqual(['BAD_USER_INPUT', 'targetTenantIds']);
      const id = await sentTask({ title: '指定单位任务', target: 'CHOSEN', targetTenantIds: [a.tenant.id] });
      expect(dataOf<{ total: number }>(await api.as(bAdmin).run(RECEIPTS, { t: id }), 'taskReceipts').total).toBe(0);
      expect(errorCode(await api.as(bAdmin).run(`query($id: ID!) { workTask(id: $id) { id } }`, { id }))).toBe('NOT_FOUND');
      expect(dataOf<{ total: number }>(await api.as(aAdmin).run(RECEIPTS, { t: id }), 'taskReceipts').total).toBe(1);
      // A chosen agency sees that it is among the targets, not who else is.
      const two = await sentTask({ title: '两个单位任务', target: 'CHOSEN', targetTenantIds: [a.tenant.id, b.tenant.id] });
      const TARGETS = `query($id: ID!) { workTask(id: $id) { targetTenantIds } }`;
      expect(dataOf<{ targetTenantIds: string[] }>(await api.as(bAdmin).run(TARGETS, { id: two }), 'workTask').targetTenantIds).toEqual([b.tenant.id]);
      expect(dataOf<{ targetTenantIds: string[] }>(await api.as(gw).run(TARGETS, { id: two }), 'workTask').targetTenantIds.sort()).toEqual([a.tenant.id, b.tenant.id].sort());
    });

    it('warns above two tasks a month, without refusing the third', async () => {
      const month = { month: 11, dueOn: inDays(10) };
      await sentTask({ ...month, title: '十一月一' });
      await sentTask({ ...month, title: '十一月二' });
      const third = dataOf<{ monthTaskCount: number; monthWarning: string | null }>(await api.as(gw).run(CREATE_TASK, { i: task({ ...month, title: '十一月三' }) }), 'createWorkTask');
      expect(third.monthTaskCount).toBe(3);
      expect(third.monthWarning).toContain('每月宜确定 1 至 2 项');
    });

    it('runs the round trip: sign, start, report with evidence, return with a reason, report again, approve', async () => {
      const id = await sentTask({ title: '往返任务' });
      const r = await receiptOf(aAdmin, id);
      expect(dataOf(await api.as(aAdmin).run(SIGN, { id: r.id }), 'signTaskReceipt')).toMatchObject({ status: 'SIGNED' });
      expect(dataOf(await api.as(aAdmin).run(START, { id: r.id }), 'startTaskReceipt')).toMatchObject({ status: 'IN_PROGRESS' });
      // The task asks for one photo: none, or a PDF, is refused beside the field and changes nothing.
      const none = await api.as(aAdmin).run(REPORT, { id: r.id, i: { response: '已组织学习', fileIds: [] } });
      expect([errorCode(none), issueField(none), none.errors?.[0].message]).toEqual(['BAD_USER_INPUT', 'fileIds', '至少需要 1 件印证资料']);
      const wrong = await api.as(aAdmin).run(REPORT, { id: r.id, i: { response: '已组织学习', fileIds: [await pdf(a)] } });
      expect([errorCode(wrong), issueField(wrong)]).toEqual(['BAD_USER_INPUT', 'fileIds']);
      const empty = await api.as(aAdmin).run(REPORT, { id: r.id, i: { response: '  ', fileIds: [await photo(a)] } });
      expect([errorCode(empty), issueField(empty)]).toEqual(['BAD_USER_INPUT', 'input.response']);
      const draft = dataOf<{ status: string; response: string }>(await api.as(aAdmin).run(SAVE, { id: r.id, i: { response: '草稿', fileIds: [] } }), 'saveTaskResponse');
      expect(draft).toMatchObject({ status: 'IN_PROGRESS', response: '草稿' });
      const file = await photo(a);
      const reported = dataOf<{ status: string; late: boolean; reportCount: number; deadline: string; evidenceIntact: boolean; files: { id: string }[] }>(
        await api.as(aAdmin).run(REPORT, { id: r.id, i: { response: '已组织专题学习', fileIds: [file] } }),
        'reportTaskReceipt',
      );
      expect(reported).toMatchObject({ status: 'REPORTED', late: false, reportCount: 1, deadline: 'ON_TIME', evidenceIntact: true, files: [{ id: file }] });
      const noReason = await api.as(gw).run(REVIEW, { id: r.id, i: { approve: false } });
      expect([errorCode(noReason), issueField(noReason)]).toEqual(['BAD_USER_INPUT', 'comment']);
      expect(dataOf(await api.as(gw).run(REVIEW, { id: r.id, i: { approve: false, comment: '请补充学习记录' } }), 'reviewTaskReceipt')).toMatchObject({ status: 'RETURNED', reviewComment: '请补充学习记录' });
      expect(dataOf(await api.as(aAdmin).run(START, { id: r.id }), 'startTaskReceipt')).toMatchObject({ status: 'IN_PROGRESS' });
      dataOf(await api.as(aAdmin).run(REPORT, { id: r.id, i: { response: '补充了学习记录', fileIds: [file] } }), 'reportTaskReceipt');
      const approved = dataOf<{ status: string; reportCount: number }>(await api.as(gw).run(REVIEW, { id: r.id, i: { approve: true } }), 'reviewTaskReceipt');
      expect(approved).toMatchObject({ status: 'APPROVED', reportCount: 2 });
      // Nothing moves an approved receipt again.
      expect(errorCode(await api.as(aAdmin).run(START, { id: r.id }))).toBe('CONFLICT');
      expect(errorCode(await api.as(gw).run(REVIEW, { id: r.id, i: { approve: false, comment: '再退' } }))).toBe('CONFLICT');
    });

    it('refuses each side the other side’s transitions (FORBIDDEN) and illegal ones (CONFLICT)', async () => {
      const id = await sentTask({ title: '转换任务' });
      const r = await receiptOf(aAdmin, id);
      // The committee cannot sign, start, save or report for an agency.
      for (const [mutation, vars] of [
        [SIGN, { id: r.id }],
        [START, { id: r.id }],
        [SAVE, { id: r.id, i: { response: 'x', fileIds: [] } }],
        [REPORT, { id: r.id, i: { response: 'x', fileIds: [] } }],
      ] as const) {
        expect(errorCode(await api.as(gw).run(mutation, vars))).toBe('FORBIDDEN');
      }
      // An agency cannot review.
      expect(errorCode(await api.as(aAdmin).run(REVIEW, { id: r.id, i: { approve: true } }))).toBe('FORBIDDEN');
      // Out of order: start before sign, report before start, review before report.
      expect(errorCode(await api.as(aAdmin).run(START, { id: r.id }))).toBe('CONFLICT');
      dataOf(await api.as(aAdmin).run(SIGN, { id: r.id }), 'signTaskReceipt');
      expect(errorCode(await api.as(aAdmin).run(SIGN, { id: r.id }))).toBe('CONFLICT');
      expect(errorCode(await api.as(aAdmin).run(REPORT, { id: r.id, i: { response: 'x', fileIds: [await photo(a)] } }))).toBe('CONFLICT');
      expect(errorCode(await api.as(gw).run(REVIEW, { id: r.id, i: { approve: true } }))).toBe('CONFLICT');
      const stored = await tenantDb(api.dataSource, a.tenant.id).repo(TaskReceipt).get(r.id);
      expect(stored.status).toBe('SIGNED');
    });

    it('cross-tenant: agency B can neither see nor move agency A’s receipt, nor cite A’s file', async () => {
      const id = await sentTask({ title: '隔离任务' });
      const r = await receiptOf(aAdmin, id);
      expect(errorCode(await api.as(bAdmin).run(`query($id: ID!) { taskReceipt(id: $id) { id } }`, { id: r.id }))).toBe('NOT_FOUND');
      expect(errorCode(await api.as(bAdmin).run(SIGN, { id: r.id }))).toBe('NOT_FOUND');
      const own = await receiptOf(bAdmin, id);
      dataOf(await api.as(bAdmin).run(SIGN, { id: own.id }), 'signTaskReceipt');
      dataOf(await api.as(bAdmin).run(START, { id: own.id }), 'startTaskReceipt');
      expect(errorCode(await api.as(bAdmin).run(REPORT, { id: own.id, i: { response: 'x', fileIds: [await photo(a)] } }))).toBe('NOT_FOUND');
      expect((await tenantDb(api.dataSource, a.tenant.id).repo(TaskReceipt).get(r.id)).status).toBe('UNSIGNED');
    });

    it('marks a report after the deadline late for good, and counts an unanswered receipt past it as overdue', async () => {
      const id = await sentTask({ title: '逾期任务' });
      // The deadline passes (written straight into the table: the API refuses a past deadline).
      await api.dataSource.manager.update(WorkTask, { id }, { dueAt: new Date(Date.now() - DAY) });
      const overdue = dataOf<{ items: { tenantId: string; deadline: string; overdueMark: boolean }[] }>(await api.as(gw).run(RECEIPTS, { t: id, o: true }), 'taskReceipts').items;
      expect(overdue.map((r) => [r.deadline, r.overdueMark])).toEqual([
        ['OVERDUE', true],
        ['OVERDUE', true],
      ]);
      const r = await receiptOf(aAdmin, id);
      dataOf(await api.as(aAdmin).run(SIGN, { id: r.id }), 'signTaskReceipt');
      dataOf(await api.as(aAdmin).run(START, { id: r.id }), 'startTaskReceipt');
      const late = dataOf<{ late: boolean; deadline: string }>(await api.as(aAdmin).run(REPORT, { id: r.id, i: { response: '补报', fileIds: [await photo(a)] } }), 'reportTaskReceipt');
      expect(late).toMatchObject({ late: true, deadline: 'LATE' });
      dataOf(await api.as(gw).run(REVIEW, { id: r.id, i: { approve: false, comment: '请补充' } }), 'reviewTaskReceipt');
      // A new deadline does not clear a mark already earned.
      dataOf(await api.as(gw).run(`mutation($id: ID!, $i: TaskDeadlineInput!) { amendWorkTaskDeadline(id: $id, input: $i) { id dueOn } }`, { id, i: { dueOn: inDays(5), reason: '延期' } }), 'amendWorkTaskDeadline');
      dataOf(await api.as(aAdmin).run(START, { id: r.id }), 'startTaskReceipt');
      expect(dataOf<{ late: boolean }>(await api.as(aAdmin).run(REPORT, { id: r.id, i: { response: '再报', fileIds: [await photo(a)] } }), 'reportTaskReceipt').late).toBe(true);
    });

    it('amends a deadline with a reason the agencies read; refuses the same or a past date and an empty reason', async () => {
      const id = await sentTask({ title: '调整时限任务', dueOn: inDays(10) });
      const AMEND = `mutation($id: ID!, $i: TaskDeadlineInput!) { amendWorkTaskDeadline(id: $id, input: $i) { id dueOn } }`;
      expect(issueField(await api.as(gw).run(AMEND, { id, i: { dueOn: inDays(10), reason: '同' } }))).toBe('dueOn');
      expect(issueField(await api.as(gw).run(AMEND, { id, i: { dueOn: inDays(-1), reason: '早' } }))).toBe('dueOn');
      expect(issueField(await api.as(gw).run(AMEND, { id, i: { dueOn: inDays(20), reason: '   ' } }))).toBe('input.reason');
      dataOf(await api.as(gw).run(AMEND, { id, i: { dueOn: inDays(20), reason: '与全市会议时间冲突,顺延十天' } }), 'amendWorkTaskDeadline');
      const seen = dataOf<{ dueOn: string; deadlineChanges: { fromDueOn: string; toDueOn: string; reason: string }[] }>(
        await api.as(aAdmin).run(`query($id: ID!) { workTask(id: $id) { dueOn deadlineChanges { fromDueOn toDueOn reason } } }`, { id }),
        'workTask',
      );
      expect(seen).toEqual({ dueOn: inDays(20), deadlineChanges: [{ fromDueOn: inDays(10), toDueOn: inDays(20), reason: '与全市会议时间冲突,顺延十天' }] });
    });

    it('recalls a task no agency has reported on, receipts and all; refuses once one has reported', async () => {
      const RECALL = `mutation($id: ID!) { recallWorkTask(id: $id) { id status } }`;
      const quiet = await sentTask({ title: '撤回任务' });
      dataOf(await api.as(aAdmin).run(SIGN, { id: (await receiptOf(aAdmin, quiet)).id }), 'signTaskReceipt');
      expect(dataOf(await api.as(gw).run(RECALL, { id: quiet }), 'recallWorkTask')).toEqual({ id: quiet, status: 'RECALLED' });
      expect(dataOf<{ total: number }>(await api.as(gw).run(RECEIPTS, { t: quiet }), 'taskReceipts').total).toBe(0);
      expect(errorCode(await api.as(gw).run(RECALL, { id: quiet }))).toBe('CONFLICT');
      const answered = await sentTask({ title: '已报送不能撤回' });
      const r = await receiptOf(aAdmin, answered);
      dataOf(await api.as(aAdmin).run(SIGN, { id: r.id }), 'signTaskReceipt');
      dataOf(await api.as(aAdmin).run(START, { id: r.id }), 'startTaskReceipt');
      dataOf(await api.as(aAdmin).run(REPORT, { id: r.id, i: { response: '已办', fileIds: [await photo(a)] } }), 'reportTaskReceipt');
      expect(errorCode(await api.as(gw).run(RECALL, { id: answered }))).toBe('CONFLICT');
      // A sent task is fixed otherwise.
      expect(errorCode(await api.as(gw).run(`mutation($id: ID!, $i: WorkTaskInput!) { updateWorkTask(id: $id, input: $i) { id } }`, { id: answered, i: task() }))).toBe('CONFLICT');
    });

    it('shows the figures recomputed from the receipt rows: by agency, by month and on the task', async () => {
      const figures = dataOf<{ key: string; total: number; signed: number; reported: number; onTime: number; late: number; overdue: number; approved: number; due: number; onTimeRate: number | null }[]>(
        await api.as(gw).run(`{ taskReceiptFigures(grouping: AGENCY) { key total signed reported onTime late overdue approved due onTimeRate } }`),
        'taskReceiptFigures',
      );
      const tasks = await api.dataSource.manager.find(WorkTask, {});
      const sent = new Map(tasks.filter((t) => t.status === 'SENT' && t.year === YEAR).map((t) => [t.id, t]));
      const rows = (await api.dataSource.manager.find(TaskReceipt, {})).filter((r) => sent.has(r.taskId));
      const now = Date.now();
      for (const tenant of [a, b]) {
        const mine = rows.filter((r) => r.tenantId === tenant.tenant.id);
        const pastDue = (r: TaskReceipt) => sent.get(r.taskId)!.dueAt.getTime() <= now;
        const due = mine.filter((r) => r.firstReportedAt || pastDue(r)).length;
        const onTime = mine.filter((r) => r.firstReportedAt && !r.late).length;
        expect(figures.find((f) => f.key === tenant.tenant.id)).toEqual({
          key: tenant.tenant.id,
          total: mine.length,
          signed: mine.filter((r) => r.status !== 'UNSIGNED').length,
          reported: mine.filter((r) => r.firstReportedAt).length,
          onTime,
          late: mine.filter((r) => r.firstReportedAt && r.late).length,
          overdue: mine.filter((r) => !r.firstReportedAt && pastDue(r)).length,
          approved: mine.filter((r) => r.status === 'APPROVED').length,
          due,
          onTimeRate: due ? onTime / due : null,
        });
      }
      expect(figures.find((f) => f.key === a.tenant.id)!.late).toBeGreaterThan(0);
      const byMonth = dataOf<{ key: string; total: number }[]>(await api.as(gw).run(`{ taskReceiptFigures(grouping: MONTH) { key total } }`), 'taskReceiptFigures');
      expect(byMonth.reduce((n, m) => n + m.total, 0)).toBe(rows.length);
      // Drilling into one agency by month: its own receipts only, adding up to its row.
      const aByMonth = dataOf<{ key: string; total: number }[]>(await api.as(gw).run(`query($t: ID) { taskReceiptFigures(grouping: MONTH, tenantId: $t) { key total } }`, { t: a.tenant.id }), 'taskReceiptFigures');
      expect(aByMonth.reduce((n, m) => n + m.total, 0)).toBe(rows.filter((r) => r.tenantId === a.tenant.id).length);
      // An agency's figures are its own only.
      const own = dataOf<{ key: string }[]>(await api.as(aAdmin).run(`{ taskReceiptFigures(grouping: AGENCY) { key } }`), 'taskReceiptFigures');
      expect(own.map((f) => f.key)).toEqual([a.tenant.id]);
    });
  });

  describe('书记突破项目', () => {
    it('takes a project from 申报 through 立项审核, 实施 and 结项验收 to 销号', async () => {
      const notSecretary = await api.as(aAdmin).run(CREATE_PROJECT, { i: project(aOther.id) });
      expect([errorCode(notSecretary), issueField(notSecretary)]).toEqual(['BAD_USER_INPUT', 'secretaryMemberId']);
      const draft = dataOf<{ id: string; status: string; milestones: { id: string }[] }>(await api.as(aAdmin).run(CREATE_PROJECT, { i: project(aSecretary.id, { proposalFileIds: [await pdf(a)] }) }), 'createBreakthroughProject');
      expect(draft.status).toBe('DRAFT');
      expect(dataOf(await api.as(aAdmin).run(APPLY, { id: draft.id }), 'applyBreakthroughProject')).toMatchObject({ status: 'APPLIED' });
      const unscored = await api.as(gw).run(REVIEW_PROJECT, { id: draft.id, i: { approve: true, necessityScore: 90 } });
      expect([errorCode(unscored), issueField(unscored)]).toEqual(['BAD_USER_INPUT', 'timelinessScore']);
      const approved = dataOf(await api.as(gw).run(REVIEW_PROJECT, { id: draft.id, i: { approve: true, necessityScore: 90, timelinessScore: 85, leverageScore: 88, comment: '同意立项' } }), 'reviewBreakthroughProject');
      expect(approved).toMatchObject({ status: 'IMPLEMENTING', necessityScore: 90 });
      dataOf(await api.as(aAdmin).run(PROGRESS, { id: draft.id, i: { content: '完成选址', fileIds: [await photo(a)] } }), 'reportProjectProgress');
      const rewritten = dataOf<{ content: string }>(await api.as(aAdmin).run(PROGRESS, { id: draft.id, i: { content: '完成选址和设计', fileIds: [] } }), 'reportProjectProgress');
      expect(rewritten.content).toBe('完成选址和设计');
      const early = await api.as(aAdmin).run(REQUEST_ACCEPTANCE, { id: draft.id, i: { outcome: '建成活动室' } });
      expect([errorCode(early), issueField(early)]).toEqual(['BAD_USER_INPUT', 'outcome']);
      expect(issueField(await api.as(aAdmin).run(MILESTONE, { id: draft.milestones[0].id, d: inDays(1) }))).toBe('doneOn');
      for (const m of draft.milestones) dataOf(await api.as(aAdmin).run(MILESTONE, { id: m.id, d: today() }), 'setProjectMilestoneDone');
      dataOf(await api.as(aAdmin).run(REQUEST_ACCEPTANCE, { id: draft.id, i: { outcome: '建成党员活动室 3 处' } }), 'requestProjectAcceptance');
      const closed = dataOf<{ status: string; acceptanceScore: number; progressReports: unknown[] }>(await api.as(gw).run(ACCEPT, { id: draft.id, i: { pass: true, score: 92 } }), 'acceptBreakthroughProject');
      expect(closed).toMatchObject({ status: 'CLOSED', acceptanceScore: 92 });
      expect(closed.progressReports).toHaveLength(1);
      expect(errorCode(await api.as(gw).run(TERMINATE, { id: draft.id, i: { reason: '已销号' } }))).toBe('CONFLICT');
    });

    it('returns an application with a reason, takes it again after changes, and terminates with a reason', async () => {
      const p = dataOf<{ id: string }>(await api.as(aAdmin).run(CREATE_PROJECT, { i: project(aSecretary.id, { title: '经费保障突破', category: 'FUNDING' }) }), 'createBreakthroughProject');
      dataOf(await api.as(aAdmin).run(APPLY, { id: p.id }), 'applyBreakthroughProject');
      expect(issueField(await api.as(gw).run(REVIEW_PROJECT, { id: p.id, i: { approve: false } }))).toBe('comment');
      expect(dataOf(await api.as(gw).run(REVIEW_PROJECT, { id: p.id, i: { approve: false, comment: '措施不具体' } }), 'reviewBreakthroughProject')).toMatchObject({ status: 'RETURNED', reviewComment: '措施不具体' });
      dataOf(await api.as(aAdmin).run(`mutation($id: ID!, $i: ProjectInput!) { updateBreakthroughProject(id: $id, input: $i) { id } }`, { id: p.id, i: project(aSecretary.id, { title: '经费保障突破', category: 'FUNDING', measures: '按人均标准列支党建经费' }) }), 'updateBreakthroughProject');
      dataOf(await api.as(aAdmin).run(APPLY, { id: p.id }), 'applyBreakthroughProject');
      dataOf(await api.as(gw).run(REVIEW_PROJECT, { id: p.id, i: { approve: true, necessityScore: 80, timelinessScore: 80, leverageScore: 80 } }), 'reviewBreakthroughProject');
      expect(issueField(await api.as(gw).run(TERMINATE, { id: p.id, i: { reason: ' ' } }))).toBe('input.reason');
      expect(dataOf(await api.as(gw).run(TERMINATE, { id: p.id, i: { reason: '机构改革,职能划转' } }), 'terminateBreakthroughProject')).toMatchObject({ status: 'TERMINATED', terminationReason: '机构改革,职能划转' });
    });

    it('refuses each side the other side’s transitions, per transition', async () => {
      const p = dataOf<{ id: string; milestones: { id: string }[] }>(await api.as(aAdmin).run(CREATE_PROJECT, { i: project(aSecretary.id, { title: '转换项目' }) }), 'createBreakthroughProject');
      // The committee cannot file, apply, report or ask for acceptance for an agency.
      expect(errorCode(await api.as(gw).run(CREATE_PROJECT, { i: project(aSecretary.id) }))).toBe('FORBIDDEN');
      expect(errorCode(await api.as(gw).run(APPLY, { id: p.id }))).toBe('FORBIDDEN');
      // The agency cannot approve, accept or terminate its own project.
      dataOf(await api.as(aAdmin).run(APPLY, { id: p.id }), 'applyBreakthroughProject');
      expect(errorCode(await api.as(aAdmin).run(REVIEW_PROJECT, { id: p.id, i: { approve: true, necessityScore: 1, timelinessScore: 1, leverageScore: 1 } }))).toBe('FORBIDDEN');
      expect(errorCode(await api.as(aAdmin).run(ACCEPT, { id: p.id, i: { pass: true, score: 100 } }))).toBe('FORBIDDEN');
      expect(errorCode(await api.as(aAdmin).run(TERMINATE, { id: p.id, i: { reason: 'x' } }))).toBe('FORBIDDEN');
      // Out of order: acceptance before approval, applying twice, progress before approval.
      expect(errorCode(await api.as(gw).run(ACCEPT, { id: p.id, i: { pass: true, score: 100 } }))).toBe('CONFLICT');
      expect(errorCode(await api.as(aAdmin).run(APPLY, { id: p.id }))).toBe('CONFLICT');
      expect(errorCode(await api.as(aAdmin).run(PROGRESS, { id: p.id, i: { content: 'x', fileIds: [] } }))).toBe('CONFLICT');
      expect(errorCode(await api.as(aAdmin).run(`mutation($id: ID!) { removeBreakthroughProject(id: $id) { id } }`, { id: p.id }))).toBe('CONFLICT');
      expect(errorCode(await api.as(aAdmin).run(MILESTONE, { id: p.milestones[0].id, d: today() }))).toBe('CONFLICT');
      // A committee leader reads but does not review.
      expect(errorCode(await api.as(leader).run(REVIEW_PROJECT, { id: p.id, i: { approve: false, comment: 'x' } }))).toBe('FORBIDDEN');
      expect((await tenantDb(api.dataSource, a.tenant.id).repo(BreakthroughProject).get(p.id)).status).toBe('APPLIED');
    });

    it('cross-tenant: agency B can neither see nor touch agency A’s project, nor name A’s secretary (NOT_FOUND)', async () => {
      const p = dataOf<{ id: string; milestones: { id: string }[] }>(await api.as(aAdmin).run(CREATE_PROJECT, { i: project(aSecretary.id, { title: 'A 的项目' }) }), 'createBreakthroughProject');
      expect(errorCode(await api.as(bAdmin).run(`query($id: ID!) { breakthroughProject(id: $id) { id } }`, { id: p.id }))).toBe('NOT_FOUND');
      expect(errorCode(await api.as(bAdmin).run(APPLY, { id: p.id }))).toBe('NOT_FOUND');
      expect(errorCode(await api.as(bAdmin).run(MILESTONE, { id: p.milestones[0].id, d: today() }))).toBe('NOT_FOUND');
      expect(errorCode(await api.as(bAdmin).run(CREATE_PROJECT, { i: project(aSecretary.id) }))).toBe('NOT_FOUND');
      const list = dataOf<{ items: { tenantId: string }[] }>(await api.as(bAdmin).run(`{ breakthroughProjects(limit: 200) { items { tenantId } } }`), 'breakthroughProjects');
      expect(list.items.every((x) => x.tenantId === b.tenant.id)).toBe(true);
    });

    it('lists the secretaries without a filed project this year, and the projects behind on milestones', async () => {
      const without = dataOf<{ tenantId: string; member: { name: string } }[]>(await api.as(gw).run(`query($y: Int!) { secretariesWithoutProject(year: $y) { tenantId member { name } } }`, { y: YEAR }), 'secretariesWithoutProject');
      expect(without.map((s) => s.member.name)).toEqual([bSecretary.name]);
      const p = dataOf<{ id: string }>(await api.as(bAdmin).run(CREATE_PROJECT, { i: project(bSecretary.id, { title: 'B 的项目', milestones: [{ title: '上季度节点', dueOn: `${YEAR}-01-01` }] }) }), 'createBreakthroughProject');
      dataOf(await api.as(bAdmin).run(APPLY, { id: p.id }), 'applyBreakthroughProject');
      expect(dataOf<unknown[]>(await api.as(gw).run(`query($y: Int!) { secretariesWithoutProject(year: $y) { tenantId } }`, { y: YEAR }), 'secretariesWithoutProject')).toEqual([]);
      dataOf(await api.as(gw).run(REVIEW_PROJECT, { id: p.id, i: { approve: true, necessityScore: 70, timelinessScore: 70, leverageScore: 70 } }), 'reviewBreakthroughProject');
      const behind = dataOf<{ id: string; overdueMilestones: number }[]>(await api.as(gw).run(`{ projectsBehindSchedule { id overdueMilestones } }`), 'projectsBehindSchedule');
      expect(behind.find((x) => x.id === p.id)?.overdueMilestones).toBe(today() > `${YEAR}-01-01` ? 1 : 0);
    });

    it('counts projects from the rows: by category, by year, and the implemented total', async () => {
      const rows = (await api.dataSource.manager.find(BreakthroughProject, {})).filter((p) => p.status !== 'DRAFT');
      const implemented = rows.filter((p) => ['IMPLEMENTING', 'ACCEPTANCE', 'CLOSED'].includes(p.status));
      expect(dataOf(await api.as(gw).run(`{ implementedProjectCount }`), 'implementedProjectCount')).toBe(implemented.length);
      const byCategory = dataOf<{ key: string; total: number; implemented: number; closed: number }[]>(await api.as(gw).run(`{ projectFigures(grouping: CATEGORY) { key total implemented closed } }`), 'projectFigures');
      expect(byCategory.map((c) => c.key)).toEqual(['ORGANIZATION', 'STAFF', 'FUNDING', 'VENUE', 'ACTIVITY']);
      for (const c of byCategory) {
        expect([c.key, c.total, c.implemented, c.closed]).toEqual([
          c.key,
          rows.filter((p) => p.category === c.key).length,
          implemented.filter((p) => p.category === c.key).length,
          rows.filter((p) => p.category === c.key && p.status === 'CLOSED').length,
        ]);
      }
      const byYear = dataOf<{ key: string; total: number }[]>(await api.as(gw).run(`{ projectFigures(grouping: YEAR) { key total } }`), 'projectFigures');
      expect(byYear).toEqual([{ key: String(YEAR), total: rows.length }]);
    });
  });

  describe('reminders', () => {
    it('reminds each agency’s admins of the receipts not yet reported that fall due, once per deadline', async () => {
      const id = await sentTask({ title: '提醒任务', dueOn: inDays(2) });
      const system = new TenantDb(api.dataSource, Scope.system('reminder test'));
      const reminders = await workReminders(system, { now: new Date(), until: new Date(Date.now() + 5 * DAY) });
      const mine = reminders.filter((r) => r.title === '报送重点任务:提醒任务');
      expect(mine.map((r) => [r.tenantId, r.userIds]).sort()).toEqual(
        [
          [a.tenant.id, [a.users[Role.TENANT_ADMIN]!.id]],
          [b.tenant.id, [b.users[Role.TENANT_ADMIN]!.id]],
        ].sort(),
      );
      // A's report takes A off the list.
      const r = await receiptOf(aAdmin, id);
      dataOf(await api.as(aAdmin).run(SIGN, { id: r.id }), 'signTaskReceipt');
      dataOf(await api.as(aAdmin).run(START, { id: r.id }), 'startTaskReceipt');
      dataOf(await api.as(aAdmin).run(REPORT, { id: r.id, i: { response: '已办', fileIds: [await photo(a)] } }), 'reportTaskReceipt');
      const after = (await workReminders(system, { now: new Date(), until: new Date(Date.now() + 5 * DAY) })).filter((x) => x.title === '报送重点任务:提醒任务');
      expect(after.map((x) => x.tenantId)).toEqual([b.tenant.id]);
    });
  });

  describe('to-dos', () => {
    it('gives the agency its receipts to sign and report, and the committee what waits for review', async () => {
      const TODOS = `{ myTodos { id module title link } }`;
      const agency = dataOf<{ module: string; title: string }[]>(await api.as(aAdmin).run(TODOS), 'myTodos').filter((t) => t.module === 'work');
      expect(agency.some((t) => t.title.startsWith('签收重点任务'))).toBe(true);
      const committee = dataOf<{ module: string; title: string }[]>(await api.as(gw).run(TODOS), 'myTodos').filter((t) => t.module === 'work');
      expect(committee.map((t) => t.title)).toEqual(expect.arrayContaining([expect.stringMatching(/^审核任务回执/)]));
    });
  });
});
