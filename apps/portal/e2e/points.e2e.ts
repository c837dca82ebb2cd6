import { expect, eventually, test } from './harness';
import { PNG, choose, confirmBox, rowOf, saved, switchTo, today, year } from './steps';
import { Api, unique } from './support';

// 积分审核 through the page: the demo's branch secretary finds the entries waiting in their branch,
// approves one (the API holds it approved) and rejects another — an empty reason refused beside the
// field, then a reason the member reads — and both leave the waiting list.
interface Entry {
  id: string;
  status: string;
  rejectReason: string | null;
}

test('points: the branch secretary approves one entry and rejects another with a reason', async ({ page, baseUrl, login }) => {
  const api = new Api(baseUrl);
  const token = await api.token('czj_secretary');
  const entries = async (status?: string) => (await api.request<{ pointsEntries: { total: number; items: Entry[] } }>(token, 'query($s: PointsEntryStatus) { pointsEntries(status: $s, limit: 200) { total items { id status rejectReason } } }', { s: status ?? null })).pointsEntries;
  const waiting = await entries('PENDING');
  expect(waiting.total >= 2, `the demo leaves the secretary ${waiting.total} entries to decide, not two or more`);

  await login('czj_secretary');
  await page.goto(`${baseUrl}/members/points/review`);
  const rows = page.locator('[data-test=points-table] .el-table__body-wrapper tr');
  await rows.first().waitFor();
  await eventually(async () => (await rows.count()) === Math.min(waiting.total, 20), `the page lists ${await rows.count()} waiting entries, the API ${waiting.total}`);

  // 通过: the first row.
  const idOf = async (row: typeof rows) => (await row.locator('[data-test=points-member]').getAttribute('data-entry')) ?? '';
  const first = await idOf(rows.first());
  await rows.first().locator('[data-test=points-approve]').click();
  await confirmBox(page);
  await saved(page);
  await eventually(async () => (await entries('APPROVED')).items.some((e) => e.id === first), 'the approved entry is not approved in the API');
  await eventually(async () => (await idOf(rows.first())) !== first, 'the approved entry is still listed as waiting');

  // 驳回: a reason is required (beside the field, nothing changes), then given.
  const second = await idOf(rows.first());
  await rows.first().locator('[data-test=points-reject]').click();
  await page.click('[data-test=points-reject-save]');
  await page.locator('[data-test=points-reject-form] .el-form-item.is-error').waitFor();
  expect((await entries('PENDING')).items.some((e) => e.id === second), 'the entry left the waiting list without a reason');
  const reason = unique('佐证材料不能证明参加活动');
  await page.fill('[data-test=points-reject-comment]', reason);
  await page.click('[data-test=points-reject-save]');
  await saved(page);
  await eventually(async () => (await entries('REJECTED')).items.some((e) => e.id === second && e.rejectReason === reason), 'the rejection and its reason are not in the API');
  await eventually(async () => (await entries('PENDING')).total === waiting.total - 2, 'the waiting list did not shrink by two');
  await eventually(async () => (await page.locator('[data-test=points-member]').count()) === Math.min(waiting.total - 2, 20), 'the page still lists the decided entries');
});

// The member's side, at phone width: 我的积分 declares with a photo; the branch secretary approves on
// 积分审核; the member's total and places move by exactly the rule's points, as the API says, on
// 积分排行 (the secretary's) and on 我的积分 (the member's).
interface Standing {
  memberId: string;
  points: number;
  rank: number;
  branchRank: number;
}
const STANDING = 'query($p: String!) { myPointsStanding(periodKey: $p) { memberId points rank branchRank } }';
const RULE = 'mutation($i: NewPointsRuleInput!) { createPointsRule(input: $i) { id name points } }';
const signed = (n: number) => `${n > 0 ? '+' : ''}${Number.isInteger(n) ? n : n.toFixed(1)}`;

async function e2eRule(api: Api, evidenceRequired: boolean): Promise<{ id: string; name: string; points: number }> {
  const admin = await api.token('czj_admin');
  const i = { year: year(), category: '志愿服务', name: unique('端到端规则'), points: 2, evidenceRequired, awarder: 'BOTH', mode: 'DECLARED' };
  return (await api.request<{ createPointsRule: { id: string; name: string; points: number } }>(admin, RULE, { i })).createPointsRule;
}

