import type { Page } from 'playwright-core';
import { Permission } from '../src/router/permissions';
import { expect, eventually, test } from './harness';
import { Api } from './support';

// What each demo account's side menu holds, as the catalogue grants it (libs/*/…permissions.ts).
const MENUS: Record<string, string[]> = {
  czj_admin: ['members-stars', 'home', 'duties-institutions', 'overview', 'duties-mine', 'duties-review', 'duties-list', 'duties-board', 'work-inbox', 'work-projects', 'supervision-rectifications', 'supervision-figures', 'supervision-assessment', 'supervision-accountability', 'supervision-reviews', 'org-units', 'org-members', 'org-posts', 'org-post-types', 'org-secretary-check', 'system-users', 'system-audit', 'members-activities', 'members-honours', 'members-points-ledger', 'members-points-rules', 'members-points-ranking', 'members-points-archive'],
  czj_secretary: ['members-stars', 'home', 'duties-institutions', 'duties-mine', 'duties-review', 'duties-list', 'org-units', 'org-members', 'org-posts', 'org-post-types', 'members-points-review', 'members-activities', 'members-points-mine', 'members-points-ledger', 'members-points-rules', 'members-points-ranking', 'members-points-archive'],
  czj_member: ['members-stars', 'home', 'duties-institutions', 'duties-mine', 'members-points-mine', 'members-points-rules'],
  czj_showcase: ['home', 'duties-institutions'],
  gw_admin: ['members-stars', 'home', 'duties-institutions', 'overview', 'duties-list', 'duties-board', 'duties-templates', 'work-tasks', 'work-projects', 'supervision-campaigns', 'supervision-rectifications', 'supervision-cadence', 'supervision-figures', 'supervision-assessment', 'supervision-accountability', 'supervision-reviews', 'org-units', 'org-members', 'org-posts', 'org-post-types', 'org-secretary-check', 'system-tenants', 'system-users', 'system-audit', 'system-reminders', 'members-activities', 'members-honours', 'members-points-ledger', 'members-points-rules', 'members-points-ranking', 'members-points-archive', 'grids'],
  gw_leader: ['members-stars', 'home', 'duties-institutions', 'overview', 'duties-list', 'duties-board', 'duties-templates', 'work-tasks', 'work-projects', 'supervision-campaigns', 'supervision-rectifications', 'supervision-cadence', 'supervision-figures', 'supervision-assessment', 'supervision-accountability', 'supervision-reviews', 'org-units', 'org-members', 'org-posts', 'org-post-types', 'org-secretary-check', 'system-users', 'system-audit', 'system-reminders', 'members-activities', 'members-honours', 'members-points-ledger', 'members-points-rules', 'members-points-ranking', 'members-points-archive', 'grids'],
  gw_liaison: ['members-stars', 'home', 'duties-institutions', 'overview', 'duties-list', 'duties-board', 'duties-templates', 'work-tasks', 'work-projects', 'supervision-campaigns', 'supervision-rectifications', 'supervision-cadence', 'supervision-figures', 'supervision-assessment', 'supervision-accountability', 'supervision-reviews', 'org-units', 'org-members', 'org-posts', 'org-post-types', 'org-secretary-check', 'members-activities', 'members-honours', 'members-points-ledger', 'members-points-rules', 'members-points-ranking', 'members-points-archive', 'grids'],
};

/** Signs out through the user menu, so the next login starts from a fresh session. */
async function signOut(page: Page): Promise<void> {
  await page.click('[data-test=user-menu]');
  await page.click('[data-test=logout]');
  await page.waitForSelector('[data-test=login-notice]');
}

async function menuEntries(page: Page): Promise<string[]> {
  await page.waitForSelector('[data-test=side-menu] [data-test=menu-home]');
  return page.$$eval('[data-test=side-menu] [data-test^=menu-]', (els) => els.map((el) => el.getAttribute('data-test')?.slice('menu-'.length) ?? ''));
}

