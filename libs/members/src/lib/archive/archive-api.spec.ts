import { AuditEntry, AuditOutcome, TenantKind } from '@zeren/tenancy';
import { tenantDb } from '@zeren/tenancy/testing';
import { dataOf, errorCode, type TestApi } from '@zeren/api/testing';
import { PartyMember } from '@zeren/org-tree';
import { localYear } from '@zeren/shared-periods';
import ExcelJS from 'exceljs';
import { createMembersTestApi, membersTestAgency, pointsEntryRow, type MembersTestAgency } from '../../testing';
import { PointsEntry } from '../ledger/points-entry.entity';
import { EntryStatus } from '../members.enums';
import { PointsArchiveRow, PointsYearArchive } from './points-archive.entity';

const LAST = localYear() - 1;
const ARCHIVE = `mutation($y: Int!) { archivePointsYear(year: $y) { year members participants totalPoints } }`;
const ARCHIVES = `query($t: ID) { pointsArchives(tenantId: $t) { year members participants totalPoints } }`;
const ROWS = `query($y: Int!, $t: ID) { pointsArchiveRows(year: $y, tenantId: $t, limit: 200) { total items { memberId memberName branchId branchName points agencyRank branchRank } } }`;
const RANKING = `query($p: String!) { pointsRanking(periodKey: $p, limit: 200) { items { memberId branchId points rank branchRank } } }`;
const DECLARE = `mutation($i: DeclarePointsInput!) { declarePoints(input: $i) { id } }`;
const REVERSE = `mutation($id: ID!) { reversePointsEntry(id: $id, input: { reason: "更正" }) { id } }`;
const APPEAL = `mutation($id: ID!) { appealPointsEntry(id: $id, input: { reason: "申诉" }) { id } }`;
const APPROVE = `mutation($id: ID!) { approvePointsEntry(id: $id) { id } }`;
const XLSX = `query($y: Int!, $t: ID) { pointsArchiveXlsx(year: $y, tenantId: $t) }`;
const NEW_RULE = `mutation($i: NewPointsRuleInput!) { createPointsRule(input: $i) { id } }`;

interface Row {
  memberId: string;
  memberName: string;
  branchId: string;
  branchName: string;
  points: number;
  agencyRank: number;
  branchRank: number;
}

