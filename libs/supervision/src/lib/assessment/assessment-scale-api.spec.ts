import { Tenant, TenantKind } from '@zeren/tenancy';
import { dataOf as ok, addAgencies, type TestApi } from '@zeren/api/testing';
import { createAssessmentTestApi } from './testing';
import { AssessmentResult } from './assessment-result.entity';
import { AccountabilityMeasure } from '../accountability/accountability-measure.entity';


// Computing a year and proposing its measures cost the same statements at 10 agencies as at 1 000:
// grouped reads for the inputs, one DELETE and one bulk INSERT (one per ~1 900 rows).
describe('考核 and 问责 at 10 and 1 000 agencies', () => {
  let api: TestApi;
  const gw = 'gw_committee_admin';

  beforeAll(async () => {
    api = await createAssessmentTestApi();
    await api.addTenant('GW', TenantKind.COMMITTEE);
  }, 120_000);
  afterAll(() => api.close());

  const measured = async (query: string, variables: Record<string, unknown>, field: string) => {
    await api.as(gw).run('{ __typename }');
    const result = await api.as(gw).run(query, variables);
    ok(result, field);
    if (process.env['SHOW_SQL']) console.log(api.counter.statements.map((q) => q.slice(0, 160)).join('\n'));
    return result.statements;
  };
  const round = async (year: number) => {
    const s = ok<{ id: string }>(await api.as(gw).run(`mutation($i: AssessmentSchemeInput!) { createAssessmentScheme(input: $i) { id } }`, { i: { year, title: `${year}年度方案`, adjustmentLimit: 10 } }), 'createAssessmentScheme');
    ok(await api.as(gw).run(`mutation($id: ID!) { publishAssessmentScheme(id: $id) { id } }`, { id: s.id }), 'publishAssessmentScheme');
    // One agency a point down: it ranks last, and every other agency has one below it, so all are among the bottom six (取消评先).
    const [last] = await api.dataSource.manager.find(Tenant, { where: { kind: TenantKind.AGENCY }, order: { code: 'ASC' }, take: 1 });
    ok(await api.as(gw).run(`mutation($i: AssessmentAdjustmentInput!) { addAssessmentAdjustment(input: $i) { id } }`, { i: { tenantId: last.id, year, points: -1, reason: '被通报' } }), 'addAssessmentAdjustment');
    const compute = await measured(`mutation($y: Int!) { computeAssessment(year: $y) { id } }`, { y: year }, 'computeAssessment');
    const recompute = await measured(`mutation($y: Int!) { computeAssessment(year: $y) { id } }`, { y: year }, 'computeAssessment');
    const propose = await measured(`mutation($y: Int!) { proposeAccountabilityMeasures(year: $y) { proposed } }`, { y: year }, 'proposeAccountabilityMeasures');
    const page = await measured(`query($y: Int!) { assessmentResults(year: $y, limit: 5) { total items { id rank total tenant { name } } } }`, { y: year }, 'assessmentResults');
    return { compute, recompute, propose, page };
  };

  it('computes, recomputes and proposes in the same statements at 10 as at 1 000 agencies, one result each', async () => {
    await addAgencies(api, 0, 10);
    const small = await round(2030);
    await addAgencies(api, 10, 990);
    const large = await round(2031);
    expect([await api.dataSource.manager.count(AssessmentResult, { where: { year: 2030 } }), await api.dataSource.manager.count(AssessmentResult, { where: { year: 2031 } })]).toEqual([10, 1000]);
    expect([await api.dataSource.manager.count(AccountabilityMeasure, { where: { year: 2030 } }), await api.dataSource.manager.count(AccountabilityMeasure, { where: { year: 2031 } })]).toEqual([10, 1000]);
    expect(large).toEqual(small);
  }, 300_000);
});
