import { expect, eventually, test } from './harness';
import { Api } from './support';

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
