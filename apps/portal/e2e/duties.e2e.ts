import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { audit, summary, type Finding } from './axe';
import { expect, eventually, test } from './harness';
import { Api, unique } from './support';

const PNG = join(__dirname, 'fixtures', 'evidence.png');
const AGENCY = '市财政局';
const shanghaiYear = () => Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()));

interface Obligation {
  periodKey: string;
  periodLabel: string;
  status: string;
  unitId: string;
  memberId: string | null;
  duty: { id: string; title: string; postCode: string; evidenceKinds: string[] | null; minEvidence: number };
  record: { id: string; status: string } | null;
}
interface Completion {
  label: string;
  tenantId: string | null;
  due: number;
  done: number;
  accepted: number;
}

const SPEC = {
  area: '组织建设',
  content: '按时召开支部委员会和党员大会,落实“三会一课”',
  cadence: 'QUARTER',
  dueOffsetDays: 0,
  evidenceKinds: ['IMAGE'],
  minEvidence: 1,
  weight: 5,
  supervisor: '机关党委',
};

/**
 * This year's published template with a 党支部书记 item, as the committee's admin. The demo seed may
 * bring one (then it is used as it is); otherwise a draft is created (or the seed's draft completed) and published.
 */
async function ensurePublishedTemplate(api: Api, token: string): Promise<void> {
  const year = shanghaiYear();
  const { dutyTemplates } = await api.request<{ dutyTemplates: { id: string; year: number; status: string; items: { postCode: string }[] }[] }>(
    token,
    '{ dutyTemplates { id year status items { postCode } } }',
  );
  const current = dutyTemplates.find((v) => v.year === year);
  if (current?.status === 'PUBLISHED') return;
  const id =
    current?.id ??
    (await api.request<{ createDutyTemplate: { id: string } }>(token, 'mutation($i: CreateDutyTemplateInput!) { createDutyTemplate(input: $i) { id } }', { i: { year, copy: false } }))
      .createDutyTemplate.id;
  const add = 'mutation($t: ID!, $i: DutySpecInput!) { addDutyItem(templateId: $t, input: $i) { id } }';
  if (!current?.items.some((i) => i.postCode === 'BRANCH_SECRETARY')) {
    await api.request(token, add, { t: id, i: { ...SPEC, level: 'BRANCH', postCode: 'BRANCH_SECRETARY', title: '支部书记抓“三会一课”', requirement: '每季度至少讲一次党课,留存照片' } });
  }
  if (!current?.items.some((i) => i.postCode === 'PARTY_MEMBER')) {
    await api.request(token, add, { t: id, i: { ...SPEC, level: 'BRANCH', postCode: 'PARTY_MEMBER', title: '党员参加组织生活', requirement: '按时参加支部组织生活', minEvidence: 0, evidenceKinds: null } });
  }
  await api.request(token, 'mutation($id: ID!) { publishDutyTemplate(id: $id) { id } }', { id });
}

/**
 * A 党支部书记 duty on 市财政局's list that one photo answers. The seed's catalogue asks for documents or
 * for no evidence at all, so the agency adds its own item (once) for the pages' evidence rules to be seen.
 */
async function ensurePhotoDuty(api: Api): Promise<void> {
  const admin = await api.token('czj_admin');
  const { agencyDuties } = await api.request<{ agencyDuties: { evidenceKinds: string[] | null; minEvidence: number }[] }>(
    admin,
    '{ agencyDuties(postCode: "BRANCH_SECRETARY") { evidenceKinds minEvidence } }',
  );
  if (agencyDuties.some((d) => d.minEvidence === 1 && d.evidenceKinds?.includes('IMAGE'))) return;
  const { agencyDutyLists } = await api.request<{ agencyDutyLists: { id: string; year: number }[] }>(admin, '{ agencyDutyLists { id year } }');
  const list = agencyDutyLists.find((l) => l.year === shanghaiYear());
  expect(list, `${AGENCY} has no duty list for ${shanghaiYear()}`);
  await api.request(admin, 'mutation($l: ID!, $i: DutySpecInput!) { addAgencyDuty(listId: $l, input: $i) { id } }', {
    l: list.id,
    i: { ...SPEC, level: 'BRANCH', postCode: 'BRANCH_SECRETARY', title: '支部书记讲党课留影', requirement: '每季度讲党课留存现场照片1张' },
  });
}

