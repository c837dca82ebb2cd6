import { expect, test } from './harness';

test('committee admin logs in and lands on the overview', async ({ page, login }) => {
  await login('gw_admin');
  expect(new URL(page.url()).pathname === '/overview', `landed on ${page.url()}`);
  await page.waitForSelector('[data-test=agency-picker]');
  await page.waitForSelector('[data-test=menu-overview]');
});
