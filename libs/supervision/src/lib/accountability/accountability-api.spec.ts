import { Role } from '@zeren/auth';
import { Scope, TenantDb, TenantKind } from '@zeren/tenancy';
import { errorCode as code, issueField as fieldOf, dataOf as ok, type TestApi, type TestTenant } from '@zeren/api/testing';
import { OrgUnitKind as K, PostCode } from '@zeren/org-tree';
import { insertMembers, insertTree } from '@zeren/org-tree/testing';
import { localDateOf, localYear } from '@zeren/shared-periods';
import { FindingSeverity, RectificationStatus, createAssessmentTestApi, insertFinding, insertRectification } from '../assessment/testing';
import { AccountabilityMeasure } from './accountability-measure.entity';
import { disqualifiedTenantIds, isDisqualified } from './accountability.service';


const CREATE_SCHEME = `mutation($i: AssessmentSchemeInput!) { createAssessmentScheme(input: $i) { id } }`;
const COMPUTE = `mutation($y: Int!) { computeAssessment(year: $y) { id } }`;
const RESULTS = `query($y: Int!) { assessmentResults(year: $y, limit: 200) { items { id tenantId total grade rank overdueMarks openRectifications components { kind score } } } }`;
const PROPOSE = `mutation($y: Int!) { proposeAccountabilityMeasures(year: $y) { year proposed decided } }`;
const MEASURE = 'id tenantId year kind status grounds ruleIds note dueOn dismissReason decidedAt';
const MEASURES = `query($y: Int, $s: AccountabilityMeasureStatus, $t: ID) { accountabilityMeasures(year: $y, status: $s, tenantId: $t, limit: 200) { total items { ${MEASURE} } } }`;
const CONFIRM = `mutation($id: ID!, $i: ConfirmMeasureInput!) { confirmAccountabilityMeasure(id: $id, input: $i) { ${MEASURE} } }`;
const DISMISS = `mutation($id: ID!, $i: DismissMeasureInput!) { dismissAccountabilityMeasure(id: $id, input: $i) { ${MEASURE} } }`;

type Measure = { id: string; tenantId: string; year: number; kind: string; status: string; grounds: string; ruleIds: string[]; dueOn: string | null };
type Result = { id: string; tenantId: string; total: number; grade: string; rank: number; overdueMarks: number; openRectifications: number; components: { kind: string; score: number | null }[] };

