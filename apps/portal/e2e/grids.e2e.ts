import { expect, eventually, test } from './harness';
import { AGENCY, choose, rowOf, saved, switchTo, today } from './steps';
import { Api } from './support';

// 网格管理 through the page: gw_liaison (the first grid's liaison in the demo) sees that grid's
// agencies and none of another grid's; gw_admin moves 市财政局 into the fifth grid on the page; the
// liaison's next request no longer reads it, on the page nor in the API. The move is undone at the end.
const FIRST = '第一网格（综合经济）';
const FIFTH = '第五网格（教育科技文化）';
const GRIDS = '{ grids { id name agencies { id name } } }';
interface GridRow {
  id: string;
  name: string;
  agencies: { id: string; name: string }[];
}
const sameSet = (a: string[], b: string[]) => JSON.stringify([...a].sort()) === JSON.stringify([...b].sort());

test('grids: a liaison sees only their grid, and a move changes it', async ({ page, baseUrl, login }) => {
  const api = new Api(baseUrl);
  const gw = await api.token('gw_admin');
  const grids = (await api.request<{ grids: GridRow[] }>(gw, GRIDS)).grids;
  const first = grids.find((g) => g.name === FIRST);
  const fifth = grids.find((g) => g.name === FIFTH);
  expect(first && fifth, `the demo has no ${FIRST} or ${FIFTH}`);
  const czj = first.agencies.find((a) => a.name === AGENCY);
  expect(czj, `${AGENCY} is not in ${FIRST}`);
  const readable = async (token: string) => (await api.request<{ tenants: { id: string; kind: string }[] }>(token, '{ tenants { id kind } }')).tenants.filter((t) => t.kind === 'AGENCY').map((t) => t.id);

  try {
    // The liaison: their grid's agencies, and nothing of the fifth grid's.
    await login('gw_liaison');
    await page.goto(`${baseUrl}/grids`);
    await rowOf(page, 'grid-table', FIRST).locator('[data-test=grid-agency]', { hasText: AGENCY }).waitFor();
    expect((await rowOf(page, 'grid-table', FIFTH).locator('[data-test=grid-agency]').count()) === 0, `the liaison sees agencies of ${FIFTH}`);
    expect(!(await page.$('[data-test=grid-create]')) && !(await page.$('[data-test=grid-assign]')), 'the liaison is offered a change');
    const liaison = await api.token('gw_liaison');
    expect(sameSet(await readable(liaison), first.agencies.map((a) => a.id)), 'the liaison reads other agencies than their grid’s');

    // The committee admin moves 市财政局 into the fifth grid on the page.
    await switchTo(page, login, 'gw_admin');
    await page.goto(`${baseUrl}/grids`);
    await rowOf(page, 'grid-table', FIFTH).locator('[data-test=grid-assign]').click();
    await page.locator('[data-test=assign-form]').waitFor();
    await choose(page, 'assign-agencies', AGENCY, true);
    // A click beside the multiple select closes its list, which otherwise covers the save button.
    await page.click('[data-test=assign-hint]');
    await page.click('[data-test=assign-save]');
    await saved(page);
    await rowOf(page, 'grid-table', FIFTH).locator('[data-test=grid-agency]', { hasText: AGENCY }).waitFor();

    // The liaison's next request: 市财政局 is gone from the page and from what the same token reads.
    expect(!(await readable(liaison)).includes(czj.id), `the liaison still reads ${AGENCY} after the move`);
    await switchTo(page, login, 'gw_liaison');
    await page.goto(`${baseUrl}/grids`);
    await rowOf(page, 'grid-table', FIRST).locator('[data-test=grid-agency]').first().waitFor();
    await eventually(async () => (await rowOf(page, 'grid-table', FIRST).locator('[data-test=grid-agency]', { hasText: AGENCY }).count()) === 0, `${AGENCY} still shows in ${FIRST}`);
    expect((await rowOf(page, 'grid-table', FIFTH).locator('[data-test=grid-agency]').count()) === 0, `the liaison sees ${AGENCY} in ${FIFTH}`);
  } finally {
    await api.request(gw, 'mutation($g: ID!, $i: AssignAgenciesInput!) { assignAgenciesToGrid(gridId: $g, input: $i) { id } }', { g: first.id, i: { agencyIds: [czj.id], on: today() } });
  }
});
