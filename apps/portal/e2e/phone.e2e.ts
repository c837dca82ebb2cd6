import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD, expect, eventually, test, type E2eContext } from './harness';
import { year } from './steps';
import { Api, unique } from './support';

// The portal on a phone (375 × 812, touch). Each case opens its own phone-sized browser context;
// a failure leaves its screenshot in test-results/portal-e2e/ as the harness's own cases do.
// ZEREN_PHONE_SCREENSHOTS=1 also saves the main screens to e2e/screenshots/phone/ (committed).
const PHONE = { width: 375, height: 812 };
const results = join(__dirname, '..', '..', '..', 'test-results', 'portal-e2e');
const shots = process.env['ZEREN_PHONE_SCREENSHOTS'] ? join(__dirname, 'screenshots', 'phone') : null;

// The pages each demo role's menu opens, and the account page everyone has.
const PAGES: Record<string, string[]> = {
  gw_admin: ['/home', '/overview', '/duties/list', '/duties/board', '/duties/templates', '/work/tasks', '/work/tasks?tab=plan', '/work/tasks?tab=receipts', '/work/tasks?tab=figures', '/work/projects', '/work/projects?tab=without', '/work/projects?tab=figures', '/supervision/campaigns', '/supervision/campaigns?tab=categories', '/supervision/rectifications', '/supervision/rectifications?extensions=1', '/supervision/cadence', '/supervision/cadence?kind=QUARTERLY', '/supervision/cadence?kind=HALF_YEAR', '/supervision/figures', '/supervision/assessment', '/supervision/assessment?tab=scheme', '/supervision/assessment?tab=figures', '/supervision/accountability', '/supervision/accountability?tab=disqualified', '/supervision/accountability?tab=rules', '/supervision/reviews', '/org/units', '/org/members', '/org/posts', '/org/post-types', '/org/secretary-check', '/system/tenants', '/system/users', '/system/audit', '/members/activities', '/members/activities?tab=coverage', '/members/honours', '/members/honours?tab=nominations', '/members/honours?tab=figures', '/members/stars', '/members/stars?tab=figures', '/members/stars?tab=scheme', '/members/points/ledger', '/members/points/rules', '/members/points/ranking', '/members/points/archive', '/grids', '/account'],
  czj_admin: ['/home', '/members/stars', '/overview', '/duties/mine', '/duties/review', '/duties/list', '/duties/board', '/work/inbox', '/work/projects', '/supervision/rectifications', '/supervision/figures', '/supervision/assessment', '/supervision/accountability', '/supervision/reviews', '/org/units', '/org/members', '/org/posts', '/org/post-types', '/org/secretary-check', '/system/users', '/system/audit', '/members/activities', '/members/honours', '/members/honours?tab=nominations', '/members/honours?tab=outside', '/members/honours?tab=discipline', '/members/points/ledger', '/members/points/rules', '/members/points/ranking', '/members/points/archive', '/account'],
  czj_secretary: ['/home', '/members/stars', '/duties/mine', '/duties/review', '/duties/list', '/org/units', '/org/members', '/org/posts', '/org/post-types', '/members/points/review', '/members/activities', '/members/activities?tab=coverage', '/members/points/mine', '/members/points/ledger', '/members/points/rules', '/members/points/ranking', '/members/points/archive', '/account'],
  czj_member: ['/home', '/members/stars', '/duties/mine', '/members/points/mine', '/members/points/rules', '/account'],
};

interface Phone {
  page: Page;
  signIn(username: string): Promise<void>;
}

