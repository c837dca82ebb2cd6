import { audit, summary, type Finding } from './axe';
import { AGENCY, PNG, agencyId, auditWith, choose, confirmBox, ensureSecretary, inDays, pickDate, rowOf, saved, switchTo, today, upload, year } from './steps';
import { expect, eventually, test } from './harness';
import { Api, unique } from './support';

// 项目化任务推送 and 书记突破项目 through the pages: a task from the committee to 市财政局 and back,
// and a project from 申报 to 销号. Set-up that is not under test goes through the API.
const month = () => Number(today().slice(5, 7));

interface Plan {
  id: string;
  year: number;
  status: string;
  points: { id: string; number: number }[];
}


async function plans(api: Api, token: string): Promise<Plan[]> {
  return (await api.request<{ workPlans: Plan[] }>(token, '{ workPlans { id year status points { id number } } }')).workPlans;
}

/** This year's 工作要点, issued, through the API (for the cases that only need one to exist). */
async function ensurePublishedPlan(api: Api, token: string): Promise<Plan> {
  let plan = (await plans(api, token)).find((p) => p.year === year());
  if (plan?.status === 'PUBLISHED') return plan;
  if (!plan) {
    const { createWorkPlan } = await api.request<{ createWorkPlan: Plan }>(token, 'mutation($i: WorkPlanInput!) { createWorkPlan(input: $i) { id year status points { id number } } }', {
      i: { year: year(), title: `${year()}年全市机关党建工作要点` },
    });
    plan = createWorkPlan;
  }
  if (!plan.points.length) {
    await api.request(token, 'mutation($p: ID!, $i: WorkPointInput!) { addWorkPoint(planId: $p, input: $i) { id } }', { p: plan.id, i: { title: '压实党建工作责任', content: '落实全面从严治党主体责任' } });
  }
  await api.request(token, 'mutation($id: ID!) { publishWorkPlan(id: $id) { id } }', { id: plan.id });
  const published = (await plans(api, token)).find((p) => p.id === plan.id);
  expect(published?.status === 'PUBLISHED', 'the plan was not issued');
  return published;
}


/** The month's tasks other than recalled ones, so that one more is past the 1–2 a month and warned about. */
async function fillMonth(api: Api, token: string, pointId: string): Promise<void> {
  const { workTasks } = await api.request<{ workTasks: { status: string }[] }>(token, 'query($y: Int, $m: Int) { workTasks(year: $y, month: $m) { status } }', { y: year(), m: month() });
  const missing = 2 - workTasks.filter((x) => x.status !== 'RECALLED').length;
  for (let i = 0; i < missing; i++) {
    await api.request(token, 'mutation($i: WorkTaskInput!) { createWorkTask(input: $i) { id } }', {
      i: { pointId, month: month(), title: unique('本月草稿任务'), requirement: '按要求落实', dueOn: inDays(10), minEvidence: 0, target: 'ALL' },
    });
  }
}

