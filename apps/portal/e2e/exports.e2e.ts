import { readFileSync } from 'node:fs';
import { expect, test } from './harness';
import { year } from './steps';
import { Api } from './support';

// Every button that saves an Office file from the API's base64 (useFileDownload): each gives a download
// under the name the page promises, and the file is the Word or Excel document it says it is (a zip
// holding word/document.xml or xl/workbook.xml).
test('exports: each ledger and paper downloads as the .xlsx or .docx it names', async ({ page, baseUrl, login }) => {
  const api = new Api(baseUrl);
  const { reviewSessions } = await api.request<{ reviewSessions: { id: string; year: number }[] }>(await api.token('gw_admin'), '{ reviewSessions { id year } }');
  expect(reviewSessions.length > 0, 'the demo has no 述职评议');
  const review = reviewSessions[0];
  const exports: [path: string, button: string, name: RegExp][] = [
    ['/supervision/rectifications', 'ledger-export', /^整改台账.*\.xlsx$/],
    ['/supervision/figures', 'figures-export', /^整改统计-\d{4}\.xlsx$/],
    ['/duties/institutions', 'institutions-download', /^制度汇编\.docx$/],
    [`/supervision/reviews/${review.id}`, 'review-docx', new RegExp(`^${review.year}年度述职评议汇总\\.docx$`)],
    [`/supervision/assessment/${year() - 1}`, 'assessment-export', new RegExp(`^${year() - 1}年党建考核结果\\.xlsx$`)],
    [`/supervision/assessment/${year() - 1}`, 'assessment-docx', new RegExp(`^${year() - 1}年度党建工作考核结果通报\\.docx$`)],
  ];
  await login('gw_admin');
  for (const [path, button, name] of exports) {
    await page.goto(`${baseUrl}${path}`);
    await page.locator(`[data-test=${button}]`).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(`[data-test=${button}]`)]);
    const file = download.suggestedFilename();
    expect(name.test(file), `${path}: the download is named ${file}`);
    const bytes = readFileSync(await download.path());
    const part = file.endsWith('.docx') ? 'word/document.xml' : 'xl/workbook.xml';
    expect(bytes.subarray(0, 2).toString('latin1') === 'PK' && bytes.includes(part), `${path}: ${file} is not the Office file it names`);
  }
});