function phoneTest(name: string, run: (phone: Phone, ctx: E2eContext) => Promise<void>): void {
  test(`on a phone: ${name}`, async (ctx) => {
    const context = await ctx.browser.newContext({ viewport: PHONE, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN' });
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const signIn = async (username: string) => {
      await page.goto(`${ctx.baseUrl}/login`);
      await page.fill('[data-test=login-username]', username);
      await page.fill('[data-test=login-password]', DEMO_PASSWORD);
      await page.tap('[data-test=login-submit]');
      await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    };
    try {
      await run({ page, signIn }, ctx);
      expect(errors.length === 0, `uncaught error in the page: ${errors[0]}`);
    } catch (error) {
      mkdirSync(results, { recursive: true });
      await page.screenshot({ path: join(results, `phone-${name.replace(/[^\p{L}\p{N}]+/gu, '-')}.png`), fullPage: true }).catch(() => undefined);
      throw error;
    } finally {
      await context.close();
    }
  });
}

async function saveShot(page: Page, name: string): Promise<void> {
  if (!shots) return;
  mkdirSync(shots, { recursive: true });
  await page.waitForTimeout(400); // drawers and sheets slide in
  await page.screenshot({ path: join(shots, `${name}.png`) });
}

/** Waits until the page's lists and figures have arrived (no loading text, skeleton or mask left). */
async function settled(page: Page): Promise<void> {
  await page.waitForSelector('.zr-page, .zr-org');
  await page.waitForLoadState('networkidle');
  await eventually(async () => !(await page.$('[data-test=list-loading], .el-skeleton, .el-loading-mask:visible')), `${page.url()} is still loading`);
}

/** What pans sideways: the document, a box that scrolls between it and the page, or a table; named by the boxes past the screen's edge. */
async function sidewaysOverflow(page: Page): Promise<string[]> {
  return page.evaluate((width) => {
    const doc = document.documentElement;
    const scrollers: Element[] = [];
    if (doc.scrollWidth > width) scrollers.push(doc);
    for (let el = document.querySelector('.zr-page, .zr-org')?.parentElement; el && el !== doc; el = el.parentElement) {
      const overflowX = getComputedStyle(el).overflowX;
      if (el.scrollWidth > el.clientWidth + 1 && overflowX !== 'hidden' && overflowX !== 'clip') scrollers.push(el);
    }
    // A table squeezed into the screen scrolls inside itself: that too is panning sideways.
    for (const wrap of document.querySelectorAll('.zr-page .el-table .el-scrollbar__wrap')) if (wrap.scrollWidth > wrap.clientWidth + 1) scrollers.push(wrap);
    if (!scrollers.length) return [];
    // The outermost boxes whose right edge is past the screen's (their children go with them).
    const name = (el: Element) => `${el.tagName.toLowerCase()}${el.getAttribute('data-test') ? `[data-test=${el.getAttribute('data-test')}]` : ''}.${[...el.classList].slice(0, 2).join('.')}`;
    const past = [...document.body.querySelectorAll('*')].filter((el) => el.getBoundingClientRect().right > width + 1 && el.getBoundingClientRect().width > 0);
    const outermost = past.filter((el) => !past.includes(el.parentElement as Element)).slice(0, 4);
    return [`${scrollers.length} box(es) scroll sideways (${scrollers.map((el) => `${el.scrollWidth} px`).join(', ')}), past the edge: ${outermost.map(name).join(', ')}`];
  }, PHONE.width);
}

/** Text boxes that break a line every one or two characters (the squeeze of a desktop layout). */
async function charByChar(page: Page, selector: string): Promise<string[]> {
  return page.$$eval(selector, (els) =>
    els.flatMap((el) => {
      const text = el.textContent?.replace(/\s+/g, '') ?? '';
      if (text.length < 4) return [];
      // The lines of its text only: the boxes of nested elements (an el-tag's content span) start a little
      // above or below the glyphs and would count as lines of their own.
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      const tops = new Set<number>();
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const r of range.getClientRects()) tops.add(Math.round(r.top));
      }
      const lines = tops.size || 1;
      return text.length / lines < 4 ? [`"${text.slice(0, 20)}" in ${lines} lines`] : [];
    }),
  );
}

phoneTest('the login page fits the screen', async ({ page }, { baseUrl }) => {
  await page.goto(`${baseUrl}/login`);
  await page.waitForSelector('[data-test=login-submit]');
  const problems = await sidewaysOverflow(page);
  expect(problems.length === 0, problems.join('; '));
  const submit = await page.locator('[data-test=login-submit]').boundingBox();
  expect(submit && submit.x >= 0 && submit.x + submit.width <= PHONE.width && submit.height >= 40, `the sign-in button is ${JSON.stringify(submit)}`);
});

for (const [username, paths] of Object.entries(PAGES)) {
  phoneTest(`no page of ${username} scrolls sideways at 375 px`, async ({ page, signIn }, { baseUrl }) => {
    await signIn(username);
    const problems: string[] = [];
    for (const path of paths) {
      await page.goto(`${baseUrl}${path}`);
      await settled(page);
      problems.push(...(await sidewaysOverflow(page)).map((p) => `${path}: ${p}`));
    }
    expect(problems.length === 0, problems.join('; '));
  });
}

