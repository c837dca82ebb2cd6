import { DEMO_PASSWORD, expect, eventually, test } from './harness';
import { AGENCY, confirmBox, inDays, pickDate, rowOf, saved, switchTo, year } from './steps';
import { Api, unique } from './support';

// 述职评议 through the pages, as the year runs: the agency submits its 一把手's report (a PDF and a
// summary), the committee holds the meeting, records a leader's comment and puts it into the 整改台账,
// and a reviewer rates a whole group on one sheet; the results tab then shows what the API computes.
interface Session {
  id: string;
  year: number;
  status: string;
  groups: { id: string; name: string; participantCount: number }[];
}

// The smallest file the files endpoint takes as a PDF (its signature is what file-type reads).
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n', 'latin1');

test('reviews: the agency submits its report, the meeting opens, a comment goes into the ledger and a reviewer rates a group on one sheet', async ({ page, browser, baseUrl, login }) => {
  const api = new Api(baseUrl);
  const gw = await api.token('gw_admin');
  const find = async () => (await api.request<{ reviewSessions: Session[] }>(gw, '{ reviewSessions { id year status groups { id name participantCount } } }')).reviewSessions.find((s) => s.year === year());
  const session = await find();
  expect(session, `no ${year()} 述职评议 in the demo`);
  expect(session.status === 'PLANNED' || session.status === 'REPORTING', `the ${year()} session is ${session.status}, not yet meant to be rated in the demo`);

  // 1. Before December the reports are not open yet: the committee opens them from the page.
  await login('gw_admin');
  await page.goto(`${baseUrl}/supervision/reviews/${session.id}`);
  await page.waitForSelector('[data-test=review-status]');
  if (session.status === 'PLANNED') {
    await page.click('[data-test=review-move-open]');
    await confirmBox(page);
    await saved(page);
    await eventually(async () => (await page.textContent('[data-test=review-status]'))?.includes('报送中'), 'the session is not taking reports');
  }

  // 2. The agency submits its report: a summary and a PDF. The demo leaves the demo agencies' reports to submit.
  await switchTo(page, login, 'czj_admin');
  await page.goto(`${baseUrl}/supervision/reviews/${session.id}`);
  await page.waitForSelector('[data-test=own-report]');
  expect((await page.textContent('[data-test=own-report-status]'))?.includes('待报送'), 'the agency\'s report is not waiting to be submitted');
  await page.click('[data-test=own-report-submit]');
  const summary = unique('书记抓基层党建述职摘要');
  await page.fill('[data-test=review-report-summary]', summary);
  await page.setInputFiles('[data-test=review-report-files]', { name: '述职报告.pdf', mimeType: 'application/pdf', buffer: PDF });
  await page.waitForSelector('[data-test=review-report-file-done]');
  await page.click('[data-test=review-report-save]');
  await saved(page);
  await eventually(async () => (await page.textContent('[data-test=own-report-status]'))?.includes('已报送'), 'the report is not shown as submitted');
  expect((await page.textContent('[data-test=own-report-summary]'))?.includes(summary), 'the submitted summary is not shown');

  // 3. The committee sees it submitted, then holds the meeting (报送 → 打分).
  await switchTo(page, login, 'gw_admin');
  await page.goto(`${baseUrl}/supervision/reviews/${session.id}`);
  await eventually(async () => (await rowOf(page, 'participant-table', AGENCY).textContent())?.includes('已报送'), `${AGENCY} is not shown as submitted to the committee`);
  await page.click('[data-test=review-move-rate]');
  await confirmBox(page);
  await saved(page);
  await eventually(async () => (await page.textContent('[data-test=review-status]'))?.includes('评议打分中'), 'the session is not rating');

  // 4. A leader's comment on the agency, put into the 整改台账 with a deadline: the ledger shows the item.
  await page.click('[data-test=review-tabs] [role=tab]:has-text("现场点评")');
  await page.click('[data-test=comment-create]');
  await page.click('[data-test=review-comment-agency]');
  await page.click(`.el-select-dropdown__item:visible:has-text("${AGENCY}")`);
  await page.fill('[data-test=review-comment-commenter]', '市委常委、市直机关工委书记');
  const content = unique('支部"三会一课"记录不完整');
  await page.fill('[data-test=review-comment-content]', content);
  await page.click('[data-test=review-comment-save]');
  await saved(page);
  const commentRow = rowOf(page, 'comment-table', content);
  await commentRow.waitFor();
  await commentRow.locator('[data-test=comment-follow-up]').click();
  await pickDate(page, '[data-test=follow-up-form] .el-form-item >> nth=1', inDays(30));
  await page.click('[data-test=follow-up-save]');
  await saved(page);
  await eventually(async () => (await commentRow.locator('[data-test=comment-followed]').textContent())?.includes('已列入'), 'the comment is not shown in the ledger');
  await commentRow.locator('[data-test=comment-ledger]').click();
  await page.waitForURL(/\/supervision\/rectifications\?id=/);
  await eventually(async () => (await page.locator('body').textContent())?.includes(content), 'the ledger does not show the comment\'s item');

  // 5. The reviewer's sheet: the first group whole, every agency ticked 好 and the last one 一般, submitted as one.
  await page.goto(`${baseUrl}/supervision/reviews/${session.id}`);
  await page.click('[data-test=review-rate]');
  await page.waitForSelector('[data-test=sheet-row]');
  const group = (await find())!.groups.filter((g) => g.participantCount > 0)[0];
  const rows = page.locator('[data-test=sheet-row]');
  expect((await rows.count()) === group.participantCount, `the sheet lists ${await rows.count()} agencies, the group has ${group.participantCount}`);
  await page.click('[data-test=sheet-fill-GOOD]');
  await rows.last().locator('label:has-text("一般")').click();
  expect((await page.textContent('[data-test=sheet-progress]'))?.includes(`${group.participantCount} / ${group.participantCount}`), 'the progress does not count the whole group ticked');
  await page.click('[data-test=sheet-save]');
  await saved(page);

  // The API holds exactly this sheet for the reviewer: the group's agencies, all 好 but one 一般.
  const me = (await api.request<{ me: { id: string } }>(gw, '{ me { id } }')).me.id;
  const { reviewRatings } = await api.request<{ reviewRatings: { participantId: string; code: string }[] }>(gw, 'query($s: ID!, $r: ID) { reviewRatings(sessionId: $s, reviewerUserId: $r) { participantId code } }', { s: session.id, r: me });
  const { reviewParticipants } = await api.request<{ reviewParticipants: { items: { id: string }[] } }>(gw, 'query($s: ID!, $g: ID) { reviewParticipants(sessionId: $s, groupId: $g, offset: 0, limit: 200) { items { id } } }', { s: session.id, g: group.id });
  const inGroup = new Set(reviewParticipants.items.map((p) => p.id));
  expect(reviewRatings.length === inGroup.size && reviewRatings.every((r) => inGroup.has(r.participantId)), 'the reviewer\'s ratings are not the group\'s agencies');
  expect(reviewRatings.filter((r) => r.code === 'FAIR').length === 1 && reviewRatings.filter((r) => r.code === 'GOOD').length === inGroup.size - 1, `the ratings are ${reviewRatings.map((r) => r.code).join(', ')}`);

  // 6. The results tab: the ranks and scores the API computes, in its order.
  await page.goto(`${baseUrl}/supervision/reviews/${session.id}?tab=results`);
  await page.waitForSelector('[data-test=review-result-table] [data-test=review-score]');
  const { reviewResults } = await api.request<{ reviewResults: { score: number | null; rank: number | null }[] }>(gw, 'query($s: ID!) { reviewResults(sessionId: $s) { score rank } }', { s: session.id });
  const shown = await page.locator('[data-test=review-result-table] [data-test=review-score]').allTextContents();
  const expected = reviewResults.map((r) => (r.score === null ? '—' : r.score.toFixed(2)));
  expect(shown.map((s) => s.trim()).join('|') === expected.join('|'), `the page shows scores ${shown.join(', ')}, the API ${expected.join(', ')}`);
  expect(reviewResults.filter((r) => r.score !== null).length >= inGroup.size, 'fewer agencies have a score than were just rated');

  // 7. At the meeting the sheet is held as a tablet (768 × 1024): the next group whole, nothing to pan
  // sideways, grades as buttons a finger hits, and the save in sight at the foot without scrolling.
  const second = (await find())!.groups.filter((g) => g.participantCount > 0)[1];
  if (!second) return;
  const tablet = await browser.newContext({ viewport: { width: 768, height: 1024 }, hasTouch: true, locale: 'zh-CN' });
  try {
    const pad = await tablet.newPage();
    await pad.goto(`${baseUrl}/login`);
    await pad.fill('[data-test=login-username]', 'gw_admin');
    await pad.fill('[data-test=login-password]', DEMO_PASSWORD);
    await pad.click('[data-test=login-submit]');
    await pad.waitForURL((u) => !u.pathname.startsWith('/login'));
    await pad.goto(`${baseUrl}/supervision/reviews/${session.id}/rate?group=${second.id}`);
    await pad.waitForSelector('[data-test=sheet-row]');
    expect((await pad.locator('[data-test=sheet-row]').count()) === second.participantCount, `the tablet sheet does not list ${second.name} whole`);
    const wide = await pad.evaluate(() => [...document.querySelectorAll('body *')].filter((el) => el.getBoundingClientRect().right > 769).slice(0, 5).map((el) => `${el.tagName}.${el.className}`));
    expect((await pad.evaluate(() => document.documentElement.scrollWidth)) <= 768, `the tablet sheet pans sideways: ${wide.join(', ')}`);
    const button = await pad.locator('[data-test=sheet-row] .el-radio-button__inner').first().boundingBox();
    expect(button && button.height >= 44, `a grade button is ${button?.height} px tall`);
    const save = await pad.locator('[data-test=sheet-save]').boundingBox();
    expect(save && save.y + save.height <= 1024 && save.x + save.width <= 768, `the save button is not in sight: ${JSON.stringify(save)}`);
  } finally {
    await tablet.close();
  }
});