test('points: a member declares points, the secretary approves, the ranking changes', async ({ page, baseUrl, login }) => {
  const api = new Api(baseUrl);
  const member = await api.token('czj_member');
  const secretary = await api.token('czj_secretary');
  const standing = async () => (await api.request<{ myPointsStanding: Standing }>(member, STANDING, { p: String(year()) })).myPointsStanding;
  const rule = await e2eRule(api, true);
  const before = await standing();
  expect(before, 'czj_member has no standing: not an active party member');

  // 我的积分 on a phone: the tiles say what the API says; the form is one column; a photo goes up.
  await page.setViewportSize({ width: 375, height: 812 });
  await login('czj_member');
  await page.goto(`${baseUrl}/members/points/mine`);
  await eventually(async () => (await page.textContent('[data-test=mine-total]'))?.trim() === signed(before.points), `the total tile does not say ${signed(before.points)}`);
  expect((await page.textContent('[data-test=mine-rank]'))?.includes(String(before.rank)), 'the agency place tile is not the API’s');
  await page.click('[data-test=mine-declare]');
  await choose(page, 'declare-rule', rule.name, true);
  const note = unique('参加社区志愿服务');
  await page.fill('[data-test=declare-note]', note);
  const label = await page.locator('.el-form-item:has([data-test=declare-note]) .el-form-item__label').boundingBox();
  const box = await page.locator('[data-test=declare-note]').boundingBox();
  expect(label && box && label.y + label.height <= box.y + 1 && box.width > 300, `the form is not one column at 375 px: label ${JSON.stringify(label)}, field ${JSON.stringify(box)}`);
  await page.setInputFiles('[data-test=declare-files]', PNG);
  await page.locator('[data-test=declare-file-done]').waitFor();
  await page.click('[data-test=declare-save]');
  await saved(page);
  const ENTRIES = 'query($m: ID) { pointsEntries(memberId: $m, limit: 50) { items { id note status points files { id } } } }';
  const mine = async () => (await api.request<{ pointsEntries: { items: { id: string; note: string; status: string; points: number; files: { id: string }[] }[] } }>(member, ENTRIES, { m: before.memberId })).pointsEntries.items;
  const entry = await eventually(async () => (await mine()).find((e) => e.note === note), 'the declaration is not in the API');
  expect(entry.status === 'PENDING' && entry.points === rule.points && entry.files.length === 1, `the declaration is ${JSON.stringify(entry)}`);
  await eventually(async () => (await page.locator('[data-test=mine-cards]', { hasText: note }).count()) > 0, 'the declaration is not listed on 我的积分');

  // 积分审核: the branch secretary approves it.
  await page.setViewportSize({ width: 1280, height: 800 });
  await switchTo(page, login, 'czj_secretary');
  await page.goto(`${baseUrl}/members/points/review`);
  const row = rowOf(page, 'points-table', note);
  await row.waitFor();
  await row.locator('[data-test=points-approve]').click();
  await confirmBox(page);
  await saved(page);
  const after = await eventually(async () => {
    const s = await standing();
    return s.points === before.points + rule.points ? s : null;
  }, 'the member’s total did not grow by the rule’s points');

  // 积分排行 (the secretary's branch): the member's row says the new total and place.
  const { pointsRanking } = await api.request<{ pointsRanking: { items: { memberId: string; points: number; rank: number }[] } }>(secretary, 'query($p: String!) { pointsRanking(periodKey: $p, limit: 200) { items { memberId points rank } } }', { p: String(year()) });
  const ranked = pointsRanking.items.find((r) => r.memberId === before.memberId);
  expect(ranked && ranked.points === after.points, `the secretary's ranking has ${JSON.stringify(ranked)}, not ${after.points}`);
  await page.goto(`${baseUrl}/members/points/ranking`);
  const cell = page.locator(`[data-test=ranking-points][data-member="${before.memberId}"]`);
  await eventually(async () => (await cell.count()) > 0 && (await cell.textContent())?.trim() === String(after.points), `the ranking page does not give the member ${after.points}`);
  expect((await page.textContent(`[data-test=ranking-rank][data-member="${before.memberId}"]`))?.trim() === String(ranked.rank), 'the ranking page’s place is not the API’s');

  // 我的积分 again: the total by exactly the points, the places as the API now says.
  await switchTo(page, login, 'czj_member');
  await page.goto(`${baseUrl}/members/points/mine`);
  await eventually(async () => (await page.textContent('[data-test=mine-total]'))?.trim() === signed(before.points + rule.points), 'the total tile did not grow by the rule’s points');
  expect((await page.textContent('[data-test=mine-rank]'))?.includes(String(after.rank)), `the agency place tile is not ${after.rank}`);
  expect((await page.textContent('[data-test=mine-branch-rank]'))?.includes(String(after.branchRank)), `the branch place tile is not ${after.branchRank}`);
});