test('work: the committee sends a key task to 市财政局, the agency signs, reports with a photo, is returned, resubmits and is approved; the board shows it', async ({ page, baseUrl, login }) => {
  const api = new Api(baseUrl);
  const gw = await api.token('gw_admin');
  await login('gw_admin');

  // 1. This year's 工作要点: drafted, given a point and issued on the page unless the demo data has issued one.
  const existing = (await plans(api, gw)).find((p) => p.year === year());
  if (existing?.status !== 'PUBLISHED') {
    await page.goto(`${baseUrl}/work/tasks?tab=plan`);
    if (!existing) {
      await page.click('[data-test=plan-create]');
      await page.click('[data-test=plan-save]');
      await saved(page);
    }
    await page.waitForSelector('[data-test=plan-status]:has-text("草稿")');
    await page.click('[data-test=point-create]');
    await page.fill('[data-test=point-title]', '压实党建工作责任');
    await page.fill('[data-test=point-content]', '落实全面从严治党主体责任,推动责任清单落地');
    await page.click('[data-test=point-save]');
    await saved(page);
    await rowOf(page, 'point-table', '压实党建工作责任').waitFor();
    await page.click('[data-test=plan-publish]');
    await confirmBox(page, '印发');
    await saved(page);
    await page.waitForSelector('[data-test=plan-status]:has-text("已印发")');
  }
  const plan = (await plans(api, gw)).find((p) => p.year === year());
  expect(plan?.status === 'PUBLISHED' && plan.points.length, 'there is no issued plan with points');
  await fillMonth(api, gw, plan.points[0].id);

  // 2. A task for this month to 市财政局: the month already holds two, so the server warns (and does not refuse).
  const title = unique('落实“三会一课”');
  await page.goto(`${baseUrl}/work/tasks`);
  await page.click('[data-test=task-create]');
  await page.waitForSelector('[data-test=task-form]');
  await page.waitForSelector('[data-test=task-month-note]:has-text("已有")');
  await choose(page, 'task-point', `第 ${plan.points[0].number} 条`);
  await page.fill('[data-test=task-title]', title);
  await page.fill('[data-test=task-requirement]', '召开专题会议研究部署,上传会议照片');
  await pickDate(page, '[data-test=task-form]', inDays(14));
  await page.locator('[data-test=task-form] .el-checkbox', { hasText: '图片' }).click();
  await page.locator('[data-test=task-target] .el-radio', { hasText: '指定单位' }).click();
  await choose(page, 'task-agencies', AGENCY, true);
  await page.keyboard.press('Escape');
  await page.click('[data-test=task-save]');
  await saved(page);
  await page.locator('.el-message--warning', { hasText: '每月宜确定' }).first().waitFor();
  const row = rowOf(page, 'task-table', title);
  await row.locator('[data-test=task-month-warning]').waitFor();

  // 3. Sent after a confirmation that repeats the warning.
  await row.locator('[data-test=task-send]').click();
  await confirmBox(page, '每月宜确定');
  await saved(page, '1 个单位');
  await eventually(async () => (await row.locator('[data-test=task-status]').textContent())?.includes('已推送'), 'the task is not shown as sent');

  // 4. 市财政局's 工作台 links to the receipt, open in its inbox: signed there; a draft kept with the photo, then reported.
  await switchTo(page, login, 'czj_admin');
  await page.goto(`${baseUrl}/home`);
  await page.locator('[data-test=todo-link]', { hasText: title }).click();
  await page.waitForURL((u) => u.pathname === '/work/inbox' && !!u.searchParams.get('receipt'));
  await page.locator('[data-test=receipt-drawer]', { hasText: title }).waitFor();
  await page.click('[data-test=drawer-inbox-sign]');
  await saved(page, '已签收');
  const inbox = rowOf(page, 'inbox-table', title);
  await inbox.locator('[data-test=warning-tag]').waitFor();
  await inbox.locator('[data-test=inbox-start]').click();
  await page.waitForSelector('[data-test=response-form]');
  await page.waitForSelector('[data-test=response-min-evidence]:has-text("至少 1 件")');
  const response = unique('已召开专题会议');
  await page.fill('[data-test=response-text]', response);
  await page.setInputFiles('[data-test=response-files]', PNG);
  await page.waitForSelector('[data-test=response-file-thumb]');
  await page.waitForSelector('[data-test=response-file-done]');
  await page.click('[data-test=response-draft]');
  await saved(page, '草稿');
  await inbox.locator('[data-test=inbox-handle]').click();
  await page.waitForSelector('[data-test=response-file-done]');
  expect((await page.inputValue('[data-test=response-text]')) === response, 'the draft did not keep the response');
  await page.click('[data-test=response-report]');
  await saved(page, '已报送');
  await eventually(async () => (await inbox.locator('[data-test=inbox-status-tag]').textContent())?.includes('已报送'), 'the receipt is not shown as reported');

  // 5. The committee is told a receipt waits, finds it filtered, and returns it from the task's board (a comment is required).
  await switchTo(page, login, 'gw_admin');
  await page.goto(`${baseUrl}/home`);
  await page.locator('[data-test=todo-link]', { hasText: '审核任务回执' }).click();
  await page.waitForURL((u) => u.pathname === '/work/tasks');
  await page.click('[data-test=center-waiting-open]');
  await rowOf(page, 'receipt-table', title).waitFor();
  await page.goto(`${baseUrl}/work/tasks`);
  await rowOf(page, 'task-table', title).locator('[data-test=task-board]').click();
  await page.waitForSelector(`[data-test=board-facts]`);
  const receipt = rowOf(page, 'receipt-table', AGENCY);
  await eventually(async () => (await receipt.locator('[data-test=receipt-status]').textContent())?.includes('已报送'), 'the board does not list the reported receipt');
  await receipt.locator('[data-test=receipt-detail]').click();
  await page.locator('[data-test=receipt-drawer] [data-test=evidence-thumb]').waitFor();
  expect((await page.textContent('[data-test=receipt-drawer-response]'))?.includes(response), 'the drawer does not show the response');
  await page.keyboard.press('Escape');
  await receipt.locator('[data-test=receipt-return]').click();
  await page.click('[data-test=receipt-return-save]');
  await page.waitForSelector('[data-test=receipt-return-form] .el-form-item__error');
  const comment = '照片未体现会议主题,请补充会议纪要';
  await page.fill('[data-test=receipt-return-comment]', comment);
  await page.click('[data-test=receipt-return-save]');
  await saved(page, '已退回');
  await eventually(async () => (await receipt.locator('[data-test=receipt-status]').textContent())?.includes('已退回'), 'the receipt is not shown as returned');

  // 6. 市财政局 reads the comment and reports again (the text and the photo carried over).
  await switchTo(page, login, 'czj_admin');
  await page.goto(`${baseUrl}/work/inbox`);
  await inbox.locator('[data-test=inbox-comment]', { hasText: comment }).waitFor();
  await inbox.locator('[data-test=inbox-redo]').click();
  await page.waitForSelector(`[data-test=response-returned-comment]:has-text("${comment}")`);
  await page.waitForSelector('[data-test=response-file-done]');
  await page.fill('[data-test=response-text]', `${response},已补充会议纪要`);
  await page.click('[data-test=response-report]');
  await saved(page, '已报送');

  // 7. The committee approves; the board counts it.
  await switchTo(page, login, 'gw_admin');
  await page.goto(`${baseUrl}/work/tasks`);
  await rowOf(page, 'task-table', title).locator('[data-test=task-board]').click();
  await eventually(async () => (await receipt.locator('[data-test=receipt-status]').textContent())?.includes('已报送'), 'the resubmitted receipt is not listed');
  await receipt.locator('[data-test=receipt-approve]').click();
  await confirmBox(page, AGENCY);
  await saved(page, '通过');
  await eventually(async () => (await page.textContent('[data-test=board-approved]'))?.trim() === '1', 'the board does not count the approval');
  expect((await page.textContent('[data-test=board-total]'))?.trim() === '1', 'the board does not count one receipt sent');
  expect((await page.textContent('[data-test=board-on-time-rate]'))?.trim() === '100%', 'the on-time rate is not 100%');
  await page.waitForSelector('[data-test=board-chart] canvas');
  expect((await receipt.locator('[data-test=receipt-status]').textContent())?.includes('已通过'), 'the receipt is not shown as approved');

  // The figures by agency hold 市财政局, and drill down to its receipts; so do the month's.
  await page.goto(`${baseUrl}/work/tasks?tab=figures`);
  await rowOf(page, 'figures-table', AGENCY).locator('[data-test=figures-drill]').click();
  await eventually(async () => new URL(page.url()).searchParams.get('tab') === 'receipts', 'the agency’s row does not open the receipts');
  await rowOf(page, 'receipt-table', title).waitFor();
  await page.goto(`${baseUrl}/work/tasks?tab=figures`);
  await page.locator('[data-test=figures-grouping] .el-radio-button', { hasText: '按月份' }).click();
  await rowOf(page, 'figures-table', `${month()}月`).locator('[data-test=figures-drill]').click();
  await rowOf(page, 'receipt-table', title).waitFor();
  expect(new URL(page.url()).searchParams.get('receiptMonth') === String(month()), 'the month’s row does not filter the receipts by month');
});


