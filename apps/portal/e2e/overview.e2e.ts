import { expect, eventually, test } from './harness';
import { Api, unique } from './support';

interface Figures {
  branchSecretaryLeadershipShare: number;
  partyAffairsCadres: number;
  actionBranches: number;
  members: number;
}

const digits = (s: string | null) => (s ?? '').replace(/\s/g, '');

test('committee admin logs in and the overview shows the brief\'s figures', async ({ page, baseUrl, login }) => {
  const api = new Api(baseUrl);
  const { orgOverview } = await api.request<{ orgOverview: Figures }>(
    await api.token('gw_admin'),
    '{ orgOverview { branchSecretaryLeadershipShare partyAffairsCadres actionBranches members } }',
  );
  const operations: string[] = [];
  page.on('request', (r) => (r.url().endsWith('/graphql') ? operations.push(r.postData() ?? '') : undefined));
  await login('gw_admin');
  expect(new URL(page.url()).pathname === '/overview', `landed on ${page.url()}`);
  await page.waitForSelector('[data-test=agency-picker]');
  const value = async (card: string) => digits(await page.textContent(`[data-test=${card}] [data-test=kpi-value]`));
  await page.waitForSelector('[data-test=kpi-leadership-share] [data-test=kpi-value]');

  // What the page shows is what the API computed …
  const share = orgOverview.branchSecretaryLeadershipShare;
  expect((await value('kpi-leadership-share')) === (Number.isInteger(share) ? String(share) : share.toFixed(1)), `share ${await value('kpi-leadership-share')} ≠ ${share}`);
  expect((await value('kpi-cadres')) === String(orgOverview.partyAffairsCadres), `cadres ${await value('kpi-cadres')} ≠ ${orgOverview.partyAffairsCadres}`);
  expect((await value('kpi-action-branches')) === String(orgOverview.actionBranches), `action branches ${await value('kpi-action-branches')}`);

  // … and on the Dongying demo data (once the seed brings its org tree) that is 65 %, 3 329 and 32.
  if (orgOverview.partyAffairsCadres > 0) {
    expect((await value('kpi-leadership-share')) === '65', `share is ${await value('kpi-leadership-share')} %, not 65 %`);
    expect((await value('kpi-cadres')) === '3329', `cadres are ${await value('kpi-cadres')}, not 3 329`);
    expect((await value('kpi-action-branches')) === '32', `action branches are ${await value('kpi-action-branches')}, not 32`);
  }
  await page.waitForSelector('[data-test=overview-kind-chart] canvas, [data-test=overview-kind-chart] .el-empty');
  // The per-agency chart comes counted from the gateway, not from the whole tree counted in the browser.
  await page.waitForSelector('[data-test=overview-agency-chart] canvas, [data-test=overview-agency-chart] .el-empty');
  expect(operations.some((o) => o.includes('byAgency')), 'the overview did not ask for the per-agency figures');
  expect(!operations.some((o) => o.includes('orgTree')), 'the overview still reads the org tree');
});

test('a committee leader reads across agencies but is read-only', async ({ page, baseUrl, login }) => {
  await login('gw_leader');
  await page.waitForSelector('[data-test=read-only]');
  await page.goto(`${baseUrl}/org/members`);
  await page.waitForSelector('[data-test=members-table]');
  expect(!(await page.$('[data-test=members-create]')), 'a committee leader can create members');
  await page.goto(`${baseUrl}/system/users`);
  await page.waitForSelector('[data-test=users-table]');
  expect(!(await page.$('[data-test=users-create]')), 'a committee leader can create users');
  await eventually(async () => (await page.$$('[data-test=users-table] .el-table__row')).length > 0, 'no users listed for the leader');
});

test('the committee narrows every page to one agency with the picker', async ({ page, baseUrl, login }) => {
  const api = new Api(baseUrl);
  const own = await api.ensureRoot(await api.token('czj_admin'), '市财政局党组', 'CZJDZ');
  await api.ensureRoot(await api.token('jyj_admin'), '市教育局党组', 'JYJDZ');
  await login('gw_admin');
  await page.goto(`${baseUrl}/org/units`);
  await page.waitForSelector('[data-test=org-tree] .el-tree-node');
  const before = (await page.$$('[data-test=org-tree] > .el-tree-node')).length;
  expect(before >= 2, `the committee sees ${before} top-level organizations across agencies`);
  await page.click('[data-test=agency-picker]');
  await page.keyboard.type('市财政局');
  await page.click('.el-select-dropdown__item:visible >> text="市财政局"');
  await eventually(async () => (await page.$$('[data-test=org-tree] > .el-tree-node')).length === 1, 'the tree was not narrowed to one agency');
  expect(((await page.textContent('[data-test=org-tree]')) ?? '').includes(own.name), 'the picked agency\'s tree is not shown');
});

