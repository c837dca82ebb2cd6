import type { Page } from 'playwright-core';
import { expect, eventually, test } from './harness';
import { confirmBox, saved, switchTo, today, year } from './steps';
import { Api } from './support';

// 星级评定 through the pages, one branch, every side: the secretary scores the branch's self-assessment
// (a score off the prefill is refused until it has a reason), the agency's 党委 changes one score with
// its reason and sends it up, the committee confirms and publicizes it, a member objects, naming is
// refused while the objection is open, the committee answers and names it; the list and the figures
// then count it as named.
interface Score {
  key: string;
  prefilled: number | null;
  selfScore: number | null;
  selfReason: string | null;
  partyScore: number | null;
  partyReason: string | null;
}
interface Rating {
  id: string;
  status: string;
  stars: number;
  namedStars: number | null;
  satisfaction: number | null;
  scores: Score[];
  objections: { id: string; status: string }[];
  scheme: { criteria: { key: string; maxScore: number }[] };
}
const RATING = 'query($id: ID!) { starRating(id: $id) { id status stars namedStars satisfaction scores { key prefilled selfScore selfReason partyScore partyReason } objections { id status } scheme { criteria { key maxScore } } } }';
const NAMED = 'query($y: Int!) { starFigures(year: $y) { named } }';

const scoreInput = (page: Page, key: string) => page.locator(`[data-test=star-scores] tr:has([data-key="${key}"]) [data-test=star-score-input] input`);
const reasonInput = (page: Page, key: string) => page.locator(`[data-test=star-scores] tr:has([data-key="${key}"]) [data-test=star-score-reason]`);
async function setNumber(input: ReturnType<Page['locator']>, value: number): Promise<void> {
  await input.fill(String(value));
  await input.press('Tab');
}
/** The error message the page shows for a refusal, gone afterwards so the next step sees its own. */
async function refused(page: Page, words: string): Promise<void> {
  const message = page.locator('.el-message--error').first();
  await message.waitFor();
  const said = (await message.textContent())?.trim() ?? '';
  expect(said.includes(words), `the refusal says “${said}”, not “${words}”`);
  await message.locator('.el-message__closeBtn').click().catch(() => undefined);
  await message.waitFor({ state: 'detached', timeout: 5000 }).catch(() => undefined);
}

