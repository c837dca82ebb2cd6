import { Scope, TenantDb, TenantKind, newId } from '@zeren/tenancy';
import type { TestApi, TestTenant } from '@zeren/api/testing';
import { OrgUnitKind as K, PostCode } from '@zeren/org-tree';
import { makeSecretary, insertTree } from '@zeren/org-tree/testing';
import { Cadence } from '@zeren/shared-periods';
import { createDutyTestApi } from '../testing';
import { currentYear } from './list/current-template';
import { DutyLevel } from './duty/duty-level.enum';
import { DutyItem } from './template/duty-item.entity';
import { DutyTemplate, TemplateStatus } from './template/duty-template.entity';
import { AgencyDutyList } from './list/agency-duty-list.entity';
import { FulfilmentRecord, RecordStatus } from './fulfilment/fulfilment-record.entity';
import { tenantDb } from '@zeren/tenancy/testing';

const YEAR = currentYear();

/** A published template of `count` yearly branch duties, written straight into the tables. */
async function publishedTemplate(api: TestApi, year: number, count: number, agencies: string[]): Promise<void> {
  const db = new TenantDb(api.dataSource, Scope.system('test fixture'));
  const id = newId();
  const now = new Date();
  await db.register(DutyTemplate).insert({ id, year, title: `${year}`, status: TemplateStatus.PUBLISHED, basedOnId: null, yellowWithinDays: 5, publishedAt: now, createdAt: now, updatedAt: now });
  await db.dispatch(agencies).repo(AgencyDutyList).fanOut(agencies, { templateId: id, year, issuedAt: now });
  const items: DutyItem[] = Array.from({ length: count }, (_, i) => ({
    id: newId(),
    templateId: id,
    level: DutyLevel.BRANCH,
    postCode: i % 2 ? PostCode.BRANCH : PostCode.BRANCH_SECRETARY,
    unitKinds: null,
    area: '组织建设',
    title: `事项${i}`,
    content: '内容',
    requirement: '要求',
    cadence: Cadence.YEAR,
    dueOffsetDays: 0,
    dueOn: null,
    evidenceKinds: null,
    minEvidence: 0,
    weight: 1,
    supervisor: '机关党委',
    sortOrder: i,
  }));
  await db.register(DutyItem).insert(items);
}

// The list and board pages cost the same number of statements whatever the size of the list.
describe('responsibility statement counts', () => {
  let api: TestApi;
  let a: TestTenant;
  let unitId: string;

  beforeAll(async () => {
    api = await createDutyTestApi();
    await api.addTenant('GW', TenantKind.COMMITTEE);
    a = await api.addTenant('A');
    const b = await api.addTenant('B');
    const units = await insertTree(api.dataSource, a.tenant.id, [
      ['DZ', K.PARTY_GROUP, null],
      ['ZB1', K.BRANCH, 'DZ'],
      ['ZB2', K.BRANCH, 'DZ'],
    ]);
    unitId = units.get('ZB1')!.id;
    await makeSecretary(api, a, units.get('ZB1')!);
    await publishedTemplate(api, YEAR - 1, 10, [a.tenant.id, b.tenant.id]);
    await publishedTemplate(api, YEAR - 2, 10_000, [a.tenant.id, b.tenant.id]);
  }, 120_000);
  afterAll(() => api.close());

  /**
   * A run whose count holds only the page's own statements: a trivial request just before it leaves
   * the caller's session in the gateway's short session cache, which a slow run could outlast.
   */
  const measured = async (user: string, query: string, variables?: Record<string, unknown>) => {
    await api.as(user).run('{ __typename }');
    return api.as(user).run(query, variables);
  };

  const pages: [string, string, string][] = [
    ['the agency list with holders', 'a_tenant_admin', `query($y: Int) { agencyDuties(year: $y) { id title post { name } holders { unit { name } holder { name } } } }`],
    ['the committee board by agency', 'gw_committee_admin', `query($y: Int) { dutyCompletion(grouping: AGENCY, year: $y) { key due done overdue } }`],
    ['one agency by duty', 'a_tenant_admin', `query($y: Int) { dutyCompletion(grouping: DUTY, year: $y) { key due done overdue } }`],
    ['one agency by person', 'a_tenant_admin', `query($y: Int) { dutyCompletion(grouping: PERSON, year: $y) { key due } }`],
    ['my duties', 'a_branch_secretary', `query($y: Int) { myDuties(year: $y) { periodKey duty { title } unit { name } holder { name } record { id } } }`],
  ];

  it.each(pages)('%s: the same statements at 10 items as at 10 000', async (_name, user, query) => {
    const small = await measured(user, query, { y: YEAR - 1 });
    const large = await measured(user, query, { y: YEAR - 2 });
    expect(small.errors).toBeUndefined();
    expect(large.errors).toBeUndefined();
    expect(large.statements).toBe(small.statements);
  }, 120_000);

  it('the unit view too', async () => {
    const query = `query($u: ID!, $y: Int) { unitDuties(unitId: $u, year: $y) { duty { title } holder { name } } }`;
    const small = await measured('a_tenant_admin', query, { u: unitId, y: YEAR - 1 });
    const large = await measured('a_tenant_admin', query, { u: unitId, y: YEAR - 2 });
    expect(small.data!.unitDuties).toHaveLength(10);
    expect(large.data!.unitDuties).toHaveLength(10_000);
    expect(large.statements).toBe(small.statements);
  }, 120_000);

  it('the ledger and the review queue: the same statements at 10 records as at 10 000', async () => {
    const duties = (await api.as('a_tenant_admin').run(`query($y: Int) { agencyDuties(year: $y) { id templateId postCode } }`, { y: YEAR - 2 })).data!.agencyDuties;
    const records = (from: number, to: number) =>
      Array.from({ length: to - from }, (_, i) => {
        const duty = duties[(from + i) % duties.length];
        return {
          templateId: duty.templateId,
          dutyId: duty.id,
          periodKey: String(YEAR - 2),
          unitId,
          memberId: null,
          holderKey: '',
          subjectUserId: null,
          postCode: duty.postCode,
          version: 1,
          current: true,
          status: (from + i) % 3 ? RecordStatus.ACCEPTED : RecordStatus.SUBMITTED,
          content: `纪实${from + i}`,
          happenedOn: `${YEAR - 2}-06-01`,
          place: null,
          participants: null,
          evidence: [],
          dueAt: new Date(),
          submittedAt: new Date(),
          late: false,
          recordedById: 'someone-else',
          previousId: null,
          correctionReason: null,
          reviewedById: null,
          reviewedAt: null,
          reviewComment: null,
        };
      });
    const repo = tenantDb(api.dataSource, a.tenant.id).repo(FulfilmentRecord);
    // Each its own request, as the portal's two tabs ask for them: in one document, the two lists'
    // duties are batched together or apart depending on which list's query returns first.
    const ledger = `{ fulfilmentRecords(limit: 50) { total items { id duty { title } unit { name } member { name } files { id } } } }`;
    const queue = `{ reviewQueue { id duty { title } unit { name } } }`;
    await repo.insert(records(0, 10));
    const small = [await measured('a_tenant_admin', ledger), await measured('a_tenant_admin', queue)];
    await repo.insert(records(10, 10_000));
    const large = [await measured('a_tenant_admin', ledger), await measured('a_tenant_admin', queue)];
    expect(small[0].data!.fulfilmentRecords.total).toBe(10);
    expect(large[0].data!.fulfilmentRecords.total).toBe(10_000);
    expect(large.map((r) => r.statements)).toEqual(small.map((r) => r.statements));
  }, 120_000);
});
