import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { audit, type Finding } from './axe';
import { eventually, expect } from './harness';
import { Api, unique } from './support';

// Steps the loop's e2e cases (work, supervision) take alike: messages and confirmations, pickers,
// switching accounts, and set-up through the API that does not depend on the case.
export const PNG = join(__dirname, 'fixtures', 'evidence.png');
export const AGENCY = '市财政局';
export const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
export const year = () => Number(today().slice(0, 4));

/** A day `n` days after today (Asia/Shanghai), as the pickers and the API write it. */
export function inDays(n: number): string {
  const d = new Date(`${today()}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** Waits for the success message; a refusal fails the test with the server's words. */
export async function saved(page: Page, text?: string): Promise<void> {
  const message = page.locator('.el-message--success, .el-message--error').first();
  await message.waitFor();
  const said = (await message.textContent())?.trim() ?? '';
  expect(await message.evaluate((el) => el.classList.contains('el-message--success')), `refused: ${said}`);
  if (text) expect(said.includes(text), `the message says “${said}”, not “${text}”`);
  // Gone before the next step looks for its own.
  await page.locator('.el-message--success').first().waitFor({ state: 'detached', timeout: 5000 }).catch(() => undefined);
}

export async function confirmBox(page: Page, expected?: string): Promise<void> {
  const box = page.locator('.el-message-box:visible');
  await box.waitFor();
  if (expected) expect((await box.textContent())?.includes(expected), `the confirmation does not say “${expected}”: ${await box.textContent()}`);
  await box.locator('.el-message-box__btns .el-button--primary').click();
}

/** Signs the browser out (the session lives in sessionStorage) and in again as `username`. */
export async function switchTo(page: Page, login: (u: string) => Promise<void>, username: string): Promise<void> {
  await page.evaluate(() => sessionStorage.clear());
  await login(username);
}

/** Picks `label` in the el-select of the form item holding `test`. */
export async function choose(page: Page, test: string, label: string, type = false): Promise<void> {
  const item = page.locator(`.el-form-item:has([data-test=${test}])`).first();
  await item.locator('.el-select__wrapper').click();
  if (type) await page.keyboard.type(label);
  await page.locator('.el-select-dropdown__item:visible', { hasText: label }).first().click();
}

/** Types a date into the el-date-picker inside `scope` (the picker takes no data-test of its own). */
export async function pickDate(page: Page, scope: string, iso: string): Promise<void> {
  const input = page.locator(scope).locator('.el-date-editor input').first();
  await input.fill(iso);
  await input.press('Enter');
}

export const rowOf = (page: Page, table: string, text: string) => page.locator(`[data-test=${table}] .el-table__body-wrapper tr`, { hasText: text }).first();

export async function agencyId(api: Api, token: string, name = AGENCY): Promise<string> {
  const { tenants } = await api.request<{ tenants: { id: string; name: string }[] }>(token, '{ tenants { id name } }');
  const found = tenants.find((x) => x.name === name);
  expect(found, `no tenant named ${name}`);
  return found.id;
}

export async function upload(baseUrl: string, token: string): Promise<string> {
  const body = new FormData();
  body.append('file', new Blob([readFileSync(PNG)], { type: 'image/png' }), 'evidence.png');
  const res = await fetch(`${baseUrl}/files`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body });
  return ((await res.json()) as { id: string }).id;
}

/** A 党组(党委)书记 now in post at 市财政局: the demo data has one; otherwise one is appointed through the API. */
export async function ensureSecretary(api: Api, token: string): Promise<void> {
  const query = '{ postAssignments(postCode: "PARTY_GROUP_SECRETARY", offset: 0, limit: 5) { total } }';
  if ((await api.request<{ postAssignments: { total: number } }>(token, query)).postAssignments.total > 0) return;
  const root = await api.ensureRoot(token, '中共东营市财政局党组', 'CZJ');
  const { createPartyMember } = await api.request<{ createPartyMember: { id: string } }>(token, 'mutation($i: CreatePartyMemberInput!) { createPartyMember(input: $i) { id } }', {
    i: { name: unique('书记'), gender: 'MALE', joinedOn: '1998-07-01', unitId: root.id, jobTitle: '党组书记、局长', leadershipMember: true },
  });
  await api.request(token, 'mutation($i: AssignPostInput!) { assignPost(input: $i) { id } }', { i: { memberId: createPartyMember.id, unitId: root.id, postCode: 'PARTY_GROUP_SECRETARY' } });
}

/** Audits the page, then each layer its buttons open (the first of each that is there). */
export async function auditWith(page: Page, where: string, findings: Finding[], openers: string[]): Promise<void> {
  await audit(page, where, findings);
  for (const test of openers) {
    const button = page.locator(`[data-test=${test}]:visible`).first();
    if (!(await button.count()) || !(await button.isEnabled())) continue;
    await button.click();
    await page.waitForSelector('.el-overlay:visible [role=dialog]');
    await audit(page, `${where} ${test}`, findings, true);
    // A form saved empty shows its errors: audited too.
    const save = page.locator('.el-overlay:visible [role=dialog] .el-dialog__footer .el-button--primary');
    if (await save.count()) {
      await save.click();
      await page.waitForSelector('.el-overlay:visible .el-form-item__error').catch(() => undefined);
      await audit(page, `${where} ${test} (errors shown)`, findings, true);
    }
    await page.keyboard.press('Escape');
    // A changed form asks before it is thrown away.
    const discard = page.locator('.el-message-box:visible .el-message-box__btns .el-button--primary');
    if (await discard.count()) await discard.click();
    await eventually(async () => !(await page.$('.el-overlay:visible [role=dialog]')), `${test}: the layer does not close on Escape`);
  }
}