phoneTest('a party member reads the home page: their record and to-dos, without scrolling sideways', async ({ page, signIn }) => {
  await signIn('czj_member');
  await settled(page);
  const member = page.locator('[data-test=my-member]');
  await member.locator('.el-descriptions').waitFor();
  const record = (await member.textContent())?.replace(/\s+/g, '') ?? '';
  expect(record.includes('入党日期') && record.includes('所在党组织'), `the home page lacks the member's record: ${record.slice(0, 120)}`);
  await page.waitForSelector('[data-test=my-todos] [data-test=todos-list], [data-test=my-todos] [data-test=todos-empty]');
  for (const card of ['[data-test=my-todos]', '[data-test=my-member]']) {
    const box = await page.locator(card).boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= PHONE.width, `${card} is not within the screen: ${JSON.stringify(box)}`);
  }
  const squeezed = await charByChar(page, '[data-test=my-member] .el-descriptions__cell, .zr-hello .el-descriptions__cell, [data-test=my-todos] li > *');
  expect(squeezed.length === 0, `text wraps a character or two a line: ${squeezed.join('; ')}`);
  expect((await sidewaysOverflow(page)).length === 0, `the home page scrolls sideways: ${(await sidewaysOverflow(page)).join('; ')}`);
  await saveShot(page, 'member-home');
});

phoneTest('a branch secretary finds a member, reads the full-screen detail and edits the member in the sheet', async ({ page, signIn }, { baseUrl }) => {
  const api = new Api(baseUrl);
  const secretary = await api.token('czj_secretary');
  const { myPartyMember } = await api.request<{ myPartyMember: { posts: { post: { secretary: boolean }; unit: { id: string } }[] } | null }>(
    secretary,
    '{ myPartyMember { posts { post { secretary } unit { id } } } }',
  );
  const branch = myPartyMember?.posts.find((p) => p.post.secretary)?.unit;
  expect(branch, 'the demo secretary leads no branch');
  const name = unique('手机');
  await api.request(await api.token('czj_admin'), 'mutation($i: CreatePartyMemberInput!) { createPartyMember(input: $i) { id } }', {
    i: { name, gender: 'FEMALE', joinedOn: '2016-07-01', unitId: branch.id, jobTitle: '科员' },
  });

  // 党员管理 is a list of cards, not a table squeezed to its actions column.
  await signIn('czj_secretary');
  await page.goto(`${baseUrl}/org/members`);
  await page.waitForSelector('[data-test=members-cards] [data-test=list-card]');
  expect(!(await page.$('[data-test=members-table]')), 'the desktop table is shown on a phone');
  const search = page.locator('[data-test=members-search]');
  const [searchBox, filters] = [await page.locator('.el-input:has([data-test=members-search])').boundingBox(), await page.locator('.zr-filters').boundingBox()];
  expect(searchBox && filters && searchBox.width >= filters.width - 1, `the search box is ${searchBox?.width} px wide in a ${filters?.width} px card`);
  await search.fill(name);
  await page.tap('[data-test=members-search-submit]');
  const card = page.locator('[data-test=members-cards] [data-test=list-card]');
  await eventually(async () => (await card.count()) === 1 && (await card.textContent())?.includes(name), 'the member is not listed alone');
  const cardText = (await card.textContent()) ?? '';
  expect(cardText.includes('科员') && cardText.includes('2016-07-01'), `the card lacks the member's facts: ${cardText}`);
  for (const action of await card.locator('.zr-list-card-actions .el-button').all()) {
    const box = await action.boundingBox();
    expect(box && box.height >= 44 && box.width >= 44, `a card action is ${box?.width} × ${box?.height} px`);
  }
  const pager = await page.locator('.zr-pager .btn-next').boundingBox();
  expect(pager && pager.height >= 44 && pager.width >= 44, `the pager's next button is ${pager?.width} × ${pager?.height} px`);
  expect((await sidewaysOverflow(page)).length === 0, `the list scrolls sideways: ${(await sidewaysOverflow(page)).join('; ')}`);
  await saveShot(page, 'secretary-members');

  // 详情: the drawer takes the whole screen and reads the record.
  await card.locator('[data-test=member-detail-open]').tap();
  const drawer = page.locator('.el-drawer:has([data-test=member-details])');
  await drawer.locator('[data-test=member-details]').waitFor();
  await eventually(async () => (await drawer.boundingBox())?.width === PHONE.width && (await drawer.boundingBox())?.x === 0, 'the detail drawer does not take the whole width');
  const details = (await drawer.locator('[data-test=member-details]').textContent())?.replace(/\s+/g, '') ?? '';
  expect(details.includes('入党日期2016-07-01') && details.includes('性别女'), `the drawer lacks the record: ${details}`);
  await saveShot(page, 'member-detail-drawer');
  await drawer.locator('.el-drawer__close-btn').tap();
  await drawer.waitFor({ state: 'hidden' });

  // 编辑: a full-screen sheet with one field a line; the saved job title shows on the card.
  await card.locator('[data-test=member-edit]').tap();
  const sheet = page.locator('.el-dialog:has([data-test=member-form])');
  await sheet.waitFor();
  const sheetBox = await sheet.boundingBox();
  expect(sheetBox && sheetBox.width === PHONE.width && sheetBox.height >= PHONE.height - 1, `the edit sheet is ${sheetBox?.width} × ${sheetBox?.height} px`);
  expect((await page.inputValue('[data-test=member-name]')) === name, 'the edit form does not start from the member');
  const [field, form] = [await page.locator('.el-input:has([data-test=member-job-title])').boundingBox(), await page.locator('[data-test=member-form]').boundingBox()];
  expect(field && form && field.width >= form.width - 1, `the job title field is ${field?.width} px wide in a ${form?.width} px form (two columns squeezed in)`);
  await page.fill('[data-test=member-job-title]', '宣传委员');
  await saveShot(page, 'member-edit-sheet');
  await page.tap('[data-test=member-save]');
  await sheet.waitFor({ state: 'hidden' });
  await eventually(async () => (await card.textContent())?.includes('宣传委员'), 'the card does not show the new job title');
  const { partyMembers } = await api.request<{ partyMembers: { items: { jobTitle: string | null }[] } }>(secretary, 'query($s: String) { partyMembers(search: $s, limit: 2) { items { jobTitle } } }', { s: name });
  expect(partyMembers.items.length === 1 && partyMembers.items[0].jobTitle === '宣传委员', `saved as ${JSON.stringify(partyMembers.items)}`);
});