test('work: 市财政局 applies for a breakthrough project, the committee approves it with scores, the agency reports progress and finishes its milestones, the committee accepts it → 已销号', async ({ page, baseUrl, login }) => {
  const api = new Api(baseUrl);
  await ensureSecretary(api, await api.token('czj_admin'));

  // 1. The application, with two milestones and the 立项书 attached.
  await login('czj_admin');
  await page.goto(`${baseUrl}/work/projects`);
  await page.click('[data-test=project-create]');
  await page.waitForSelector('[data-test=project-form]');
  // Saved with nothing filled in: each required field says so.
  await page.click('[data-test=project-apply-save]');
  await page.waitForSelector('[data-test=project-form] .el-form-item.is-error');
  const secretary = page.locator('.el-form-item:has([data-test=project-secretary])');
  if (await secretary.locator('.el-select__placeholder.is-transparent').count()) await choose(page, 'project-secretary', '(');
  const title = unique('破解机关党建经费保障难题');
  await page.fill('[data-test=project-title]', title);
  await choose(page, 'project-category', '经费');
  await page.fill('[data-test=project-problem]', '部分基层党支部活动经费不足、使用不规范');
  await page.fill('[data-test=project-measures]', '建立党建经费预算保障机制,规范经费使用');
  await page.fill('[data-test=project-outcome]', '党支部活动经费全部纳入预算');
  await page.fill('[data-test=project-milestone] >> nth=0 >> [data-test=milestone-title]', '制定党建经费管理办法');
  await pickDate(page, '[data-test=project-milestone] >> nth=0', today());
  await page.click('[data-test=milestone-add]');
  await page.fill('[data-test=project-milestone] >> nth=1 >> [data-test=milestone-title]', '完成经费使用情况检查');
  await pickDate(page, '[data-test=project-milestone] >> nth=1', inDays(30));
  await page.setInputFiles('[data-test=proposal-files]', PNG);
  await page.waitForSelector('[data-test=proposal-file-done]');
  await page.click('[data-test=project-apply-save]');
  await saved(page, '已申报');
  await page.waitForURL((u) => /\/work\/projects\/[^/]+$/.test(u.pathname));
  const projectPath = new URL(page.url()).pathname;
  await page.waitForSelector('[data-test=project-detail-status]:has-text("待立项审核")');
  await page.locator('[data-test=project-facts] [data-test=evidence-thumb]').waitFor();

  // 2. The committee's to-do opens the list of those waiting; approved with the three scores (required).
  await switchTo(page, login, 'gw_admin');
  await page.goto(`${baseUrl}/home`);
  await page.locator('[data-test=todo-link]', { hasText: '立项审核突破项目' }).click();
  await page.waitForURL((u) => u.pathname === '/work/projects' && u.searchParams.get('status') === 'APPLIED');
  const listed = rowOf(page, 'project-table', title);
  await listed.waitFor();
  await listed.locator('[data-test=project-review]').click();
  await page.click('[data-test=project-review-save]');
  await page.waitForSelector('[data-test=project-review-form] .el-form-item.is-error');
  await page.fill('.el-form-item:has([data-test=project-necessityScore]) input', '90');
  await page.fill('.el-form-item:has([data-test=project-timelinessScore]) input', '85');
  await page.fill('.el-form-item:has([data-test=project-leverageScore]) input', '88');
  await page.fill('[data-test=project-review-comment]', '同意立项,抓好落实');
  await page.click('[data-test=project-review-save]');
  await saved(page, '已立项');
  await eventually(async () => (await rowOf(page, 'project-table', title).count()) === 0, 'the approved project is still listed as awaiting review');

  // 3. The agency reports the quarter's progress, finishes both milestones and asks for acceptance.
  await switchTo(page, login, 'czj_admin');
  await page.goto(`${baseUrl}${projectPath}`);
  await page.waitForSelector('[data-test=project-detail-status]:has-text("实施中")');
  expect((await page.textContent('[data-test=project-scores]'))?.includes('90'), 'the scores are not shown');
  expect(await page.locator('[data-test=project-request-acceptance]').isDisabled(), 'acceptance is offered with milestones open');
  await page.click('[data-test=project-progress]');
  await page.fill('[data-test=progress-content]', '已起草党建经费管理办法,正在征求意见');
  await page.setInputFiles('[data-test=progress-files]', PNG);
  await page.waitForSelector('[data-test=progress-file-done]');
  await page.click('[data-test=progress-save]');
  await saved(page, '进展');
  await page.locator('[data-test=progress-item]', { hasText: '征求意见' }).waitFor();
  for (let i = 0; i < 2; i++) {
    await page.locator('[data-test=milestone-item]').nth(i).locator('[data-test=milestone-done]').click();
    await saved(page, '节点');
    await page.locator('[data-test=milestone-item]').nth(i).locator('[data-test=milestone-state]:has-text("已完成")').waitFor();
  }
  await page.click('[data-test=project-request-acceptance]');
  await page.fill('[data-test=project-outcome-comment]', '经费管理办法已印发,各支部活动经费全部纳入预算');
  await page.click('[data-test=project-outcome-save]');
  await saved(page, '结项');
  await page.waitForSelector('[data-test=project-detail-status]:has-text("待结项验收")');

  // 4. The committee passes it with a score: 已销号.
  await switchTo(page, login, 'gw_admin');
  await page.goto(`${baseUrl}${projectPath}`);
  await page.click('[data-test=project-detail-acceptance]');
  await page.fill('.el-form-item:has([data-test=project-acceptance-score]) input', '92');
  await page.click('[data-test=project-acceptance-save]');
  await saved(page, '销号');
  await page.waitForSelector('[data-test=project-detail-status]:has-text("已销号")');
  expect((await page.textContent('[data-test=project-acceptance-score-value]'))?.trim() === '92', 'the acceptance score is not shown');
  expect((await page.locator('[data-test=project-steps] .el-step__head.is-success').count()) === 5, 'not every step is shown as done');

  // The figures count it among those carried out.
  await page.goto(`${baseUrl}/work/projects?tab=figures`);
  await eventually(async () => Number((await page.textContent('[data-test=projects-implemented]'))?.replace(/\D/g, '')) >= 1, 'the headline does not count the project');
  expect(Number(await page.textContent('[data-test=projects-year-closed]')) >= 1, 'this year’s figures count no closed project');
});