async function agencyRow(api: Api, token: string): Promise<Completion> {
  const { dutyCompletion } = await api.request<{ dutyCompletion: Completion[] }>(token, '{ dutyCompletion(grouping: AGENCY) { label tenantId due done accepted } }');
  return dutyCompletion.find((r) => r.label === AGENCY) ?? { label: AGENCY, tenantId: null, due: 0, done: 0, accepted: 0 };
}

/** Waits for the success message; a refusal fails the test with the server's words. */
async function saved(page: Page): Promise<void> {
  const message = page.locator('.el-message--success, .el-message--error').first();
  await message.waitFor();
  const text = (await message.textContent())?.trim() ?? '';
  expect(await message.evaluate((el) => el.classList.contains('el-message--success')), `refused: ${text}`);
  // Gone before the next step looks for its own.
  await page.locator('.el-message').first().waitFor({ state: 'detached', timeout: 5000 }).catch(() => undefined);
}

/** Signs the browser out (the session lives in sessionStorage) and in again as `username`. */
async function switchTo(page: Page, login: (u: string) => Promise<void>, username: string): Promise<void> {
  await page.evaluate(() => sessionStorage.clear());
  await login(username);
}

const OBLIGATION = 'periodKey periodLabel status unitId memberId duty { id title postCode evidenceKinds minEvidence } record { id status }';

/**
 * The secretary's unrecorded obligations that one photo answers: a 党支部书记 duty that takes images
 * and asks for no more than one piece (the seed's catalogue has duties asking for documents or for more).
 */
const photoDuties = (obligations: Obligation[]) =>
  obligations.filter(
    (o) => o.duty.postCode === 'BRANCH_SECRETARY' && !o.record && o.duty.minEvidence <= 1 && (!o.duty.evidenceKinds || o.duty.evidenceKinds.includes('IMAGE')),
  );

/** The desktop table's row of the duty (the obligation, record or queue tables name it the same way). */
const rowOf = (page: Page, table: string, title: string, also?: string) =>
  page.locator(`[data-test=${table}] .el-table__body-wrapper tr`, { hasText: title }).filter(also ? { hasText: also } : {}).first();

