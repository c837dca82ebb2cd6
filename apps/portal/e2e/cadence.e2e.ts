import { readFileSync } from 'node:fs';
import { expect, eventually, test } from './harness';
import { confirmBox, saved, today, year } from './steps';
import { Api } from './support';

// 督查通报 through the page: the committee opens a month's 督查整改调度通报 (live), issues it (印发),
// sees the frozen paper with its 文号 and in the year's list, and downloads it as a .docx.
test('cadence: the committee opens the monthly dispatch, issues it, sees its 文号 and downloads the .docx', async ({ page, baseUrl, login }) => {
  const api = new Api(baseUrl);
  const gw = await api.token('gw_admin');
  // The latest month of this year not yet issued (a rerun on the same demo must not meet its own paper).
  const { cadenceReports } = await api.request<{ cadenceReports: { kind: string; period: number }[] }>(gw, 'query($y: Int!) { cadenceReports(year: $y) { kind period } }', { y: year() });
  const issued = new Set(cadenceReports.filter((r) => r.kind === 'MONTHLY').map((r) => r.period));
  const month = [...Array(Number(today().slice(5, 7))).keys()].map((i) => i + 1).reverse().find((m) => !issued.has(m));
  expect(month, 'every month of this year is issued already');
  const { monthlyDispatch } = await api.request<{ monthlyDispatch: { monthly: { counts: { open: number } } } }>(gw, 'query($y: Int!, $m: Int!) { monthlyDispatch(year: $y, month: $m) { monthly { counts { open } } } }', { y: year(), m: month });

  await login('gw_admin');
  await page.goto(`${baseUrl}/supervision/cadence?year=${year()}&period=${month}`);
  await page.waitForSelector('[data-test=cadence-content]');
  const title = `${year()}年${month}月督查整改调度通报`;
  expect((await page.textContent('[data-test=cadence-title]'))?.trim() === title, `the page shows “${await page.textContent('[data-test=cadence-title]')}”`);
  await page.waitForSelector('[data-test=cadence-live]');
  expect((await page.textContent('[data-test=dispatch-open]'))?.trim() === String(monthlyDispatch.monthly.counts.open), 'the page\'s 未销号 is not the API\'s');
  if (monthlyDispatch.monthly.counts.open) await page.waitForSelector('[data-test=cadence-agency]');

  // 印发 asks first, then the page shows the issued paper: its 文号, in the list too.
  await page.click('[data-test=cadence-issue]');
  await confirmBox(page, title);
  await saved(page, '工委督查');
  const number = page.locator('[data-test=cadence-number]');
  await number.waitFor();
  const documentNumber = (await number.textContent())?.trim() ?? '';
  expect(new RegExp(`^工委督查〔${year()}〕\\d+号$`).test(documentNumber), `the 文号 reads “${documentNumber}”`);
  expect(!(await page.$('[data-test=cadence-issue]')), '印发 is still offered for an issued paper');
  await eventually(async () => (await page.locator('[data-test=cadence-issued-number]').allTextContents()).map((s) => s.trim()).includes(documentNumber), `the issued list does not show ${documentNumber}`);

  // The .docx: a download named after the paper, a Word document (a zip holding word/document.xml).
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-test=cadence-docx]')]);
  expect(download.suggestedFilename() === `${title}.docx`, `the download is named ${download.suggestedFilename()}`);
  const bytes = readFileSync(await download.path());
  expect(bytes.subarray(0, 2).toString('latin1') === 'PK' && bytes.includes('word/document.xml'), 'the download is not a .docx');
});

// 督查统计's drill-down: a month's row (by deadline) and an agency's open the 整改台账 holding exactly
// the items the row counts.
test('figures: a month\'s row and an agency\'s open the ledger with exactly the items they count', async ({ page, baseUrl, login }) => {
  const api = new Api(baseUrl);
  const gw = await api.token('gw_admin');
  await login('gw_admin');
  for (const [by, label] of [['MONTH', (r: Row) => `${Number(r.key)}月`], ['AGENCY', (r: Row) => r.label]] as const) {
    const { rectificationFigures } = await api.request<{ rectificationFigures: Row[] }>(gw, 'query($g: RectificationGrouping!, $y: Int) { rectificationFigures(grouping: $g, year: $y) { key label total } }', { g: by, y: year() });
    const row = [...rectificationFigures].sort((a, b) => b.total - a.total)[0];
    expect(row && row.total > 0, `no ${by} row with items this year`);
    await page.goto(`${baseUrl}/supervision/figures${by === 'MONTH' ? '?by=MONTH' : ''}`);
    await page.locator('[data-test=rect-table] [data-test=figures-drill]', { hasText: label(row) }).first().click();
    await page.waitForURL(/\/supervision\/rectifications\?/);
    const wanted = by === 'MONTH' ? ['month', String(Number(row.key))] : ['tenantId', row.key];
    expect(new URL(page.url()).searchParams.get(wanted[0]) === wanted[1], `the ${by} row opens ${page.url()}`);
    await eventually(async () => (await page.textContent('[data-test=ledger-tabs] .el-pagination__total'))?.includes(`共 ${row.total} 条`), `the ledger does not hold the ${row.total} items of ${label(row)}`);
  }
});

interface Row {
  key: string;
  label: string;
  total: number;
}
