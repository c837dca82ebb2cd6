import { expect, eventually, test } from './harness';
import { Api, unique } from './support';

const focused = (page: import('playwright-core').Page) => page.evaluate(() => document.activeElement?.getAttribute('data-test') ?? document.activeElement?.id ?? '');

test('the keyboard alone: a skip link past the menu, every menu entry reached with Tab and opened with Enter, focus always visible', async ({ page, login }) => {
  await login('czj_admin');
  await page.waitForSelector('[data-test=side-menu] [data-test=menu-home]');
  const entries = await page.$$eval('[data-test=side-menu] [data-test^=menu-]', (els) => els.map((el) => el.getAttribute('data-test')));
  expect(entries.length >= 5, `the menu shows ${entries.length} entries`);

  // The first Tab lands on the skip link, which takes focus to the page itself.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('Tab');
  expect((await focused(page)) === 'skip-link', `the first Tab reached ${await focused(page)}`);
  expect(await page.isVisible('[data-test=skip-link]'), 'the focused skip link is not visible');
  await page.keyboard.press('Enter');
  expect((await focused(page)) === 'zr-main', `the skip link moved focus to ${await focused(page)}`);

  // From the top, Tab walks through every entry of the menu, each with a visible focus ring.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const reached = new Set<string>();
  let opened = false;
  for (let i = 0; i < 40 && reached.size < entries.length; i++) {
    await page.keyboard.press('Tab');
    const at = await focused(page);
    if (!at.startsWith('menu-')) continue;
    reached.add(at);
    const ring = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement!);
      return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    });
    expect(ring, `${at} shows no focus ring`);
    if (at === 'menu-org-members') {
      await page.keyboard.press('Enter');
      await eventually(async () => new URL(page.url()).pathname === '/org/members', 'Enter on 党员管理 did not open it');
      opened = true;
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
    }
  }
  expect(opened, 'Tab never reached 党员管理 to open it with Enter');
  const missed = entries.filter((e) => !reached.has(e!));
  expect(missed.length === 0, `Tab never reached ${missed.join(', ')}`);
});

test('the folded menu stays folded after a reload, each entry still named', async ({ page, login }) => {
  await login('czj_admin');
  await page.click('[data-test=menu-toggle]');
  await eventually(async () => (await page.$eval('.zr-aside', (el) => el.getBoundingClientRect().width)) === 64, 'the menu did not fold');
  await page.reload();
  await page.waitForSelector('[data-test=side-menu] [data-test=menu-home]');
  expect((await page.$eval('.zr-aside', (el) => el.getBoundingClientRect().width)) === 64, 'the menu unfolded on reload');
  const unnamed = await page.$$eval('[data-test=side-menu] [data-test^=menu-]', (els) => els.filter((el) => !el.getAttribute('aria-label')).length);
  expect(unnamed === 0, `${unnamed} folded entries have no name`);
  await page.click('[data-test=menu-toggle]');
  await eventually(async () => (await page.$eval('.zr-aside', (el) => el.getBoundingClientRect().width)) === 224, 'the menu did not unfold');
});

test('on a phone the menu is a drawer opened by ≡ and closed by choosing a page', async ({ page, login }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await login('czj_secretary');
  expect(!(await page.$('.zr-aside')), 'a phone still shows the side column');
  await page.click('[data-test=menu-toggle]');
  await page.waitForSelector('.el-drawer [data-test=menu-org-members]', { state: 'visible' });
  await page.click('.el-drawer [data-test=menu-org-members]');
  await eventually(async () => new URL(page.url()).pathname === '/org/members', 'the drawer entry did not open the page');
  await page.waitForSelector('.el-drawer [data-test=menu-org-members]', { state: 'hidden' });
  const toggle = await page.$eval('[data-test=menu-toggle]', (el) => el.getBoundingClientRect());
  expect(toggle.width >= 44 && toggle.height >= 44, `≡ is ${toggle.width}×${toggle.height} px`);
});

test('a dialog form saves on Enter and asks before Escape throws changes away', async ({ page, baseUrl, login }) => {
  const api = new Api(baseUrl);
  const token = await api.token('czj_admin');
  const root = await api.ensureRoot(token, '市财政局党组', 'CZJDZ');
  await login('czj_admin');
  await page.goto(`${baseUrl}/org/members`);

  // Escape on an untouched form closes it at once.
  await page.click('[data-test=members-create]');
  await page.waitForSelector('[data-test=member-form]');
  await page.keyboard.press('Escape');
  await page.waitForSelector('[data-test=member-form]', { state: 'hidden' });

  // A changed one asks first; keeping on editing keeps what was typed.
  await page.click('[data-test=members-create]');
  const name = unique('回车');
  await page.fill('[data-test=member-name]', name);
  await page.keyboard.press('Escape');
  await page.waitForSelector('.el-message-box');
  await page.click('.el-message-box .el-button:has-text("取消")');
  expect((await page.inputValue('[data-test=member-name]')) === name, 'the typed name was lost');

  // Enter in a field saves (the form's own rules still run first).
  await page.click('[data-test=member-form] .el-radio:has-text("男")');
  const joined = page.locator('[data-test=member-form] .el-form-item:has-text("入党日期") input');
  await joined.fill('2016-07-01');
  await joined.press('Enter');
  await page.click('[data-test=member-form] .el-form-item:has-text("所在党组织") .el-select__wrapper');
  await page.click(`.el-tree-select__popper:visible .el-select-dropdown__item >> text="${root.name}"`);
  await page.focus('[data-test=member-name]');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.el-message--success');
  await page.waitForSelector('[data-test=member-form]', { state: 'hidden' });
});

test('the keyboard focus ring stands out on the page (3:1 or more against the page behind it)', async ({ page, baseUrl, login }) => {
  await login('czj_admin');
  await page.goto(`${baseUrl}/org/members`);
  await page.waitForSelector('[data-test=members-create]');
  // A mouse focus shows no ring; a keyboard one does: reach the button by Tab from the search box.
  await page.focus('#zr-main');
  for (let i = 0; i < 12 && (await focused(page)) !== 'members-create'; i++) await page.keyboard.press('Tab');
  expect((await focused(page)) === 'members-create', `Tab from the page's top reached ${await focused(page)}, not 新建党员`);
  const ring = await page.evaluate(() => {
    const style = getComputedStyle(document.activeElement!);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth), color: style.outlineColor };
  });
  expect(ring.style !== 'none' && ring.width >= 2, `the primary button's focus ring is ${JSON.stringify(ring)}`);
  const [r, g, b] = (ring.color.match(/\d+/g) ?? []).map(Number);
  const lum = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  const contrast = (1.05) / (0.2126 * lum(r) + 0.7152 * lum(g) + 0.0722 * lum(b) + 0.05);
  expect(contrast >= 3, `the focus ring is ${contrast.toFixed(2)}:1 against white`);
});
