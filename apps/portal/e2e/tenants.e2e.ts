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
