import { Scope, TenantDb, TenantKind } from '@zeren/tenancy';
import { Role } from '@zeren/auth';
import { errorCode, issueField, type TestApi, type TestTenant } from '@zeren/api/testing';
import { OrgUnitKind as K, PostCode, type OrgUnit, type PartyMember } from '@zeren/org-tree';
import { insertMembers, insertPosts, insertTree, makeSecretary } from '@zeren/org-tree/testing';
import { tenantDb } from '@zeren/tenancy/testing';
import { createDutyTestApi, insertFile } from '../testing';
import { currentYear } from './list/current-template';
import { DutyCompletion } from './figures/duty-completion.entity';
import { rebuildCompletion } from './figures/completion-keeper';
import { CompletionService } from './figures/completion.service';
import { responsibilityReminders } from './responsibility.reminders';
import { FulfilmentRecord, RecordStatus } from './fulfilment/fulfilment-record.entity';

const YEAR = currentYear();

const item = (over: Record<string, unknown> = {}) => ({
  level: 'BRANCH',
  postCode: PostCode.BRANCH_SECRETARY,
  area: '组织建设',
  title: '讲专题党课',
  content: '支部书记每年至少讲一次专题党课',
  requirement: '有课件和签到表',
  cadence: 'YEAR',
  dueOffsetDays: 0,
  minEvidence: 1,
  weight: 5,
  supervisor: '机关党委',
  ...over,
});

const ADD = `mutation($t: ID!, $i: DutySpecInput!) { addDutyItem(templateId: $t, input: $i) { id title } }`;
const SUBMIT = `mutation($i: SubmitRecordInput!) { submitFulfilmentRecord(input: $i) { id version status late current } }`;
const REVIEW = `mutation($id: ID!, $ok: Boolean!, $c: String) { reviewFulfilmentRecord(id: $id, accept: $ok, comment: $c) { id status reviewComment } }`;

