import { expect, eventually, test } from './harness';
import { confirmBox, saved } from './steps';
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