test('stars: a branch goes through the star flow', async ({ page, baseUrl, login }) => {
  const api = new Api(baseUrl);
  const secretary = await api.token('czj_secretary');
  const { starRatings } = await api.request<{ starRatings: { items: { id: string; unit: { name: string } }[] } }>(secretary, 'query($y: Int!) { starRatings(year: $y, status: DRAFT) { items { id unit { name } } } }', { y: year() });
  const draft = starRatings.items[0];
  expect(draft, `czj_secretary has no branch in 自评 in ${year()}`);
  const read = async () => (await api.request<{ starRating: Rating }>(secretary, RATING, { id: draft.id })).starRating;
  const before = await read();
  const gw = await api.token('gw_admin');
  const namedBefore = (await api.request<{ starFigures: { named: number } }>(gw, NAMED, { y: year() })).starFigures.named;
  const maxOf = (key: string) => before.scheme.criteria.find((c) => c.key === key)?.maxScore ?? 0;
  const scoreOf = (r: Rating, key: string) => r.scores.find((s) => s.key === key);
  // A prefilled criterion to move off its prefill (down one, or up one from 0), and those with no prefill to score.
  const moved = before.scores.find((s) => s.prefilled !== null);
  expect(moved, 'the scheme has no criterion prefilled from the records');
  const movedTo = (moved.prefilled ?? 0) > 0 ? (moved.prefilled ?? 0) - 1 : 1;
  const unscored = before.scores.filter((s) => s.prefilled === null);

  // 1. The secretary: opens the branch from the list, scores it; 提交 without a reason is refused and changes nothing.
  await login('czj_secretary');
  await page.goto(`${baseUrl}/members/stars`);
  await page.locator(`[data-test=star-table] [data-test=star-branch][data-rating="${draft.id}"]`).click();
  await page.locator('[data-test=star-scores]').waitFor();
  for (const s of unscored) await setNumber(scoreInput(page, s.key), Math.ceil(maxOf(s.key) * 0.8));
  await setNumber(scoreInput(page, moved.key), movedTo);
  await reasonInput(page, moved.key).waitFor();
  await setNumber(page.locator('[data-test=star-satisfaction] input'), 88);
  await page.click('[data-test=star-submit]');
  await confirmBox(page);
  await refused(page, '请填写理由');
  expect((await read()).status === 'DRAFT', 'a refused self-assessment was submitted');
  await reasonInput(page, moved.key).fill('本年度有两项履责纪实因客观原因延期,已补报');
  await page.click('[data-test=star-submit]');
  await confirmBox(page);
  await saved(page);
  const submitted = await read();
  const own = scoreOf(submitted, moved.key);
  expect(submitted.status === 'SELF_SUBMITTED' && submitted.satisfaction === 88 && own?.selfScore === movedTo && own.selfReason?.includes('延期'), `the API holds ${JSON.stringify(submitted)}`);
  expect(unscored.every((u) => scoreOf(submitted, u.key)?.selfScore === Math.ceil(maxOf(u.key) * 0.8)), 'the unprefilled scores were not kept');

  // 2. The agency's 党委 (its admin) changes one score off the branch's, with a reason, and sends it to the committee.
  const partyKey = (unscored[0] ?? moved).key;
  const branchScore = scoreOf(submitted, partyKey)?.selfScore ?? 0;
  const partyScore = branchScore > 0 ? branchScore - 1 : 1;
  await switchTo(page, login, 'czj_admin');
  await page.goto(`${baseUrl}/members/stars/${draft.id}`);
  await page.locator('[data-test=star-party-review]').waitFor();
  await setNumber(scoreInput(page, partyKey), partyScore);
  await reasonInput(page, partyKey).fill('阵地建设台账不全,酌减 1 分');
  await page.click('[data-test=star-party-review]');
  await confirmBox(page);
  await saved(page);
  const reviewed = await read();
  const party = scoreOf(reviewed, partyKey);
  expect(reviewed.status === 'PARTY_REVIEWED' && party?.partyScore === partyScore && party.partyReason?.includes('酌减'), `the API holds ${JSON.stringify(reviewed)}`);

  // 3. The committee confirms the stars and publicizes them until today.
  await switchTo(page, login, 'gw_admin');
  await page.goto(`${baseUrl}/members/stars/${draft.id}`);
  await page.click('[data-test=star-confirm]');
  await confirmBox(page);
  await saved(page);
  await page.click('[data-test=star-publicize]');
  const until = page.locator('[data-test=star-publicize-form] .el-date-editor input').first();
  await until.fill(today());
  await until.press('Enter');
  await page.click('[data-test=star-publicize-save]');
  await saved(page);
  expect((await read()).status === 'PUBLICIZED', 'the rating is not publicized');

  // 4. A member of the agency objects.
  await switchTo(page, login, 'czj_member');
  await page.goto(`${baseUrl}/members/stars/${draft.id}`);
  await page.click('[data-test=star-object]');
  await page.fill('[data-test=star-object-comment]', '支部“三会一课”记录有缺漏,建议核实');
  await page.click('[data-test=star-object-save]');
  await saved(page);
  const objected = await read();
  expect(objected.objections.length === 1 && objected.objections[0].status === 'OPEN', `the API holds the objections ${JSON.stringify(objected.objections)}`);

  // 5. The committee: naming is refused while the objection is open; answered, the branch is named.
  await switchTo(page, login, 'gw_admin');
  await page.goto(`${baseUrl}/members/stars/${draft.id}`);
  await page.click('[data-test=star-name]');
  await confirmBox(page);
  await refused(page, '条公示异议未答复');
  expect((await read()).status === 'PUBLICIZED', 'the rating was named with an open objection');
  await page.click('[data-test=star-objection-answer]');
  await page.fill('[data-test=star-answer-comment]', '经核实,记录已补齐,不影响评定');
  await page.click('[data-test=star-answer-save]');
  await saved(page);
  await eventually(async () => (await page.locator('[data-test=star-objection]').getAttribute('data-status')) === 'ANSWERED', 'the page does not show the objection answered');
  await page.click('[data-test=star-name]');
  await confirmBox(page);
  await saved(page);
  const named = await read();
  expect(named.status === 'NAMED' && named.namedStars === named.stars, `the API holds ${JSON.stringify(named)}`);
  await eventually(async () => (await page.locator('[data-test=star-status]').textContent())?.includes('已命名'), 'the page does not show 已命名');

  // 6. The committee's figures count one more named branch; the secretary's list shows the branch named.
  await page.goto(`${baseUrl}/members/stars?tab=figures`);
  await page.locator('[data-test=star-figure-named]').waitFor();
  await eventually(async () => Number((await page.locator('[data-test=star-figure-named]').textContent())?.trim()) === namedBefore + 1, `the figures do not show ${namedBefore + 1} named`);
  await switchTo(page, login, 'czj_secretary');
  await page.goto(`${baseUrl}/members/stars`);
  const row = page.locator(`[data-test=star-table] tr:has([data-rating="${draft.id}"])`);
  await eventually(async () => (await row.locator('[data-test=star-status-tag]').textContent())?.includes('已命名'), 'the list does not show the branch named');
});
