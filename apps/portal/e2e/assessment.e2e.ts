import { expect, eventually, test } from './harness';
import { confirmBox, saved, year } from './steps';
import { Api, unique } from './support';

// 考核 and 问责 through the pages: the committee computes this year's results, reads an agency's
// breakdown, gives it a 加减分 that shows after recomputing, runs the 问责 rules and confirms a proposed
// 取消评先, and the 取消评先资格 figure of the year (and of the three years) goes up by one.
interface Result {
  tenantId: string;
  adjustment: number;
  total: number;
}

async function resultOf(api: Api, token: string, tenantId: string): Promise<Result> {
  const { assessmentResults } = await api.request<{ assessmentResults: { items: Result[] } }>(token, 'query($y: Int!, $t: ID) { assessmentResults(year: $y, tenantId: $t, offset: 0, limit: 1) { items { tenantId adjustment total } } }', { y: year(), t: tenantId });
  expect(assessmentResults.items.length === 1, `no ${year()} result for ${tenantId}`);
  return assessmentResults.items[0];
}

const figure = async (page: import('playwright-core').Page, test: string) => Number((await page.locator(`[data-test=${test}]`).textContent())?.trim());

test('assessment: an assessment computed and a proposal confirmed — ranked results with a breakdown, a 加减分, the 问责 rules run, a 取消评先 confirmed and the figure up by one', async ({ page, baseUrl, login }) => {
  const api = new Api(baseUrl);
  const gw = await api.token('gw_admin');
  await login('gw_admin');

  // 1. 计算: the year's results come back ranked.
  await page.goto(`${baseUrl}/supervision/assessment/${year()}`);
  await page.locator('[data-test=assessment-compute]').click();
  await confirmBox(page, String(year()));
  await saved(page);
  const firstRow = page.locator('[data-test=result-table] .el-table__body-wrapper tr').first();
  await firstRow.waitFor();
  expect((await firstRow.locator('[data-test=result-rank-cell]').textContent())?.trim() === '1', 'the first row is not ranked 1');
  const ranks = (await page.locator('[data-test=result-table] [data-test=result-rank-cell]').allTextContents()).map(Number);
  expect(ranks.every((r, i) => i === 0 || r >= ranks[i - 1]), `the results are not in rank order: ${ranks.join(', ')}`);

  // 2. The first agency's breakdown: each component with its raw figure, score and definition.
  await firstRow.locator('[data-test=result-agency]').click();
  const drawer = page.locator('[data-test=result-drawer]');
  await drawer.locator('[data-test=result-component]').first().waitFor();
  expect((await drawer.locator('[data-test=result-component]').count()) >= 2, 'the breakdown lists fewer than two components');
  const definitions = await drawer.locator('[data-test=result-component-definition]').allTextContents();
  expect(definitions.every((d) => d.length > 8), `a component has no definition: ${definitions.join(' | ')}`);

  // 3. 加减分 with a reason; it counts after recomputing.
  const agency = (await firstRow.locator('[data-test=result-agency]').textContent())?.trim() ?? '';
  const { tenants } = await api.request<{ tenants: { id: string; name: string }[] }>(gw, '{ tenants { id name } }');
  const tenantId = tenants.find((t) => t.name === agency)?.id ?? '';
  const before = await resultOf(api, gw, tenantId);
  const reason = unique('党费收缴不规范被通报');
  await drawer.locator('[data-test=adjustment-add]').click();
  await page.locator('[data-test=adjustment-points] input').fill('-3');
  await page.fill('[data-test=adjustment-reason]', reason);
  await page.click('[data-test=adjustment-save]');
  await saved(page);
  await eventually(async () => (await drawer.locator('[data-test=result-adjustments]').textContent())?.includes(reason) ?? false, 'the drawer does not list the new 加减分');
  await page.keyboard.press('Escape');
  await page.locator('[data-test=assessment-compute]').click();
  await confirmBox(page);
  await saved(page);
  const after = await resultOf(api, gw, tenantId);
  expect(after.adjustment < before.adjustment && after.total < before.total, `the 加减分 did not count: ${JSON.stringify(before)} → ${JSON.stringify(after)}`);

  // 4. 问责: the figure before, the rules run, a proposed 取消评先 confirmed, the figure after.
  await page.goto(`${baseUrl}/supervision/accountability?tab=disqualified`);
  await page.locator(`[data-test=disqualified-year-${year()}]`).waitFor();
  const [yearBefore, totalBefore] = [await figure(page, `disqualified-year-${year()}`), await figure(page, 'disqualified-total')];
  await page.goto(`${baseUrl}/supervision/accountability`);
  await page.click('[data-test=measures-propose]');
  await confirmBox(page, String(year()));
  await saved(page);
  await page.locator('[data-test=measure-kind]').click();
  await page.locator('.el-select-dropdown__item:visible', { hasText: '取消综合考核评先资格' }).click();
  await page.click('[data-test=measure-apply]');
  const row = page.locator('[data-test=measure-table] .el-table__body-wrapper tr', { hasText: '拟问责' }).first();
  await row.waitFor();
  expect((await row.locator('[data-test=measure-kind-tag]').textContent())?.includes('取消综合考核评先资格'), 'the filtered row is not a 取消评先');
  const target = (await row.locator('[data-test=measure-agency-name]').textContent())?.trim() ?? '';
  await row.locator('[data-test=measure-confirm]').click();
  await page.fill('[data-test=measure-note]', '经工委会议研究,取消本年度评先资格');
  await page.click('[data-test=measure-confirm-save]');
  await saved(page);
  await eventually(async () => !(await page.locator('[data-test=measure-table] .el-table__body-wrapper tr', { hasText: target }).filter({ hasText: '拟问责' }).count()), `${target}'s 取消评先 is still 拟问责`);

  await page.goto(`${baseUrl}/supervision/accountability?tab=disqualified`);
  await page.locator(`[data-test=disqualified-year-${year()}]`).waitFor();
  await eventually(async () => (await figure(page, `disqualified-year-${year()}`)) === yearBefore + 1, `the ${year()} figure did not go from ${yearBefore} to ${yearBefore + 1}`);
  expect((await figure(page, 'disqualified-total')) === totalBefore + 1, `the three years' figure did not go from ${totalBefore} to ${totalBefore + 1}`);
  await eventually(async () => (await page.locator('[data-test=disqualified-list]').textContent())?.includes(target) ?? false, `${target} is not on the ${year()} list`);
});

