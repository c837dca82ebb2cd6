import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, eventually, test } from './harness';
import { audit, summary, type Finding } from './axe';

// axe-core (WCAG 2.1 A and AA) on every page of the portal, for each demo role, on a desktop and a
// phone-sized screen, and with each dialog those pages open. Critical and serious findings fail.
// Every demo account (README), so that a page any role can reach is checked as that role sees it.
const ROLES = ['gw_admin', 'gw_leader', 'gw_liaison', 'czj_admin', 'czj_secretary', 'czj_showcase', 'czj_member'];
const SCREENS = [
  { width: 1440, height: 900 },
  { width: 375, height: 812 },
];
const RESULTS = join(__dirname, '..', '..', '..', 'test-results', 'portal-e2e');

// Every route the areas declare (src/router/modules/*.ts), so a new page is checked without being listed here.
const modules = join(__dirname, '..', 'src', 'router', 'modules');
const PAGES = readdirSync(modules)
  .flatMap((f) => [...readFileSync(join(modules, f), 'utf8').matchAll(/path: '([^']+)'/g)].map((m) => `/${m[1]}`))
  .sort();

// What opens a dialog, a drawer or a confirmation, wherever it shows up (a row's button: the first row's).
// `empty`: save the untouched form too, so its fields show their errors.
const OPENERS: { test: string; empty?: boolean }[] = [
  { test: 'org-create-root', empty: true },
  { test: 'org-create-child', empty: true },
  { test: 'org-edit' },
  { test: 'org-move', empty: true },
  { test: 'org-dissolve' },
  { test: 'members-create', empty: true },
  { test: 'members-import' },
  { test: 'member-detail-open' },
  { test: 'member-edit' },
  { test: 'member-transfer', empty: true },
  { test: 'posts-assign', empty: true },
  { test: 'post-end' },
  { test: 'post-types-create', empty: true },
  { test: 'post-type-edit' },
  { test: 'tenants-create', empty: true },
  { test: 'tenant-toggle' },
  { test: 'users-create', empty: true },
  { test: 'user-edit' },
  { test: 'user-reset', empty: true },
  { test: 'user-toggle' },
  { test: 'template-create' },
  { test: 'template-compare-open' },
  { test: 'item-create', empty: true },
  { test: 'item-edit' },
  { test: 'duty-own-create', empty: true },
  { test: 'duty-detail-open' },
  { test: 'duty-tighten' },
  { test: 'obligation-fill', empty: true },
  { test: 'obligation-history' },
  { test: 'review-return', empty: true },
  { test: 'review-history' },
  { test: 'plan-create', empty: true },
  { test: 'point-create', empty: true },
  { test: 'task-create', empty: true },
  { test: 'task-amend', empty: true },
  { test: 'receipt-return', empty: true },
  { test: 'receipt-detail' },
  { test: 'inbox-detail' },
  { test: 'project-create', empty: true },
  { test: 'project-review', empty: true },
  { test: 'campaign-create', empty: true },
  { test: 'category-create', empty: true },
  { test: 'rect-detail' },
  { test: 'cadence-issue' },
  { test: 'result-detail' },
  { test: 'measure-detail' },
  { test: 'rule-create', empty: true },
  { test: 'session-create', empty: true },
  { test: 'points-reject', empty: true },
  { test: 'mine-declare', empty: true },
  { test: 'points-reverse', empty: true },
  { test: 'rules-new', empty: true },
  { test: 'grid-create', empty: true },
  { test: 'grid-edit' },
  { test: 'grid-assign', empty: true },
  { test: 'grid-liaisons' },
];
const OPEN_LAYER = '.el-overlay:visible [role=dialog]';

/** A field showing an error says so to a screen reader: the control is invalid and described by the message. */
async function errorsTiedToFields(page: Page, where: string): Promise<string[]> {
  return page.$$eval(`${OPEN_LAYER} .el-form-item.is-error`, (items) =>
    items.flatMap((item) => {
      const label = item.querySelector('.el-form-item__label')?.textContent?.trim() ?? '?';
      const error = item.querySelector('.el-form-item__error');
      if (!error) return [];
      const controls = [...item.querySelectorAll('input:not([type=hidden]):not([type=radio]):not([type=checkbox]), textarea, [role=radiogroup], [role=group]')];
      const tied = error.id && controls.some((c) => c.getAttribute('aria-invalid') === 'true' && (c.getAttribute('aria-describedby') ?? '').split(' ').includes(error.id));
      return tied ? [] : [`“${label}”`];
    }),
  ).then((bad) => bad.map((b) => `${where}: the error of ${b} is not tied to its field (aria-invalid, aria-describedby)`));
}

/** Each table's scroll area takes the focus (a keyboard scrolls it) and is named. */
async function tableRegions(page: Page, where: string): Promise<string[]> {
  const bad = await page.$$eval('.el-table__body-wrapper .el-scrollbar__wrap', (wraps) =>
    wraps.filter((w) => w.getAttribute('tabindex') !== '0' || !document.getElementById(w.getAttribute('aria-labelledby') ?? '')?.textContent?.trim()).length,
  );
  return bad ? [`${where}: ${bad} table scroll area(s) not focusable or not named`] : [];
}

async function closeLayer(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await eventually(async () => !(await page.$(OPEN_LAYER)), 'the dialog does not close on Escape');
}

async function openDialogs(page: Page, path: string, findings: Finding[], problems: string[], done = new Set<string>()): Promise<void> {
  for (const opener of OPENERS) {
    if (done.has(opener.test)) continue;
    const button = page.locator(`[data-test=${opener.test}]:visible`).first();
    if (!(await button.count()) || !(await button.isEnabled())) continue;
    await button.click();
    await page.waitForSelector(OPEN_LAYER);
    const where = `${path} ${opener.test}`;
    await audit(page, where, findings, true);
    const save = page.locator(`${OPEN_LAYER} .el-dialog__footer .el-button--primary`);
    if (opener.empty && (await save.count())) {
      await save.click();
      await page.waitForSelector(`${OPEN_LAYER} .el-form-item__error`);
      await audit(page, `${where} (errors shown)`, findings, true);
      problems.push(...(await errorsTiedToFields(page, where)));
    }
    await closeLayer(page);
    done.add(opener.test);
  }
}

// The tree opens on the root, which cannot be moved: a child unit, opened from the root's table, can.
async function openChildUnit(page: Page): Promise<boolean> {
  const row = page.locator('[data-test=org-children] .el-table__row').first();
  if (!(await row.count())) return false;
  const name = (await row.locator('td').first().innerText()).trim();
  // A click event, not a pointer: on a phone the unit page is still being laid out (another branch).
  await row.dispatchEvent('click');
  await page.locator('[data-test=org-detail] h2', { hasText: name }).waitFor();
  return true;
}


for (const role of ROLES) {
  for (const screen of SCREENS) {
    test(`a11y: axe finds nothing critical or serious for ${role} at ${screen.width} px, on every page and dialog`, async ({ page, baseUrl, login }) => {
      await page.setViewportSize(screen);
      const findings: Finding[] = [];
      const problems: string[] = [];
      await page.goto(`${baseUrl}/login`);
      await audit(page, '/login', findings);
      await login(role);
      let forbiddenSeen = false;
      for (const path of PAGES) {
        await page.goto(`${baseUrl}${path}`);
        await page.waitForURL((u) => u.pathname !== '/');
        const landed = new URL(page.url()).pathname;
        if (landed === '/forbidden') {
          if (forbiddenSeen) continue;
          forbiddenSeen = true;
        }
        await audit(page, landed === path ? path : `${path} → ${landed}`, findings);
        if (landed !== path) continue;
        problems.push(...(await tableRegions(page, path)));
        const done = new Set<string>();
        await openDialogs(page, path, findings, problems, done);
        if (path === '/org/units' && (await openChildUnit(page))) {
          await audit(page, `${path} (a child unit)`, findings);
          await openDialogs(page, `${path} (a child unit)`, findings, problems, done);
        }
      }
      await page.goto(`${baseUrl}/no-such-page`);
      await audit(page, '/no-such-page', findings);

      const file = `a11y-${role}-${screen.width}.json`;
      if (findings.length) writeFileSync(join(RESULTS, file), JSON.stringify(findings, null, 2));
      expect(findings.length === 0, `${findings.length} axe findings (each node in test-results/portal-e2e/${file}): ${summary(findings)}`);
      expect(problems.length === 0, problems.join('; '));
    });
  }
}

test('a11y: the window title follows a language switch at once', async ({ page, baseUrl }) => {
  await page.goto(`${baseUrl}/login`);
  const chinese = async () => /[\u4e00-\u9fff]/.test(await page.title());
  await eventually(chinese, 'the login page has no Chinese title');
  await page.click('button:has-text("English")');
  await eventually(async () => !(await chinese()), 'after switching to English the title is still Chinese', 2000);
});
