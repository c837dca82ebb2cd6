import { Role } from '@zeren/auth';
import { AuditEntry, TenantKind } from '@zeren/tenancy';
import { tenantDb } from '@zeren/tenancy/testing';
import { createTestApi, dataOf, errorCode, issueField, type GqlResult, type TestApi, type TestTenant } from '@zeren/api/testing';
import { filesModule } from '@zeren/files';
import { responsibilityModule } from '@zeren/responsibility';
import { OrgUnitKind as K, orgTreeModule } from '@zeren/org-tree';
import { insertMembers, insertTree, installPostCatalogue } from '@zeren/org-tree/testing';
import { AccountabilityMeasure, FindingSeverity, InspectionFinding } from '@zeren/supervision';
import { localDateOf, localYear } from '@zeren/shared-periods';
import { readLedger } from '@zeren/shared-office/testing';
import { membersModule } from '../../index';
import { membersTestAgency, pointsEntryRow, type MembersTestAgency } from '../../testing';
import { PointsEntry } from '../ledger/points-entry.entity';
import { StarRating } from './star.entity';
import { StarRatingStatus } from './star.enums';
import { STAR_BANDS, STAR_CRITERIA } from '../seed/stars.data';

const YEAR = localYear();
const today = () => localDateOf(new Date());
const yesterday = () => localDateOf(new Date(Date.now() - 86_400_000));

const RATING = 'id tenantId unitId year status stars total satisfaction innovationProject partyReturnReason committeeReturnReason publicizedUntil namedOn namedStars previousStars movement scores { key prefilled evidence selfScore selfReason partyScore partyReason }';
const CREATE_SCHEME = `mutation($i: StarSchemeInput!) { createStarScheme(input: $i) { id year status } }`;
const OPEN_SCHEME = `mutation($id: ID!) { openStarScheme(id: $id) { id status } }`;
const START = `mutation($y: Int!) { startStarRatings(year: $y) { ${RATING} } }`;
const SAVE = `mutation($id: ID!, $i: StarScoresInput!) { saveStarSelfAssessment(id: $id, input: $i) { ${RATING} } }`;
const SUBMIT = `mutation($id: ID!) { submitStarSelfAssessment(id: $id) { ${RATING} } }`;
const REVIEW = `mutation($id: ID!, $i: StarScoresInput!) { partyReviewStarRating(id: $id, input: $i) { ${RATING} } }`;
const RETURN_SELF = `mutation($id: ID!, $t: String!) { returnStarSelfAssessment(id: $id, input: { text: $t }) { ${RATING} } }`;
const RETURN_PARTY = `mutation($id: ID!, $t: String!) { returnStarPartyReview(id: $id, input: { text: $t }) { ${RATING} } }`;
const CONFIRM = `mutation($id: ID!) { confirmStarRating(id: $id) { ${RATING} } }`;
const PUBLICIZE = `mutation($id: ID!, $u: LocalDate!) { publicizeStarRating(id: $id, input: { until: $u }) { ${RATING} } }`;
const NAME = `mutation($id: ID!) { nameStarRating(id: $id) { ${RATING} } }`;
const OBJECT = `mutation($id: ID!, $t: String!) { objectToStarRating(id: $id, input: { text: $t }) { id status ratingId } }`;
const ANSWER = `mutation($id: ID!, $t: String!) { answerStarObjection(id: $id, input: { text: $t }) { id status answer } }`;
const ONE = `query($id: ID!) { starRating(id: $id) { ${RATING} objections { id status content answer } scheme { criteria { key maxScore } } } }`;
const LIST = `query($y: Int!, $t: ID) { starRatings(year: $y, tenantId: $t, limit: 100) { total items { id unitId stars total previousStars movement unit { name } tenant { name } scheme { title } objections { id } } } }`;
const FIGURES = `query($y: Int!) { starFigures(year: $y) { year rated named up down same fresh levels { stars count } byAgency { tenantId rated levels { stars count } } } }`;
const XLSX = `query($y: Int!) { starRatingsXlsx(year: $y) }`;
const TODOS = `{ myTodos { id module title } }`;