test('duties: the secretary records with a photo, the admin returns it, the secretary resubmits, the admin accepts, the committee sees the completion change', async ({ page, baseUrl, login }) => {
  const api = new Api(baseUrl);
  const gw = await api.token('gw_admin');
  await ensurePublishedTemplate(api, gw);
  await ensurePhotoDuty(api);

  // An obligation of the secretary's own post with nothing recorded yet this period.
  const secretary = await api.token('czj_secretary');
  const { myDuties } = await api.request<{ myDuties: Obligation[] }>(secretary, `{ myDuties { ${OBLIGATION} } }`);
  // The open period's (answered on time) when there is one; else any overdue one (answered late).
  const open = photoDuties(myDuties).filter((o) => o.duty.minEvidence === 1);
  const target = open.find((o) => o.status === 'OPEN') ?? open[0];
  expect(target, `czj_secretary has no unrecorded 党支部书记 duty that takes one photo (${myDuties.length} obligations)`);
  const title = target.duty.title;
  const period = target.periodLabel;
  const before = await agencyRow(api, gw);

  // 1. The secretary records it with a photo.
  await login('czj_secretary');
  await page.goto(`${baseUrl}/duties/mine`);
  // 待办 drops what has been submitted: 全部 keeps the row in view through the whole flow.
  await page.click('[data-test=mine-filter] .el-radio-button:has-text("全部")');
  await rowOf(page, 'obligation-table', title, period).locator('[data-test=obligation-fill]').click();
  await page.waitForSelector('[data-test=record-form]');
  await page.waitForSelector('[data-test=record-min-evidence]:has-text("至少需要 1 件")');
  const content = unique('讲党课');
  await page.fill('[data-test=record-content]', content);
  await page.fill('[data-test=record-place]', '三楼会议室');
  await page.setInputFiles('[data-test=record-files]', PNG);
  await page.waitForSelector('[data-test=record-file-thumb]');
  await page.waitForSelector('[data-test=record-file-done]');
  await page.click('[data-test=record-save]');
  await saved(page);
  await eventually(async () => (await rowOf(page, 'obligation-table', title, period).textContent())?.includes('待审核'), 'the record is not shown as awaiting review');

  // 2. The agency's admin returns it with a comment (required: an empty one is refused beside the field).
  await switchTo(page, login, 'czj_admin');
  await page.goto(`${baseUrl}/duties/review`);
  const queued = rowOf(page, 'review-table', title);
  await queued.waitFor();
  expect((await queued.textContent())?.includes(content), 'the queue does not show what was recorded');
  await queued.locator('[data-test=evidence-thumb]').waitFor();
  await queued.locator('[data-test=review-return]').click();
  await page.click('[data-test=return-save]');
  await page.waitForSelector('[data-test=return-form] .el-form-item__error');
  const comment = '照片不清楚,请补充会议记录';
  await page.fill('[data-test=return-comment]', comment);
  await page.click('[data-test=return-save]');
  await saved(page);
  await eventually(async () => (await rowOf(page, 'review-table', title).count()) === 0, 'the returned record is still in the queue');

  // 3. The secretary sees the comment and resubmits (the text and the photo carried over).
  await switchTo(page, login, 'czj_secretary');
  await page.goto(`${baseUrl}/duties/mine`);
  // 待办 drops what has been submitted: 全部 keeps the row in view through the whole flow.
  await page.click('[data-test=mine-filter] .el-radio-button:has-text("全部")');
  const returned = rowOf(page, 'obligation-table', title, period);
  await returned.locator('[data-test=obligation-comment]', { hasText: comment }).waitFor();
  await returned.locator('[data-test=obligation-resubmit]').click();
  await page.waitForSelector(`[data-test=record-returned-comment]:has-text("${comment}")`);
  await page.waitForSelector('[data-test=record-file-done]');
  await page.fill('[data-test=record-content]', `${content}(补充会议记录)`);
  await page.click('[data-test=record-save]');
  await saved(page);
  await eventually(async () => (await rowOf(page, 'obligation-table', title, period).textContent())?.includes('待审核'), 'the resubmitted record is not awaiting review');

  // 4. The admin sees both versions and accepts.
  await switchTo(page, login, 'czj_admin');
  await page.goto(`${baseUrl}/duties/review`);
  const again = rowOf(page, 'review-table', title);
  await again.locator('[data-test=review-history]').click();
  await eventually(async () => (await page.locator('[data-test=record-history] [data-test=record-version]').count()) === 2, 'the history does not show both versions');
  await page.locator('[data-test=record-history] [data-test=version-comment]', { hasText: comment }).waitFor();
  await page.keyboard.press('Escape');
  await again.locator('[data-test=review-accept]').click();
  await page.click('.el-message-box__btns .el-button--primary');
  await saved(page);

  // 5. The committee's board: 市财政局 has one more done and accepted than before.
  await switchTo(page, login, 'gw_admin');
  await page.goto(`${baseUrl}/duties/board`);
  await page.waitForSelector('[data-test=board-chart] canvas');
  const row = page.locator('[data-test=board-table] .el-table__body-wrapper tr').filter({ has: page.getByText(AGENCY, { exact: true }) }).first();
  await eventually(async () => (await row.locator('[data-test=board-row-done]').textContent())?.trim() === String(before.done + 1), `${AGENCY}'s done is not ${before.done + 1}`);
  expect((await row.locator('[data-test=board-row-accepted]').textContent())?.trim() === String(before.accepted + 1), `${AGENCY}'s accepted is not ${before.accepted + 1}`);

  // Drilling into the agency shows its own figures by duty, with the recorded duty among them.
  await row.locator('[data-test=board-open]').click();
  await page.locator('[data-test=board-table] .el-table__body-wrapper tr', { hasText: title }).waitFor();
});