/** A sent task with 市财政局's report in it, and an applied project, through the API: the pages below have rows to show. */
async function ensureWorkInFlight(api: Api, baseUrl: string): Promise<string> {
  const gw = await api.token('gw_admin');
  const plan = await ensurePublishedPlan(api, gw);
  const czjId = await agencyId(api, gw);
  const { createWorkTask } = await api.request<{ createWorkTask: { id: string } }>(gw, 'mutation($i: WorkTaskInput!) { createWorkTask(input: $i) { id } }', {
    i: { pointId: plan.points[0].id, month: month(), title: unique('无障碍检查任务'), requirement: '按要求落实并上传照片', dueOn: inDays(20), evidenceKinds: ['IMAGE'], minEvidence: 1, target: 'CHOSEN', targetTenantIds: [czjId] },
  });
  await api.request(gw, 'mutation($id: ID!) { sendWorkTask(id: $id) { id } }', { id: createWorkTask.id });
  const czj = await api.token('czj_admin');
  const { taskReceipts } = await api.request<{ taskReceipts: { items: { id: string }[] } }>(czj, 'query($t: ID) { taskReceipts(taskId: $t) { items { id } } }', { t: createWorkTask.id });
  const id = taskReceipts.items[0].id;
  await api.request(czj, 'mutation($id: ID!) { signTaskReceipt(id: $id) { id } }', { id });
  await api.request(czj, 'mutation($id: ID!) { startTaskReceipt(id: $id) { id } }', { id });
  await api.request(czj, 'mutation($id: ID!, $i: TaskResponseInput!) { reportTaskReceipt(id: $id, input: $i) { id } }', { id, i: { response: '已落实', fileIds: [await upload(baseUrl, czj)] } });

  await ensureSecretary(api, czj);
  const { postAssignments } = await api.request<{ postAssignments: { items: { member: { id: string } }[] } }>(czj, '{ postAssignments(postCode: "PARTY_GROUP_SECRETARY", offset: 0, limit: 1) { items { member { id } } } }');
  const { createBreakthroughProject } = await api.request<{ createBreakthroughProject: { id: string } }>(czj, 'mutation($i: ProjectInput!) { createBreakthroughProject(input: $i) { id } }', {
    i: {
      year: year(),
      secretaryMemberId: postAssignments.items[0].member.id,
      title: unique('无障碍检查项目'),
      category: 'VENUE',
      problem: '党员活动场所不足',
      measures: '整合办公用房建设党员活动室',
      expectedOutcome: '每个支部有固定活动场所',
      milestones: [{ title: '完成选址', dueOn: inDays(10) }],
      proposalFileIds: [],
    },
  });
  await api.request(czj, 'mutation($id: ID!) { applyBreakthroughProject(id: $id) { id } }', { id: createBreakthroughProject.id });
  return createWorkTask.id;
}


