import { expect, eventually, test } from './harness';
import { Api, unique } from './support';

const rowCount = async (page: import('playwright-core').Page) => (await page.$$('[data-test=posts-table] .el-table__body-wrapper .el-table__row')).length;

test('the posts page loads holders a page at a time and filters by post on the server', async ({ page, baseUrl, login }) => {
  const api = new Api(baseUrl);
  const token = await api.token('czj_admin');
  const count = async (postCode: string | null) =>
    (await api.request<{ postAssignments: { total: number } }>(token, 'query($p: String) { postAssignments(postCode: $p, limit: 1) { total } }', { p: postCode })).postAssignments.total;
  const all = await count(null);
  const secretaries = await count('BRANCH_SECRETARY');
  expect(all > 20 && secretaries > 0 && secretaries <= 20, `the demo agency has ${all} holders and ${secretaries} branch secretaries`);
  const operations: string[] = [];
  page.on('request', (r) => (r.url().endsWith('/graphql') ? operations.push(r.postData() ?? '') : undefined));
  await login('czj_admin');
  await page.goto(`${baseUrl}/org/posts`);
  await eventually(async () => (await rowCount(page)) === 20, 'the first page does not hold 20 rows');
  expect(((await page.textContent('[data-test=posts-pager]')) ?? '').includes(String(all)), `the pager does not show the total ${all}`);
  expect(!operations.some((o) => o.includes('orgTree') && o.includes('posts')), 'the page still reads the posts of the whole tree');

  await page.click('[data-test=posts-post-filter] .el-select__wrapper');
  await page.click('.el-select-dropdown__item:visible >> text="党支部书记"');
  await page.click('[data-test=posts-search-submit]');
  await eventually(async () => (await rowCount(page)) === secretaries, `the filtered table does not hold the ${secretaries} branch secretaries`);
  const postCells = await page.$$eval('[data-test=posts-table] .el-table__body-wrapper .el-table__row td:nth-child(2)', (tds) => tds.map((td) => td.textContent?.trim()));
  expect(postCells.every((c) => c === '党支部书记'), `rows other than branch secretaries: ${postCells.join(', ')}`);
  expect(operations.some((o) => o.includes('PostAssignments') && o.includes('BRANCH_SECRETARY')), 'the post filter was not sent to the server');
});

test('a tenant admin assigns a post and ends the term from the posts page', async ({ page, baseUrl, login }) => {
  const api = new Api(baseUrl);
  const token = await api.token('czj_admin');
  const root = await api.ensureRoot(token, '市财政局党组', 'CZJDZ');
  const name = unique('任职');
  await api.request(token, 'mutation($i: CreatePartyMemberInput!) { createPartyMember(input: $i) { id } }', {
    i: { name, gender: 'FEMALE', joinedOn: '2012-07-01', unitId: root.id },
  });
  await login('czj_admin');
  await page.goto(`${baseUrl}/org/posts`);
  await page.waitForSelector('[data-test=posts-assign]:not([disabled])');
  await page.click('[data-test=posts-assign]');
  const dialog = '.el-dialog:has-text("任命岗位")';
  await page.click(`${dialog} .el-form-item:has-text("党组织") .el-select__wrapper`);
  await page.click(`.el-tree-select__popper:visible .el-select-dropdown__item >> text="${root.name}"`);
  await page.click(`${dialog} .el-form-item:has-text("岗位") .el-select__wrapper`);
  // A 党组 is offered its own posts, not a branch's or an organ committee's.
  await page.waitForSelector('.zr-post-options .el-select-dropdown__item');
  const offered = await page.$$eval('.zr-post-options .el-select-dropdown__item', (els) => els.map((el) => el.textContent?.trim() ?? ''));
  expect(offered.includes('党组(党委)书记') && !offered.includes('党支部书记') && !offered.includes('机关党委书记'), `posts offered for a 党组: ${offered.join('、')}`);
  await page.click('.el-select-dropdown__item:visible >> text="党组(党委)班子成员"');
  await page.click(`${dialog} .el-form-item:has-text("任职党员") .el-select__wrapper`);
  await page.keyboard.type(name);
  await page.click(`.el-select-dropdown__item:visible >> text=${name}`);
  await page.click(`${dialog} .el-button--primary`);
  await page.waitForSelector('.el-message--success');

  await page.fill('[data-test=posts-search]', name);
  await page.click('[data-test=posts-search-submit]');
  await eventually(async () => (await rowCount(page)) === 1 && (await page.textContent('[data-test=posts-table]'))?.includes(name), 'the new holder is not listed');
  await page.click('[data-test=posts-table] .el-table__row button:has-text("结束任职")');
  await page.click('.el-message-box__btns .el-button--primary');
  await eventually(async () => (await rowCount(page)) === 0, 'the ended term is still listed');
});
