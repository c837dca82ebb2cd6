import { Tenant, TenantKind, TenantStatus, newId } from '@zeren/tenancy';
import { dataOf as ok, type TestApi } from '@zeren/api/testing';
import { DAY_MS, endOfLocalDay, localDateOf, localYear } from '@zeren/shared-periods';
import { createSupervisionTestApi } from '../testing';
import { InspectionCampaign, InspectionFinding, InspectionVisit } from './inspection/inspection.entity';
import { Rectification } from './rectification/rectification.entity';
import { CampaignStatus, FindingSeverity, RectificationSource, RectificationStatus } from './supervision.enums';

const YEAR = localYear();

// The ledger, the findings, the coverage and the figures read the same statements at 10 as at 10 000 agencies.
describe('inspections and rectifications at 10 and 10 000 agencies', () => {
  let api: TestApi;
  let campaignId: string;
  let categoryId: string;
  const gw = 'gw_committee_admin';

  /** `count` more active agencies, each with a visit, a finding and its rectification, written in bulk. */
  async function addAgencies(from: number, count: number): Promise<void> {
    const now = new Date();
    const tenants = Array.from({ length: count }, (_, i) => Object.assign(new Tenant(), { id: newId(), code: `X${String(from + i).padStart(5, '0')}`, name: `规模单位${from + i}`, kind: TenantKind.AGENCY, status: TenantStatus.ACTIVE, createdAt: now }));
    const stamp = { createdAt: now, updatedAt: now };
    const visits = tenants.map((t) => ({ id: newId(), tenantId: t.id, campaignId, teamId: null, visitedOn: `${YEAR}-03-01`, notes: '走访', createdById: 'u', ...stamp }));
    const findings = visits.map((v) => ({ id: newId(), tenantId: v.tenantId, campaignId, year: YEAR, visitId: v.id, categoryId, severity: FindingSeverity.GENERAL, description: '问题', repeatOfId: null, createdById: 'u', ...stamp }));
    const dueOn = localDateOf(new Date(Date.now() + 10 * DAY_MS));
    const rects = findings.map((f, i) => ({
      id: newId(), tenantId: f.tenantId, year: YEAR, source: RectificationSource.INSPECTION, sourceId: f.id, categoryId, problem: '问题', dueOn, dueAt: endOfLocalDay(dueOn),
      status: i % 2 ? RectificationStatus.PENDING : RectificationStatus.CLOSED, measures: null, responsibleMemberId: null, responsiblePostCode: null, report: null, evidence: [],
      startedAt: null, firstRectifiedAt: i % 2 ? null : now, rectifiedAt: null, rectifiedById: null, late: false, failedCount: 0, verifyComment: null, verifiedAt: null,
      verifiedById: null, closeNote: null, closedAt: null, closedById: null, issuedById: 'u', ...stamp,
    }));
    const m = api.dataSource.manager;
    for (let i = 0; i < count; i += 500) {
      await m.insert(Tenant, tenants.slice(i, i + 500));
      await m.insert(InspectionVisit, visits.slice(i, i + 500));
      await m.insert(InspectionFinding, findings.slice(i, i + 500));
      await m.insert(Rectification, rects.slice(i, i + 500) as never);
    }
  }

  beforeAll(async () => {
    api = await createSupervisionTestApi();
    await api.addTenant('GW', TenantKind.COMMITTEE);
    categoryId = ok<{ id: string }[]>(await api.as(gw).run(`{ findingCategories { id } }`), 'findingCategories')[0].id;
    const now = new Date();
    campaignId = newId();
    await api.dataSource.manager.insert(InspectionCampaign, { id: campaignId, year: YEAR, title: '规模督查', startsOn: `${YEAR}-01-01`, endsOn: `${YEAR}-12-31`, status: CampaignStatus.UNDERWAY, createdById: 'u', createdAt: now, updatedAt: now });
  }, 120_000);
  afterAll(() => api.close());

  const measured = async (query: string) => {
    await api.as(gw).run('{ __typename }');
    const result = await api.as(gw).run(query);
    expect(result.errors).toBeUndefined();
    if (process.env['SHOW_SQL']) console.log(api.counter.statements.map((q) => q.slice(0, 160)).join('\n'));
    return result.statements;
  };
  // Pages smaller than the smallest list: TypeORM skips the COUNT when a first page holds everything.
  const PAGES = [
    `{ rectifications(limit: 5) { total items { id status deadline warning overdueMark tenant { name } category { name } responsibleMember { name } files { id } extensions { id } } } }`,
    `{ inspectionFindings(limit: 5) { total items { id repeated tenant { name } category { name } rectification { id status } } } }`,
    `{ inspectionCampaigns { id coverage { agencies inspected rate } } }`,
    `{ byAgency: rectificationFigures(grouping: AGENCY) { key total closureRate } byCategory: rectificationFigures(grouping: CATEGORY) { key total } findingFigures(grouping: CATEGORY) { key total } }`,
  ];

  it('reads each page in the same statements at 10 as at 10 000 agencies', async () => {
    await addAgencies(0, 10);
    const small = [];
    for (const q of PAGES) small.push(await measured(q));
    await addAgencies(10, 9_990);
    const large = [];
    for (const q of PAGES) large.push(await measured(q));
    expect(large).toEqual(small);
    const figures = ok<{ total: number; closureRate: number }[]>(await api.as(gw).run(`{ rectificationFigures(grouping: CATEGORY) { total closureRate } }`), 'rectificationFigures');
    expect(figures).toEqual([{ total: 10_000, closureRate: 0.5 }]);
  }, 300_000);
});