test('each demo role\'s menu shows only the pages its permissions open', async ({ page, login }) => {
  for (const [username, expected] of Object.entries(MENUS)) {
    await login(username);
    const entries = await menuEntries(page);
    expect(JSON.stringify(entries.sort()) === JSON.stringify([...expected].sort()), `${username}'s menu is ${entries.join(', ')}, not ${expected.join(', ')}`);
    await signOut(page);
  }
});

test('every permission the portal asks for is in the server\'s catalogue', async ({ baseUrl }) => {
  const api = new Api(baseUrl);
  const { permissionCatalogue } = await api.request<{ permissionCatalogue: { name: string }[] }>(await api.token('czj_member'), '{ permissionCatalogue { name } }');
  const known = new Set(permissionCatalogue.map((p) => p.name));
  const unknown = Object.values(Permission).filter((p) => !known.has(p));
  expect(unknown.length === 0, `the portal names permissions the server does not grant: ${unknown.join(', ')}`);
});

test('a party member\'s menu has no admin pages, and typing one in is refused', async ({ page, baseUrl, login }) => {
  await login('czj_member');
  expect(new URL(page.url()).pathname === '/home', `the member landed on ${page.url()}`);
  expect(JSON.stringify((await menuEntries(page)).sort()) === JSON.stringify(['duties-institutions', 'duties-mine', 'home', 'members-points-mine', 'members-points-rules', 'members-stars']), 'the member\'s menu holds more than the 工作台, 我的责任, 我的积分, 积分规则 and 星级评定 (read, to object during 公示)');
  for (const path of ['/org/members', '/org/units', '/system/users', '/system/audit', '/system/tenants', '/overview', '/duties/review', '/duties/list', '/duties/board', '/duties/templates', '/work/tasks', '/work/inbox', '/work/projects', '/supervision/campaigns', '/supervision/rectifications', '/supervision/cadence', '/supervision/figures', '/supervision/assessment', '/supervision/accountability', '/supervision/reviews', '/members/points/review', '/members/points/ledger', '/members/points/ranking', '/grids']) {
    await page.goto(`${baseUrl}${path}`);
    await eventually(async () => new URL(page.url()).pathname === '/forbidden', `the member opened ${path}`);
  }
  expect(!(await page.$('[data-test=members-create]')), 'the member is offered 新建党员');
});

test('a committee leader and a grid liaison are offered no write anywhere', async ({ page, baseUrl, login }) => {
  const writes = ['members-create', 'members-import', 'member-edit', 'member-transfer', 'posts-assign', 'post-end', 'users-create', 'user-edit', 'user-reset', 'user-toggle', 'org-create-root', 'org-create-child', 'org-edit', 'org-move', 'org-dissolve', 'org-restore'];
  for (const username of ['gw_leader', 'gw_liaison']) {
    await login(username);
    const pages: [string, string][] = [
      ['/org/members', '[data-test=members-table] .el-table__row'],
      ['/org/posts', '[data-test=posts-table]'],
      ['/org/units', '[data-test=org-tree] .el-tree-node'],
      ...(username === 'gw_leader' ? ([['/system/users', '[data-test=users-table] .el-table__row']] as [string, string][]) : []),
    ];
    for (const [path, ready] of pages) {
      await page.goto(`${baseUrl}${path}`);
      await page.waitForSelector(ready);
      await page.waitForLoadState('networkidle');
      const offered = [];
      for (const w of writes) if (await page.$(`[data-test=${w}]`)) offered.push(w);
      expect(offered.length === 0, `${username} is offered ${offered.join(', ')} on ${path}`);
    }
    await signOut(page);
  }
});

interface LedUnit {
  id: string;
  name: string;
}