interface Score {
  key: string;
  prefilled: number | null;
  evidence: string;
  selfScore: number | null;
  selfReason: string | null;
  partyScore: number | null;
  partyReason: string | null;
}
interface Rating {
  id: string;
  tenantId: string;
  unitId: string;
  status: string;
  stars: number;
  total: number;
  partyReturnReason: string | null;
  committeeReturnReason: string | null;
  namedStars: number | null;
  previousStars: number | null;
  movement: string;
  scores: Score[];
}

/** The seed's criteria (履责 30, 积分 20, 讲台 20, 督查 10, 阵地 20 without a source) and 邹城's bands; satisfaction below 60 caps at 三星; 五星 10 %. */
const schemeInput = (over: Record<string, unknown> = {}) => ({
  year: YEAR,
  title: `${YEAR}年度党支部星级评定`,
  criteria: STAR_CRITERIA,
  bands: STAR_BANDS,
  satisfactionWeight: 30,
  satisfactionCaps: [{ below: 60, maxStars: 3 }],
  quotas: [{ stars: 5, percent: 10 }],
  fiveStarNeedsInnovation: true,
  ...over,
});
const full = (reason: string | null = '材料齐全,按实际完成情况调整') => ({
  scores: [
    { key: 'duty', score: 30, reason },
    { key: 'points', score: 20, reason },
    { key: 'stage', score: 20, reason },
    { key: 'inspect', score: 10, reason },
    { key: 'base', score: 20 },
  ],
});

