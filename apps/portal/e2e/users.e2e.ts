import { DEMO_PASSWORD, expect, eventually, test } from './harness';
import { Api, canSignIn, unique } from './support';

test('an agency admin creates a user and sees it in the table', async ({ page, baseUrl, login }) => {
  await login('czj_admin');
  await page.goto(`${baseUrl}/system/users`);
  await page.click('[data-test=users-create]');
  const username = `e2e_${Date.now().toString(36)}`;
  await page.fill('[data-test=user-username]', username);
  await page.fill('[data-test=user-display-name]', '端到端测试用户');
  await page.fill('[data-test=user-password]', 'Zeren@2026x');
  await page.click('[data-test=user-form] .el-checkbox:has-text("党员")');
  await page.click('[data-test=user-save]');
  await eventually(async () => (await page.textContent('[data-test=users-table]'))?.includes(username), 'the new user is not in the table');
});

test('bad user input shows a message and saves nothing', async ({ page, baseUrl, login }) => {
  await login('czj_admin');
  await page.goto(`${baseUrl}/system/users`);
  await page.waitForSelector('[data-test=users-table] .el-table__row');
  const before = (await page.$$('[data-test=users-table] .el-table__row')).length;
  let mutations = 0;
  page.on('request', (r) => (r.postData()?.includes('CreateUser') ? (mutations += 1) : undefined));
  await page.click('[data-test=users-create]');
  await page.fill('[data-test=user-username]', 'x');
  await page.fill('[data-test=user-password]', '123');
  await page.click('[data-test=user-save]');
  await page.waitForSelector('text=登录名须为 3–64 位字母、数字、下划线、点或连字符');
  await page.waitForSelector('text=密码至少 8 位');
  expect(mutations === 0, 'the invalid form was sent');
  await page.keyboard.press('Escape');
  await page.reload();
  await page.waitForSelector('[data-test=users-table] .el-table__row');
  const after = (await page.$$('[data-test=users-table] .el-table__row')).length;
  expect(after === before, `rows changed from ${before} to ${after}`);
});

test('an admin resets a user\'s password, then disables the user', async ({ page, baseUrl, login }) => {
  const api = new Api(baseUrl);
  const username = unique('e2e_reset_');
  await api.request(await api.token('czj_admin'), 'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }', {
    i: { username, displayName: '重置密码测试', password: DEMO_PASSWORD, roles: ['MEMBER'] },
  });
  const row = '[data-test=users-table] .el-table__body-wrapper .el-table__row';
  await login('czj_admin');
  await page.goto(`${baseUrl}/system/users`);
  await page.fill('[data-test=users-search]', username);
  await page.keyboard.press('Enter');
  await eventually(async () => (await page.$$(row)).length === 1 && (await page.textContent(row))?.includes(username), 'the user is not listed alone');

  await page.click(`${row} [data-test=user-reset]`);
  await page.fill('[data-test=user-new-password]', 'Reset@2026e2e');
  await page.click('[data-test=user-reset-save]');
  await page.waitForSelector('.el-message--success');
  expect(await canSignIn(api, username, 'Reset@2026e2e'), 'the new password does not sign in');
  expect(!(await canSignIn(api, username, DEMO_PASSWORD)), 'the old password still signs in');

  await page.click(`${row} [data-test=user-toggle]`);
  await page.click('.el-message-box__btns .el-button--primary');
  await eventually(async () => (await page.textContent(row))?.includes('已停用'), 'the user is not shown as disabled');
  expect(!(await canSignIn(api, username, 'Reset@2026e2e')), 'a disabled user still signs in');
});