test('points: the secretary reverses an approved entry on 积分台账 and the member’s total drops', async ({ page, baseUrl, login }) => {
  const api = new Api(baseUrl);
  const member = await api.token('czj_member');
  const secretary = await api.token('czj_secretary');
  const standing = async () => (await api.request<{ myPointsStanding: Standing }>(member, STANDING, { p: String(year()) })).myPointsStanding;
  const rule = await e2eRule(api, false);
  const me = await standing();
  const note = unique('登记有误的积分');
  await api.request(secretary, 'mutation($i: AwardPointsInput!) { awardPoints(input: $i) { id status } }', { i: { ruleId: rule.id, memberId: me.memberId, occurredOn: today(), note, fileIds: [] } });
  const before = await standing();

  await login('czj_secretary');
  await page.goto(`${baseUrl}/members/points/ledger`);
  const row = rowOf(page, 'ledger-table', note);
  await row.waitFor();
  await row.locator('[data-test=points-reverse]').click();
  // The reason is required beside the field; then given.
  await page.click('[data-test=points-reverse-save]');
  await page.locator('[data-test=points-reverse-form] .el-form-item.is-error').waitFor();
  await page.fill('[data-test=points-reverse-comment]', '重复登记');
  await page.click('[data-test=points-reverse-save]');
  await saved(page);
  await eventually(async () => (await standing()).points === before.points - rule.points, 'the member’s total did not drop by the reversed points');
  await eventually(async () => (await rowOf(page, 'ledger-table', note).locator('[data-test=ledger-reversed]').count()) === 1, 'the entry is not marked reversed');
  expect((await rowOf(page, 'ledger-table', note).locator('[data-test=points-reverse]').count()) === 0, 'a reversed entry is offered 冲正 again');
});

test('points: a bad cap is refused beside the field on 积分规则', async ({ page, baseUrl, login }) => {
  const api = new Api(baseUrl);
  const admin = await api.token('czj_admin');
  const rules = async () => (await api.request<{ pointsRules: { name: string }[] }>(admin, 'query($y: Int!) { pointsRules(year: $y) { name } }', { y: year() })).pointsRules;
  const name = unique('上限有误');
  await login('czj_admin');
  await page.goto(`${baseUrl}/members/points/rules`);
  await page.locator('[data-test=rules-table] .el-table__body-wrapper tr').first().waitFor();
  await page.click('[data-test=rules-new]');
  await page.fill('[data-test=rule-category]', '志愿服务');
  await page.fill('[data-test=rule-name]', name);
  const points = page.locator('.el-form-item:has([data-test=rule-points]) input');
  await points.fill('3');
  await points.press('Tab');
  const cap = page.locator('.el-form-item:has([data-test=rule-cap]) input');
  await cap.fill('1');
  await cap.press('Tab');
  await choose(page, 'rule-cap-period', '每月');
  await page.click('[data-test=rule-save]');
  const error = page.locator('.el-form-item.is-error:has([data-test=rule-cap]) .el-form-item__error');
  await error.waitFor();
  expect((await error.textContent())?.includes('上限不能小于单次分值'), `the cap's error says “${await error.textContent()}”`);
  expect(!(await rules()).some((r) => r.name === name), 'the rule with a bad cap was created');
});
