import type { Page } from 'playwright-core';
import { expect, eventually, test } from './harness';
import { Api } from './support';

// The seed sends each demo user a welcome notice the way the reminder tick sends reminders (once,
// recorded as delivered): it is the message that has arrived when they first sign in. The gateway's
// own schedule may have sent them reminders of what falls due this week as well (it depends on the
// day the tests run), so the counts below start from what the server says is unread.
const WELCOME = '欢迎使用责任平台';

const badge = (page: Page) => page.$eval('[data-test=message-badge] .el-badge__content', (el) => (getComputedStyle(el).display === 'none' ? '' : el.textContent?.trim() ?? '')).catch(() => '');
const unreadOf = async (api: Api, username: string) =>
  (await api.request<{ myUnreadSiteMessageCount: number }>(await api.token(username), '{ myUnreadSiteMessageCount }')).myUnreadSiteMessageCount;

test('a site message arrives in the bell; following its link reads it', async ({ page, baseUrl, login }) => {
  const api = new Api(baseUrl);
  const unread = await unreadOf(api, 'wjw_secretary');
  expect(unread >= 1, 'the seed left wjw_secretary no unread message');
  await login('wjw_secretary');
  await eventually(async () => (await badge(page)) === String(unread), `the bell does not show ${unread} unread`);
  const name = await page.getAttribute('[data-test=message-bell]', 'aria-label');
  expect(name === `站内消息,${unread} 条未读`, `the bell is named “${name}”`);

  await page.click('[data-test=message-bell]');
  await page.waitForSelector('[data-test=message-drawer] [data-test=message]', { state: 'visible' });
  const welcome = page.locator('[data-test=message-drawer] [data-test=message]', { hasText: WELCOME });
  const item = await welcome.textContent();
  expect(item?.includes('未读'), `the drawer shows “${item}”`);
  await page.goto(`${baseUrl}/org/members`);
  await page.click('[data-test=message-bell]');
  await page.click(`[data-test=message-drawer] a:has-text("${WELCOME}")`);
  await eventually(async () => new URL(page.url()).pathname === '/home', 'the message’s link did not open the 工作台');
  await eventually(async () => (await badge(page)) === (unread > 1 ? String(unread - 1) : ''), 'the bell still counts the message read unread');
  expect((await unreadOf(api, 'wjw_secretary')) === unread - 1, 'the server still counts the message unread');
});

test('on a phone, by keyboard: the bell opens the messages full width and 全部已读 marks them read', async ({ page, baseUrl, login }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  const api = new Api(baseUrl);
  const unread = await unreadOf(api, 'wjw_member');
  expect(unread >= 1, 'the seed left wjw_member no unread message');
  await login('wjw_member');
  await eventually(async () => (await badge(page)) === String(unread), `the bell does not show ${unread} unread`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow <= 0, `the top bar overflows a 375 px screen by ${overflow} px`);
  const bell = await page.$eval('[data-test=message-bell]', (el) => el.getBoundingClientRect());
  expect(bell.width >= 44 && bell.height >= 44, `the bell is ${bell.width}×${bell.height} px`);

  await page.focus('[data-test=message-bell]');
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-test=message-drawer] [data-test=message]', { state: 'visible' });
  const drawer = await page.$eval('.el-drawer:has([data-test=message-list])', (el) => el.getBoundingClientRect().width);
  // Measured while the drawer may still be sliding in: a fraction of a pixel is the transform's, not the layout's.
  expect(Math.abs(drawer - 375) < 1, `the message list is ${drawer} px wide on a 375 px screen`);
  await page.focus('[data-test=messages-read-all]');
  await page.keyboard.press('Enter');
  await eventually(async () => (await page.textContent('[data-test=message-drawer]'))?.includes(`共 ${unread} 条,未读 0 条`), 'the list still counts an unread message');
  expect(!(await page.$('[data-test=message-drawer] [data-test=message-read]')), 'a message still offers 标为已读');
  await page.keyboard.press('Escape');
  await eventually(async () => (await badge(page)) === '', 'the bell still shows an unread count');
  await page.reload();
  await page.waitForSelector('[data-test=message-bell]');
  expect((await badge(page)) === '' && (await unreadOf(api, 'wjw_member')) === 0, 'the messages are unread again after a reload');
});

test('the committee admin sets how many days ahead reminders go out (系统管理 → 提醒设置)', async ({ page, baseUrl, login }) => {
  const api = new Api(baseUrl);
  await login('gw_admin');
  await page.click('[data-test=menu-system-reminders]');
  await eventually(async () => new URL(page.url()).pathname === '/system/reminders', 'the menu did not open 提醒设置');
  const input = '[data-test=lead-days] input';
  await eventually(async () => (await page.inputValue(input)) === '5', 'the lead time does not start at the default 5 days');
  try {
    await page.fill(input, '7');
    await page.press(input, 'Tab');
    await page.click('[data-test=reminders-save]');
    await page.waitForSelector('.el-message--success');
    await page.reload();
    await eventually(async () => (await page.inputValue(input)) === '7', 'the saved lead time is not 7 after a reload');
  } finally {
    await api.request(await api.token('gw_admin'), 'mutation { updateReminderSettings(input: { leadDays: 5 }) { leadDays } }');
  }
});
