import { eventually, expect, test } from './harness';
import { Api, unique } from './support';

test('an agency admin confirms receipt of a published document and adds a supplement; the committee sees the confirmation', async ({ page, baseUrl, login }) => {
  const api = new Api(baseUrl);
  const title = unique('端到端细则');
  await login('czj_admin');
  await page.goto(`${baseUrl}/duties/institutions`);
  const list = '[data-test=institutions-list]';
  await eventually(async () => (await page.textContent(list))?.includes('发展党员工作规程'), 'the library lacks 发展党员工作规程');
  const item = page.locator(`${list} .el-collapse-item`, { hasText: '发展党员工作规程' });
  await item.locator('.el-collapse-item__header').click();
  await item.locator('[data-test=institution-confirm]').click();
  await page.waitForSelector('.el-message--success');
  await eventually(async () => ((await item.locator('.el-collapse-item__header').textContent()) ?? '').includes('已确认'), 'the receipt is not shown as confirmed');

  await item.locator('[data-test=institution-add-supplement]').click();
  await page.fill('[data-test=institution-supplement-title]', title);
  await page.fill('[data-test=institution-supplement-body]', '发展对象须经支部委员会集体讨论。');
  await page.click('[data-test=institution-supplement-save]');
  await eventually(async () => ((await item.textContent()) ?? '').includes(title), 'the new supplement is not listed');

  const token = await api.token('gw_admin');
  const { institutionLibrary } = await api.request<{ institutionLibrary: { id: string; title: string }[] }>(token, '{ institutionLibrary { id title } }');
  const doc = institutionLibrary.find((d) => d.title === '发展党员工作规程')!;
  const { institutionReceiptStatus } = await api.request<{ institutionReceiptStatus: { unconfirmed: { code: string }[] } }>(
    token,
    'query($id: ID!) { institutionReceiptStatus(documentId: $id) { unconfirmed { code } } }',
    { id: doc.id },
  );
  expect(!institutionReceiptStatus.unconfirmed.some((a) => a.code === 'CZJ'), `CZJ is still listed as unconfirmed: ${JSON.stringify(institutionReceiptStatus)}`);
});