interface AgencyFigures {
  tenantName: string;
  members: number;
  hasOrganCommittee: boolean;
}

const BY_AGENCY = '{ orgOverview { byAgency { tenantName members hasOrganCommittee } } }';
const tableNames = (page: import('playwright-core').Page) =>
  page.$$eval('[data-test=agency-table] [data-test=agency-open]', (links) => links.map((l) => (l.textContent ?? '').trim()));

test('the agency table lists every agency and drills down to those without an organ committee', async ({ page, baseUrl, login }) => {
  const api = new Api(baseUrl);
  const token = await api.token('gw_admin');
  // An agency registered today has no party organization yet: the table lists it all the same.
  const fresh = unique('端到端空单位');
  await api.request(token, 'mutation($i: CreateTenantInput!) { createTenant(input: $i) { id } }', {
    i: { name: fresh, code: unique('E2EOV'), admin: { username: unique('e2e_ov_'), displayName: '端到端管理员', password: 'Agency@2026e2e' } },
  });
  const { orgOverview } = await api.request<{ orgOverview: { byAgency: AgencyFigures[] } }>(token, BY_AGENCY);
  const all = orgOverview.byAgency;
  const lacking = all.filter((a) => !a.hasOrganCommittee).map((a) => a.tenantName);
  expect(all.some((a) => a.tenantName === fresh), 'the API does not list the agency without organizations');
  await login('gw_admin');
  await page.waitForSelector('[data-test=agency-table] [data-test=agency-open]');
  await eventually(async () => (await tableNames(page)).length === all.length, `the table does not list the API's ${all.length} agencies`);
  expect((await tableNames(page)).sort().join() === all.map((a) => a.tenantName).sort().join(), 'the table lists other agencies than the API');
  await page.click('[data-test=agency-drill-noUnits]');
  await eventually(async () => (await tableNames(page)).includes(fresh), `无党组织 does not list ${fresh}`);

  // The agencies card's link switches the table to the drill-down (and its count is the API's).
  const link = digits(await page.textContent('[data-test=kpi-drill-noOrganCommittee]'));
  expect(link.includes(String(lacking.length)), `the link says "${link}", the API lists ${lacking.length} agencies without an organ committee`);
  await page.click('[data-test=kpi-drill-noOrganCommittee]');
  await eventually(async () => (await tableNames(page)).sort().join() === [...lacking].sort().join(), `未设机关党委 does not list exactly ${lacking.join('、') || 'no agency'}`);
  expect(await page.isChecked('[data-test=agency-drill-noOrganCommittee] input'), 'the drill-down control does not show 未设机关党委');
  await page.click('[data-test=agency-drill-all]');
  await eventually(async () => (await tableNames(page)).length === all.length, '全部 does not bring every agency back');
});

test('the agency table sorts by members, largest first, and a name opens that agency\'s org page', async ({ page, baseUrl, login }) => {
  const api = new Api(baseUrl);
  const { orgOverview } = await api.request<{ orgOverview: { byAgency: AgencyFigures[] } }>(await api.token('gw_admin'), BY_AGENCY);
  const descending = orgOverview.byAgency.map((a) => a.members).sort((x, y) => y - x);
  await login('gw_admin');
  await page.waitForSelector('[data-test=agency-table] [data-test=agency-open]');
  // The table comes in the API's order (most organizations first), which is not the members' order.
  const column = () => page.$$eval('[data-test=agency-table] [data-test=agency-members]', (cells) => cells.map((c) => Number((c.textContent ?? '').replace(/\s/g, ''))));
  await page.click('[data-test=agency-table] th:has-text("在册党员") .cell');
  await eventually(async () => (await column()).join() === descending.join(), `sorted by 在册党员, the rows do not run from the largest (${descending[0]}) down`);

  const name = (await tableNames(page))[0];
  await page.click('[data-test=agency-table] .el-table__body tr:first-child [data-test=agency-open]');
  await page.waitForURL((u) => u.pathname === '/org/units');
  // The same view as picking the agency in the top bar: the picker names it and the tree is its own.
  await eventually(async () => ((await page.textContent('[data-test=agency-picker]')) ?? '').includes(name), `the picker does not show ${name}`);
  await eventually(async () => (await page.$$('[data-test=org-tree] > .el-tree-node')).length === 1, `the org tree is not narrowed to ${name}`);
});

test('an agency admin sees its own figures and no agency table', async ({ page, baseUrl, login }) => {
  await login('czj_admin');
  await page.goto(`${baseUrl}/overview`);
  await page.waitForSelector('[data-test=kpi-members] [data-test=kpi-value]');
  expect(!(await page.$('[data-test=agency-table-card]')), 'an agency admin sees the table of all agencies');
  expect(!(await page.$('[data-test=kpi-drill-noOrganCommittee]')), 'an agency admin is offered the committee\'s drill-downs');
});