for (const screen of [{ width: 1440, height: 900 }, { width: 375, height: 812 }]) {
  test(`work: axe finds nothing critical or serious on the task and project pages with work in them, at ${screen.width} px`, async ({ page, baseUrl, login }) => {
    const api = new Api(baseUrl);
    const taskId = await ensureWorkInFlight(api, baseUrl);
    await page.setViewportSize(screen);
    const findings: Finding[] = [];

    await login('gw_admin');
    await page.goto(`${baseUrl}/work/tasks`);
    await auditWith(page, 'committee /work/tasks', findings, ['task-create', 'task-amend']);
    for (const tab of ['plan', 'receipts', 'figures']) {
      await page.goto(`${baseUrl}/work/tasks?tab=${tab}`);
      await auditWith(page, `committee /work/tasks ${tab}`, findings, tab === 'plan' ? ['point-create', 'point-edit'] : tab === 'receipts' ? ['receipt-return'] : []);
    }
    await page.goto(`${baseUrl}/work/tasks/${taskId}`);
    await page.waitForSelector('[data-test=board-chart] canvas');
    await auditWith(page, 'committee /work/tasks/:id', findings, ['receipt-return', 'receipt-detail', 'board-amend']);
    await page.goto(`${baseUrl}/work/projects?status=APPLIED`);
    await auditWith(page, 'committee /work/projects', findings, ['project-review']);
    for (const tab of ['without', 'behind', 'figures']) {
      await page.goto(`${baseUrl}/work/projects?tab=${tab}`);
      await audit(page, `committee /work/projects ${tab}`, findings);
    }
    await page.goto(`${baseUrl}/work/projects?status=APPLIED`);
    await page.locator('[data-test=project-open]:visible').first().click();
    await page.waitForSelector('[data-test=project-steps]');
    await auditWith(page, 'committee /work/projects/:id', findings, ['project-detail-review']);

    await page.evaluate(() => sessionStorage.clear());
    await login('czj_admin');
    await page.goto(`${baseUrl}/work/inbox`);
    await auditWith(page, 'agency /work/inbox', findings, ['inbox-detail', 'inbox-handle']);
    await page.goto(`${baseUrl}/work/projects`);
    await auditWith(page, 'agency /work/projects', findings, ['project-create']);
    await page.locator('[data-test=project-open]:visible').first().click();
    await page.waitForSelector('[data-test=project-steps]');
    await auditWith(page, 'agency /work/projects/:id', findings, ['project-progress', 'project-edit']);
    expect(findings.length === 0, `${findings.length} axe findings: ${summary(findings)}`);
  });
}
