import type { Page, Route } from 'playwright-core';
import { expect, eventually, test } from './harness';

const DAY = 86_400_000;

/** Answers the portal's MyTodos query with `body` after `delayMs`; every other request goes through. */
async function fakeTodos(page: Page, body: () => unknown, delayMs = 0): Promise<void> {
  await page.route('**/graphql', async (route: Route) => {
    if (!route.request().postData()?.includes('query MyTodos')) return route.fallback();
    await new Promise((r) => setTimeout(r, delayMs));
    await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(body()) });
  });
}

test('the 工作台 says there is nothing to do when no module has a to-do', async ({ page, login }) => {
  // Every module answering nothing, whatever the demo data holds by now (a published duty list gives the member to-dos).
  await fakeTodos(page, () => ({ data: { myTodos: [] } }));
  await login('czj_member');
  const empty = await page.waitForSelector('[data-test=my-todos] [data-test=todos-empty]');
  expect((await empty.textContent())?.includes('暂无待办事项'), `unexpected empty text: ${await empty.textContent()}`);
  expect(!(await page.$('[data-test=my-todos] [data-test=todos-loading]')), 'the to-do card still shows its loading state');
});

test('the 工作台 shows a loading state, then each to-do with its warning colour, due date and link', async ({ page, login }) => {
  const todo = (id: string, title: string, days: number | null, level: string | null, link: string | null) => ({
    id,
    module: 'e2e',
    title,
    dueAt: days === null ? null : new Date(Date.now() + days * DAY).toISOString(),
    level,
    link,
  });
  await fakeTodos(
    page,
    () => ({
      data: {
        myTodos: [
          todo('late', '提交上月履责纪实', -1, 'RED', '/org/members'),
          todo('soon', '填报本月任务回执', 1, 'YELLOW', null),
          todo('later', '准备年度述职', 30, 'BLUE', null),
          todo('open', '阅读学习材料', null, null, null),
        ],
      },
    }),
    1500,
  );
  await login('czj_member');
  await page.waitForSelector('[data-test=my-todos] [data-test=todos-loading]');
  expect(!(await page.$('[data-test=my-todos] [data-test=todos-empty]')), 'the card says 暂无待办事项 while it is still loading');

  await page.waitForSelector('[data-test=my-todos] [data-test=todos-list]');
  const items = await page.$$eval('[data-test=todo-item]', (els) =>
    els.map((el) => ({
      text: el.textContent?.replace(/\s+/g, ' ').trim() ?? '',
      tag: el.querySelector('[data-test=todo-level]')?.className ?? '',
      link: el.querySelector('[data-test=todo-link]')?.getAttribute('href') ?? null,
    })),
  );
  expect(items.length === 4, `${items.length} to-dos shown`);
  expect(items[0].text.includes('红色预警') && items[0].tag.includes('el-tag--danger') && items[0].link === '/org/members', `the overdue item: ${JSON.stringify(items[0])}`);
  expect(items[1].text.includes('黄色预警') && items[1].tag.includes('el-tag--warning') && items[1].link === null, `the item due soon: ${JSON.stringify(items[1])}`);
  expect(items[2].text.includes('蓝色预警') && items[2].tag.includes('el-tag--primary') && /截止 \d{4}/.test(items[2].text), `the later item: ${JSON.stringify(items[2])}`);
  expect(items[3].tag === '' && items[3].text.includes('无截止时间'), `the item without a due date: ${JSON.stringify(items[3])}`);
});

test('a to-do list that fails to load says so instead of showing an empty list', async ({ page, login }) => {
  await fakeTodos(page, () => ({ data: null, errors: [{ message: '待办服务暂不可用', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }));
  await login('czj_member');
  const error = await page.waitForSelector('[data-test=my-todos] [data-test=todos-error]');
  expect((await error.textContent())?.includes('待办事项加载失败'), `unexpected error text: ${await error.textContent()}`);
  expect(!(await page.$('[data-test=my-todos] [data-test=todos-empty]')), 'a failed load is shown as 暂无待办事项');
  await page.unroute('**/graphql');
  await page.click('[data-test=todos-retry]');
  // Loaded: the list or the empty state, whichever the demo data gives the member by now; no error.
  await eventually(async () => !!(await page.$('[data-test=my-todos] [data-test=todos-empty], [data-test=my-todos] [data-test=todos-list]')), 'a retry does not load the list');
  expect(!(await page.$('[data-test=my-todos] [data-test=todos-error]')), 'the error stays after a successful retry');
});