test('duties: an agency admin cannot loosen a mandated duty — the refusal shows on the field', async ({ page, baseUrl, login }) => {
  const api = new Api(baseUrl);
  await ensurePublishedTemplate(api, await api.token('gw_admin'));
  await login('czj_admin');
  await page.goto(`${baseUrl}/duties/list`);
  await page.locator('[data-test=duty-table] [data-test=duty-tighten]:visible').first().click();
  await page.waitForSelector('[data-test=tighten-form]');
  // Later than the committee's deadline: refused, beside the field, nothing saved.
  await page.locator('[data-test=tighten-form] .el-input-number input').first().fill('30');
  await page.click('[data-test=tighten-save]');
  await page.waitForSelector('[data-test=tighten-form] .el-form-item__error:has-text("只能提前")');
});

/** A record of the secretary's with a photo, through the API, so that the pages below have one to show. */
async function ensureRecord(api: Api, baseUrl: string): Promise<void> {
  const token = await api.token('czj_secretary');
  const { myDuties } = await api.request<{ myDuties: Obligation[] }>(token, `{ myDuties { ${OBLIGATION} } }`);
  const [open] = photoDuties(myDuties);
  if (!open) return;
  const body = new FormData();
  body.append('file', new Blob([readFileSync(PNG)], { type: 'image/png' }), 'evidence.png');
  const res = await fetch(`${baseUrl}/files`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body });
  const file = (await res.json()) as { id: string };
  await api.request(token, 'mutation($i: SubmitRecordInput!) { submitFulfilmentRecord(input: $i) { id } }', {
    i: { dutyId: open.duty.id, periodKey: open.periodKey, unitId: open.unitId, memberId: open.memberId, content: '召开支部委员会', happenedOn: '2026-12-01', fileIds: [file.id] },
  });
}

/** Audits the page, then each layer its buttons open (the first of each that is there). */
async function auditWith(page: Page, where: string, findings: Finding[], openers: string[]): Promise<void> {
  await audit(page, where, findings);
  for (const test of openers) {
    const button = page.locator(`[data-test=${test}]:visible`).first();
    if (!(await button.count())) continue;
    await button.click();
    await page.waitForSelector('.el-overlay:visible [role=dialog]');
    await audit(page, `${where} ${test}`, findings, true);
    await page.keyboard.press('Escape');
    await eventually(async () => !(await page.$('.el-overlay:visible [role=dialog]')), `${test}: the layer does not close on Escape`);
  }
}

for (const screen of [{ width: 1440, height: 900 }, { width: 375, height: 812 }]) {
  test(`duties: axe finds nothing critical or serious on the duty pages with records in them, at ${screen.width} px`, async ({ page, baseUrl, login }) => {
    const api = new Api(baseUrl);
    await ensurePublishedTemplate(api, await api.token('gw_admin'));
    await ensurePhotoDuty(api);
    await ensureRecord(api, baseUrl);
    await page.setViewportSize(screen);
    const findings: Finding[] = [];
    await login('czj_secretary');
    await page.goto(`${baseUrl}/duties/mine`);
    await page.click('[data-test=mine-filter] .el-radio-button:has-text("全部")');
    await auditWith(page, 'secretary /duties/mine', findings, ['obligation-fill', 'obligation-correct', 'obligation-history']);
    await switchTo(page, login, 'czj_admin');
    await page.goto(`${baseUrl}/duties/review`);
    await auditWith(page, 'admin /duties/review', findings, ['review-return', 'review-history']);
    await page.click('.el-tabs__item:has-text("履责纪实台账")');
    await audit(page, 'admin /duties/review ledger', findings);
    await page.goto(`${baseUrl}/duties/list`);
    await auditWith(page, 'admin /duties/list', findings, ['duty-detail-open', 'duty-tighten', 'duty-own-create']);
    await page.goto(`${baseUrl}/duties/board`);
    await audit(page, 'admin /duties/board', findings);
    await switchTo(page, login, 'gw_admin');
    await page.goto(`${baseUrl}/duties/templates`);
    await auditWith(page, 'committee /duties/templates', findings, ['template-create', 'template-compare-open']);
    await page.goto(`${baseUrl}/duties/board`);
    await audit(page, 'committee /duties/board', findings);
    await page.locator('[data-test=board-open]:visible').first().click();
    await audit(page, 'committee /duties/board (an agency)', findings);
    expect(findings.length === 0, `${findings.length} axe findings: ${summary(findings)}`);
  });
}