describe('responsibility lists and fulfilment (API)', () => {
  let api: TestApi;
  let a: TestTenant;
  let b: TestTenant;
  let aUnits: Map<string, OrgUnit>;
  let bUnits: Map<string, OrgUnit>;
  let secretary: PartyMember;
  let templateId: string;
  let lectureId: string;
  let onceId: string;
  let memberDutyId: string;
  let aMember: PartyMember;

  beforeAll(async () => {
    api = await createDutyTestApi();
    await api.addTenant('GW', TenantKind.COMMITTEE);
    a = await api.addTenant('A');
    b = await api.addTenant('B');
    aUnits = await insertTree(api.dataSource, a.tenant.id, [
      ['DZ', K.PARTY_GROUP, null],
      ['JG', K.ORGAN_PARTY_COMMITTEE, 'DZ'],
      ['ZB1', K.BRANCH, 'JG'],
      ['ZB2', K.BRANCH, 'JG'],
    ]);
    bUnits = await insertTree(api.dataSource, b.tenant.id, [
      ['DW', K.PARTY_COMMITTEE, null],
      ['ZB1', K.BRANCH, 'DW'],
    ]);
    secretary = await makeSecretary(api, a, aUnits.get('ZB1')!);
    [aMember] = await insertMembers(api.dataSource, a.tenant.id, [{ name: '党员甲', unitId: aUnits.get('ZB1')!.id, userId: a.users[Role.MEMBER]!.id }]);
    const [zb2Secretary] = await insertMembers(api.dataSource, a.tenant.id, [{ name: '书记乙', unitId: aUnits.get('ZB2')!.id }]);
    await insertPosts(api.dataSource, a.tenant.id, [{ memberId: zb2Secretary.id, unitId: aUnits.get('ZB2')!.id, postCode: PostCode.BRANCH_SECRETARY }]);
    await makeSecretary(api, b, bUnits.get('ZB1')!);

    const created = await api.as('gw_committee_admin').run(`mutation($i: CreateDutyTemplateInput!) { createDutyTemplate(input: $i) { id status } }`, { i: { year: YEAR, copy: false } });
    templateId = created.data!.createDutyTemplate.id;
  });
  afterAll(() => api.close());

  describe('明责: the committee’s template', () => {
    it('refuses an item without a valid post, at the wrong level, or a one-off item without a date, naming the field', async () => {
      const gw = api.as('gw_committee_admin');
      const noPost = await gw.run(ADD, { t: templateId, i: item({ postCode: 'NO_SUCH_POST' }) });
      expect([errorCode(noPost), issueField(noPost), noPost.errors?.[0].message]).toEqual(['BAD_USER_INPUT', 'postCode', '责任岗位不存在']);
      const wrongLevel = await gw.run(ADD, { t: templateId, i: item({ level: 'PARTY_GROUP' }) });
      expect([errorCode(wrongLevel), issueField(wrongLevel)]).toEqual(['BAD_USER_INPUT', 'postCode']);
      const once = await gw.run(ADD, { t: templateId, i: item({ cadence: 'ONCE' }) });
      expect([errorCode(once), issueField(once)]).toEqual(['BAD_USER_INPUT', 'dueOn']);
      const items = await gw.run(`query($id: ID!) { dutyTemplate(id: $id) { items { id } } }`, { id: templateId });
      expect(items.data!.dutyTemplate.items).toEqual([]);
    });

    it('will not publish an empty template; agencies cannot edit templates', async () => {
      expect(errorCode(await api.as('gw_committee_admin').run(`mutation($id: ID!) { publishDutyTemplate(id: $id) { id } }`, { id: templateId }))).toBe('CONFLICT');
      expect(errorCode(await api.as('a_tenant_admin').run(ADD, { t: templateId, i: item() }))).toBe('FORBIDDEN');
    });

    it('publishes: read-only from then on, and every agency has its list at once', async () => {
      const gw = api.as('gw_committee_admin');
      lectureId = (await gw.run(ADD, { t: templateId, i: item() })).data!.addDutyItem.id;
      onceId = (await gw.run(ADD, { t: templateId, i: item({ title: '完成支部换届', cadence: 'ONCE', dueOffsetDays: null, dueOn: `${YEAR}-01-31`, minEvidence: 0 }) })).data!.addDutyItem.id;
      memberDutyId = (await gw.run(ADD, { t: templateId, i: item({ postCode: PostCode.PARTY_MEMBER, title: '参加组织生活会', minEvidence: 0 }) })).data!.addDutyItem.id;
      const published = await gw.run(`mutation($id: ID!) { publishDutyTemplate(id: $id) { status publishedAt } }`, { id: templateId });
      expect(published.data!.publishDutyTemplate.status).toBe('PUBLISHED');
      const edit = await gw.run(`mutation($id: ID!, $i: DutySpecInput!) { updateDutyItem(id: $id, input: $i) { id } }`, { id: lectureId, i: item({ title: '改' }) });
      expect([errorCode(edit), edit.errors?.[0].message]).toEqual(['CONFLICT', '已发布的模板为只读,请新建下一年度的版本修改']);
      for (const who of ['a_tenant_admin', 'b_tenant_admin']) {
        const list = await api.as(who).run(`{ agencyDuties { id title source tightened } }`);
        expect(list.data!.agencyDuties.map((d: { title: string; source: string }) => [d.title, d.source])).toEqual([
          ['讲专题党课', 'MANDATED'],
          ['完成支部换届', 'MANDATED'],
          ['参加组织生活会', 'MANDATED'],
        ]);
      }
    });

    it('writes the lists of every agency in one statement, at 2 agencies as at 30', async () => {
      const gw = api.as('gw_committee_admin');
      const publishYear = async (year: number) => {
        const id = (await gw.run(`mutation($i: CreateDutyTemplateInput!) { createDutyTemplate(input: $i) { id } }`, { i: { year, copyFromId: templateId, copy: true } })).data!.createDutyTemplate.id;
        const res = await gw.run(`mutation($id: ID!) { publishDutyTemplate(id: $id) { id } }`, { id });
        expect(res.errors).toBeUndefined();
        return res.statements;
      };
      const few = await publishYear(YEAR + 1);
      for (let i = 0; i < 28; i++) await api.addTenant(`X${i}`);
      const many = await publishYear(YEAR + 2);
      expect(many).toBe(few);
    });

    it('gives agencies created after the publish their list on request, once', async () => {
      await api.addTenant('LATE');
      const ISSUE = `mutation($id: ID!) { issueMissingDutyLists(id: $id) }`;
      const first = await api.as('gw_committee_admin').run(ISSUE, { id: templateId });
      expect(first.errors).toBeUndefined();
      expect(first.data!.issueMissingDutyLists).toBe(29);
      expect((await api.as('gw_committee_admin').run(ISSUE, { id: templateId })).data!.issueMissingDutyLists).toBe(0);
      expect((await api.as('late_tenant_admin').run(`{ agencyDutyLists { year } }`)).data!.agencyDutyLists).toEqual([{ year: YEAR }]);
    });

    it('starts the next year as a copy of the latest version', async () => {
      const next = await api.as('gw_committee_admin').run(`mutation($i: CreateDutyTemplateInput!) { createDutyTemplate(input: $i) { basedOnId status items { title } } }`, { i: { year: YEAR + 3, copy: true } });
      expect(next.data!.createDutyTemplate.status).toBe('DRAFT');
      expect(next.data!.createDutyTemplate.items.map((i: { title: string }) => i.title).sort()).toEqual(['参加组织生活会', '完成支部换届', '讲专题党课'].sort());
    });
  });

  describe('every agency’s list', () => {
    it('takes stricter terms for a mandated item and refuses looser ones', async () => {
      const admin = api.as('a_tenant_admin');
      const TIGHTEN = `mutation($id: ID!, $i: TightenDutyInput!) { tightenDuty(itemId: $id, input: $i) { id tightened dueOffsetDays minEvidence mandatedMinEvidence extraRequirement } }`;
      const looser = await admin.run(TIGHTEN, { id: lectureId, i: { minEvidence: 0 } });
      expect([errorCode(looser), issueField(looser), looser.errors?.[0].message]).toEqual(['BAD_USER_INPUT', 'minEvidence', '印证资料不能少于工委规定的 1 件']);
      const later = await admin.run(TIGHTEN, { id: lectureId, i: { dueOffsetDays: 5 } });
      expect([errorCode(later), issueField(later)]).toEqual(['BAD_USER_INPUT', 'dueOffsetDays']);
      const stricter = await admin.run(TIGHTEN, { id: lectureId, i: { minEvidence: 2, dueOffsetDays: -15, extraRequirement: '党课讲稿报机关党委备案' } });
      expect(stricter.data!.tightenDuty).toMatchObject({ tightened: true, minEvidence: 2, dueOffsetDays: -15, mandatedMinEvidence: 1 });
      // The other agency keeps the committee's terms.
      const other = await api.as('b_tenant_admin').run(`{ agencyDuties { id tightened minEvidence } }`);
      expect(other.data!.agencyDuties.find((d: { id: string }) => d.id === lectureId)).toMatchObject({ tightened: false, minEvidence: 1 });
    });

    it('never deletes a mandated item; an agency’s own item is its own and invisible to others', async () => {
      const admin = api.as('a_tenant_admin');
      const removed = await admin.run(`mutation($id: ID!) { removeAgencyDuty(id: $id) { id } }`, { id: lectureId });
      expect([errorCode(removed), removed.errors?.[0].message]).toEqual(['CONFLICT', '工委规定的事项不能删除,可以从严要求']);
      const lists = (await admin.run(`{ agencyDutyLists { id year templateId } }`)).data!.agencyDutyLists;
      const listId = lists.find((l: { templateId: string }) => l.templateId === templateId).id;
      // Cross-tenant: agency B adds to agency A's list.
      expect(errorCode(await api.as('b_tenant_admin').run(`mutation($l: ID!, $i: DutySpecInput!) { addAgencyDuty(listId: $l, input: $i) { id } }`, { l: listId, i: item() }))).toBe('NOT_FOUND');
      const own = await admin.run(`mutation($l: ID!, $i: DutySpecInput!) { addAgencyDuty(listId: $l, input: $i) { id source } }`, {
        l: listId,
        i: item({ title: '开展“四个在一线”主题实践', cadence: 'HALF', minEvidence: 0 }),
      });
      const ownId = own.data!.addAgencyDuty.id;
      expect(own.data!.addAgencyDuty.source).toBe('OWN');
      const bList = await api.as('b_tenant_admin').run(`{ agencyDuties { id } }`);
      expect(bList.data!.agencyDuties.map((d: { id: string }) => d.id)).not.toContain(ownId);
      // Cross-tenant: agency B names agency A's own item.
      const foreign = await api.as('b_tenant_admin').run(`mutation($id: ID!, $i: DutySpecInput!) { updateAgencyDuty(id: $id, input: $i) { id } }`, { id: ownId, i: item() });
      expect(errorCode(foreign)).toBe('NOT_FOUND');
      expect(errorCode(await api.as('b_tenant_admin').run(`mutation($id: ID!) { removeAgencyDuty(id: $id) { id } }`, { id: ownId }))).toBe('NOT_FOUND');
      expect((await admin.run(`mutation($id: ID!) { removeAgencyDuty(id: $id) { id } }`, { id: ownId })).errors).toBeUndefined();
    });

    it('shows the committee one agency at a time, read-only', async () => {
      const gw = api.as('gw_committee_admin');
      expect(errorCode(await gw.run(`{ agencyDuties { id } }`))).toBe('BAD_USER_INPUT');
      const list = await gw.run(`query($t: ID!) { agencyDuties(tenantId: $t) { id tightened } }`, { t: a.tenant.id });
      expect(list.data!.agencyDuties.find((d: { id: string }) => d.id === lectureId).tightened).toBe(true);
      // Cross-tenant: an agency may not read another agency's list by naming it.
      expect(errorCode(await api.as('b_tenant_admin').run(`query($t: ID!) { agencyDuties(tenantId: $t) { id } }`, { t: a.tenant.id }))).toBe('FORBIDDEN');
    });
  });

  describe('确责: duties follow the posts', () => {
    it('derives the holders from current post assignments, and moves a branch’s duty to the new secretary', async () => {
      const holders = async () =>
        (await api.as('a_tenant_admin').run(`{ agencyDuties { id holders { unit { code } holder { name } } } }`)).data!.agencyDuties.find((d: { id: string }) => d.id === lectureId).holders;
      expect(holders()).resolves.toEqual(expect.arrayContaining([{ unit: { code: 'ZB1' }, holder: { name: secretary.name } }]));
      const [newcomer] = await insertMembers(api.dataSource, a.tenant.id, [{ name: '新书记丙', unitId: aUnits.get('ZB2')!.id }]);
      const zb2 = aUnits.get('ZB2')!;
      const current = await api.as('a_tenant_admin').run(`query($u: ID!) { postAssignments(unitId: $u, postCode: "BRANCH_SECRETARY", current: true) { items { id } } }`, { u: zb2.id });
      await api.as('a_tenant_admin').run(`mutation($id: ID!) { endPostAssignment(id: $id) { id } }`, { id: current.data!.postAssignments.items[0].id });
      await api.as('a_tenant_admin').run(`mutation($i: AssignPostInput!) { assignPost(input: $i) { id } }`, { i: { memberId: newcomer.id, unitId: zb2.id, postCode: PostCode.BRANCH_SECRETARY } });
      expect((await holders()).find((h: { unit: { code: string } }) => h.unit.code === 'ZB2')).toEqual({ unit: { code: 'ZB2' }, holder: { name: '新书记丙' } });
      const history = await api.as('a_tenant_admin').run(`query($u: ID!) { dutyPostHistory(unitId: $u, postCode: "BRANCH_SECRETARY") { member { name } endsOn } }`, { u: zb2.id });
      expect(history.data!.dutyPostHistory.map((h: { member: { name: string } }) => h.member.name)).toEqual(['新书记丙', '书记乙']);
    });

    it('lists my duties: a member’s own, and a secretary’s branch duties', async () => {
      const member = await api.as('a_member').run(`{ myDuties { duty { title } unitId memberId status warning overdueMark } }`);
      expect(member.data!.myDuties.map((o: { duty: { title: string } }) => o.duty.title)).toEqual(['参加组织生活会']);
      const mine = await api.as('a_branch_secretary').run(`{ myDuties { duty { title } periodKey status overdueMark warning } }`);
      expect(mine.data!.myDuties).toEqual(
        expect.arrayContaining([
          { duty: { title: '完成支部换届' }, periodKey: 'ONCE', status: 'OVERDUE', overdueMark: true, warning: 'RED' },
          expect.objectContaining({ duty: { title: '讲专题党课' }, periodKey: String(YEAR) }),
        ]),
      );
    });
  });

  describe('尽责: fulfilment records', () => {
    let recordId: string;

    it('refuses too little evidence, a file of another agency, a period not of the duty, and a unit the duty does not fall on', async () => {
      const sec = api.as('a_branch_secretary');
      const base = { dutyId: lectureId, periodKey: String(YEAR), unitId: aUnits.get('ZB1')!.id, content: '讲授专题党课', happenedOn: `${YEAR}-06-28` };
      const mine = await insertFile(api.dataSource, a.tenant.id, a.users[Role.BRANCH_SECRETARY]!.id);
      const few = await sec.run(SUBMIT, { i: { ...base, fileIds: [mine.id] } });
      expect([errorCode(few), issueField(few), few.errors?.[0].message]).toEqual(['BAD_USER_INPUT', 'fileIds', '至少需要 2 件印证资料']);
      const foreign = await insertFile(api.dataSource, b.tenant.id, b.users[Role.BRANCH_SECRETARY]!.id);
      expect(errorCode(await sec.run(SUBMIT, { i: { ...base, fileIds: [mine.id, foreign.id] } }))).toBe('NOT_FOUND');
      expect(issueField(await sec.run(SUBMIT, { i: { ...base, periodKey: `${YEAR}-Q1`, fileIds: [] } }))).toBe('periodKey');
      expect(issueField(await api.as('a_tenant_admin').run(SUBMIT, { i: { ...base, unitId: aUnits.get('JG')!.id, fileIds: [] } }))).toBe('unitId');
      // The organ committee is above the secretary's branch: outside their data scope.
      expect(errorCode(await sec.run(SUBMIT, { i: { ...base, unitId: aUnits.get('JG')!.id, fileIds: [] } }))).toBe('FORBIDDEN');
      // Cross-tenant: a record for another agency's unit.
      expect(errorCode(await sec.run(SUBMIT, { i: { ...base, unitId: bUnits.get('ZB1')!.id, fileIds: [] } }))).toBe('NOT_FOUND');
      const none = await tenantDb(api.dataSource, a.tenant.id).repo(DutyCompletion).count();
      expect(none).toBe(0);
    });

    it('is submitted, returned with a comment, resubmitted as a new version and accepted; nobody reviews their own', async () => {
      const sec = api.as('a_branch_secretary');
      const files = [await insertFile(api.dataSource, a.tenant.id, a.users[Role.BRANCH_SECRETARY]!.id), await insertFile(api.dataSource, a.tenant.id, a.users[Role.BRANCH_SECRETARY]!.id)];
      const input = { dutyId: lectureId, periodKey: String(YEAR), unitId: aUnits.get('ZB1')!.id, content: '讲授专题党课', happenedOn: `${YEAR}-06-28`, fileIds: files.map((f) => f.id) };
      const first = await sec.run(SUBMIT, { i: input });
      expect(first.data!.submitFulfilmentRecord).toMatchObject({ version: 1, status: 'SUBMITTED', current: true });
      recordId = first.data!.submitFulfilmentRecord.id;
      expect(errorCode(await sec.run(SUBMIT, { i: input }))).toBe('CONFLICT');
      expect(errorCode(await sec.run(REVIEW, { id: recordId, ok: true }))).toBe('FORBIDDEN');
      const admin = api.as('a_tenant_admin');
      expect(issueField(await admin.run(REVIEW, { id: recordId, ok: false }))).toBe('comment');
      // Cross-tenant: agency B's admin reviews A's record.
      expect(errorCode(await api.as('b_tenant_admin').run(REVIEW, { id: recordId, ok: true }))).toBe('NOT_FOUND');
      const returned = await admin.run(REVIEW, { id: recordId, ok: false, c: '缺少签到表' });
      expect(returned.data!.reviewFulfilmentRecord).toMatchObject({ status: 'RETURNED', reviewComment: '缺少签到表' });
      expect(errorCode(await admin.run(REVIEW, { id: recordId, ok: true }))).toBe('CONFLICT');
      const second = await sec.run(SUBMIT, { i: { ...input, content: '讲授专题党课,补签到表' } });
      expect(second.data!.submitFulfilmentRecord).toMatchObject({ version: 2, status: 'SUBMITTED' });
      recordId = second.data!.submitFulfilmentRecord.id;
      expect((await admin.run(REVIEW, { id: recordId, ok: true })).data!.reviewFulfilmentRecord.status).toBe('ACCEPTED');
      const history = await admin.run(`query($id: ID!) { fulfilmentHistory(id: $id) { version status current reviewComment content } }`, { id: recordId });
      expect(history.data!.fulfilmentHistory).toEqual([
        { version: 1, status: 'RETURNED', current: false, reviewComment: '缺少签到表', content: '讲授专题党课' },
        { version: 2, status: 'ACCEPTED', current: true, reviewComment: null, content: '讲授专题党课,补签到表' },
      ]);
    });

    it('corrects by a new version and keeps the old one; the evidence hash shows the files unchanged', async () => {
      const files = [await insertFile(api.dataSource, a.tenant.id, a.users[Role.BRANCH_SECRETARY]!.id), await insertFile(api.dataSource, a.tenant.id, a.users[Role.BRANCH_SECRETARY]!.id)];
      const corrected = await api.as('a_branch_secretary').run(
        `mutation($id: ID!, $i: CorrectRecordInput!) { correctFulfilmentRecord(id: $id, input: $i) { version status late correctionReason evidenceIntact files { id } } }`,
        { id: recordId, i: { content: '讲授专题党课(更正日期)', happenedOn: `${YEAR}-06-29`, fileIds: files.map((f) => f.id), reason: '日期填错' } },
      );
      expect(corrected.data!.correctFulfilmentRecord).toMatchObject({ version: 3, status: 'SUBMITTED', correctionReason: '日期填错', evidenceIntact: true });
      expect(corrected.data!.correctFulfilmentRecord.files).toHaveLength(2);
    });

    it('takes an entry after the deadline, marked late for good', async () => {
      const late = await api.as('a_branch_secretary').run(SUBMIT, {
        i: { dutyId: onceId, periodKey: 'ONCE', unitId: aUnits.get('ZB1')!.id, content: '完成换届', happenedOn: `${YEAR}-03-01`, fileIds: [] },
      });
      expect(late.data!.submitFulfilmentRecord).toMatchObject({ late: true, status: 'SUBMITTED' });
      const mine = await api.as('a_branch_secretary').run(`{ myDuties { duty { title } status overdueMark warning } }`);
      expect(mine.data!.myDuties.find((o: { duty: { title: string } }) => o.duty.title === '完成支部换届')).toEqual({ duty: { title: '完成支部换届' }, status: 'LATE', overdueMark: true, warning: null });
    });

    it('lets a member record their own duty only, and a branch secretary never sees another branch’s records', async () => {
      const own = await api.as('a_member').run(SUBMIT, {
        i: { dutyId: memberDutyId, periodKey: String(YEAR), unitId: aUnits.get('ZB1')!.id, memberId: aMember.id, content: '参加组织生活会', happenedOn: `${YEAR}-01-20`, fileIds: [] },
      });
      expect(own.errors).toBeUndefined();
      const [other] = await insertMembers(api.dataSource, a.tenant.id, [{ name: '党员丁', unitId: aUnits.get('ZB2')!.id }]);
      const forOther = await api.as('a_member').run(SUBMIT, {
        i: { dutyId: memberDutyId, periodKey: String(YEAR), unitId: aUnits.get('ZB2')!.id, memberId: other.id, content: '代报', happenedOn: `${YEAR}-01-20`, fileIds: [] },
      });
      // Another member's record is out of a member's reach altogether.
      expect(errorCode(forOther)).toBe('NOT_FOUND');
      // ZB2's secretary record, kept by the admin: the ZB1 secretary's ledger does not show it.
      await api.as('a_tenant_admin').run(SUBMIT, { i: { dutyId: onceId, periodKey: 'ONCE', unitId: aUnits.get('ZB2')!.id, content: '完成换届', happenedOn: `${YEAR}-01-10`, fileIds: [] } });
      const ledger = await api.as('a_branch_secretary').run(`{ fulfilmentRecords(limit: 100) { total items { unit { code } } } }`);
      expect(new Set(ledger.data!.fulfilmentRecords.items.map((r: { unit: { code: string } }) => r.unit.code))).toEqual(new Set(['ZB1']));
      const all = await api.as('a_tenant_admin').run(`{ fulfilmentRecords(limit: 100) { total } }`);
      expect(all.data!.fulfilmentRecords.total).toBeGreaterThan(ledger.data!.fulfilmentRecords.total);
    });
  });

  describe('to-do', () => {
    it('lists a secretary’s open duties, and the records waiting for a reviewer', async () => {
      const sec = (await api.as('a_branch_secretary').run(`{ myTodos { module title level link } }`)).data!.myTodos;
      expect(sec).toEqual(expect.arrayContaining([expect.objectContaining({ module: 'responsibility', link: '/duties/mine' })]));
      const admin = (await api.as('a_tenant_admin').run(`{ myTodos { module title link } }`)).data!.myTodos;
      const submitted = await tenantDb(api.dataSource, a.tenant.id).repo(FulfilmentRecord).find({ where: { current: true, status: RecordStatus.SUBMITTED } });
      // Not the admin's own: nobody reviews what they recorded.
      const waiting = submitted.filter((r) => r.recordedById !== a.users[Role.TENANT_ADMIN]!.id).length;
      expect(admin).toContainEqual({ module: 'responsibility', title: `审核履责纪实(${waiting} 条待审核)`, link: '/duties/review' });
    });
  });

  describe('reminders', () => {
    it('names the duties due in the window that nobody has answered, to the holder with an account', async () => {
      const now = new Date();
      const due = await responsibilityReminders(new TenantDb(api.dataSource, Scope.system('test')), { now, until: new Date(now.getTime() + 400 * 86_400_000) });
      const to = (username: string, tenant: TestTenant) => due.filter((r) => r.tenantId === tenant.tenant.id && r.userIds.includes(tenant.users[username as Role]!.id)).map((r) => r.title);
      // B's secretary owes the lecture and their own member duty; A's answered both, and A's member answered theirs.
      expect(to(Role.BRANCH_SECRETARY, b).sort()).toEqual([`填报履责纪实:参加组织生活会(${YEAR}年)`, `填报履责纪实:讲专题党课(${YEAR}年)`].sort());
      expect(to(Role.MEMBER, a)).toEqual([]);
      expect(due.filter((r) => r.key.includes(aUnits.get('ZB1')!.id) && r.title.includes('讲专题党课'))).toEqual([]);
      expect(new Set(due.map((r) => r.key)).size).toBe(due.length);
    });
  });

  describe('completion figures', () => {
    it('agree with the records, recounted here from the rows, and the summary rows equal a rebuild', async () => {
      const board = await api.as('gw_committee_admin').run(`{ dutyCompletion(grouping: AGENCY) { tenantId due done onTime late overdue returned } }`);
      const rowA = board.data!.dutyCompletion.find((r: { tenantId: string }) => r.tenantId === a.tenant.id);
      // A: the lecture (yearly, due at year end: not due yet, answered early by ZB1) counts 1 due, 1 done;
      // the one-off change of term is due for both branches, ZB1 answered late and ZB2 late too (after Jan 31);
      // the member duty: 党员甲 answered early; the other three members owe it by year end.
      const records = await tenantDb(api.dataSource, a.tenant.id).repo(FulfilmentRecord).find({ where: { current: true } });
      const done = records.filter((r) => r.status !== 'RETURNED');
      expect(rowA).toEqual({ tenantId: a.tenant.id, due: 2 + done.filter((r) => r.dutyId !== onceId).length, done: done.length, onTime: done.filter((r) => !r.late).length, late: done.filter((r) => r.late).length, overdue: 0, returned: 0 });
      const rowB = board.data!.dutyCompletion.find((r: { tenantId: string }) => r.tenantId === b.tenant.id);
      expect(rowB).toMatchObject({ due: 1, done: 0, overdue: 1 });
      const maintained = (await tenantDb(api.dataSource, a.tenant.id).repo(DutyCompletion).find()).map(({ dutyId, periodKey, done, late, accepted, returned }) => ({ dutyId, periodKey, done, late, accepted, returned }));
      const rebuilt = (await rebuildCompletion(tenantDb(api.dataSource, a.tenant.id), templateId)).map(({ dutyId, periodKey, done, late, accepted, returned }) => ({ dutyId, periodKey, done, late, accepted, returned }));
      const byKey = (x: { dutyId: string; periodKey: string }, y: { dutyId: string; periodKey: string }) => `${x.dutyId}${x.periodKey}`.localeCompare(`${y.dutyId}${y.periodKey}`);
      expect(rebuilt.sort(byKey)).toEqual(maintained.sort(byKey));
    });

    it('gives every agency’s figures of a year by agency id, as the board’s rows; none for a year without a published list', async () => {
      const board = (await api.as('gw_committee_admin').run(`{ dutyCompletion(grouping: AGENCY) { tenantId due done onTime late overdue } }`)).data!.dutyCompletion;
      const committee = new TenantDb(api.dataSource, Scope.system('completion test'));
      const byAgency = await new CompletionService().byAgencyOfYear(committee, YEAR);
      expect([...byAgency.keys()].sort()).toEqual(board.map((r: { tenantId: string }) => r.tenantId).sort());
      for (const row of board) {
        const { tenantId, due, done, onTime, late, overdue } = byAgency.get(row.tenantId)!;
        expect({ tenantId, due, done, onTime, late, overdue }).toEqual(row);
      }
      expect(byAgency.get(b.tenant.id)!.overdue).toBe(1);
      expect((await new CompletionService().byAgencyOfYear(committee, YEAR - 5)).size).toBe(0);
      // An agency's handle reaches its own row only.
      expect([...(await new CompletionService().byAgencyOfYear(tenantDb(api.dataSource, a.tenant.id), YEAR)).keys()]).toEqual([a.tenant.id]);
    });

    it('groups one agency by post, by unit and by person, with the same totals', async () => {
      const admin = api.as('a_tenant_admin');
      const total = async (grouping: string) => {
        const rows = (await admin.run(`query($g: CompletionGrouping!) { dutyCompletion(grouping: $g) { due done overdue } }`, { g: grouping })).data!.dutyCompletion;
        return rows.reduce((s: { due: number; done: number; overdue: number }, r: { due: number; done: number; overdue: number }) => ({ due: s.due + r.due, done: s.done + r.done, overdue: s.overdue + r.overdue }), { due: 0, done: 0, overdue: 0 });
      };
      const byPost = await total('POST');
      expect(await total('LEVEL')).toEqual(byPost);
      expect(await total('DUTY')).toEqual(byPost);
      expect(await total('UNIT')).toEqual(byPost);
      expect(await total('PERSON')).toEqual(byPost);
      expect(errorCode(await api.as('a_branch_secretary').run(`{ dutyCompletion(grouping: DUTY) { key } }`))).toBe('FORBIDDEN');
    });
  });
});
