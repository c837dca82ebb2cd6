import { expect, eventually, test } from './harness';

test('login failure shows a message and stays on the login page', async ({ page, baseUrl }) => {
  await page.goto(`${baseUrl}/login`);
  await page.fill('[data-test=login-username]', 'czj_member');
  await page.fill('[data-test=login-password]', 'wrong-password');
  await page.click('[data-test=login-submit]');
  const alert = await page.waitForSelector('[data-test=login-error]');
  expect((await alert.textContent())?.includes('用户名或密码错误'), `unexpected message: ${await alert.textContent()}`);
  expect(new URL(page.url()).pathname === '/login', `left the login page: ${page.url()}`);
});

test('the login page describes what the platform does today, not modules still to come', async ({ page, baseUrl }) => {
  await page.goto(`${baseUrl}/login`);
  const text = (await (await page.waitForSelector('text=党组织架构与党员名册')).evaluate((el) => el.closest('ul')?.textContent ?? '')) ?? '';
  for (const notYet of ['责任清单', '项目化任务推送', '督查整改']) expect(!text.includes(notYet), `the login page promises ${notYet}: ${text}`);
});

test('empty login form is refused before anything is sent', async ({ page, baseUrl }) => {
  await page.goto(`${baseUrl}/login`);
  let sent = 0;
  page.on('request', (r) => (r.url().endsWith('/graphql') ? (sent += 1) : undefined));
  await page.click('[data-test=login-submit]');
  await page.waitForSelector('text=请输入登录名');
  expect(sent === 0, 'a login request was sent for an empty form');
});

test('an expired session returns to the login page with a message', async ({ page, baseUrl, login }) => {
  await login('czj_admin');
  // Let the layout's own `me` refresh land first: it re-saves the session it holds in memory.
  await page.waitForLoadState('networkidle');
  // A token the gateway no longer accepts, as after expiry or a password reset.
  await page.evaluate(() => {
    const saved = JSON.parse(sessionStorage.getItem('zeren.session') ?? '{}');
    sessionStorage.setItem('zeren.session', JSON.stringify({ ...saved, token: 'expired.token.value' }));
  });
  await page.goto(`${baseUrl}/system/users`);
  const notice = await page.waitForSelector('[data-test=login-notice]');
  expect((await notice.textContent())?.includes('登录已过期'), `unexpected notice: ${await notice.textContent()}`);
  expect(new URL(page.url()).searchParams.get('redirect') === '/system/users', `no way back: ${page.url()}`);
});

test('tenant users see their agency name; logout ends the session', async ({ page, baseUrl, login }) => {
  await login('czj_admin');
  const tenant = await page.waitForSelector('[data-test=tenant-name]');
  expect((await tenant.textContent())?.includes('市财政局'), `agency name missing: ${await tenant.textContent()}`);
  expect(!(await page.$('[data-test=agency-picker]')), 'an agency user sees the committee picker');
  await page.click('[data-test=user-menu]');
  await page.click('[data-test=logout]');
  await page.waitForSelector('[data-test=login-notice]');
  await page.goto(`${baseUrl}/system/users`);
  await eventually(async () => new URL(page.url()).pathname === '/login', 'a signed-out user reached a page');
});

test('a session that expired while the tab was away returns to login with a message', async ({ page, baseUrl, login }) => {
  await login('czj_admin');
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => {
    const saved = JSON.parse(sessionStorage.getItem('zeren.session') ?? '{}');
    sessionStorage.setItem('zeren.session', JSON.stringify({ ...saved, expiresAt: new Date(Date.now() - 60_000).toISOString() }));
  });
  await page.goto(`${baseUrl}/org/members`);
  const notice = await page.waitForSelector('[data-test=login-notice]');
  expect((await notice.textContent())?.includes('登录已过期'), `unexpected notice: ${await notice.textContent()}`);
});