// 积分年度归档: a past year is closed once nothing waits, its ranking kept as it stood, and no entry
// of that year changes afterwards, whoever asks.
describe('积分年度归档 (API)', () => {
  let api: TestApi;
  let a: MembersTestAgency;
  let b: MembersTestAgency;
  let ruleId: string;
  const admin = (x: MembersTestAgency) => `${x.t.tenant.code.toLowerCase()}_tenant_admin`;
  const secretary = (x: MembersTestAgency) => `${x.t.tenant.code.toLowerCase()}_branch_secretary`;
  const member = (x: MembersTestAgency) => `${x.t.tenant.code.toLowerCase()}_member`;
  const entry = (x: MembersTestAgency, who: PartyMember, tenths: number, status = EntryStatus.APPROVED, day = '06-01') =>
    tenantDb(api.dataSource, x.t.tenant.id).repo(PointsEntry).insertOne(pointsEntryRow(x.t, who, { id: ruleId, pointsTenths: tenths }, { status, occurredOn: `${LAST}-${day}` }));
  let pending: PointsEntry;
  let approvedOfSelf: PointsEntry;
  let rejected: PointsEntry;

  beforeAll(async () => {
    api = await createMembersTestApi();
    await api.addTenant('GW', TenantKind.COMMITTEE);
    a = await membersTestAgency(api, 'A');
    b = await membersTestAgency(api, 'B');
    ruleId = dataOf<{ id: string }>(await api.as(admin(a)).run(NEW_RULE, { i: { year: LAST, category: '学习教育', name: '上年度规则', points: 1, evidenceRequired: false } }), 'createPointsRule').id;
    approvedOfSelf = await entry(a, a.self, 30);
    await entry(a, a.self, 15, EntryStatus.APPROVED, '07-01');
    await entry(a, a.colleague, 45);
    await entry(a, a.outsider, 20);
    // This year's points are not last year's: they stay out of the archive.
    await tenantDb(api.dataSource, a.t.tenant.id).repo(PointsEntry).insertOne(pointsEntryRow(a.t, a.colleague, { id: ruleId, pointsTenths: 90 }));
    rejected = await entry(a, a.self, 10, EntryStatus.REJECTED);
    pending = await entry(a, a.colleague, 10, EntryStatus.PENDING);
    await entry(b, b.self, 50);
  }, 60_000);
  afterAll(() => api.close());

  it('refuses this year, and a year with entries still waiting, naming them; nothing is archived', async () => {
    const thisYear = await api.as(admin(a)).run(ARCHIVE, { y: localYear() });
    expect([errorCode(thisYear), thisYear.errors?.[0].message]).toEqual(['CONFLICT', `${localYear()}年度尚未结束,年度结束后才能归档`]);
    const waiting = await api.as(admin(a)).run(ARCHIVE, { y: LAST });
    expect([errorCode(waiting), waiting.errors?.[0].message]).toEqual(['CONFLICT', `${LAST}年度尚有 1 条积分待审核,请审核完毕后再归档`]);
    expect(await api.dataSource.manager.count(PointsYearArchive)).toBe(0);
  });

  it('is the agency admin’s alone: the secretary, a member and the committee are refused', async () => {
    for (const who of [secretary(a), member(a), 'gw_committee_admin']) expect([who, errorCode(await api.as(who).run(ARCHIVE, { y: LAST }))]).toEqual([who, 'FORBIDDEN']);
  });

  it('keeps the year’s ranking as the live ranking had it, with totals recomputed from the entries', async () => {
    await api.as(secretary(a)).run(APPROVE, { id: pending.id });
    const live = dataOf<{ items: { memberId: string; branchId: string; points: number; rank: number; branchRank: number }[] }>(await api.as(admin(a)).run(RANKING, { p: String(LAST) }), 'pointsRanking').items;
    // Four members at 5.5, 4.5, 2 and 0 points: the data on which MariaDB once numbered the ranks wrongly.
    expect(live.map((r) => [r.points, r.rank])).toEqual([[5.5, 1], [4.5, 2], [2, 3], [0, 4]]);
    const archived = dataOf<{ year: number; members: number; participants: number; totalPoints: number }>(await api.as(admin(a)).run(ARCHIVE, { y: LAST }), 'archivePointsYear');

    const entries = await api.dataSource.manager.find(PointsEntry, { where: { tenantId: a.t.tenant.id, year: LAST, status: EntryStatus.APPROVED } });
    const total = entries.reduce((sum, e) => sum + e.pointsTenths, 0) / 10;
    expect(archived).toEqual({ year: LAST, members: 4, participants: 3, totalPoints: total });
    expect(total).toBe(12);

    const rows = dataOf<{ total: number; items: Row[] }>(await api.as(admin(a)).run(ROWS, { y: LAST }), 'pointsArchiveRows');
    expect(rows.total).toBe(live.length);
    expect(rows.items.map((r) => [r.memberId, r.branchId, r.points, r.agencyRank, r.branchRank])).toEqual(live.map((r) => [r.memberId, r.branchId, r.points, r.rank, r.branchRank]));
    expect(rows.items[0]).toMatchObject({ memberId: a.colleague.id, memberName: 'A同事', branchName: '组织ZB1', points: 5.5, agencyRank: 1 });
    expect(await api.dataSource.manager.countBy(AuditEntry, { tenantId: a.t.tenant.id, operation: 'archivePointsYear', outcome: AuditOutcome.SUCCESS })).toBe(1);
  });

  it('exports the archived ranking to .xlsx as the page shows it', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(dataOf<string>(await api.as(admin(a)).run(XLSX, { y: LAST }), 'pointsArchiveXlsx'), 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.name).toMatch(new RegExp(`^${LAST}年度积分`));
    const values = sheet.getSheetValues().slice(1).map((row) => (row as unknown[]).slice(1));
    const rows = dataOf<{ items: Row[] }>(await api.as(admin(a)).run(ROWS, { y: LAST }), 'pointsArchiveRows').items;
    expect(values).toEqual([['单位名次', '党员', '所在支部', '支部内名次', '全年积分'], ...rows.map((r) => [r.agencyRank, r.memberName, r.branchName, r.branchRank, r.points])]);
    const none = await api.as(admin(a)).run(XLSX, { y: LAST - 1 });
    expect([errorCode(none), none.errors?.[0].message]).toEqual(['NOT_FOUND', `${LAST - 1}年度积分归档不存在`]);
  });

  it('refuses a second archive of the year', async () => {
    const again = await api.as(admin(a)).run(ARCHIVE, { y: LAST });
    expect([errorCode(again), again.errors?.[0].message]).toEqual(['CONFLICT', `${LAST}年度积分已归档,不能再申报、审核、申诉或冲正`]);
    expect(await api.dataSource.manager.count(PointsYearArchive)).toBe(1);
  });

  it('refuses every change to an archived year’s entries and changes nothing', async () => {
    const before = await api.dataSource.manager.find(PointsEntry, { order: { id: 'ASC' } });
    const refused = [
      await api.as(member(a)).run(DECLARE, { i: { ruleId, occurredOn: `${LAST}-12-01`, note: '补报', fileIds: [] } }),
      await api.as(secretary(a)).run(REVERSE, { id: approvedOfSelf.id }),
      await api.as(member(a)).run(APPEAL, { id: rejected.id }),
    ];
    expect(refused.map(errorCode)).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT']);
    expect(refused[0].errors?.[0].message).toBe(`${LAST}年度积分已归档,不能再申报、审核、申诉或冲正`);
    expect(await api.dataSource.manager.find(PointsEntry, { order: { id: 'ASC' } })).toEqual(before);
  });

  it('keeps a member where they were ranked after they move branch', async () => {
    await tenantDb(api.dataSource, a.t.tenant.id).repo(PartyMember).update({ id: a.colleague.id }, { unitId: a.units.get('ZB2')!.id });
    const row = dataOf<{ items: Row[] }>(await api.as(admin(a)).run(ROWS, { y: LAST }), 'pointsArchiveRows').items.find((r) => r.memberId === a.colleague.id);
    expect(row).toMatchObject({ branchId: a.units.get('ZB1')!.id, branchName: '组织ZB1' });
  });

  it('shows a branch secretary the archived rows of their branch only, with the agency’s ranks', async () => {
    const rows = dataOf<{ total: number; items: Row[] }>(await api.as(secretary(a)).run(ROWS, { y: LAST }), 'pointsArchiveRows');
    expect(rows.items.map((r) => r.memberId).sort()).toEqual([a.secretary.id, a.self.id, a.colleague.id].sort());
    expect(rows.total).toBe(3);
    expect(rows.items.map((r) => r.agencyRank)).toEqual([1, 2, 4]);
    expect(errorCode(await api.as(member(a)).run(ROWS, { y: LAST }))).toBe('FORBIDDEN');
  });

  it('shows another agency none of it (cross-tenant); the committee reads it by naming the agency', async () => {
    expect(dataOf<unknown[]>(await api.as(admin(b)).run(ARCHIVES, {}), 'pointsArchives')).toEqual([]);
    expect(dataOf<{ total: number }>(await api.as(admin(b)).run(ROWS, { y: LAST }), 'pointsArchiveRows').total).toBe(0);
    expect(errorCode(await api.as(admin(b)).run(ROWS, { y: LAST, t: a.t.tenant.id }))).toBe('FORBIDDEN');
    expect(dataOf<{ year: number }[]>(await api.as('gw_committee_admin').run(ARCHIVES, { t: a.t.tenant.id }), 'pointsArchives').map((x) => x.year)).toEqual([LAST]);
    expect(await api.dataSource.manager.count(PointsArchiveRow, { where: { tenantId: b.t.tenant.id } })).toBe(0);
  });
});
