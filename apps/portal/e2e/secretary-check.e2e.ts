import { eventually, expect, test } from './harness';
import { Api } from './support';

test('the head-secretary check lists an agency whose organ committee secretary post fell vacant, and says so', async ({ page, baseUrl, login }) => {
  const api = new Api(baseUrl);
  const czj = await api.token('czj_admin');
  const { postAssignments } = await api.request<{ postAssignments: { items: { id: string }[] } }>(
    czj,
    '{ postAssignments(postCode: "ORGAN_COMMITTEE_SECRETARY", limit: 5) { items { id } } }',
  );
  for (const item of postAssignments.items) await api.request(czj, 'mutation($id: ID!) { endPostAssignment(id: $id) { id } }', { id: item.id });
  const committee = await api.token('gw_admin');
  const { secretaryMismatches } = await api.request<{ secretaryMismatches: { tenantId: string }[] }>(committee, '{ secretaryMismatches { tenantId } }');

  await login('gw_admin');
  await page.goto(`${baseUrl}/org/secretary-check`);
  const rows = '[data-test=secretary-check-table] .el-table__body-wrapper .el-table__row';
  await eventually(async () => (await page.$$(rows)).length === secretaryMismatches.length, 'the table does not list what the API answers');
  const czjRow = page.locator(rows, { hasText: '市财政局' });
  await czjRow.waitFor();
  const text = (await czjRow.textContent()) ?? '';
  expect(text.includes('机关党委书记空缺'), `市财政局's row: ${text}`);
});
