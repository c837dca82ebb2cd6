import { readFileSync } from 'node:fs';
import { expect, eventually, test } from './harness';
import { confirmBox, saved, year } from './steps';
import { Api } from './support';

// 积分年度归档 through the page: the agency's 党务管理员 archives last year (the demo leaves nothing of it
// waiting); the page then shows the year's figures and ranking as the API keeps them, exports them, and
// the ledger refuses a change to that year's entries.
interface Archive {
  year: number;
  members: number;
  participants: number;
  totalPoints: number;
}

test('points archive: the agency admin archives last year and its ranking is kept and exported', async ({ page, baseUrl, login }) => {
  const api = new Api(baseUrl);
  const admin = await api.token('czj_admin');
  const last = year() - 1;
  const archives = async () => (await api.request<{ pointsArchives: Archive[] }>(admin, '{ pointsArchives { year members participants totalPoints } }')).pointsArchives;
  expect(!(await archives()).some((a) => a.year === last), `the demo has ${last} archived already`);

  await login('czj_admin');
  await page.goto(`${baseUrl}/members/points/archive`);
  await page.click('[data-test=archive-last-year]');
  await confirmBox(page);
  await saved(page);
  let archived: Archive | undefined;
  await eventually(async () => !!(archived = (await archives()).find((a) => a.year === last)), `${last} is not archived in the API`);
  expect(archived!.members > 0 && archived!.participants > 0, `the archive of ${last} holds ${archived!.members} members, ${archived!.participants} with points`);

  // The figures and the first page of the ranking, as the API has them.
  await eventually(async () => (await page.locator('[data-test=archive-total]').textContent())?.trim() === String(archived!.totalPoints), 'the page shows another total');
  expect((await page.locator('[data-test=archive-members]').textContent())?.trim() === String(archived!.members), 'the page shows another member count');
  const { pointsArchiveRows } = await api.request<{ pointsArchiveRows: { items: { memberName: string; points: number; agencyRank: number }[] } }>(
    admin,
    'query($y: Int!) { pointsArchiveRows(year: $y, limit: 50) { items { memberName points agencyRank } } }',
    { y: last },
  );
  const names = page.locator('[data-test=archive-table] [data-test=archive-member]');
  await eventually(async () => (await names.count()) === pointsArchiveRows.items.length, `the page lists ${await names.count()} members, the API ${pointsArchiveRows.items.length}`);
  expect((await names.first().textContent())?.trim() === pointsArchiveRows.items[0].memberName, 'the first member is not the API’s first');
  expect((await page.locator('[data-test=archive-table] [data-test=archive-points]').first().textContent())?.trim() === String(pointsArchiveRows.items[0].points), 'the first member’s points differ');
  expect(!(await page.locator('[data-test=archive-last-year]').isVisible()), 'the archive button is still offered');

  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-test=archive-export]')]);
  expect(download.suggestedFilename() === `${last}年度积分归档.xlsx`, `the download is named ${download.suggestedFilename()}`);
  const bytes = readFileSync(await download.path());
  expect(bytes.subarray(0, 2).toString('latin1') === 'PK' && bytes.includes('xl/workbook.xml'), 'the export is not an .xlsx');

  // The ledger of that year is closed: the secretary cannot reverse one of its entries.
  const secretary = await api.token('czj_secretary');
  const { pointsEntries } = await api.request<{ pointsEntries: { items: { id: string }[] } }>(secretary, 'query($y: Int) { pointsEntries(year: $y, status: APPROVED, limit: 1) { items { id } } }', { y: last });
  expect(pointsEntries.items.length === 1, `the secretary's branch has no approved entry of ${last}`);
  const refusal = await api.request(secretary, 'mutation($id: ID!) { reversePointsEntry(id: $id, input: { reason: "归档后更正" }) { id } }', { id: pointsEntries.items[0].id }).then(
    () => 'accepted',
    (error: Error) => error.message,
  );
  expect(refusal === `API: ${last}年度积分已归档,不能再申报、审核、申诉或冲正`, `reversing an archived entry answered: ${refusal}`);
});