test('duties: the committee makes next year’s template from this year’s, adds and edits items, compares the two versions and publishes', async ({ page, baseUrl, login }) => {
  const api = new Api(baseUrl);
  const gw = await api.token('gw_admin');
  await ensurePublishedTemplate(api, gw);
  const { dutyTemplates } = await api.request<{ dutyTemplates: { year: number }[] }>(gw, '{ dutyTemplates { year } }');
  const year = Math.max(...dutyTemplates.map((v) => v.year)) + 1;

  await login('gw_admin');
  await page.goto(`${baseUrl}/duties/templates`);
  await page.click('[data-test=template-create]');
  await page.locator('[data-test=template-create-form] .el-input-number input').fill(String(year));
  await page.click('[data-test=template-create-save]');
  await saved(page);
  await page.waitForSelector(`[data-test=template-detail] h3:has-text("${year}")`);
  await page.waitForSelector('[data-test=template-status]:has-text("草稿")');

  // A new item at the branch level, on the 党支部 (an organisation's duty).
  const title = unique('支部标准化');
  await page.click('[data-test=item-create]');
  await page.click('[data-test=spec-form] .el-form-item:has-text("责任岗位") .el-select__wrapper');
  await page.click('.el-select-dropdown__item:visible >> text="党支部(组织)"');
  await page.fill('[data-test=spec-area]', '组织建设');
  await page.fill('[data-test=spec-supervisor]', '机关党委');
  await page.fill('[data-test=spec-title]', title);
  await page.fill('[data-test=spec-content]', '对照标准化规范化建设要求自查');
  await page.fill('[data-test=spec-requirement]', '每半年自查一次,形成报告');
  await page.click('[data-test=spec-save]');
  await saved(page);
  await page.locator('[data-test=template-table-BRANCH] [data-test=item-title]', { hasText: title }).waitFor();

  // An item copied from this year's version, its requirement changed.
  const copied = page.locator('[data-test=template-table-BRANCH] .el-table__body-wrapper tr', { hasNotText: title }).first();
  await copied.locator('[data-test=item-edit]').click();
  await page.fill('[data-test=spec-requirement]', '每季度至少讲一次党课,留存照片和讲稿');
  await page.click('[data-test=spec-save]');
  await saved(page);

  // Compared with the version it was copied from: one added, one changed, matched by title and post.
  await page.click('[data-test=template-compare-open]');
  await page.locator('[data-test=compare-added]', { hasText: title }).waitFor();
  await page.locator('[data-test=compare-changed]', { hasText: '具体要求' }).waitFor();
  await page.keyboard.press('Escape');

  // Published after a confirmation that says what it does; read-only afterwards.
  await page.click('[data-test=template-publish]');
  await page.waitForSelector('.el-message-box:has-text("各单位同时收到")');
  await page.click('.el-message-box__btns .el-button--primary');
  await saved(page);
  await page.waitForSelector('[data-test=template-status]:has-text("已发布")');
  expect((await page.locator('[data-test=item-create]').count()) === 0, 'a published template still offers 添加事项');
});