// Every form opens as a full-screen sheet and a confirmation fits the screen, whoever opens them.
const SHEETS: Record<string, [path: string, opener: string][]> = {
  czj_admin: [
    ['/org/members', 'members-create'],
    ['/org/members', 'members-import'],
    ['/org/posts', 'posts-assign'],
    ['/org/units', 'org-create-child'],
    ['/system/users', 'users-create'],
    ['/work/projects', 'project-create'],
  ],
  gw_admin: [
    ['/system/tenants', 'tenants-create'],
    ['/org/post-types', 'post-types-create'],
    ['/supervision/campaigns', 'campaign-create'],
    ['/supervision/campaigns?tab=categories', 'category-create'],
    ['/supervision/accountability?tab=rules', 'rule-create'],
    ['/supervision/reviews', 'session-create'],
  ],
};

for (const [username, sheets] of Object.entries(SHEETS)) {
  phoneTest(`${username}'s forms open as full-screen sheets`, async ({ page, signIn }, { baseUrl }) => {
    await signIn(username);
    for (const [path, opener] of sheets) {
      await page.goto(`${baseUrl}${path}`);
      await settled(page);
      await page.tap(`[data-test=${opener}]`);
      const sheet = page.locator('.el-dialog:visible');
      await sheet.waitFor();
      await page.waitForTimeout(300); // the sheet's opening transition
      const box = await sheet.boundingBox();
      expect(box && box.x === 0 && box.width === PHONE.width && box.height >= PHONE.height - 1, `${opener} opens a ${box?.width} × ${box?.height} px dialog, not a full-screen sheet`);
      const controls = await sheet.locator('.el-dialog__footer .el-button').all();
      for (const b of controls) {
        const button = await b.boundingBox();
        expect(button && button.height >= 44, `${opener}: a sheet button is ${button?.height} px tall`);
      }
      await sheet.locator('.el-dialog__headerbtn').tap();
      await sheet.waitFor({ state: 'hidden' });
    }
  });
}

