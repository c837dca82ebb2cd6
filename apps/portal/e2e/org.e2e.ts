import { expect, eventually, test } from './harness';
import { Api, unique } from './support';

test('a tenant admin sees their own tree and not another agency\'s units', async ({ page, baseUrl, login }) => {
  const api = new Api(baseUrl);
  const own = await api.ensureRoot(await api.token('czj_admin'), '市财政局党组', 'CZJDZ');
  const other = await api.ensureRoot(await api.token('jyj_admin'), '市教育局党组', 'JYJDZ');
  await login('czj_admin');
  await page.goto(`${baseUrl}/org/units`);
  await page.waitForSelector(`[data-test=org-tree] >> text=${own.name}`);
  // The only root is opened and shown on the right.
  await page.waitForSelector(`[data-test=org-detail] h2 >> text=${own.name}`);
  const tree = (await page.textContent('[data-test=org-tree]')) ?? '';
  expect(!tree.includes(other.name), `another agency's unit is in the tree: ${other.name}`);
  expect(!(await page.$('[data-test=agency-picker]')), 'an agency admin sees the agency picker');
});

test('a duplicate organization code is refused with a message and nothing is saved', async ({ page, baseUrl, login }) => {
  const api = new Api(baseUrl);
  const token = await api.token('czj_admin');
  const root = await api.ensureRoot(token, '市财政局党组', 'CZJDZ');
  const before = await api.childCount(token, root.id);
  await login('czj_admin');
  await page.goto(`${baseUrl}/org/units`);
  await page.waitForSelector(`[data-test=org-detail] h2 >> text=${root.name}`);
  await page.click('[data-test=org-create-child]');
  await page.click('[data-test=org-form] .el-form-item:has-text("类型") .el-select__wrapper');
  await page.click('.el-select-dropdown__item:visible >> text="党支部"');
  await page.fill('[data-test=org-name]', '重复代码测试党支部');
  await page.fill('[data-test=org-code]', root.code);
  await page.click('[data-test=org-save]');
  await page.waitForSelector(`.el-message--error >> text=已被使用`);
  expect(await page.isVisible('[data-test=org-form]'), 'the dialog closed although nothing was saved');
  expect((await api.childCount(token, root.id)) === before, 'a unit was saved despite the error');
});

test('a tenant admin creates a branch and it appears in the tree', async ({ page, baseUrl, login }) => {
  const api = new Api(baseUrl);
  const root = await api.ensureRoot(await api.token('czj_admin'), '市财政局党组', 'CZJDZ');
  await login('czj_admin');
  await page.goto(`${baseUrl}/org/units`);
  await page.waitForSelector(`[data-test=org-detail] h2 >> text=${root.name}`);
  const name = unique('端到端党支部');
  await page.click('[data-test=org-create-child]');
  await page.click('[data-test=org-form] .el-form-item:has-text("类型") .el-select__wrapper');
  await page.click('.el-select-dropdown__item:visible >> text="党支部"');
  await page.fill('[data-test=org-name]', name);
  await page.fill('[data-test=org-code]', unique('E2E'));
  await page.click('[data-test=org-save]');
  await page.waitForSelector(`[data-test=org-tree] >> text=${name}`);
  await eventually(async () => (await page.textContent('[data-test=org-detail] h2'))?.includes(name), 'the new unit is not shown in the detail');
});
