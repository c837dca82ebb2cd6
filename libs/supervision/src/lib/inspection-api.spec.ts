import { TenantKind } from '@zeren/tenancy';
import { Role } from '@zeren/auth';
import { errorCode as code, issueField as fieldOf, dataOf as ok, type TestApi, type TestTenant } from '@zeren/api/testing';
import { insertFile } from '@zeren/files/testing';
import { OrgUnitKind as K, PostCode, type PartyMember } from '@zeren/org-tree';
import { insertMembers, insertPosts, insertTree } from '@zeren/org-tree/testing';
import { DAY_MS, localDateOf, localYear } from '@zeren/shared-periods';
import { createSupervisionTestApi } from '../testing';
import { inspectionReminders } from './supervision.reminders';
import { Rectification } from './rectification/rectification.entity';
import { TenantDb, Scope } from '@zeren/tenancy';

const YEAR = localYear();
const inDays = (n: number) => localDateOf(new Date(Date.now() + n * DAY_MS));

const CAMPAIGN = 'id year status title coverage { agencies inspected rate notInspected { id } }';
const CREATE_CAMPAIGN = `mutation($i: InspectionCampaignInput!) { createInspectionCampaign(input: $i) { ${CAMPAIGN} } }`;
const START = `mutation($id: ID!) { startInspectionCampaign(id: $id) { id status } }`;
const CLOSE_CAMPAIGN = `mutation($id: ID!) { closeInspectionCampaign(id: $id) { id status } }`;
const VISIT = `mutation($c: ID!, $i: InspectionVisitInput!) { recordInspectionVisit(campaignId: $c, input: $i) { id tenantId visitedOn } }`;
const FINDING = `mutation($i: InspectionFindingInput!) { recordInspectionFinding(input: $i) { id tenantId repeated repeatOfId category { name } rectification { id status dueOn problem } } }`;
const RECT = 'id tenantId status dueOn late failedCount measures responsiblePostCode report verifyComment closeNote deadline overdueMark warning files { id } extensions { id status toDueOn } responsibleMember { id name }';
const RECTS = `query($s: RectificationStatus, $o: Boolean, $d: Int, $t: ID) { rectifications(status: $s, overdue: $o, dueWithinDays: $d, tenantId: $t, limit: 100) { total items { ${RECT} } } }`;
const ONE = `query($id: ID!) { rectification(id: $id) { ${RECT} } }`;
const PLAN = `mutation($id: ID!, $i: RectificationPlanInput!) { planRectification(id: $id, input: $i) { ${RECT} } }`;
const REPORT = `mutation($id: ID!, $i: RectificationReportInput!) { reportRectification(id: $id, input: $i) { ${RECT} } }`;
const VERIFY = `mutation($id: ID!, $i: RectificationVerifyInput!) { verifyRectification(id: $id, input: $i) { ${RECT} } }`;
const CLOSE = `mutation($id: ID!, $i: RectificationCloseInput!) { closeRectification(id: $id, input: $i) { ${RECT} } }`;
const EXTEND = `mutation($id: ID!, $i: ExtensionRequestInput!) { requestRectificationExtension(id: $id, input: $i) { id status fromDueOn toDueOn } }`;
const DECIDE = `mutation($id: ID!, $i: ExtensionDecisionInput!) { decideRectificationExtension(id: $id, input: $i) { id status decisionComment } }`;