// 考核方案 through the page: next year's scheme drafted with weights that do not total 100 is refused
// beside the components and nothing is saved; mended, it saves as a draft and is published.
test('assessment: next year\'s scheme is drafted — weights off 100 refused, nothing saved — then mended and published', async ({ page, baseUrl, login }) => {
  const api = new Api(baseUrl);
  const gw = await api.token('gw_admin');
  const next = year() + 1;
  const schemes = async () => (await api.request<{ assessmentSchemes: { year: number; status: string; components: { weight: number }[] }[] }>(gw, '{ assessmentSchemes { year status components { weight } } }')).assessmentSchemes.filter((s) => s.year === next);
  expect((await schemes()).length === 0, `the demo already has a ${next} scheme`);
  await login('gw_admin');
  await page.goto(`${baseUrl}/supervision/assessment/${next}`);
  await page.click('[data-test=scheme-create]');
  const weights = page.locator('[data-test=scheme-form] [data-test=scheme-weight] input');
  await weights.first().fill('50');
  await weights.first().press('Tab');
  await eventually(async () => !(await page.textContent('[data-test=scheme-weight-sum]'))?.includes('100'), 'the live total does not follow the weight');
  await page.click('[data-test=scheme-save]');
  const refusal = page.locator('.el-message--error', { hasText: '合计应为 100' });
  await refusal.waitFor();
  const beside = page.locator('[data-test=scheme-form] .zr-scheme-lines .el-form-item__error');
  await eventually(async () => (await beside.textContent())?.includes('合计应为 100(现为 120)'), 'the refusal does not show beside the components');
  expect((await schemes()).length === 0, 'a scheme whose weights are off 100 was saved');
  await refusal.waitFor({ state: 'detached', timeout: 8000 });

  // Back to 30 (the default): the total is 100 and the draft saves, then 发布方案.
  await weights.first().fill('30');
  await weights.first().press('Tab');
  await eventually(async () => (await page.textContent('[data-test=scheme-weight-sum]'))?.includes('100'), 'the total is not back at 100');
  await page.click('[data-test=scheme-save]');
  await saved(page);
  await eventually(async () => (await schemes())[0]?.status === 'DRAFT', 'the draft was not saved');
  await page.click('[data-test=scheme-publish]');
  await confirmBox(page);
  await saved(page);
  await eventually(async () => (await schemes())[0]?.status === 'PUBLISHED', 'the scheme was not published');
  expect((await schemes())[0].components.reduce((n, c) => n + c.weight, 0) === 100, 'the published weights do not total 100');
});

// 问责规则 through the page: a rule without its wording is refused beside the field and nothing is
// saved; written, it is listed (off, so no run of the rules in later cases proposes from it); its
// wording is then edited and the API holds the new one.
test('assessment: an accountability rule is refused without its wording, then created off and edited', async ({ page, baseUrl, login }) => {
  const api = new Api(baseUrl);
  const gw = await api.token('gw_admin');
  const rules = async () => (await api.request<{ accountabilityRules: { id: string; description: string; active: boolean; kind: string }[] }>(gw, '{ accountabilityRules { id description active kind } }')).accountabilityRules;
  const before = (await rules()).length;
  await login('gw_admin');
  await page.goto(`${baseUrl}/supervision/accountability?tab=rules`);
  await page.click('[data-test=rule-create]');
  await page.click('[data-test=rule-active]');
  await page.click('[data-test=rule-save]');
  await page.locator('[data-test=rule-form] .el-form-item.is-error').first().waitFor();
  expect((await rules()).length === before, 'a rule without its wording was saved');

  const wording = unique('考核等次为差的单位,约谈党组书记');
  await page.fill('[data-test=rule-description]', wording);
  await page.click('[data-test=rule-save]');
  await saved(page);
  const row = page.locator('[data-test=rule-table] .el-table__body-wrapper tr', { hasText: wording }).first();
  await row.waitFor();
  expect((await row.textContent())?.includes('停用'), 'the new rule is not listed as off');
  const created = (await rules()).find((r) => r.description === wording);
  expect(created && !created.active && created.kind === 'INTERVIEW', `the API holds ${JSON.stringify(created)}`);

  await row.locator('[data-test=rule-edit]').click();
  const edited = `${wording}(修订)`;
  await page.fill('[data-test=rule-description]', edited);
  await page.click('[data-test=rule-save]');
  await saved(page);
  await page.locator('[data-test=rule-table] .el-table__body-wrapper tr', { hasText: edited }).first().waitFor();
  const after = await rules();
  expect(after.length === before + 1 && after.find((r) => r.id === created.id)?.description === edited, 'the edit did not replace the wording of the same rule');
});