describe('党支部星级评定 (API)', () => {
  let api: TestApi;
  let a: MembersTestAgency;
  let b: MembersTestAgency;
  const gw = 'gw_committee_admin';
  const user = (t: TestTenant, role: Role) => `${t.tenant.code.toLowerCase()}_${role.toLowerCase()}`;
  const admin = (x: { t: TestTenant }) => user(x.t, Role.TENANT_ADMIN);
  const secretary = (x: { t: TestTenant }) => user(x.t, Role.BRANCH_SECRETARY);
  const rated = (res: GqlResult, field: string) => dataOf<Rating>(res, field);
  const ratingOf = async (x: MembersTestAgency, unit: string) => (await api.dataSource.manager.findOneByOrFail(StarRating, { tenantId: x.t.tenant.id, unitId: x.units.get(unit)!.id, year: YEAR }));
  /** A rating moved by the agency to 党委已评 with full marks and this satisfaction. */
  const reviewed = async (x: MembersTestAgency, unit: string, satisfaction: number, innovationProject: string | null = '“红色物业”创新项目') => {
    const id = (await ratingOf(x, unit)).id;
    rated(await api.as(admin(x)).run(SAVE, { id, i: { ...full(), satisfaction, innovationProject } }), 'saveStarSelfAssessment');
    rated(await api.as(admin(x)).run(SUBMIT, { id }), 'submitStarSelfAssessment');
    return rated(await api.as(admin(x)).run(REVIEW, { id, i: { scores: [] } }), 'partyReviewStarRating');
  };

  beforeAll(async () => {
    api = await createTestApi({ modules: [filesModule, orgTreeModule, responsibilityModule, membersModule], entities: [AccountabilityMeasure, InspectionFinding] });
    await installPostCatalogue(api.dataSource);
    await api.addTenant('GW', TenantKind.COMMITTEE);
    a = await membersTestAgency(api, 'A');
    b = await membersTestAgency(api, 'B');
    // A's evidence: the member in 党小组 XZ1 has points this year; one inspection finding at the agency.
    await tenantDb(api.dataSource, a.t.tenant.id).repo(PointsEntry).insert([pointsEntryRow(a.t, a.self, { id: 'rule-fixture' })]);
    await api.dataSource.manager.insert(InspectionFinding, {
      id: 'finding-a',
      tenantId: a.t.tenant.id,
      createdAt: new Date(),
      updatedAt: new Date(),
      campaignId: 'campaign-a',
      year: YEAR,
      visitId: null,
      categoryId: 'category-a',
      severity: FindingSeverity.GENERAL,
      description: '三会一课记录不全',
      repeatOfId: null,
      createdById: 'inspector',
    } as never);
    // Last year's named stars of A's ZB1 (the history the movement is read against).
    await tenantDb(api.dataSource, a.t.tenant.id).repo(StarRating).insert({
      schemeId: 'scheme-last-year',
      year: YEAR - 1,
      unitId: a.units.get('ZB1')!.id,
      scores: [],
      satisfaction: 88,
      innovationProject: null,
      totalTenths: 850,
      stars: 4,
      status: StarRatingStatus.DRAFT,
      partyReturnReason: null,
      selfSubmittedById: null,
      partyReviewedById: null,
      committeeReturnReason: null,
      confirmedById: null,
      publicizedUntil: null,
      namedOn: null,
      namedStars: null,
    });
    await api.dataSource.manager.update(StarRating, { year: YEAR - 1 }, { status: StarRatingStatus.NAMED, namedStars: 4, namedOn: `${YEAR - 1}-12-20` });
  });

  afterAll(() => api.close());

  it('lets only the committee set the scheme, and refuses a scheme whose criteria or bands do not add up', async () => {
    expect(errorCode(await api.as(admin(a)).run(CREATE_SCHEME, { i: schemeInput() }))).toBe('FORBIDDEN');
    const cases: [Record<string, unknown>, string, string][] = [
      [{ criteria: [{ key: 'duty', name: '履职尽责', maxScore: 90, source: 'FULFILMENT' }] }, 'criteria', '各项指标分值合计应为 100 分,现为 90 分'],
      [{ bands: [{ minScore: 60, stars: 2 }, { minScore: 90, stars: 5 }] }, 'bands', '分数段应从 0 分起,覆盖 0–100 分'],
      [{ bands: [{ minScore: 0, stars: 3 }, { minScore: 90, stars: 2 }] }, 'bands', '分数越高星级应越高'],
      [{ satisfactionWeight: 130 }, 'satisfactionWeight', '满意度权重应为 0–100%'],
    ];
    for (const [over, field, message] of cases) {
      const res = await api.as(gw).run(CREATE_SCHEME, { i: schemeInput(over) });
      expect([errorCode(res), issueField(res)?.replace('input.', ''), res.errors?.[0].message]).toEqual(['BAD_USER_INPUT', field, message]);
    }
    // Before the scheme is published nothing starts.
    const scheme = dataOf<{ id: string; status: string }>(await api.as(gw).run(CREATE_SCHEME, { i: schemeInput() }), 'createStarScheme');
    expect(scheme.status).toBe('DRAFT');
    const early = await api.as(admin(a)).run(START, { y: YEAR });
    expect([errorCode(early), early.errors?.[0].message]).toEqual(['CONFLICT', `${YEAR}年度的星级评定方案尚未发布`]);
    expect(dataOf<{ status: string }>(await api.as(gw).run(OPEN_SCHEME, { id: scheme.id }), 'openStarScheme').status).toBe('OPEN');
    expect(errorCode(await api.as(gw).run(CREATE_SCHEME, { i: schemeInput() }))).toBe('BAD_USER_INPUT');
  });

  it('prefills a branch’s self-assessment from the records: a secretary starts their branch, the 党委 the rest', async () => {
    const mine = dataOf<Rating[]>(await api.as(secretary(a)).run(START, { y: YEAR }), 'startStarRatings');
    expect(mine.map((r) => r.unitId)).toEqual([a.units.get('ZB1')!.id]);
    // Recomputed from the rows: ZB1's active members (its 党小组's included) and those with points this year.
    const zb1 = [a.units.get('ZB1')!.id, a.units.get('XZ1')!.id];
    const members: { id: string }[] = await api.dataSource.query(`SELECT id FROM party_member WHERE tenant_id = ? AND status = 'ACTIVE' AND unit_id IN (?, ?)`, [a.t.tenant.id, ...zb1]);
    const earners: { member_id: string }[] = await api.dataSource.query(`SELECT DISTINCT member_id FROM points_entry WHERE tenant_id = ? AND status = 'APPROVED'`, [a.t.tenant.id]);
    const share = earners.filter((e) => members.some((m) => m.id === e.member_id)).length / members.length;
    const byKey = new Map(mine[0].scores.map((s) => [s.key, s]));
    expect([...byKey.values()].map((s) => [s.key, s.prefilled, s.selfScore])).toEqual([
      ['duty', 0, 0],
      ['points', Math.round(20 * share), Math.round(20 * share)],
      ['stage', 0, 0],
      ['inspect', 8, 8],
      ['base', null, null],
    ]);
    expect(byKey.get('inspect')!.evidence).toBe(`本单位${YEAR}年度督查发现问题 1 个`);
    expect(byKey.get('points')!.evidence).toContain(`在册党员 ${members.length} 名`);
    expect(mine[0]).toMatchObject({ status: 'DRAFT', previousStars: 4 });

    const rest = dataOf<Rating[]>(await api.as(admin(a)).run(START, { y: YEAR }), 'startStarRatings');
    expect(rest.map((r) => r.unitId)).toEqual([a.units.get('ZB2')!.id]);
    expect(errorCode(await api.as(admin(a)).run(START, { y: YEAR }))).toBe('CONFLICT');
    expect(dataOf<Rating[]>(await api.as(admin(b)).run(START, { y: YEAR }), 'startStarRatings')).toHaveLength(2);
  });

  it('moves a rating 自评 → 党委评 → 工委复核 → 公示 → 命名, with returns one step back; the wrong side is FORBIDDEN, a wrong step CONFLICT', async () => {
    const id = (await ratingOf(a, 'ZB1')).id;
    const noReason = await api.as(secretary(a)).run(SAVE, { id, i: { scores: [{ key: 'duty', score: 25 }] } });
    expect([errorCode(noReason), noReason.errors?.[0].message]).toEqual(['BAD_USER_INPUT', '“履职尽责”的自评分与系统预填分(0 分)不同,请填写理由']);
    const tooMuch = await api.as(secretary(a)).run(SAVE, { id, i: { scores: [{ key: 'inspect', score: 12, reason: '多' }] } });
    expect([errorCode(tooMuch), tooMuch.errors?.[0].message]).toEqual(['BAD_USER_INPUT', '“督查整改”最多 10 分']);
    const early = await api.as(secretary(a)).run(SUBMIT, { id });
    expect([errorCode(early), issueField(early)?.replace('input.', '')]).toEqual(['BAD_USER_INPUT', 'scores']);

    const saved = rated(await api.as(secretary(a)).run(SAVE, { id, i: { ...full(), satisfaction: 95, innovationProject: '“党建+服务”创新项目' } }), 'saveStarSelfAssessment');
    // 100 × 70 % + 95 × 30 % = 98.5: 五星, with the innovation project.
    expect([saved.total, saved.stars]).toEqual([98.5, 5]);
    expect(saved.scores.find((s) => s.key === 'duty')).toMatchObject({ prefilled: 0, selfScore: 30, selfReason: '材料齐全,按实际完成情况调整' });

    expect(rated(await api.as(secretary(a)).run(SUBMIT, { id }), 'submitStarSelfAssessment').status).toBe('SELF_SUBMITTED');
    expect(errorCode(await api.as(secretary(a)).run(SUBMIT, { id }))).toBe('CONFLICT');
    expect(errorCode(await api.as(secretary(a)).run(REVIEW, { id, i: { scores: [] } }))).toBe('FORBIDDEN');
    expect(errorCode(await api.as(gw).run(CONFIRM, { id }))).toBe('CONFLICT');
    const returned = rated(await api.as(admin(a)).run(RETURN_SELF, { id, t: '请补充阵地建设材料' }), 'returnStarSelfAssessment');
    expect(returned).toMatchObject({ status: 'DRAFT', partyReturnReason: '请补充阵地建设材料' });
    rated(await api.as(secretary(a)).run(SUBMIT, { id }), 'submitStarSelfAssessment');

    const unexplained = await api.as(admin(a)).run(REVIEW, { id, i: { scores: [{ key: 'base', score: 18 }] } });
    expect([errorCode(unexplained), unexplained.errors?.[0].message]).toEqual(['BAD_USER_INPUT', '“阵地建设和特色创建”的评分与支部自评分(20 分)不同,请填写理由']);
    const review = rated(await api.as(admin(a)).run(REVIEW, { id, i: { scores: [{ key: 'base', score: 18, reason: '活动阵地面积不足' }] } }), 'partyReviewStarRating');
    // 98 × 70 % + 95 × 30 % = 97.1.
    expect(review).toMatchObject({ status: 'PARTY_REVIEWED', total: 97.1, stars: 5 });
    expect(review.scores.find((s) => s.key === 'base')).toMatchObject({ selfScore: 20, partyScore: 18, partyReason: '活动阵地面积不足' });

    expect(errorCode(await api.as(admin(a)).run(CONFIRM, { id }))).toBe('FORBIDDEN');
    expect(rated(await api.as(gw).run(RETURN_PARTY, { id, t: '扣分依据不清' }), 'returnStarPartyReview')).toMatchObject({ status: 'SELF_SUBMITTED', committeeReturnReason: '扣分依据不清' });
    rated(await api.as(admin(a)).run(REVIEW, { id, i: { scores: [{ key: 'base', score: 18, reason: '活动阵地面积不足,已附测量记录' }] } }), 'partyReviewStarRating');
    expect(rated(await api.as(gw).run(CONFIRM, { id }), 'confirmStarRating').status).toBe('COMMITTEE_CONFIRMED');
    expect(errorCode(await api.as(gw).run(NAME, { id }))).toBe('CONFLICT');

    const past = await api.as(gw).run(PUBLICIZE, { id, u: yesterday() });
    expect([errorCode(past), issueField(past)?.replace('input.', '')]).toEqual(['BAD_USER_INPUT', 'until']);
    expect(rated(await api.as(gw).run(PUBLICIZE, { id, u: today() }), 'publicizeStarRating')).toMatchObject({ status: 'PUBLICIZED' });

    // Anyone in the agency may object during 公示; naming waits for the committee's answer.
    const objection = dataOf<{ id: string; status: string }>(await api.as(user(a.t, Role.MEMBER)).run(OBJECT, { id, t: '该支部今年组织生活不规范' }), 'objectToStarRating');
    expect(objection.status).toBe('OPEN');
    const blocked = await api.as(gw).run(NAME, { id });
    expect([errorCode(blocked), blocked.errors?.[0].message]).toEqual(['CONFLICT', '还有 1 条公示异议未答复,答复后才能命名']);
    expect((await ratingOf(a, 'ZB1')).status).toBe(StarRatingStatus.PUBLICIZED);
    expect(errorCode(await api.as(admin(a)).run(ANSWER, { id: objection.id, t: '自己答' }))).toBe('FORBIDDEN');
    expect(dataOf<{ status: string }>(await api.as(gw).run(ANSWER, { id: objection.id, t: '经核实,组织生活记录齐全' }), 'answerStarObjection').status).toBe('ANSWERED');
    const named = rated(await api.as(gw).run(NAME, { id }), 'nameStarRating');
    expect(named).toMatchObject({ status: 'NAMED', namedStars: 5, previousStars: 4, movement: 'UP' });
    expect(errorCode(await api.as(user(a.t, Role.MEMBER)).run(OBJECT, { id, t: '晚了' }))).toBe('CONFLICT');
    const seen = dataOf<{ objections: { status: string; answer: string }[] }>(await api.as(admin(a)).run(ONE, { id }), 'starRating');
    expect(seen.objections).toEqual([expect.objectContaining({ status: 'ANSWERED', answer: '经核实,组织生活记录齐全' })]);

    const operations = ['startStarRatings', 'saveStarSelfAssessment', 'submitStarSelfAssessment', 'returnStarSelfAssessment', 'partyReviewStarRating', 'returnStarPartyReview', 'confirmStarRating', 'publicizeStarRating', 'objectToStarRating', 'answerStarObjection', 'nameStarRating', 'createStarScheme', 'openStarScheme'];
    const audit = await api.dataSource.manager.find(AuditEntry, { where: operations.map((operation) => ({ operation })) });
    expect(new Set(audit.map((e) => e.operation))).toEqual(new Set(operations));
  });

  it('refuses a 五星 beyond the quota at 工委复核, naming the quota and the count, and caps the stars by satisfaction', async () => {
    const five = await reviewed(b, 'ZB1', 95);
    expect(five.stars).toBe(5);
    const ratedCount = await api.dataSource.manager.count(StarRating, { where: { year: YEAR } });
    const held = await api.dataSource.manager.count(StarRating, { where: [{ year: YEAR, stars: 5, status: StarRatingStatus.NAMED }, { year: YEAR, stars: 5, status: StarRatingStatus.COMMITTEE_CONFIRMED }, { year: YEAR, stars: 5, status: StarRatingStatus.PUBLICIZED }] });
    const places = Math.max(1, Math.floor((10 * ratedCount) / 100));
    const refused = await api.as(gw).run(CONFIRM, { id: five.id });
    expect([errorCode(refused), refused.errors?.[0].message]).toEqual(['CONFLICT', `五星名额为参评党支部的 10%(${ratedCount} 个参评,最多 ${places} 个),已确定 ${held} 个,不能再确定`]);
    expect((await ratingOf(b, 'ZB1')).status).toBe(StarRatingStatus.PARTY_REVIEWED);

    // Full marks but 满意度 50: 100 × 70 % + 50 × 30 % = 85 is 四星, capped at 三星 (below 60).
    const capped = await reviewed(a, 'ZB2', 50);
    expect([capped.total, capped.stars]).toEqual([85, 3]);
    // 98.5 without an innovation project is 四星.
    const id = (await ratingOf(b, 'ZB2')).id;
    const plain = rated(await api.as(admin(b)).run(SAVE, { id, i: { ...full(), satisfaction: 95, innovationProject: null } }), 'saveStarSelfAssessment');
    expect([plain.total, plain.stars]).toEqual([98.5, 4]);
  });

  it('keeps a branch secretary to their branch and an agency to its own: another branch or agency’s rating is NOT_FOUND', async () => {
    const other = (await ratingOf(a, 'ZB2')).id;
    const theirs = (await ratingOf(b, 'ZB1')).id;
    // A's secretary (ZB1) reads and acts on neither A's ZB2 nor B's.
    const list = dataOf<{ items: Rating[] }>(await api.as(secretary(a)).run(LIST, { y: YEAR }), 'starRatings').items;
    expect(list.map((r) => r.unitId)).toEqual([a.units.get('ZB1')!.id]);
    for (const id of [other, theirs]) {
      expect(errorCode(await api.as(secretary(a)).run(ONE, { id }))).toBe('NOT_FOUND');
      expect(errorCode(await api.as(secretary(a)).run(SAVE, { id, i: { scores: [] } }))).toBe('NOT_FOUND');
      expect(errorCode(await api.as(secretary(a)).run(SUBMIT, { id }))).toBe('NOT_FOUND');
    }
    // Agency A's admin and member never reach B's rating, nor object to it.
    expect(errorCode(await api.as(admin(a)).run(ONE, { id: theirs }))).toBe('NOT_FOUND');
    expect(errorCode(await api.as(admin(a)).run(REVIEW, { id: theirs, i: { scores: [] } }))).toBe('NOT_FOUND');
    expect(errorCode(await api.as(user(a.t, Role.MEMBER)).run(OBJECT, { id: theirs, t: '跨单位异议' }))).toBe('NOT_FOUND');
    const agencyList = dataOf<{ items: Rating[] }>(await api.as(admin(a)).run(LIST, { y: YEAR, t: b.t.tenant.id }), 'starRatings').items;
    expect(agencyList).toEqual([]);
    const committee = dataOf<{ items: Rating[] }>(await api.as(gw).run(LIST, { y: YEAR }), 'starRatings').items;
    expect(committee.map((r) => r.id)).toEqual(expect.arrayContaining([other, theirs]));
  });

  it('counts the star figures from the rows: per level, per agency, up and down against last year', async () => {
    const figures = dataOf<{ rated: number; named: number; up: number; down: number; same: number; fresh: number; levels: { stars: number; count: number }[]; byAgency: { tenantId: string; rated: number; levels: { stars: number; count: number }[] }[] }>(
      await api.as(gw).run(FIGURES, { y: YEAR }),
      'starFigures',
    );
    const rows = await api.dataSource.manager.find(StarRating, { where: { year: YEAR } });
    const last = new Map((await api.dataSource.manager.find(StarRating, { where: { year: YEAR - 1, status: StarRatingStatus.NAMED } })).map((r) => [r.unitId, r.namedStars!]));
    const now = (r: StarRating) => r.namedStars ?? r.stars;
    const levels = (list: StarRating[]) => [5, 4, 3, 2, 1].map((stars) => ({ stars, count: list.filter((r) => now(r) === stars).length }));
    const move = (r: StarRating) => (!last.has(r.unitId) ? 'fresh' : now(r) > last.get(r.unitId)! ? 'up' : now(r) < last.get(r.unitId)! ? 'down' : 'same');
    expect(figures).toMatchObject({
      rated: rows.length,
      named: rows.filter((r) => r.namedStars !== null).length,
      levels: levels(rows),
      up: rows.filter((r) => move(r) === 'up').length,
      down: rows.filter((r) => move(r) === 'down').length,
      same: rows.filter((r) => move(r) === 'same').length,
      fresh: rows.filter((r) => move(r) === 'fresh').length,
    });
    expect(figures.up).toBe(1);
    const tenants = [...new Set(rows.map((r) => r.tenantId))].sort();
    expect(figures.byAgency).toEqual(tenants.map((tenantId) => ({ tenantId, rated: rows.filter((r) => r.tenantId === tenantId).length, levels: levels(rows.filter((r) => r.tenantId === tenantId)) })));

    const sheet = await readLedger(dataOf<string>(await api.as(gw).run(XLSX, { y: YEAR }), 'starRatingsXlsx'));
    expect(sheet).toHaveLength(rows.length);
    expect(sheet.find((r) => r['单位'] === a.t.tenant.name && r['党支部'] === a.units.get('ZB1')!.name)).toMatchObject({ 星级: 5, 上年星级: 4, 变化: '升星', 状态: '已命名' });
    const own = await readLedger(dataOf<string>(await api.as(admin(b)).run(XLSX, { y: YEAR }), 'starRatingsXlsx'));
    expect(new Set(own.map((r) => r['单位']))).toEqual(new Set([b.t.tenant.name]));
  });

  it('gives each side its todos: 待自评, 待党委评, 待复核 and 待答复异议', async () => {
    const count = (where: Record<string, unknown>) => api.dataSource.manager.count(StarRating, { where: { year: YEAR, ...where } as never });
    const titles = async (who: string) => dataOf<{ module: string; title: string }[]>(await api.as(who).run(TODOS), 'myTodos').filter((t) => t.module === 'members').map((t) => t.title);
    expect(await titles(gw)).toContain(`星级复核(${await count({ status: StarRatingStatus.PARTY_REVIEWED })} 个党支部待复核)`);
    const bDrafts = await count({ tenantId: b.t.tenant.id, status: StarRatingStatus.DRAFT });
    expect(await titles(admin(b))).toContain(`星级自评(${bDrafts} 个党支部待提交)`);
    const id = (await ratingOf(b, 'ZB2')).id;
    await api.as(admin(b)).run(SUBMIT, { id });
    expect(await titles(admin(b))).toContain(`党委星级考核(${await count({ tenantId: b.t.tenant.id, status: StarRatingStatus.SELF_SUBMITTED })} 个党支部已自评)`);
    await api.as(admin(b)).run(REVIEW, { id, i: { scores: [] } });
    await api.as(gw).run(CONFIRM, { id });
    await api.as(gw).run(PUBLICIZE, { id, u: today() });
    await api.as(user(b.t, Role.MEMBER)).run(OBJECT, { id, t: '请说明创新项目情况' });
    expect(await titles(gw)).toContain('答复星级公示异议(1 条待答复)');
  });

  it('lists ratings and prefills them in the same number of statements for 2 branches or 12', async () => {
    const agency = async (code: string, branches: number) => {
      const t = await api.addTenant(code);
      const units = await insertTree(api.dataSource, t.tenant.id, [['DZ', K.PARTY_GROUP, null], ...Array.from({ length: branches }, (_, i) => [`ZB${i}`, K.BRANCH, 'DZ'] as [string, K, string])]);
      await insertMembers(api.dataSource, t.tenant.id, [...units.values()].filter((u) => u.kind === K.BRANCH).flatMap((u) => [0, 1].map((n) => ({ name: `${code}${u.code}党员${n}`, unitId: u.id }))));
      return t;
    };
    const small = await agency('S', 2);
    const large = await agency('L', 12);
    const start = async (t: TestTenant) => {
      const res = await api.as(user(t, Role.TENANT_ADMIN)).run(START, { y: YEAR });
      expect(dataOf<Rating[]>(res, 'startStarRatings').length).toBeGreaterThan(0);
      return res.statements;
    };
    expect(await start(large)).toBe(await start(small));
    const list = async (t: TestTenant) => {
      const res = await api.as(user(t, Role.TENANT_ADMIN)).run(LIST, { y: YEAR });
      expect(dataOf<{ total: number }>(res, 'starRatings').total).toBeGreaterThan(0);
      return res.statements;
    };
    expect(await list(large)).toBe(await list(small));
  });
});
