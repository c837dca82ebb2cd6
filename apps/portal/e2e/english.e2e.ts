import { expect, eventually, test } from './harness';

const LIST_PAGES = ['/org/members', '/org/posts', '/org/post-types', '/org/secretary-check', '/system/tenants', '/system/users', '/system/audit', '/overview', '/duties/board', '/supervision/campaigns', '/supervision/rectifications'];

test('in English, the server\'s refusals read in English too', async ({ page, baseUrl }) => {
  await page.goto(`${baseUrl}/login`);
  await page.click('button:has-text("English")');
  await page.fill('[data-test=login-username]', 'czj_admin');
  await page.fill('[data-test=login-password]', 'not-the-password-1');
  await page.keyboard.press('Enter');
  await page.waitForSelector('text=Wrong username or password');
  expect(!(await page.$('text=用户名或密码错误')), 'the refusal is still in Chinese');
});

test('in English, no column header of a list breaks inside a word (1440 px, the committee admin)', async ({ page, baseUrl, login }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`${baseUrl}/login`);
  await page.click('button:has-text("English")');
  await login('gw_admin');
  const broken: string[] = [];
  for (const path of LIST_PAGES) {
    await page.goto(`${baseUrl}${path}`);
    await eventually(async () => (await page.$$('.el-table th.el-table__cell .cell')).length > 0, `${path} shows no table`);
    await page.waitForLoadState('networkidle');
    // A word wider than its header cell's text box is one the browser had to cut.
    const cut = await page.$$eval('.el-table th.el-table__cell .cell', (cells) => {
      const canvas = document.createElement('canvas').getContext('2d')!;
      return cells.flatMap((cell) => {
        const style = getComputedStyle(cell);
        canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const room = cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        const words = (cell.textContent ?? '').split(/\s+/).filter(Boolean);
        return words.filter((w) => canvas.measureText(w).width > room + 0.5).map((w) => `“${w}” in “${cell.textContent?.trim()}” (${Math.round(room)} px)`);
      });
    });
    broken.push(...cut.map((c) => `${path}: ${c}`));
  }
  expect(broken.length === 0, `headers cut mid-word: ${broken.join('; ')}`);
});
