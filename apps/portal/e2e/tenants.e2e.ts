import { eventually, expect, test } from './harness';
import { Api, canSignIn, unique } from './support';

test('the committee admin creates an agency whose first admin can then sign in', async ({ page, baseUrl, login }) => {
  const api = new Api(baseUrl);
  const name = unique('端到端单位');
  const admin = unique('e2e_agency_');
  await login('gw_admin');
  await page.goto(`${baseUrl}/system/tenants`);
  await page.click('[data-test=tenants-create]');
  await page.fill('[data-test=tenant-name]', name);
  await page.fill('[data-test=tenant-code]', unique('E2EAG'));
  await page.fill('[data-test=tenant-admin-username]', admin);
  await page.fill('[data-test=tenant-admin-name]', '端到端管理员');
  await page.fill('[data-test=tenant-admin-password]', 'Agency@2026e2e');
  await page.click('[data-test=tenant-save]');
  await eventually(async () => (await page.textContent('[data-test=tenants-table]'))?.includes(name), 'the new agency is not in the table');
  await page.waitForSelector('[data-test=tenant-form]', { state: 'hidden' });
  expect(await canSignIn(api, admin, 'Agency@2026e2e'), 'the first admin cannot sign in');
});

test('the committee admin gives an agency without accounts its admin, who signs in; the last admin cannot be disabled', async ({ page, baseUrl, login }) => {
  const api = new Api(baseUrl);
  const token = await api.token('gw_admin');
  const { tenants } = await api.request<{ tenants: { id: string; name: string; kind: string }[] }>(token, '{ tenants { id name kind } }');
  let agency: { id: string; name: string } | undefined;
  for (const t of tenants.filter((x) => x.kind === 'AGENCY')) {
    const { users } = await api.request<{ users: { total: number } }>(token, 'query($t: ID) { users(tenantId: $t) { total } }', { t: t.id });
    if (users.total === 0) {
      agency = t;
      break;
    }
  }
  expect(!!agency, 'the demo has no agency without accounts');
  const username = unique('e2e_first_');

  await login('gw_admin');
  await page.goto(`${baseUrl}/system/tenants`);
  await page.fill('.zr-search input', agency!.name);
  await eventually(async () => (await page.$$('[data-test=tenants-table] .el-table__body-wrapper .el-table__row')).length === 1, 'the agency is not listed alone');
  await page.click('[data-test=tenants-table] .el-table__fixed-right [data-test=tenant-accounts], [data-test=tenants-table] [data-test=tenant-accounts] >> nth=0');
  await page.waitForSelector(`text=${agency!.name} 的账号`);
  await page.waitForSelector('text=该单位还没有账号');

  await page.click('[data-test=users-create]');
  await page.fill('[data-test=user-username]', username);
  await page.fill('[data-test=user-display-name]', '接任管理员');
  await page.fill('[data-test=user-password]', 'Agency@2026e2e');
  await page.click('[data-test=user-save]');
  const row = '[data-test=users-table] .el-table__body-wrapper .el-table__row';
  await eventually(async () => (await page.textContent('[data-test=users-table]'))?.includes(username), 'the new admin is not listed');
  expect((await page.textContent(row))?.includes('单位党务管理员'), 'the new account is not an agency admin');
  expect(await canSignIn(api, username, 'Agency@2026e2e'), 'the new admin cannot sign in');

  // The only admin of the agency: disabling would lock it out, and is refused with the reason.
  await page.click(`${row} [data-test=user-toggle]`);
  await page.click('.el-message-box__btns .el-button--primary');
  await page.waitForSelector('.el-message--error >> text=至少要保留一名启用的管理员');
  expect(await canSignIn(api, username, 'Agency@2026e2e'), 'the only admin was disabled');
});