test('duties: the agency admin adds, edits and deletes an own item beside the mandated ones, each with its current holders', async ({ page, baseUrl, login }) => {
  const api = new Api(baseUrl);
  await ensurePublishedTemplate(api, await api.token('gw_admin'));
  const admin = await api.token('czj_admin');
  const { agencyDuties } = await api.request<{ agencyDuties: { title: string; postCode: string; holders: { unit: { name: string } | null; holder: { name: string } | null }[] }[] }>(
    admin,
    '{ agencyDuties { title postCode holders { unit { name } holder { name } } } }',
  );
  const secretaryDuty = agencyDuties.find((d) => d.postCode === 'BRANCH_SECRETARY' && d.holders.length);
  expect(secretaryDuty, 'no 党支部书记 duty with holders in 市财政局’s list');

  await login('czj_admin');
  await page.goto(`${baseUrl}/duties/list`);
  const mandated = page.locator('[data-test=duty-table] .el-table__body-wrapper tr', { hasText: secretaryDuty.title }).first();
  const first = secretaryDuty.holders[0];
  await eventually(async () => (await mandated.locator('[data-test=duty-holders-text]').textContent())?.includes(`${first.unit?.name} ${first.holder?.name ?? ''}`.trim()), 'the holders are not shown');
  expect((await mandated.locator('[data-test=duty-source]').textContent())?.includes('规定'), 'a mandated item is not marked 规定');

  const title = unique('自定调研');
  await page.click('[data-test=duty-own-create]');
  await page.click('[data-test=spec-form] .el-form-item:has-text("责任岗位") .el-select__wrapper');
  await page.click('.el-select-dropdown__item:visible >> text="党支部(组织)"');
  await page.fill('[data-test=spec-area]', '作风建设');
  await page.fill('[data-test=spec-supervisor]', '机关纪委');
  await page.fill('[data-test=spec-title]', title);
  await page.fill('[data-test=spec-content]', '围绕业务开展一次调研');
  await page.fill('[data-test=spec-requirement]', '形成调研报告');
  await page.click('[data-test=spec-save]');
  await saved(page);
  const own = page.locator('[data-test=duty-table] .el-table__body-wrapper tr', { hasText: title }).first();
  await own.waitFor();
  expect((await own.locator('[data-test=duty-source]').textContent())?.includes('自定'), 'an own item is not marked 自定');

  await own.locator('[data-test=duty-edit]').click();
  await page.fill('[data-test=spec-title]', `${title}(修订)`);
  await page.click('[data-test=spec-save]');
  await saved(page);
  const edited = page.locator('[data-test=duty-table] .el-table__body-wrapper tr', { hasText: `${title}(修订)` }).first();
  await edited.waitFor();

  await edited.locator('[data-test=duty-remove]').click();
  await page.click('.el-message-box__btns button:has-text("确定")');
  await saved(page);
  await eventually(async () => (await page.locator('[data-test=duty-table] .el-table__body-wrapper tr', { hasText: title }).count()) === 0, 'the deleted item is still listed');
});

test('duties: the branch secretary records for their branch from the by-unit view and sees who held the post when', async ({ page, baseUrl, login }) => {
  const api = new Api(baseUrl);
  await ensurePublishedTemplate(api, await api.token('gw_admin'));
  const secretary = await api.token('czj_secretary');
  const { myDuties } = await api.request<{ myDuties: { unit: { name: string } | null; duty: { postCode: string } }[] }>(secretary, '{ myDuties { unit { name } duty { postCode } } }');
  const unitName = myDuties.find((o) => o.duty.postCode === 'BRANCH_SECRETARY')?.unit?.name;
  expect(unitName, 'czj_secretary holds no 党支部书记 duty');

  await login('czj_secretary');
  await page.goto(`${baseUrl}/duties/list`);
  await page.click('.el-tabs__item:has-text("按党组织查看")');
  await page.click('[data-test=unit-view] .el-select__wrapper');
  await page.click(`.el-tree-select__popper:visible .el-select-dropdown__item >> text="${unitName}"`);
  await page.locator('[data-test=unit-view] [data-test=obligation-table] .el-table__body-wrapper tr').first().waitFor();

  // The post's terms: the current one runs 至今.
  await page.locator('[data-test=post-history-open]', { hasText: '党支部书记' }).first().click();
  await page.locator('[data-test=post-history] [data-test=post-term]', { hasText: '至今' }).first().waitFor();
  await page.keyboard.press('Escape');

  const fills = page.locator('[data-test=unit-view] [data-test=obligation-table] [data-test=obligation-fill]:visible');
  const before = await fills.count();
  expect(before > 0, 'nothing to record at the branch');
  await fills.first().click();
  await page.fill('[data-test=record-content]', '支部书记讲党课');
  await page.setInputFiles('[data-test=record-files]', PNG);
  await page.waitForSelector('[data-test=record-file-done]');
  await page.click('[data-test=record-save]');
  await saved(page);
  await eventually(async () => (await fills.count()) === before - 1, 'the recorded obligation still offers 填报');
});