test('a branch secretary\'s members page lists only their branch\'s members and writes only there', async ({ page, baseUrl, login }) => {
  const api = new Api(baseUrl);
  const secretary = await api.token('czj_secretary');
  const admin = await api.token('czj_admin');
  const { myPartyMember } = await api.request<{ myPartyMember: { posts: { post: { secretary: boolean }; unit: LedUnit }[] } | null }>(
    secretary,
    '{ myPartyMember { posts { post { secretary } unit { id name } } } }',
  );
  const led = (myPartyMember?.posts ?? []).filter((p) => p.post.secretary).map((p) => p.unit);
  expect(led.length > 0, 'the demo secretary leads no branch');

  // What the agency's admin sees of those branches is what the secretary's page must show, and no more.
  const subtree = new Set<string>();
  let expected = 0;
  for (const unit of led) {
    const { orgTree } = await api.request<{ orgTree: { name: string }[] }>(admin, 'query($id: ID) { orgTree(id: $id, depth: 7) { name } }', { id: unit.id });
    orgTree.forEach((u) => subtree.add(u.name));
    const { partyMembers } = await api.request<{ partyMembers: { total: number } }>(
      admin,
      'query($u: ID) { partyMembers(unitId: $u, includeDescendants: true, status: ACTIVE, limit: 1) { total } }',
      { u: unit.id },
    );
    expected += partyMembers.total;
  }
  const { partyMembers: all } = await api.request<{ partyMembers: { total: number } }>(admin, '{ partyMembers(status: ACTIVE, limit: 1) { total } }');
  expect(expected > 0 && expected < all.total, `the branch holds ${expected} of the agency's ${all.total} members`);

  await login('czj_secretary');
  await page.goto(`${baseUrl}/org/members`);
  await eventually(async () => (await page.textContent('.zr-page-head .zr-sub'))?.includes(`共 ${expected} 条`), `the page does not show ${expected} members`);
  const units = await page.$$eval('[data-test=members-table] .el-table__body-wrapper .el-table__row td:nth-child(3)', (tds) => tds.map((td) => td.textContent?.trim() ?? ''));
  expect(units.length > 0, 'no member rows listed');
  const outside = units.filter((u) => !subtree.has(u));
  expect(outside.length === 0, `members of other units are listed: ${[...new Set(outside)].join(', ')}`);

  // Member management is theirs: editing their members, and a new member only inside the branch.
  await page.waitForSelector('[data-test=members-table] [data-test=member-edit]');
  await page.click('[data-test=members-create]');
  await page.click('[data-test=member-form] .el-form-item:has-text("所在党组织") .el-select__wrapper');
  await page.waitForSelector('.el-tree-select__popper:visible .el-select-dropdown__item');
  const choices = await page.$$eval('.el-tree-select__popper:visible .el-select-dropdown__item', (els) => els.map((el) => el.textContent?.trim() ?? ''));
  expect(choices.length > 0 && choices.every((c) => subtree.has(c)), `the new member may be put in ${choices.join(', ')}`);
  expect(led.every((u) => choices.includes(u.name)), `the secretary's branches are not offered: ${choices.join(', ')}`);
});

test('the committee admin looking at one agency is offered no write (the view is read-only)', async ({ page, baseUrl, login }) => {
  await login('gw_admin');
  await page.goto(`${baseUrl}/system/users`);
  await page.waitForSelector('[data-test=users-create]');
  await page.click('[data-test=agency-picker]');
  await page.keyboard.type('市财政局');
  await page.click('.el-select-dropdown__item:visible >> text="市财政局"');
  await eventually(async () => !(await page.$('[data-test=users-create]')), 'the narrowed view still offers 新建用户');
  await page.goto(`${baseUrl}/org/members`);
  await page.waitForSelector('[data-test=members-table] .el-table__row');
  expect(!(await page.$('[data-test=members-create]')) && !(await page.$('[data-test=member-edit]')), 'the narrowed view offers member writes');
  await page.goto(`${baseUrl}/system/tenants`);
  await page.waitForSelector('[data-test=tenants-table] .el-table__row');
  expect(!(await page.$('[data-test=tenants-create]')) && !(await page.$('[data-test=tenant-toggle]')), 'the narrowed view offers tenant writes');
});