describe('inspections and the rectification ledger (API)', () => {
  let api: TestApi;
  let gwTenant: TestTenant;
  let a: TestTenant;
  let b: TestTenant;
  let suspended: TestTenant;
  let aResponsible: PartyMember;
  let aWithoutPost: PartyMember;
  let bResponsible: PartyMember;
  let campaignId: string;
  let categories: { id: string; name: string }[];
  const gw = 'gw_committee_admin';
  const leader = 'gw_committee_leader';
  const aAdmin = 'a_tenant_admin';
  const bAdmin = 'b_tenant_admin';

  const photo = async (t: TestTenant) => (await insertFile(api.dataSource, t.tenant.id, t.users[Role.TENANT_ADMIN]!.id, 'image/png')).id;
  const visit = async (t: TestTenant, on = localDateOf(new Date()), campaign = campaignId) =>
    ok<{ id: string }>(await api.as(gw).run(VISIT, { c: campaign, i: { tenantId: t.tenant.id, visitedOn: on, notes: '查阅台账、个别谈话' } }), 'recordInspectionVisit').id;
  /** A finding at the agency, and its rectification's id. */
  const found = async (t: TestTenant, over: Record<string, unknown> = {}) => {
    const visitId = await visit(t);
    const f = ok<{ rectification: { id: string } }>(
      await api.as(gw).run(FINDING, { i: { visitId, categoryId: categories[0].id, severity: 'GENERAL', description: '支部主题党日流于形式', dueOn: inDays(30), ...over } }),
      'recordInspectionFinding',
    );
    return f.rectification.id;
  };
  const planned = async (t: TestTenant, user: string, member: PartyMember) => {
    const id = await found(t);
    ok(await api.as(user).run(PLAN, { id, i: { measures: '制定主题党日计划并逐月落实', responsibleMemberId: member.id } }), 'planRectification');
    return id;
  };
  const reported = async () => {
    const id = await planned(a, aAdmin, aResponsible);
    ok(await api.as(aAdmin).run(REPORT, { id, i: { report: '已制定年度计划,逐月开展', fileIds: [await photo(a)] } }), 'reportRectification');
    return id;
  };

  beforeAll(async () => {
    api = await createSupervisionTestApi();
    gwTenant = await api.addTenant('GW', TenantKind.COMMITTEE);
    a = await api.addTenant('A');
    b = await api.addTenant('B');
    suspended = await api.addTenant('S');
    await api.dataSource.query(`UPDATE tenant SET status = 'SUSPENDED' WHERE id = ?`, [suspended.tenant.id]);
    for (const [t, set] of [
      [a, (m: PartyMember[]) => ([aResponsible, aWithoutPost] = m)],
      [b, (m: PartyMember[]) => ([bResponsible] = m)],
    ] as const) {
      const units = await insertTree(api.dataSource, t.tenant.id, [
        ['DZ', K.PARTY_GROUP, null],
        ['ZB', K.BRANCH, 'DZ'],
      ]);
      const members = await insertMembers(api.dataSource, t.tenant.id, [
        { name: `${t.tenant.code}书记`, unitId: units.get('DZ')!.id },
        { name: `${t.tenant.code}党员`, unitId: units.get('ZB')!.id },
      ]);
      await insertPosts(api.dataSource, t.tenant.id, [{ memberId: members[0].id, unitId: units.get('DZ')!.id, postCode: PostCode.PARTY_GROUP_SECRETARY }]);
      set(members);
    }
    categories = ok(await api.as(gw).run(`{ findingCategories { id name } }`), 'findingCategories');
    const campaign = ok<{ id: string }>(await api.as(gw).run(CREATE_CAMPAIGN, { i: { year: YEAR, title: `${YEAR}年度党务督查`, startsOn: `${YEAR}-01-01`, endsOn: `${YEAR}-12-31` } }), 'createInspectionCampaign');
    campaignId = campaign.id;
    // Nothing is recorded before the campaign starts.
    const early = await api.as(gw).run(VISIT, { c: campaignId, i: { tenantId: a.tenant.id, visitedOn: localDateOf(new Date()), notes: '早' } });
    expect(code(early)).toBe('CONFLICT');
    ok(await api.as(gw).run(START, { id: campaignId }), 'startInspectionCampaign');
  });
  afterAll(() => api.close());

  describe('campaigns, categories and teams', () => {
    it('starts with the brief’s five categories, which the committee extends; agencies may not', async () => {
      expect(categories.map((c) => c.name)).toEqual(['灯下黑', '两张皮', '同质化', '主体责任履行不到位', '其他']);
      const same = await api.as(gw).run(`mutation($i: FindingCategoryInput!) { addFindingCategory(input: $i) { id } }`, { i: { name: '两张皮', description: '' } });
      expect([code(same), fieldOf(same)]).toEqual(['BAD_USER_INPUT', 'name']);
      expect(code(await api.as(aAdmin).run(`mutation($i: FindingCategoryInput!) { addFindingCategory(input: $i) { id } }`, { i: { name: '新类', description: '' } }))).toBe('FORBIDDEN');
      const added = ok<{ id: string }>(await api.as(gw).run(`mutation($i: FindingCategoryInput!) { addFindingCategory(input: $i) { id name } }`, { i: { name: '形式主义', description: '重留痕轻实效' } }), 'addFindingCategory');
      ok(await api.as(gw).run(`mutation($id: ID!) { retireFindingCategory(id: $id, retired: true) { id retired } }`, { id: added.id }), 'retireFindingCategory');
      expect(ok<{ name: string }[]>(await api.as(gw).run(`{ findingCategories { name } }`), 'findingCategories').map((c) => c.name)).not.toContain('形式主义');
      // A retired category is not offered for a new finding.
      const visitId = await visit(a);
      const refused = await api.as(gw).run(FINDING, { i: { visitId, categoryId: added.id, severity: 'GENERAL', description: '问题', dueOn: inDays(30) } });
      expect([code(refused), fieldOf(refused)]).toEqual(['BAD_USER_INPUT', 'categoryId']);
    });

    it('keeps one campaign a year and moves it only forward (CONFLICT otherwise)', async () => {
      const again = await api.as(gw).run(CREATE_CAMPAIGN, { i: { year: YEAR, title: '重复', startsOn: `${YEAR}-01-01`, endsOn: `${YEAR}-12-31` } });
      expect([code(again), fieldOf(again)]).toEqual(['BAD_USER_INPUT', 'year']);
      const wrongDates = await api.as(gw).run(CREATE_CAMPAIGN, { i: { year: YEAR + 1, title: '明年', startsOn: `${YEAR + 1}-05-01`, endsOn: `${YEAR + 1}-01-01` } });
      expect([code(wrongDates), fieldOf(wrongDates)]).toEqual(['BAD_USER_INPUT', 'endsOn']);
      expect(code(await api.as(gw).run(START, { id: campaignId }))).toBe('CONFLICT');
      expect(code(await api.as(aAdmin).run(START, { id: campaignId }))).toBe('FORBIDDEN');
    });

    it('forms teams of committee staff only, for active agencies', async () => {
      const SAVE = `mutation($c: ID!, $i: InspectionTeamInput!) { saveInspectionTeam(campaignId: $c, input: $i) { id name leader { id } members { id } agencies { id } } }`;
      const admin = gwTenant.users[Role.COMMITTEE_ADMIN]!.id;
      const liaison = gwTenant.users[Role.GRID_LIAISON]!.id;
      const agencyUser = await api.as(gw).run(SAVE, { c: campaignId, i: { name: '第一督查组', leaderUserId: admin, memberUserIds: [a.users[Role.TENANT_ADMIN]!.id], tenantIds: [a.tenant.id] } });
      expect([code(agencyUser), fieldOf(agencyUser)]).toEqual(['BAD_USER_INPUT', 'memberUserIds']);
      const inactive = await api.as(gw).run(SAVE, { c: campaignId, i: { name: '第一督查组', leaderUserId: admin, memberUserIds: [liaison], tenantIds: [suspended.tenant.id] } });
      expect([code(inactive), fieldOf(inactive)]).toEqual(['BAD_USER_INPUT', 'tenantIds']);
      const team = ok(await api.as(gw).run(SAVE, { c: campaignId, i: { name: '第一督查组', leaderUserId: admin, memberUserIds: [liaison, admin], tenantIds: [a.tenant.id, b.tenant.id] } }), 'saveInspectionTeam');
      expect(team).toMatchObject({ name: '第一督查组', leader: { id: admin }, members: [{ id: liaison }], agencies: [{ id: a.tenant.id }, { id: b.tenant.id }] });
      // Teams are the committee's: an agency reads the campaign, not who inspects whom.
      expect(code(await api.as(aAdmin).run(`query($id: ID!) { inspectionCampaign(id: $id) { teams { id } } }`, { id: campaignId }))).toBe('FORBIDDEN');
    });
  });

  describe('visits and findings', () => {
    it('refuses a visit to a suspended agency or outside the campaign’s year', async () => {
      const off = await api.as(gw).run(VISIT, { c: campaignId, i: { tenantId: suspended.tenant.id, visitedOn: localDateOf(new Date()), notes: '走访' } });
      expect([code(off), fieldOf(off)]).toEqual(['BAD_USER_INPUT', 'tenantId']);
      const year = await api.as(gw).run(VISIT, { c: campaignId, i: { tenantId: a.tenant.id, visitedOn: `${YEAR - 1}-12-31`, notes: '走访' } });
      expect([code(year), fieldOf(year)]).toEqual(['BAD_USER_INPUT', 'visitedOn']);
      const blank = await api.as(gw).run(VISIT, { c: campaignId, i: { tenantId: a.tenant.id, visitedOn: localDateOf(new Date()), notes: '  ' } });
      expect([code(blank), fieldOf(blank)]).toEqual(['BAD_USER_INPUT', 'input.notes']);
    });

    it('corrects a visit’s date and notes, and removes one recorded by mistake while nothing was found on it', async () => {
      const UPDATE = `mutation($id: ID!, $i: InspectionVisitUpdateInput!) { updateInspectionVisit(id: $id, input: $i) { id visitedOn notes } }`;
      const REMOVE = `mutation($id: ID!) { removeInspectionVisit(id: $id) { id } }`;
      const id = await visit(a);
      expect(ok(await api.as(gw).run(UPDATE, { id, i: { visitedOn: `${YEAR}-01-05`, notes: '更正' } }), 'updateInspectionVisit')).toEqual({ id, visitedOn: `${YEAR}-01-05`, notes: '更正' });
      expect(code(await api.as(aAdmin).run(UPDATE, { id, i: { visitedOn: `${YEAR}-01-05`, notes: '单位改' } }))).toBe('FORBIDDEN');
      expect(code(await api.as(gw, { viewTenantId: b.tenant.id }).run(REMOVE, { id }))).toBe('NOT_FOUND');
      ok(await api.as(gw).run(FINDING, { i: { visitId: id, categoryId: categories[0].id, severity: 'GENERAL', description: '问题', dueOn: inDays(30) } }), 'recordInspectionFinding');
      expect(code(await api.as(gw).run(REMOVE, { id }))).toBe('CONFLICT');
      const empty = await visit(a);
      ok(await api.as(gw).run(REMOVE, { id: empty }), 'removeInspectionVisit');
      const visits = ok<{ visits: { id: string }[] }>(await api.as(gw).run(`query($id: ID!) { inspectionCampaign(id: $id) { visits { id } } }`, { id: campaignId }), 'inspectionCampaign').visits;
      expect(visits.map((v) => v.id)).not.toContain(empty);
    });

    it('dispatches a finding’s rectification to its agency only: agency B reads nothing of agency A’s (cross-tenant)', async () => {
      const id = await found(a);
      const mine = ok<{ items: { id: string }[] }>(await api.as(aAdmin).run(RECTS), 'rectifications').items.map((r) => r.id);
      expect(mine).toContain(id);
      expect(ok<{ items: { tenantId: string }[] }>(await api.as(bAdmin).run(RECTS), 'rectifications').items.every((r) => r.tenantId === b.tenant.id)).toBe(true);
      expect(code(await api.as(bAdmin).run(ONE, { id }))).toBe('NOT_FOUND');
      const findings = ok<{ items: { tenantId: string }[] }>(await api.as(bAdmin).run(`{ inspectionFindings(limit: 100) { items { tenantId } } }`), 'inspectionFindings');
      expect(findings.items.every((f) => f.tenantId === b.tenant.id)).toBe(true);
      // Agency B planning agency A's rectification: NOT_FOUND, and nothing changed.
      expect(code(await api.as(bAdmin).run(PLAN, { id, i: { measures: '越权', responsibleMemberId: bResponsible.id } }))).toBe('NOT_FOUND');
      expect(ok(await api.as(aAdmin).run(ONE, { id }), 'rectification')).toMatchObject({ status: 'PENDING', measures: null });
    });

    it('refuses the committee narrowed to agency B a finding on agency A’s visit (cross-tenant, NOT_FOUND)', async () => {
      const visitId = await visit(a);
      const narrowed = await api.as(gw, { viewTenantId: b.tenant.id }).run(FINDING, { i: { visitId, categoryId: categories[1].id, severity: 'SERIOUS', description: '问题', dueOn: inDays(20) } });
      expect(code(narrowed)).toBe('NOT_FOUND');
    });

    it('flags a repeat of last year’s finding of the same category at the same agency', async () => {
      const last = ok<{ id: string }>(await api.as(gw).run(CREATE_CAMPAIGN, { i: { year: YEAR - 1, title: '上年督查', startsOn: `${YEAR - 1}-01-01`, endsOn: `${YEAR - 1}-12-31` } }), 'createInspectionCampaign');
      ok(await api.as(gw).run(START, { id: last.id }), 'startInspectionCampaign');
      const lastVisit = await visit(b, `${YEAR - 1}-06-01`, last.id);
      const previous = ok<{ id: string; repeated: boolean }>(
        await api.as(gw).run(FINDING, { i: { visitId: lastVisit, categoryId: categories[2].id, severity: 'GENERAL', description: '特色不鲜明', dueOn: inDays(30) } }),
        'recordInspectionFinding',
      );
      expect(previous.repeated).toBe(false);
      ok(await api.as(gw).run(CLOSE_CAMPAIGN, { id: last.id }), 'closeInspectionCampaign');
      const visitId = await visit(b);
      const again = ok(await api.as(gw).run(FINDING, { i: { visitId, categoryId: categories[2].id, severity: 'SERIOUS', description: '仍照搬照抄', dueOn: inDays(30) } }), 'recordInspectionFinding');
      expect(again).toMatchObject({ repeated: true, repeatOfId: previous.id, category: { name: '同质化' } });
      const other = ok(await api.as(gw).run(FINDING, { i: { visitId, categoryId: categories[3].id, severity: 'GENERAL', description: '书记抓党建不够', dueOn: inDays(30) } }), 'recordInspectionFinding');
      expect(other).toMatchObject({ repeated: false });
      const repeated = ok<{ items: { id: string }[] }>(await api.as(gw).run(`{ inspectionFindings(repeated: true, limit: 100) { items { id } } }`), 'inspectionFindings');
      expect(repeated.items.map((f) => f.id)).toEqual([(again as { id: string }).id]);
    });

    it('counts coverage from the visits: every active agency once, the rest listed', async () => {
      const fresh = ok<{ id: string }>(await api.as(gw).run(CREATE_CAMPAIGN, { i: { year: YEAR + 1, title: '来年督查', startsOn: `${YEAR + 1}-01-01`, endsOn: `${YEAR + 1}-12-31` } }), 'createInspectionCampaign');
      ok(await api.as(gw).run(START, { id: fresh.id }), 'startInspectionCampaign');
      await visit(a, `${YEAR + 1}-03-01`, fresh.id);
      await visit(a, `${YEAR + 1}-04-01`, fresh.id);
      const c = ok<{ coverage: unknown }>(await api.as(leader).run(`query($id: ID!) { inspectionCampaign(id: $id) { ${CAMPAIGN} } }`, { id: fresh.id }), 'inspectionCampaign');
      // Recomputed from rows: distinct agencies with a visit among the active ones (A, B; S is suspended).
      const [{ n }] = await api.dataSource.query(`SELECT COUNT(DISTINCT tenant_id) AS n FROM inspection_visit WHERE campaign_id = ?`, [fresh.id]);
      expect(Number(n)).toBe(1);
      expect(c.coverage).toEqual({ agencies: 2, inspected: 1, rate: 0.5, notInspected: [{ id: b.tenant.id }] });
      expect(code(await api.as(aAdmin).run(`query($id: ID!) { inspectionCampaign(id: $id) { coverage { rate } } }`, { id: fresh.id }))).toBe('FORBIDDEN');
    });

    it('removes a finding recorded by mistake with its rectification, only before the agency begins', async () => {
      const visitId = await visit(a);
      const f = ok<{ id: string; rectification: { id: string } }>(await api.as(gw).run(FINDING, { i: { visitId, categoryId: categories[4].id, severity: 'GENERAL', description: '误记', dueOn: inDays(30) } }), 'recordInspectionFinding');
      ok(await api.as(gw).run(`mutation($id: ID!) { removeInspectionFinding(id: $id) { id } }`, { id: f.id }), 'removeInspectionFinding');
      expect(code(await api.as(aAdmin).run(ONE, { id: f.rectification.id }))).toBe('NOT_FOUND');
      const begun = await planned(a, aAdmin, aResponsible);
      const [{ source_id }] = await api.dataSource.query(`SELECT source_id FROM rectification WHERE id = ?`, [begun]);
      expect(code(await api.as(gw).run(`mutation($id: ID!) { removeInspectionFinding(id: $id) { id } }`, { id: source_id }))).toBe('CONFLICT');
    });
  });

  describe('the rectification state machine, side by side', () => {
    it('待整改 → 整改中 needs measures and a responsible person who holds a post in the agency', async () => {
      const id = await found(a);
      const noPost = await api.as(aAdmin).run(PLAN, { id, i: { measures: '措施', responsibleMemberId: aWithoutPost.id } });
      expect([code(noPost), fieldOf(noPost)]).toEqual(['BAD_USER_INPUT', 'responsibleMemberId']);
      expect(code(await api.as(aAdmin).run(PLAN, { id, i: { measures: '措施', responsibleMemberId: bResponsible.id } }))).toBe('NOT_FOUND');
      const blank = await api.as(aAdmin).run(PLAN, { id, i: { measures: '   ', responsibleMemberId: aResponsible.id } });
      expect([code(blank), fieldOf(blank)]).toEqual(['BAD_USER_INPUT', 'input.measures']);
      // Reporting before a plan: CONFLICT.
      expect(code(await api.as(aAdmin).run(REPORT, { id, i: { report: '完成', fileIds: [await photo(a)] } }))).toBe('CONFLICT');
      const plan = ok(await api.as(aAdmin).run(PLAN, { id, i: { measures: '逐月开展主题党日', responsibleMemberId: aResponsible.id } }), 'planRectification');
      expect(plan).toMatchObject({ status: 'IN_PROGRESS', responsiblePostCode: PostCode.PARTY_GROUP_SECRETARY, responsibleMember: { id: aResponsible.id } });
      // The committee does not write the agency's plan.
      expect(code(await api.as(gw).run(PLAN, { id, i: { measures: '工委代拟', responsibleMemberId: aResponsible.id } }))).toBe('FORBIDDEN');
    });

    it('整改中 → 已整改 takes a report and at least one piece of evidence', async () => {
      const id = await planned(a, aAdmin, aResponsible);
      const none = await api.as(aAdmin).run(REPORT, { id, i: { report: '已整改', fileIds: [] } });
      expect([code(none), fieldOf(none)]).toEqual(['BAD_USER_INPUT', 'fileIds']);
      const blank = await api.as(aAdmin).run(REPORT, { id, i: { report: ' ', fileIds: [await photo(a)] } });
      expect([code(blank), fieldOf(blank)]).toEqual(['BAD_USER_INPUT', 'input.report']);
      expect(code(await api.as(aAdmin).run(REPORT, { id, i: { report: '用别人的文件', fileIds: [await photo(b)] } }))).toBe('NOT_FOUND');
      const done = ok(await api.as(aAdmin).run(REPORT, { id, i: { report: '已整改到位', fileIds: [await photo(a)] } }), 'reportRectification');
      expect(done).toMatchObject({ status: 'RECTIFIED', late: false, deadline: 'ON_TIME', overdueMark: false, warning: null });
    });

    it('验收 不通过 sends it back with the reason; 通过, then 回访销号 — each the committee’s alone', async () => {
      const id = await reported();
      expect(code(await api.as(aAdmin).run(VERIFY, { id, i: { pass: true } }))).toBe('FORBIDDEN');
      const noReason = await api.as(gw).run(VERIFY, { id, i: { pass: false, comment: '' } });
      expect([code(noReason), fieldOf(noReason)]).toEqual(['BAD_USER_INPUT', 'comment']);
      const failed = ok(await api.as(gw).run(VERIFY, { id, i: { pass: false, comment: '计划未细化到支部' } }), 'verifyRectification');
      expect(failed).toMatchObject({ status: 'IN_PROGRESS', failedCount: 1, verifyComment: '计划未细化到支部' });
      ok(await api.as(aAdmin).run(REPORT, { id, i: { report: '已细化到每个支部', fileIds: [await photo(a)] } }), 'reportRectification');
      // 销号 only after verification.
      expect(code(await api.as(gw).run(CLOSE, { id, i: { note: '回访' } }))).toBe('CONFLICT');
      ok(await api.as(gw).run(VERIFY, { id, i: { pass: true } }), 'verifyRectification');
      expect(code(await api.as(aAdmin).run(CLOSE, { id, i: { note: '自己销号' } }))).toBe('FORBIDDEN');
      const blank = await api.as(gw).run(CLOSE, { id, i: { note: ' ' } });
      expect([code(blank), fieldOf(blank)]).toEqual(['BAD_USER_INPUT', 'input.note']);
      const closed = ok(await api.as(gw).run(CLOSE, { id, i: { note: '回访支部,主题党日按计划开展' } }), 'closeRectification');
      expect(closed).toMatchObject({ status: 'CLOSED', failedCount: 1, closeNote: '回访支部,主题党日按计划开展' });
      expect(code(await api.as(gw).run(CLOSE, { id, i: { note: '再次' } }))).toBe('CONFLICT');
      expect(code(await api.as(gw).run(VERIFY, { id, i: { pass: true } }))).toBe('CONFLICT');
      // The committee narrowed to agency B cannot verify agency A's (cross-tenant).
      const other = await reported();
      expect(code(await api.as(gw, { viewTenantId: b.tenant.id }).run(VERIFY, { id: other, i: { pass: true } }))).toBe('NOT_FOUND');
    });

    it('keeps the late mark of a report after the deadline, whatever extension comes later', async () => {
      const id = await planned(a, aAdmin, aResponsible);
      await api.dataSource.manager.update(Rectification, { id }, { dueOn: inDays(-2), dueAt: new Date(Date.now() - 2 * DAY_MS) });
      const overdue = ok<{ items: { id: string; warning: string; deadline: string; overdueMark: boolean }[] }>(await api.as(aAdmin).run(RECTS, { o: true }), 'rectifications').items;
      expect(overdue.find((r) => r.id === id)).toMatchObject({ warning: 'RED', deadline: 'OVERDUE', overdueMark: true });
      const late = ok(await api.as(aAdmin).run(REPORT, { id, i: { report: '逾期完成', fileIds: [await photo(a)] } }), 'reportRectification');
      expect(late).toMatchObject({ status: 'RECTIFIED', late: true, deadline: 'LATE', overdueMark: true });
      ok(await api.as(gw).run(VERIFY, { id, i: { pass: false, comment: '不到位' } }), 'verifyRectification');
      const ext = ok<{ id: string }>(await api.as(aAdmin).run(EXTEND, { id, i: { toDueOn: inDays(20), reason: '需结合换届完成' } }), 'requestRectificationExtension');
      ok(await api.as(gw).run(DECIDE, { id: ext.id, i: { approve: true } }), 'decideRectificationExtension');
      expect(ok(await api.as(aAdmin).run(ONE, { id }), 'rectification')).toMatchObject({ dueOn: inDays(20), late: true, overdueMark: true, deadline: 'LATE' });
    });

    it('extends a deadline on the agency’s request and the committee’s decision', async () => {
      const id = await found(a, { dueOn: inDays(10) });
      const earlier = await api.as(aAdmin).run(EXTEND, { id, i: { toDueOn: inDays(5), reason: '理由' } });
      expect([code(earlier), fieldOf(earlier)]).toEqual(['BAD_USER_INPUT', 'toDueOn']);
      const noReason = await api.as(aAdmin).run(EXTEND, { id, i: { toDueOn: inDays(40), reason: ' ' } });
      expect([code(noReason), fieldOf(noReason)]).toEqual(['BAD_USER_INPUT', 'input.reason']);
      expect(code(await api.as(bAdmin).run(EXTEND, { id, i: { toDueOn: inDays(40), reason: '越权' } }))).toBe('NOT_FOUND');
      const first = ok<{ id: string; fromDueOn: string }>(await api.as(aAdmin).run(EXTEND, { id, i: { toDueOn: inDays(40), reason: '涉及机构调整' } }), 'requestRectificationExtension');
      expect(first.fromDueOn).toBe(inDays(10));
      expect(code(await api.as(aAdmin).run(EXTEND, { id, i: { toDueOn: inDays(50), reason: '再申请' } }))).toBe('CONFLICT');
      expect(code(await api.as(aAdmin).run(DECIDE, { id: first.id, i: { approve: true } }))).toBe('FORBIDDEN');
      const noComment = await api.as(gw).run(DECIDE, { id: first.id, i: { approve: false } });
      expect([code(noComment), fieldOf(noComment)]).toEqual(['BAD_USER_INPUT', 'comment']);
      const pending = ok<{ id: string; rectification: { id: string } }[]>(await api.as(gw).run(`{ pendingRectificationExtensions { id rectification { id } } }`), 'pendingRectificationExtensions');
      expect(pending.find((e) => e.id === first.id)?.rectification).toEqual({ id });
      ok(await api.as(gw).run(DECIDE, { id: first.id, i: { approve: false, comment: '理由不充分' } }), 'decideRectificationExtension');
      expect(code(await api.as(gw).run(DECIDE, { id: first.id, i: { approve: true } }))).toBe('CONFLICT');
      expect(ok(await api.as(aAdmin).run(ONE, { id }), 'rectification')).toMatchObject({ dueOn: inDays(10), extensions: [{ status: 'REJECTED', toDueOn: inDays(40) }] });
      const second = ok<{ id: string }>(await api.as(aAdmin).run(EXTEND, { id, i: { toDueOn: inDays(30), reason: '补充说明' } }), 'requestRectificationExtension');
      ok(await api.as(gw).run(DECIDE, { id: second.id, i: { approve: true, comment: '同意' } }), 'decideRectificationExtension');
      expect(ok(await api.as(aAdmin).run(ONE, { id }), 'rectification')).toMatchObject({ dueOn: inDays(30) });
    });

    it('lists what falls due within three days (yellow) apart from the rest', async () => {
      const soon = await found(a, { dueOn: inDays(2) });
      const far = await found(a, { dueOn: inDays(60) });
      const due = ok<{ items: { id: string; warning: string }[] }>(await api.as(aAdmin).run(RECTS, { d: 3 }), 'rectifications').items;
      expect(due.find((r) => r.id === soon)).toMatchObject({ warning: 'YELLOW' });
      expect(due.map((r) => r.id)).not.toContain(far);
    });
  });

  describe('to-dos and reminders', () => {
    it('gives the agency what to plan and report, and the committee what to verify, close and decide', async () => {
      const id = await found(a, { dueOn: inDays(6) });
      await reported();
      const todos = ok<{ id: string; title: string; module: string }[]>(await api.as(aAdmin).run(`{ myTodos { id title module } }`), 'myTodos').filter((t) => t.module === 'supervision');
      expect(todos.map((t) => t.id)).toContain(`rectification:${id}`);
      expect(todos.find((t) => t.id === `rectification:${id}`)!.title).toMatch(/^制定整改措施/);
      const committee = ok<{ id: string; title: string; module: string }[]>(await api.as(gw).run(`{ myTodos { id title module } }`), 'myTodos').filter((t) => t.module === 'supervision');
      const [{ n }] = await api.dataSource.query(`SELECT COUNT(*) AS n FROM rectification WHERE status = 'RECTIFIED'`);
      expect(committee.find((t) => t.id === 'rectifications-verify')!.title).toBe(`验收整改(${Number(n)} 项待验收)`);
      // A reminder for the agency's admins before the deadline.
      const reminders = await inspectionReminders(new TenantDb(api.dataSource, Scope.system('test')), { now: new Date(), until: new Date(Date.now() + 7 * DAY_MS) });
      expect(reminders.find((r) => r.key.startsWith(`rectification:${id}:`))).toMatchObject({ tenantId: a.tenant.id, userIds: [a.users[Role.TENANT_ADMIN]!.id] });
    });
  });
  describe('figures', () => {
    const FIGURES = `query($g: RectificationGrouping!, $t: ID) { rectificationFigures(grouping: $g, tenantId: $t) { key label tenantId total pending inProgress rectified verified closed due onTime late overdue failed closureRate onTimeRate } }`;

    it('counts rectifications by agency as the rows say, each agency only its own (cross-tenant)', async () => {
      const rows: Record<string, unknown>[] = await api.dataSource.query(`SELECT tenant_id, status, late, first_rectified_at, due_on, failed_count FROM rectification WHERE year = ?`, [YEAR]);
      const today = localDateOf(new Date());
      const expected = new Map<string, Record<string, number>>();
      for (const r of rows) {
        const e = expected.get(String(r['tenant_id'])) ?? { total: 0, closed: 0, due: 0, onTime: 0, late: 0, overdue: 0, failed: 0 };
        const reported = r['first_rectified_at'] !== null;
        const late = Number(r['late']) === 1 || r['late'] === true;
        // Past due: the deadline's day is over (due_at is the end of due_on).
        const pastDue = String(r['due_on']).slice(0, 10) < today;
        e['total']++;
        if (r['status'] === 'CLOSED') e['closed']++;
        if (reported || pastDue) e['due']++;
        if (reported && !late) e['onTime']++;
        if (reported && late) e['late']++;
        if (!reported && pastDue) e['overdue']++;
        e['failed'] += Number(r['failed_count']);
        expected.set(String(r['tenant_id']), e);
      }
      const figures = ok<Record<string, any>[]>(await api.as(leader).run(FIGURES, { g: 'AGENCY' }), 'rectificationFigures');
      expect(figures.length).toBe(expected.size);
      for (const f of figures) {
        const e = expected.get(f['tenantId'])!;
        expect(f).toMatchObject({ ...e, closureRate: e['closed'] / e['total'], onTimeRate: e['due'] ? e['onTime'] / e['due'] : null });
        expect(f['pending'] + f['inProgress'] + f['rectified'] + f['verified'] + f['closed']).toBe(f['total']);
      }
      expect(figures.find((f) => f['tenantId'] === a.tenant.id)!['late']).toBeGreaterThan(0);
      const own = ok<Record<string, any>[]>(await api.as(aAdmin).run(FIGURES, { g: 'AGENCY' }), 'rectificationFigures');
      expect(own.map((f) => f['tenantId'])).toEqual([a.tenant.id]);
      // Agency A naming agency B sees nothing of B's.
      expect(ok<unknown[]>(await api.as(aAdmin).run(FIGURES, { g: 'AGENCY', t: b.tenant.id }), 'rectificationFigures')).toEqual([]);
    });

    it('by deadline month: each month\'s row is the ledger\'s rows of that month (the drill-down), and a month outside 1–12 is refused', async () => {
      const months = ok<{ key: string; total: number; closed: number }[]>(await api.as(gw).run(`query($y: Int) { rectificationFigures(grouping: MONTH, year: $y) { key total closed } }`, { y: YEAR }), 'rectificationFigures');
      expect(months.length).toBeGreaterThan(0);
      const LEDGER = `query($y: Int, $m: Int, $s: RectificationStatus) { rectifications(year: $y, dueMonth: $m, status: $s, limit: 1) { total } }`;
      for (const row of months) {
        const m = Number(row.key);
        expect(ok<{ total: number }>(await api.as(gw).run(LEDGER, { y: YEAR, m }), 'rectifications').total).toBe(row.total);
        expect(ok<{ total: number }>(await api.as(gw).run(LEDGER, { y: YEAR, m, s: 'CLOSED' }), 'rectifications').total).toBe(row.closed);
      }
      // And as the rows say: the year's rectifications by the month of their deadline.
      const rows: { due_on: unknown }[] = await api.dataSource.query(`SELECT due_on FROM rectification WHERE year = ?`, [YEAR]);
      const byMonth = new Map<string, number>();
      for (const r of rows) {
        const key = (r.due_on instanceof Date ? localDateOf(r.due_on) : String(r.due_on)).slice(5, 7);
        byMonth.set(key, (byMonth.get(key) ?? 0) + 1);
      }
      expect(Object.fromEntries(months.map((r) => [r.key, r.total]))).toEqual(Object.fromEntries(byMonth));
      const bad = await api.as(gw).run(LEDGER, { y: YEAR, m: 13 });
      expect(code(bad)).toBe('BAD_USER_INPUT');
    });

    it('counts findings by category with the repeats, as the rows say', async () => {
      const rows: { category_id: string; repeat_of_id: string | null }[] = await api.dataSource.query(`SELECT category_id, repeat_of_id FROM inspection_finding WHERE year = ?`, [YEAR]);
      const figures = ok<{ key: string; label: string; total: number; repeated: number }[]>(await api.as(gw).run(`{ findingFigures(grouping: CATEGORY) { key label total repeated } }`), 'findingFigures');
      for (const f of figures) {
        expect(f.total).toBe(rows.filter((r) => r.category_id === f.key).length);
        expect(f.repeated).toBe(rows.filter((r) => r.category_id === f.key && r.repeat_of_id !== null).length);
      }
      expect(figures.reduce((n, f) => n + f.total, 0)).toBe(rows.length);
      expect(figures.find((f) => f.label === '同质化')!.repeated).toBe(1);
    });
  });
});
