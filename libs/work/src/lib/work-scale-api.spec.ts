import { TenantKind } from '@zeren/tenancy';
import { addAgencies, type GqlResult, type TestApi } from '@zeren/api/testing';
import { localDateOf, localYear } from '@zeren/shared-periods';
import { createWorkTestApi } from '../testing';
import { TaskReceipt } from './task/task-receipt.entity';

const ok = <T = any>(res: GqlResult, field: string): T => {
  expect(res.errors).toBeUndefined();
  return res.data![field] as T;
};

// Sending a task is one write whatever the number of agencies; the committee's pages over its receipts too.
describe('committee → agency work at 10 and 10 000 agencies', () => {
  let api: TestApi;
  let pointId: string;
  const gw = 'gw_committee_admin';

  beforeAll(async () => {
    api = await createWorkTestApi();
    await api.addTenant('GW', TenantKind.COMMITTEE);
    const plan = ok<{ id: string }>(await api.as(gw).run(`mutation($i: WorkPlanInput!) { createWorkPlan(input: $i) { id } }`, { i: { year: localYear(), title: '规模测试要点' } }), 'createWorkPlan');
    pointId = ok<{ id: string }>(await api.as(gw).run(`mutation($p: ID!, $i: WorkPointInput!) { addWorkPoint(planId: $p, input: $i) { id } }`, { p: plan.id, i: { title: '要点', content: '' } }), 'addWorkPoint').id;
    ok(await api.as(gw).run(`mutation($id: ID!) { publishWorkPlan(id: $id) { id } }`, { id: plan.id }), 'publishWorkPlan');
  }, 120_000);
  afterAll(() => api.close());

  /** A draft to every agency, then its send, measured alone (a trivial request first keeps the session cache warm). */
  const send = async (title: string) => {
    const due = localDateOf(new Date(Date.now() + 10 * 86_400_000));
    const { id } = ok<{ id: string }>(await api.as(gw).run(`mutation($i: WorkTaskInput!) { createWorkTask(input: $i) { id } }`, { i: { pointId, month: 12, title, requirement: '要求', dueOn: due, minEvidence: 0, target: 'ALL' } }), 'createWorkTask');
    await api.as(gw).run('{ __typename }');
    const sent = await api.as(gw).run(`mutation($id: ID!) { sendWorkTask(id: $id) { id receiptCount } }`, { id });
    return { id, receiptCount: ok<{ receiptCount: number }>(sent, 'sendWorkTask').receiptCount, statements: sent.statements };
  };
  const measured = async (query: string, variables?: Record<string, unknown>) => {
    await api.as(gw).run('{ __typename }');
    const result = await api.as(gw).run(query, variables);
    expect(result.errors).toBeUndefined();
    if (process.env['SHOW_SQL']) console.log(api.counter.statements.map((q) => q.slice(0, 160)).join('\n'));
    return result.statements;
  };
  // A page smaller than the smallest list: TypeORM skips the COUNT when a first page holds everything.
  const RECEIPTS = `query($t: ID) { taskReceipts(taskId: $t, limit: 5) { total items { id status deadline warning tenant { name } task { title } files { id } } } }`;
  const FIGURES = `{ taskReceiptFigures(grouping: AGENCY) { key label total onTimeRate } tasks: workTasks { id receiptFigures { total overdue } monthWarning } }`;

  it('sends to every agency in the same statements at 10 as at 10 000, one receipt each', async () => {
    await addAgencies(api, 0, 10);
    const small = await send('十个单位');
    const smallPages = [await measured(RECEIPTS, { t: small.id }), await measured(FIGURES)];
    await addAgencies(api, 10, 9_990);
    const large = await send('一万个单位');
    const largePages = [await measured(RECEIPTS, { t: large.id }), await measured(FIGURES)];
    expect([small.receiptCount, large.receiptCount]).toEqual([10, 10_000]);
    expect(await api.dataSource.manager.count(TaskReceipt, { where: { taskId: large.id } })).toBe(10_000);
    expect(large.statements).toBe(small.statements);
    expect(largePages).toEqual(smallPages);
  }, 300_000);
});