describe('问责: rules, proposals and decisions, and the loop they close (API)', () => {
  let api: TestApi;
  let a: TestTenant;
  let b: TestTenant;
  const gw = 'gw_committee_admin';
  const leader = 'gw_committee_leader';
  const aAdmin = 'a_tenant_admin';
  const bAdmin = 'b_tenant_admin';
  const system = () => new TenantDb(api.dataSource, Scope.system('accountability test'));
  const measures = async (user: string, vars: Record<string, unknown>) => ok<{ total: number; items: Measure[] }>(await api.as(user).run(MEASURES, vars), 'accountabilityMeasures');
  const measureOf = async (year: number, t: TestTenant, kind: string) => (await measures(gw, { y: year, t: t.tenant.id })).items.find((m) => m.kind === kind)!;
  const results = async (year: number) => ok<{ items: Result[] }>(await api.as(gw).run(RESULTS, { y: year }), 'assessmentResults').items;
  const resultOf = async (year: number, t: TestTenant) => (await results(year)).find((r) => r.tenantId === t.tenant.id)!;
  /** A published scheme for the year, its results computed and the rules' measures proposed. */
  const assessed = async (year: number, components?: { kind: string; label: string; weight: number }[]) => {
    const s = ok<{ id: string }>(await api.as(gw).run(CREATE_SCHEME, { i: { year, title: `${year}年度考核方案`, adjustmentLimit: 10, components } }), 'createAssessmentScheme');
    ok(await api.as(gw).run(`mutation($id: ID!) { publishAssessmentScheme(id: $id) { id } }`, { id: s.id }), 'publishAssessmentScheme');
    ok(await api.as(gw).run(COMPUTE, { y: year }), 'computeAssessment');
  };

  beforeAll(async () => {
    api = await createAssessmentTestApi();
    await api.addTenant('GW', TenantKind.COMMITTEE);
    a = await api.addTenant('A');
    b = await api.addTenant('B');
  });
  afterAll(() => api.close());

  it('closes the loop: an overdue duty and an unclosed rectification lower the score, the low score proposes 取消评先, and confirming it puts the agency in disqualifiedTenantIds', async () => {
    const year = localYear() - 1;
    // A's two members owe a one-off duty that fell due last March; B has no member who owes it.
    const units = await insertTree(api.dataSource, a.tenant.id, [
      ['DZ', K.PARTY_GROUP, null],
      ['ZB', K.BRANCH, 'DZ'],
    ]);
    await insertMembers(api.dataSource, a.tenant.id, [
      { name: '党员甲', unitId: units.get('ZB')!.id, userId: a.users[Role.MEMBER]!.id },
      { name: '党员乙', unitId: units.get('ZB')!.id },
    ]);
    await assessed(year, [
      { kind: 'DUTY_FULFILMENT', label: '履责纪实', weight: 50 },
      { kind: 'INSPECTION', label: '督查整改', weight: 50 },
    ]);
    const start = await resultOf(year, a);
    expect([start.total, (await resultOf(year, b)).total]).toEqual([100, 100]);

    const template = ok<{ id: string }>(await api.as(gw).run(`mutation($i: CreateDutyTemplateInput!) { createDutyTemplate(input: $i) { id } }`, { i: { year } }), 'createDutyTemplate');
    const duty = { level: 'BRANCH', postCode: PostCode.PARTY_MEMBER, area: '组织生活', title: '参加专题组织生活会', content: '每名党员参加一次', requirement: '有记录', cadence: 'ONCE', dueOffsetDays: null, dueOn: `${year}-03-31`, minEvidence: 0, weight: 5, supervisor: '机关党委' };
    ok(await api.as(gw).run(`mutation($t: ID!, $i: DutySpecInput!) { addDutyItem(templateId: $t, input: $i) { id } }`, { t: template.id, i: duty }), 'addDutyItem');
    ok(await api.as(gw).run(`mutation($id: ID!) { publishDutyTemplate(id: $id) { id } }`, { id: template.id }), 'publishDutyTemplate');
    ok(await api.as(gw).run(COMPUTE, { y: year }), 'computeAssessment');
    const overdue = await resultOf(year, a);
    expect([overdue.overdueMarks, overdue.components.find((c) => c.kind === 'DUTY_FULFILMENT')!.score, overdue.total]).toEqual([2, 0, 50]);

    await insertRectification(api.dataSource, a.tenant.id, year, RectificationStatus.IN_PROGRESS);
    ok(await api.as(gw).run(COMPUTE, { y: year }), 'computeAssessment');
    const unclosed = await resultOf(year, a);
    expect([unclosed.openRectifications, unclosed.total, unclosed.grade, unclosed.rank]).toEqual([1, 47.5, 'POOR', 2]);
    expect((await resultOf(year, b)).total).toBe(100);

    ok(await api.as(gw).run(PROPOSE, { y: year }), 'proposeAccountabilityMeasures');
    const dq = await measureOf(year, a, 'DISQUALIFY');
    expect(dq.status).toBe('PROPOSED');
    expect(dq.grounds).toContain('考核等次为“差”的,取消综合考核评先资格');
    expect((await measureOf(year, a, 'INTERVIEW')).status).toBe('PROPOSED');
    expect(await disqualifiedTenantIds(system(), year)).toEqual(new Set());

    ok(await api.as(gw).run(CONFIRM, { id: dq.id, i: { note: '经工委会议研究' } }), 'confirmAccountabilityMeasure');
    expect(await disqualifiedTenantIds(system(), year)).toEqual(new Set([a.tenant.id]));
    expect([await isDisqualified(system(), a.tenant.id, year), await isDisqualified(system(), b.tenant.id, year), await isDisqualified(system(), a.tenant.id, year + 1)]).toEqual([true, false, false]);
  });

  it('proposes by the rules once per agency and kind: proposing again replaces only the undecided and never duplicates; CONFLICT before results', async () => {
    const year = 2051;
    expect(code(await api.as(gw).run(PROPOSE, { y: year }))).toBe('CONFLICT');
    await insertRectification(api.dataSource, a.tenant.id, year, RectificationStatus.PENDING);
    await insertRectification(api.dataSource, a.tenant.id, year, RectificationStatus.RECTIFIED);
    await insertFinding(api.dataSource, a.tenant.id, year, FindingSeverity.GRAVE);
    await assessed(year);
    expect(code(await api.as(aAdmin).run(PROPOSE, { y: year }))).toBe('FORBIDDEN');
    expect(code(await api.as(leader).run(PROPOSE, { y: year }))).toBe('FORBIDDEN');
    expect(ok(await api.as(gw).run(PROPOSE, { y: year }), 'proposeAccountabilityMeasures')).toMatchObject({ year, decided: 0 });
    const first = (await measures(gw, { y: year })).items;
    // A: graded 差 (约谈提醒, 取消评先) with two unclosed rectifications (限期整改); B only among the bottom six of two (取消评先).
    expect((await results(year)).find((r) => r.tenantId === a.tenant.id)!.grade).toBe('POOR');
    expect(first.filter((m) => m.tenantId === a.tenant.id).map((m) => m.kind).sort()).toEqual(['DISQUALIFY', 'INTERVIEW', 'RECTIFY_BY_DEADLINE']);
    expect(first.find((m) => m.tenantId === a.tenant.id && m.kind === 'DISQUALIFY')!.ruleIds).toHaveLength(2);
    expect(first.filter((m) => m.tenantId === b.tenant.id).map((m) => m.kind)).toEqual(['DISQUALIFY']);
    const bDq = first.find((m) => m.tenantId === b.tenant.id)!;
    ok(await api.as(gw).run(DISMISS, { id: bDq.id, i: { reason: '排名末位系参评单位过少所致' } }), 'dismissAccountabilityMeasure');
    expect(ok(await api.as(gw).run(PROPOSE, { y: year }), 'proposeAccountabilityMeasures')).toMatchObject({ year, proposed: 3, decided: 1 });
    const again = (await measures(gw, { y: year })).items;
    expect(again).toHaveLength(first.length);
    expect(again.find((m) => m.id === bDq.id)).toMatchObject({ status: 'DISMISSED' });
    expect(await api.dataSource.manager.count(AccountabilityMeasure, { where: { year, tenantId: b.tenant.id } })).toBe(1);
  });

  it('takes the committee’s decisions only: each transition refused to an agency (FORBIDDEN), out of order CONFLICT, bad input BAD_USER_INPUT naming the field, nothing changed', async () => {
    const year = 2052;
    await insertRectification(api.dataSource, a.tenant.id, year, RectificationStatus.PENDING);
    await insertRectification(api.dataSource, a.tenant.id, year, RectificationStatus.PENDING);
    await assessed(year);
    ok(await api.as(gw).run(PROPOSE, { y: year }), 'proposeAccountabilityMeasures');
    const rectify = await measureOf(year, a, 'RECTIFY_BY_DEADLINE');
    const dq = await measureOf(year, a, 'DISQUALIFY');
    expect(code(await api.as(aAdmin).run(CONFIRM, { id: rectify.id, i: { dueOn: '2099-01-01' } }))).toBe('FORBIDDEN');
    expect(code(await api.as(aAdmin).run(DISMISS, { id: rectify.id, i: { reason: '不认可' } }))).toBe('FORBIDDEN');
    expect(code(await api.as(leader).run(CONFIRM, { id: dq.id, i: {} }))).toBe('FORBIDDEN');
    const noDue = await api.as(gw).run(CONFIRM, { id: rectify.id, i: { note: '限期整改' } });
    expect([code(noDue), fieldOf(noDue)]).toEqual(['BAD_USER_INPUT', 'dueOn']);
    const past = await api.as(gw).run(CONFIRM, { id: rectify.id, i: { dueOn: localDateOf(new Date(Date.now() - 2 * 86_400_000)) } });
    expect([code(past), fieldOf(past)]).toEqual(['BAD_USER_INPUT', 'dueOn']);
    const noReason = await api.as(gw).run(DISMISS, { id: dq.id, i: { reason: '  ' } });
    expect([code(noReason), fieldOf(noReason)]).toEqual(['BAD_USER_INPUT', 'input.reason']);
    expect((await measureOf(year, a, 'RECTIFY_BY_DEADLINE')).status).toBe('PROPOSED');
    expect((await measureOf(year, a, 'DISQUALIFY')).status).toBe('PROPOSED');
    const confirmed = ok<Measure>(await api.as(gw).run(CONFIRM, { id: rectify.id, i: { note: '三个月内整改到位', dueOn: '2099-01-01' } }), 'confirmAccountabilityMeasure');
    expect([confirmed.status, confirmed.dueOn]).toEqual(['CONFIRMED', '2099-01-01']);
    expect(code(await api.as(gw).run(CONFIRM, { id: rectify.id, i: { dueOn: '2099-01-01' } }))).toBe('CONFLICT');
    expect(code(await api.as(gw).run(DISMISS, { id: rectify.id, i: { reason: '改为不予问责' } }))).toBe('CONFLICT');
    expect(ok<Measure>(await api.as(gw).run(DISMISS, { id: dq.id, i: { reason: '已完成整改' } }), 'dismissAccountabilityMeasure')).toMatchObject({ status: 'DISMISSED', dismissReason: '已完成整改' });
    expect(code(await api.as(gw).run(CONFIRM, { id: dq.id, i: {} }))).toBe('CONFLICT');
    // The agency's to-do: its confirmed 限期整改, with the deadline.
    const todos = ok<{ title: string; dueAt: string | null }[]>(await api.as(aAdmin).run(`{ myTodos { title dueAt } }`), 'myTodos');
    expect(todos.filter((t) => t.title.startsWith(`限期整改(${year}年考核)`))).toHaveLength(1);
  });

  it('cross-tenant: an agency reads only its own confirmed measures — not agency B’s, nor its own proposed or dismissed ones', async () => {
    const year = 2053;
    await assessed(year);
    ok(await api.as(gw).run(PROPOSE, { y: year }), 'proposeAccountabilityMeasures');
    const aDq = await measureOf(year, a, 'DISQUALIFY');
    const bDq = await measureOf(year, b, 'DISQUALIFY');
    const ONE = `query($id: ID!) { accountabilityMeasure(id: $id) { id status } }`;
    expect(code(await api.as(aAdmin).run(ONE, { id: aDq.id }))).toBe('NOT_FOUND');
    expect((await measures(aAdmin, { y: year })).total).toBe(0);
    ok(await api.as(gw).run(CONFIRM, { id: aDq.id, i: {} }), 'confirmAccountabilityMeasure');
    ok(await api.as(gw).run(CONFIRM, { id: bDq.id, i: {} }), 'confirmAccountabilityMeasure');
    expect((await measures(aAdmin, { y: year })).items.map((m) => m.id)).toEqual([aDq.id]);
    expect((await measures(aAdmin, { y: year, t: b.tenant.id })).items).toEqual([]);
    expect((await measures(aAdmin, { y: year, s: 'PROPOSED' })).items).toEqual([]);
    expect(code(await api.as(aAdmin).run(ONE, { id: bDq.id }))).toBe('NOT_FOUND');
    expect(ok<{ id: string }>(await api.as(aAdmin).run(ONE, { id: aDq.id }), 'accountabilityMeasure').id).toBe(aDq.id);
    // disqualifiedTenantIds reads in the caller's reach: an agency's handle sees itself only.
    expect(await disqualifiedTenantIds(new TenantDb(api.dataSource, Scope.tenant(a.tenant.id, { userId: null, tenantId: a.tenant.id })), year)).toEqual(new Set([a.tenant.id]));
  });

  it('counts the units that lost 评先资格 by year and over three years, as the confirmed rows say', async () => {
    for (const year of [2061, 2062, 2063]) {
      await assessed(year);
      ok(await api.as(gw).run(PROPOSE, { y: year }), 'proposeAccountabilityMeasures');
    }
    ok(await api.as(gw).run(CONFIRM, { id: (await measureOf(2061, a, 'DISQUALIFY')).id, i: {} }), 'confirmAccountabilityMeasure');
    ok(await api.as(gw).run(CONFIRM, { id: (await measureOf(2062, a, 'DISQUALIFY')).id, i: {} }), 'confirmAccountabilityMeasure');
    ok(await api.as(gw).run(CONFIRM, { id: (await measureOf(2062, b, 'DISQUALIFY')).id, i: {} }), 'confirmAccountabilityMeasure');
    ok(await api.as(gw).run(DISMISS, { id: (await measureOf(2063, b, 'DISQUALIFY')).id, i: { reason: '复核后不予取消' } }), 'dismissAccountabilityMeasure');
    const FIGURES = `query($u: Int) { disqualificationFigures(until: $u) { years { year units } measures units } }`;
    const figures = ok(await api.as(leader).run(FIGURES, { u: 2063 }), 'disqualificationFigures');
    const rows = await api.dataSource.manager.find(AccountabilityMeasure, { where: { kind: 'DISQUALIFY' as never, status: 'CONFIRMED' as never } });
    const inSpan = rows.filter((m) => m.year >= 2061 && m.year <= 2063);
    expect(figures).toEqual({
      years: [2061, 2062, 2063].map((year) => ({ year, units: inSpan.filter((m) => m.year === year).length })),
      measures: inSpan.length,
      units: new Set(inSpan.map((m) => m.tenantId)).size,
    });
    expect(figures).toMatchObject({ measures: 3, units: 2 });
    // An agency counts its own only.
    expect(ok(await api.as(bAdmin).run(FIGURES, { u: 2063 }), 'disqualificationFigures')).toMatchObject({ measures: 1, units: 1 });
  });

  it('keeps the rules as data: a rule names its grade or its N, else BAD_USER_INPUT; agencies read but do not write them', async () => {
    const CREATE = `mutation($i: AccountabilityRuleInput!) { createAccountabilityRule(input: $i) { id kind trigger grade threshold active } }`;
    const rule = { kind: 'INTERVIEW', trigger: 'RANK_IN_BOTTOM', threshold: 3, description: '末位 3 名约谈', active: false };
    const noN = await api.as(gw).run(CREATE, { i: { ...rule, threshold: null } });
    expect([code(noN), fieldOf(noN)]).toEqual(['BAD_USER_INPUT', 'threshold']);
    const noGrade = await api.as(gw).run(CREATE, { i: { ...rule, trigger: 'GRADE_AT_MOST', threshold: null } });
    expect([code(noGrade), fieldOf(noGrade)]).toEqual(['BAD_USER_INPUT', 'grade']);
    expect(code(await api.as(aAdmin).run(CREATE, { i: rule }))).toBe('FORBIDDEN');
    const made = ok<{ id: string; grade: string | null; threshold: number }>(await api.as(gw).run(CREATE, { i: rule }), 'createAccountabilityRule');
    const edited = ok(await api.as(gw).run(`mutation($id: ID!, $i: AccountabilityRuleInput!) { updateAccountabilityRule(id: $id, input: $i) { trigger grade threshold active } }`, { id: made.id, i: { ...rule, trigger: 'GRADE_AT_MOST', grade: 'FAIR', threshold: 9 } }), 'updateAccountabilityRule');
    // A grade rule keeps no N.
    expect(edited).toEqual({ trigger: 'GRADE_AT_MOST', grade: 'FAIR', threshold: null, active: false });
    const read = ok<{ description: string }[]>(await api.as(aAdmin).run(`{ accountabilityRules { description } }`), 'accountabilityRules');
    expect(read.map((r) => r.description)).toEqual(expect.arrayContaining(['考核等次为“差”的,约谈提醒', '末位 3 名约谈']));
  });

  it('asks the committee to decide what is proposed', async () => {
    const year = 2071;
    await assessed(year);
    ok(await api.as(gw).run(PROPOSE, { y: year }), 'proposeAccountabilityMeasures');
    const todos = ok<{ title: string }[]>(await api.as(gw).run(`{ myTodos { title } }`), 'myTodos');
    const proposed = await api.dataSource.manager.count(AccountabilityMeasure, { where: { status: 'PROPOSED' as never } });
    expect(todos.map((t) => t.title)).toContain(`确认或不予问责(${proposed} 项拟问责)`);
  });
});
