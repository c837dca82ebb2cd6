import { eventually, expect, test } from './harness';
import { Api, unique } from './support';

test('the committee admin keeps the post catalogue: a new post with its rules, then an edit of them', async ({ page, baseUrl, login }) => {
  const api = new Api(baseUrl);
  const code = unique('E2E_POST_').toUpperCase().replace(/[^A-Z0-9_]/g, '_');
  const name = unique('端到端岗位');
  await login('gw_admin');
  await page.goto(`${baseUrl}/org/post-types`);
  const table = '[data-test=post-types-table]';
  await eventually(async () => (await page.textContent(table))?.includes('党总支书记'), 'the catalogue lacks 党总支书记');
  const general = page.locator(`${table} .el-table__body-wrapper .el-table__row`, { hasText: '党总支书记' });
  expect(((await general.textContent()) ?? '').includes('仅正式党员'), 'the rules of 党总支书记 are not shown');

  await page.click('[data-test=post-types-create]');
  await page.fill('[data-test=post-type-code]', code);
  await page.fill('[data-test=post-type-name]', name);
  await page.click('[data-test=post-type-form] .el-checkbox:has-text("党支部")');
  await page.click('[data-test=post-type-full-members]');
  await page.click('[data-test=post-type-save]');
  await page.waitForSelector('.el-message--success');
  const row = page.locator(`${table} .el-table__body-wrapper .el-table__row`, { hasText: name });
  await eventually(async () => ((await row.textContent()) ?? '').includes('仅正式党员'), 'the new post is not listed with its rule');

  await row.locator('[data-test=post-type-edit]').click();
  await page.click('[data-test=post-type-full-members]');
  await page.click('[data-test=post-type-save]');
  await eventually(async () => !((await row.textContent()) ?? '').includes('仅正式党员'), 'the rule was not taken off');
  const { postTypes } = await api.request<{ postTypes: { code: string; fullMembersOnly: boolean; unitKinds: string[] | null }[] }>(
    await api.token('gw_admin'),
    '{ postTypes { code fullMembersOnly unitKinds } }',
  );
  const saved = postTypes.find((p) => p.code === code);
  expect(saved?.fullMembersOnly === false && JSON.stringify(saved?.unitKinds) === '["BRANCH"]', `stored as ${JSON.stringify(saved)}`);
});