phoneTest('a confirmation fits the screen with thumb-sized buttons', async ({ page, signIn }, { baseUrl }) => {
  await signIn('czj_admin');
  await page.goto(`${baseUrl}/system/users`);
  await page.locator('[data-test=users-cards] [data-test=user-toggle]:has-text("停用")').first().tap();
  const box = page.locator('.el-message-box:visible');
  await box.waitFor();
  const frame = await box.boundingBox();
  expect(frame && frame.x >= 8 && frame.x + frame.width <= PHONE.width - 8, `the confirmation is ${frame?.width} px wide from ${frame?.x} px`);
  for (const b of await box.locator('.el-message-box__btns .el-button').all()) {
    const button = await b.boundingBox();
    expect(button && button.height >= 44, `a confirmation button is ${button?.height} px tall`);
  }
  await box.locator('.el-message-box__btns .el-button:has-text("取消")').tap();
  await box.waitFor({ state: 'hidden' });
});

phoneTest('pickers open within the screen, their options thumb-sized', async ({ page, signIn }, { baseUrl }) => {
  await signIn('czj_admin');
  const within = async (what: string, popper: string, option: string) => {
    const panel = page.locator(popper).last();
    await panel.waitFor();
    await page.waitForTimeout(300);
    const box = await panel.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= PHONE.width, `${what} opens ${box?.width} px wide from ${box?.x} px`);
    const item = await panel.locator(option).first().boundingBox();
    expect(item && item.height >= 44, `${what}'s options are ${item?.height} px tall`);
    await page.keyboard.press('Escape');
  };
  await page.goto(`${baseUrl}/system/audit`);
  await settled(page);
  await page.locator('.zr-filters .el-date-editor').first().tap();
  await within('the audit range start', '.el-picker-panel:visible', '.el-date-table td');
  await page.goto(`${baseUrl}/org/members`);
  await settled(page);
  await page.locator('.zr-filters .el-form-item:has-text("党组织") .el-select__wrapper').tap();
  await within('the members unit filter', '.el-tree-select__popper:visible', '.el-tree-node__content');
});

// The newest 述职评议 by its id (the static lists above cannot name it): every tab of the committee's page
// and the agency's own report fit the screen.
const REVIEW_PAGES: Record<string, string[]> = { gw_admin: ['', '?tab=groups', '?tab=comments', '?tab=results'], czj_admin: [''] };
for (const [username, queries] of Object.entries(REVIEW_PAGES)) {
  phoneTest(`the 述职评议 of the year fits the screen for ${username}`, async ({ page, signIn }, { baseUrl }) => {
    const api = new Api(baseUrl);
    const { reviewSessions } = await api.request<{ reviewSessions: { id: string }[] }>(await api.token('gw_admin'), '{ reviewSessions { id } }');
    expect(reviewSessions.length > 0, 'the demo has no 述职评议');
    await signIn(username);
    const problems: string[] = [];
    for (const query of queries) {
      const path = `/supervision/reviews/${reviewSessions[0].id}${query}`;
      await page.goto(`${baseUrl}${path}`);
      await page.waitForSelector(username === 'gw_admin' ? '[data-test=review-tabs]' : '[data-test=own-report]');
      await settled(page);
      problems.push(...(await sidewaysOverflow(page)).map((p) => `${path}: ${p}`));
    }
    expect(problems.length === 0, problems.join('; '));
  });
}

// A 星级评定's own page (by id, as the static lists cannot name it): a rating the agency's 党委 is
// scoring (the score editor) and, for the committee, one in 公示 (the objections) fit the screen.
const STAR_PAGES: Record<string, string> = { czj_admin: 'SELF_SUBMITTED', gw_admin: 'PUBLICIZED' };
for (const [username, status] of Object.entries(STAR_PAGES)) {
  phoneTest(`a 星级评定 fits the screen for ${username}`, async ({ page, signIn }, { baseUrl }) => {
    const api = new Api(baseUrl);
    const query = 'query($y: Int!, $s: StarRatingStatus) { starRatings(year: $y, status: $s, limit: 1) { items { id } } }';
    const { starRatings } = await api.request<{ starRatings: { items: { id: string }[] } }>(await api.token(username), query, { y: year(), s: status });
    expect(starRatings.items.length > 0, `${username} reads no star rating in ${status}`);
    await signIn(username);
    const path = `/members/stars/${starRatings.items[0].id}`;
    await page.goto(`${baseUrl}${path}`);
    await page.waitForSelector('[data-test=star-scores]');
    await settled(page);
    const problems = (await sidewaysOverflow(page)).map((p) => `${path}: ${p}`);
    expect(problems.length === 0, problems.join('; '));
  });
}
