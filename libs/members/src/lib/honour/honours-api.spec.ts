import { responsibilityModule } from '@zeren/responsibility';
import { Role } from '@zeren/auth';
import { AuditEntry, TenantKind } from '@zeren/tenancy';
import { tenantDb } from '@zeren/tenancy/testing';
import { createTestApi, dataOf, errorCode, issueField, type TestApi, type TestTenant } from '@zeren/api/testing';
import { filesModule } from '@zeren/files';
import { OrgUnitKind as K, PostCode, orgTreeModule, type OrgUnit, type PartyMember } from '@zeren/org-tree';
import { installPostCatalogue, insertMembers, insertPosts, insertTree } from '@zeren/org-tree/testing';
import { AccountabilityMeasure, MeasureKind, MeasureStatus } from '@zeren/supervision';
import { localDateOf, localYear } from '@zeren/shared-periods';
import { readLedger } from '@zeren/shared-office/testing';
import { membersModule } from '../../index';
import { pointsEntryRow } from '../../testing';
import { PointsEntry } from '../ledger/points-entry.entity';
import { EntryStatus } from '../members.enums';
import { HonourNomination, OutsideHonour } from './honour.entity';
import { StarRating } from '../star/star.entity';
import { StarRatingStatus } from '../star/star.enums';
import { twoYearsBefore } from './honour.service';

const YEAR = localYear();
const today = () => localDateOf(new Date());
const inDays = (n: number) => localDateOf(new Date(Date.now() + n * 86_400_000));

const ROUND = 'id year title level categories quotaPerAgency quotaTotal opensOn closesOn status publishedOn rules { kind threshold }';
const NOMINATION = 'id tenantId roundId category memberId unitId status rejectReason member { id name } unit { id name }';
const CREATE_ROUND = `mutation($i: HonourRoundInput!) { createHonourRound(input: $i) { ${ROUND} } }`;
const UPDATE_ROUND = `mutation($id: ID!, $i: HonourRoundInput!) { updateHonourRound(id: $id, input: $i) { ${ROUND} } }`;
const PUBLISH = `mutation($id: ID!) { publishHonourRound(id: $id) { ${ROUND} } }`;
const NOMINATE = `mutation($i: NominateInput!) { nominateForHonour(input: $i) { ${NOMINATION} } }`;
const APPROVE = `mutation($id: ID!) { approveHonourNomination(id: $id) { ${NOMINATION} } }`;
const REJECT = `mutation($id: ID!, $r: String!) { rejectHonourNomination(id: $id, input: { reason: $r }) { ${NOMINATION} } }`;
const NOMINATIONS = `query($r: ID) { honourNominations(roundId: $r, limit: 200) { total items { ${NOMINATION} } } }`;
const ONE = `query($id: ID!) { honourNomination(id: $id) { ${NOMINATION} eligibility { kind label passed detail } } }`;
const CHECK = `query($i: NomineeCheckInput!) { honourNomineeCheck(input: $i) { kind label passed detail } }`;
const DISCIPLINE = `mutation($i: DisciplineRecordInput!) { recordDiscipline(input: $i) { id kind member { id } } }`;
const OUTSIDE = `mutation($i: OutsideHonourInput!) { recordOutsideHonour(input: $i) { id level category } }`;
const FIGURES = `{ honourFigures { from to definition members partyWorkers organisations breakdown { year level category count } } }`;
const RESULTS = `query($c: HonourCategory) { honourResults(category: $c) { source id category level memberId unitId conferredOn member { name } unit { name } } }`;
const TODOS = `{ myTodos { id module title link } }`;

interface Agency {
  t: TestTenant;
  units: Map<string, OrgUnit>;
  /** Members of branch ZB1: with points, a post holder, one without points. */
  keen: PartyMember;
  worker: PartyMember;
  idle: PartyMember;
  spare: PartyMember[];
}

interface Nomination {
  id: string;
  tenantId: string;
  status: string;
  rejectReason: string | null;
  memberId: string | null;
  unitId: string;
}

describe('表彰 (API)', () => {
  let api: TestApi;
  let a: Agency;
  let b: Agency;
  let c: Agency;
  const gw = 'gw_committee_admin';
  const admin = (x: Agency) => `${x.t.tenant.code.toLowerCase()}_${Role.TENANT_ADMIN.toLowerCase()}`;
  let titles = 0;

  const roundInput = (over: Record<string, unknown> = {}) => ({
    year: YEAR,
    title: `表彰评选${++titles}`,
    level: 'MUNICIPAL',
    categories: ['MEMBER', 'PARTY_WORKER', 'ORGANISATION'],
    opensOn: inDays(-1),
    closesOn: inDays(30),
    rules: [{ kind: 'NOT_DISQUALIFIED' }, { kind: 'NO_DISCIPLINE' }, { kind: 'MIN_POINTS', threshold: 2 }, { kind: 'MIN_STARS', threshold: 3 }],
    ...over,
  });
  const newRound = async (over: Record<string, unknown> = {}) => dataOf<{ id: string }>(await api.as(gw).run(CREATE_ROUND, { i: roundInput(over) }), 'createHonourRound').id;
  const nominate = (x: Agency, roundId: string, over: Record<string, unknown>) =>
    api.as(admin(x)).run(NOMINATE, { i: { roundId, category: 'MEMBER', deeds: '事迹突出', fileIds: [], ...over } });
  const nominated = async (x: Agency, roundId: string, over: Record<string, unknown>) => dataOf<Nomination>(await nominate(x, roundId, over), 'nominateForHonour');
  const nominationCount = () => api.dataSource.manager.count(HonourNomination);

  const agency = async (code: string): Promise<Agency> => {
    const t = await api.addTenant(code);
    const units = await insertTree(api.dataSource, t.tenant.id, [
      ['DZ', K.PARTY_GROUP, null],
      ['JG', K.ORGAN_PARTY_COMMITTEE, 'DZ'],
      ['ZB1', K.BRANCH, 'JG'],
      ['ZB2', K.BRANCH, 'JG'],
    ]);
    const zb1 = units.get('ZB1')!.id;
    const members = await insertMembers(
      api.dataSource,
      t.tenant.id,
      ['积极', '支委', '平常', '甲', '乙', '丙', '丁'].map((n) => ({ name: `${code}${n}`, unitId: zb1 })),
    );
    const [keen, worker, idle, ...spare] = members;
    await insertPosts(api.dataSource, t.tenant.id, [{ memberId: worker.id, unitId: zb1, postCode: PostCode.BRANCH_SECRETARY }]);
    // Points of the year for all but `idle`: 3 分 each (two approved entries of 1.5).
    const points = [keen, worker, ...spare].flatMap((m) => [0, 1].map(() => pointsEntryRow(t, m, { id: 'rule-fixture', pointsTenths: 15 }, { status: EntryStatus.APPROVED })));
    await tenantDb(api.dataSource, t.tenant.id).repo(PointsEntry).insert(points);
    // Branch ZB2 was named 四星 last year (星级评定); ZB1 has no named stars.
    await tenantDb(api.dataSource, t.tenant.id).repo(StarRating).insert({
      ...{ schemeId: 'scheme-fixture', year: YEAR - 1, unitId: units.get('ZB2')!.id, scores: [], satisfaction: 90, innovationProject: null, totalTenths: 850, stars: 4 },
      ...{ status: StarRatingStatus.DRAFT, partyReturnReason: null, selfSubmittedById: null, partyReviewedById: null, committeeReturnReason: null, confirmedById: null, publicizedUntil: null, namedOn: null, namedStars: null },
    });
    await api.dataSource.manager.update(StarRating, { tenantId: t.tenant.id }, { status: StarRatingStatus.NAMED, namedStars: 4, namedOn: `${YEAR - 1}-12-20` });
    return { t, units, keen, worker, idle, spare };
  };

  beforeAll(async () => {
    // libs/supervision's 问责 table, for the 取消评先 rule (the gateway has the whole module).
    api = await createTestApi({ modules: [filesModule, orgTreeModule, responsibilityModule, membersModule], entities: [AccountabilityMeasure] });
    await installPostCatalogue(api.dataSource);
    await api.addTenant('GW', TenantKind.COMMITTEE);
    a = await agency('A');
    b = await agency('B');
    c = await agency('C');
    // C's 评先资格 was withdrawn this year by a confirmed 问责.
    await api.dataSource.manager.insert(AccountabilityMeasure, {
      id: 'measure-c',
      tenantId: c.t.tenant.id,
      createdAt: new Date(),
      updatedAt: new Date(),
      year: YEAR,
      kind: MeasureKind.DISQUALIFY,
      resultId: 'result-c',
      ruleIds: [],
      grounds: '考核排名靠后',
      status: MeasureStatus.CONFIRMED,
      proposedAt: new Date(),
      note: null,
      dueOn: null,
      dismissReason: null,
      decidedAt: new Date(),
      decidedById: null,
    });
  });

  afterAll(() => api.close());

  describe('评选', () => {
    it('lets only the committee open and edit a round, and refuses bad rounds beside the field', async () => {
      const id = await newRound({ quotaPerAgency: 5 });
      const round = dataOf<Record<string, unknown>>(await api.as(admin(a)).run(`query($id: ID!) { honourRound(id: $id) { ${ROUND} } }`, { id }), 'honourRound');
      expect(round).toMatchObject({ status: 'OPEN', level: 'MUNICIPAL', quotaPerAgency: 5, rules: expect.arrayContaining([{ kind: 'MIN_POINTS', threshold: 2 }]) });
      expect(errorCode(await api.as(admin(a)).run(CREATE_ROUND, { i: roundInput() }))).toBe('FORBIDDEN');
      expect(errorCode(await api.as(admin(a)).run(UPDATE_ROUND, { id, i: roundInput() }))).toBe('FORBIDDEN');
      const cases: [Record<string, unknown>, string][] = [
        [{ closesOn: inDays(-5) }, 'closesOn'],
        [{ rules: [{ kind: 'MIN_POINTS' }] }, 'rules'],
        [{ rules: [{ kind: 'NO_DISCIPLINE' }, { kind: 'NO_DISCIPLINE' }] }, 'rules'],
        [{ categories: [] }, 'categories'],
        [{ title: '  ' }, 'title'],
      ];
      for (const [over, field] of cases) {
        const res = await api.as(gw).run(CREATE_ROUND, { i: roundInput(over) });
        expect([JSON.stringify(over), errorCode(res), issueField(res)?.replace('input.', '')]).toEqual([JSON.stringify(over), 'BAD_USER_INPUT', field]);
      }
    });
  });

  describe('提名和审核', () => {
    it('moves a nomination 已提交 → 审核通过 and another → 已驳回 (with the reason), then publishes the results; the wrong side is FORBIDDEN', async () => {
      const round = await newRound();
      const first = await nominated(a, round, { memberId: a.keen.id });
      expect(first).toMatchObject({ status: 'SUBMITTED', memberId: a.keen.id, unitId: a.units.get('ZB1')!.id, tenantId: a.t.tenant.id });
      const second = await nominated(a, round, { category: 'ORGANISATION', unitId: a.units.get('ZB2')!.id });

      expect(errorCode(await api.as(admin(a)).run(APPROVE, { id: first.id }))).toBe('FORBIDDEN');
      expect(errorCode(await api.as(gw).run(PUBLISH, { id: round }))).toBe('CONFLICT');
      expect(dataOf<Nomination>(await api.as(gw).run(APPROVE, { id: first.id }), 'approveHonourNomination').status).toBe('APPROVED');
      expect(errorCode(await api.as(gw).run(APPROVE, { id: first.id }))).toBe('CONFLICT');
      expect(errorCode(await api.as(gw).run(REJECT, { id: first.id, r: '重复' }))).toBe('CONFLICT');
      const empty = await api.as(gw).run(REJECT, { id: second.id, r: '  ' });
      expect([errorCode(empty), issueField(empty)]).toEqual(['BAD_USER_INPUT', 'input.reason']);
      expect(dataOf<Nomination>(await api.as(gw).run(REJECT, { id: second.id, r: '事迹材料不充分' }), 'rejectHonourNomination')).toMatchObject({ status: 'REJECTED', rejectReason: '事迹材料不充分' });

      expect(errorCode(await api.as(admin(a)).run(PUBLISH, { id: round }))).toBe('FORBIDDEN');
      const published = dataOf<{ status: string; publishedOn: string }>(await api.as(gw).run(PUBLISH, { id: round }), 'publishHonourRound');
      expect(published).toMatchObject({ status: 'PUBLISHED', publishedOn: today() });
      expect(errorCode(await api.as(gw).run(PUBLISH, { id: round }))).toBe('CONFLICT');
      expect(errorCode(await nominate(a, round, { memberId: a.spare[0].id }))).toBe('CONFLICT');
      expect(errorCode(await api.as(gw).run(UPDATE_ROUND, { id: round, i: roundInput() }))).toBe('CONFLICT');

      const audit = await api.dataSource.manager.find(AuditEntry, { where: [{ operation: 'nominateForHonour' }, { operation: 'approveHonourNomination' }, { operation: 'rejectHonourNomination' }, { operation: 'publishHonourRound' }] });
      expect(new Set(audit.map((e) => e.operation))).toEqual(new Set(['nominateForHonour', 'approveHonourNomination', 'rejectHonourNomination', 'publishHonourRound']));
    });

    it('refuses a nominee twice in a round, past the agency’s quota, outside the window or the round’s categories', async () => {
      const round = await newRound({ quotaPerAgency: 2, categories: ['MEMBER', 'PARTY_WORKER'] });
      await nominated(a, round, { memberId: a.spare[0].id });
      const again = await nominate(a, round, { memberId: a.spare[0].id });
      expect([errorCode(again), issueField(again)]).toEqual(['BAD_USER_INPUT', 'memberId']);
      const org = await nominate(a, round, { category: 'ORGANISATION', unitId: a.units.get('ZB1')!.id });
      expect([errorCode(org), issueField(org)]).toEqual(['BAD_USER_INPUT', 'category']);
      await nominated(a, round, { memberId: a.spare[1].id });
      const before = await nominationCount();
      const over = await nominate(a, round, { memberId: a.spare[2].id });
      expect([errorCode(over), over.errors?.[0].message]).toEqual(['CONFLICT', '该评选每个单位最多提名 2 个,本单位已提名 2 个']);
      const later = await newRound({ opensOn: inDays(3), closesOn: inDays(10) });
      expect(errorCode(await nominate(a, later, { memberId: a.spare[2].id }))).toBe('CONFLICT');
      const group = await nominate(a, await newRound(), { category: 'ORGANISATION', unitId: a.units.get('DZ')!.id });
      expect([errorCode(group), issueField(group)]).toEqual(['BAD_USER_INPUT', 'unitId']);
      expect(await nominationCount()).toBe(before);
    });
  });

  describe('评选资格条件', () => {
    const refusal = async (x: Agency, over: Record<string, unknown>) => {
      const round = await newRound();
      const before = await nominationCount();
      const res = await nominate(x, round, over);
      expect(await nominationCount()).toBe(before);
      return [errorCode(res), issueField(res), res.errors?.[0].message];
    };

    it('refuses a nomination of a disqualified agency with a clear reason, and saves nothing', async () => {
      expect(await refusal(c, { memberId: c.keen.id })).toEqual([
        'BAD_USER_INPUT',
        'memberId',
        `不符合“所在单位未被取消评先资格”:本单位${YEAR}年度已被取消综合考核评先资格(问责),不能提名`,
      ]);
      expect(await refusal(c, { category: 'ORGANISATION', unitId: c.units.get('ZB1')!.id })).toEqual([
        'BAD_USER_INPUT',
        'unitId',
        `不符合“所在单位未被取消评先资格”:本单位${YEAR}年度已被取消综合考核评先资格(问责),不能提名`,
      ]);
    });

    it('refuses a member within a discipline record’s influence period, not after it', async () => {
      const [sanctioned, cleared] = [b.spare[0], b.spare[1]];
      await api.as(admin(b)).run(DISCIPLINE, { i: { memberId: sanctioned.id, kind: 'WARNING', decidedOn: inDays(-30), influenceEndsOn: inDays(300), note: '违反工作纪律' } });
      await api.as(admin(b)).run(DISCIPLINE, { i: { memberId: cleared.id, kind: 'SERIOUS_WARNING', decidedOn: inDays(-800), influenceEndsOn: inDays(-1), note: '影响期已满' } });
      expect(await refusal(b, { memberId: sanctioned.id })).toEqual(['BAD_USER_INPUT', 'memberId', `不符合“不在党纪处分影响期内”:${sanctioned.name}受警告处分,影响期至 ${inDays(300)},不能提名`]);
      expect((await nominated(b, await newRound(), { memberId: cleared.id })).status).toBe('SUBMITTED');
    });

    it('refuses a member below the year’s points threshold, and a 党务工作者 holding no party post', async () => {
      expect(await refusal(b, { memberId: b.idle.id })).toEqual(['BAD_USER_INPUT', 'memberId', `不符合“年度积分不低于 2 分”:${b.idle.name}${YEAR}年度积分 0 分,低于 2 分`]);
      expect(await refusal(b, { category: 'PARTY_WORKER', memberId: b.keen.id })).toEqual(['BAD_USER_INPUT', 'memberId', `${b.keen.name}未担任党内职务,不能提名为优秀党务工作者`]);
      expect((await nominated(b, await newRound(), { category: 'PARTY_WORKER', memberId: b.worker.id })).status).toBe('SUBMITTED');
    });

    it('shows the checks again at review, as they stand now; the stars rule on a branch reads its named stars', async () => {
      const nomination = await nominated(b, await newRound(), { memberId: b.spare[2].id });
      await api.as(admin(b)).run(DISCIPLINE, { i: { memberId: b.spare[2].id, kind: 'PROBATION', decidedOn: today(), influenceEndsOn: inDays(700), note: '提名后受处分' } });
      const seen = dataOf<{ eligibility: { kind: string; passed: boolean | null; detail: string }[] }>(await api.as(gw).run(ONE, { id: nomination.id }), 'honourNomination');
      expect(seen.eligibility.map((e) => [e.kind, e.passed])).toEqual([
        ['NOT_DISQUALIFIED', true],
        ['NO_DISCIPLINE', false],
        ['MIN_POINTS', true],
      ]);
      expect(seen.eligibility[1].detail).toContain('留党察看');
      const unit = await nominated(b, await newRound(), { category: 'ORGANISATION', unitId: b.units.get('ZB2')!.id });
      const unitSeen = dataOf<{ eligibility: { kind: string; passed: boolean | null; detail: string }[] }>(await api.as(gw).run(ONE, { id: unit.id }), 'honourNomination');
      expect(unitSeen.eligibility.map((e) => [e.kind, e.passed, e.detail])).toEqual([
        ['NOT_DISQUALIFIED', true, `本单位${YEAR}年度未被取消评先资格`],
        ['MIN_STARS', true, `“${b.units.get('ZB2')!.name}”${YEAR - 1}年度命名为 4 星`],
      ]);
      // A 机关党委 is not rated, so the stars rule does not apply to it.
      const organ = await nominated(b, await newRound(), { category: 'ORGANISATION', unitId: b.units.get('JG')!.id });
      const organSeen = dataOf<{ eligibility: { kind: string }[] }>(await api.as(gw).run(ONE, { id: organ.id }), 'honourNomination');
      expect(organSeen.eligibility.map((e) => e.kind)).toEqual(['NOT_DISQUALIFIED']);
      // A branch named below the threshold, or never named, is refused with the reason.
      expect(await refusal(b, { category: 'ORGANISATION', unitId: b.units.get('ZB1')!.id })).toEqual([
        'BAD_USER_INPUT',
        'unitId',
        `不符合“星级不低于 3 星”:“${b.units.get('ZB1')!.name}”${YEAR - 1}、${YEAR}年度均未命名星级`,
      ]);
      const strict = await newRound({ rules: [{ kind: 'MIN_STARS', threshold: 5 }] });
      const below = await nominate(b, strict, { category: 'ORGANISATION', unitId: b.units.get('ZB2')!.id });
      expect([errorCode(below), below.errors?.[0].message]).toEqual(['BAD_USER_INPUT', `不符合“星级不低于 5 星”:“${b.units.get('ZB2')!.name}”${YEAR - 1}年度命名为 4 星,低于 5 星`]);
    });

    it('answers the checks before a nomination is submitted, saving nothing; the committee may not ask', async () => {
      const round = await newRound();
      const before = await nominationCount();
      const check = (x: Agency, who: string, over: Record<string, unknown>) => api.as(who).run(CHECK, { i: { roundId: round, category: 'MEMBER', ...over } });
      const refused = dataOf<{ kind: string; passed: boolean | null; detail: string }[]>(await check(c, admin(c), { memberId: c.keen.id }), 'honourNomineeCheck');
      expect(refused.map((e) => [e.kind, e.passed])).toEqual([
        ['NOT_DISQUALIFIED', false],
        ['NO_DISCIPLINE', true],
        ['MIN_POINTS', true],
      ]);
      expect(refused[0].detail).toBe(`本单位${YEAR}年度已被取消综合考核评先资格(问责),不能提名`);
      const low = dataOf<{ kind: string; passed: boolean | null }[]>(await check(b, admin(b), { memberId: b.idle.id }), 'honourNomineeCheck');
      expect(low.map((e) => [e.kind, e.passed])).toEqual([
        ['NOT_DISQUALIFIED', true],
        ['NO_DISCIPLINE', true],
        ['MIN_POINTS', false],
      ]);
      // Another agency's member is not found; a 党务工作者 without a post is refused beside the field.
      expect(errorCode(await check(b, admin(b), { memberId: a.spare[3].id }))).toBe('NOT_FOUND');
      const worker = await check(b, admin(b), { category: 'PARTY_WORKER', memberId: b.keen.id });
      expect([errorCode(worker), issueField(worker)]).toEqual(['BAD_USER_INPUT', 'memberId']);
      expect(errorCode(await check(b, gw, { memberId: b.keen.id }))).toBe('FORBIDDEN');
      expect(await nominationCount()).toBe(before);
    });
  });

  describe('隔离', () => {
    it('never shows agency B agency A’s nominations, nor lets B nominate A’s members or units', async () => {
      const round = await newRound();
      const mine = await nominated(a, round, { memberId: a.spare[3].id });
      const seen = dataOf<{ items: Nomination[] }>(await api.as(admin(b)).run(NOMINATIONS, { r: round }), 'honourNominations').items;
      expect(seen.map((n) => n.id)).not.toContain(mine.id);
      expect(errorCode(await api.as(admin(b)).run(ONE, { id: mine.id }))).toBe('NOT_FOUND');
      const before = await nominationCount();
      expect(errorCode(await nominate(b, round, { memberId: a.keen.id }))).toBe('NOT_FOUND');
      expect(errorCode(await nominate(b, round, { category: 'ORGANISATION', unitId: a.units.get('ZB1')!.id }))).toBe('NOT_FOUND');
      expect(await nominationCount()).toBe(before);
      const committee = dataOf<{ items: Nomination[] }>(await api.as(gw).run(NOMINATIONS, { r: round }), 'honourNominations').items;
      expect(committee.map((n) => n.id)).toContain(mine.id);
    });

    it('exports a round’s nominations with the filters on screen, each agency its own', async () => {
      const XLSX = `query($r: ID, $s: HonourNominationStatus) { honourNominationsXlsx(roundId: $r, status: $s) }`;
      const round = await newRound();
      const one = await nominated(a, round, { memberId: a.keen.id });
      await nominated(b, round, { memberId: b.keen.id });
      await api.as(gw).run(REJECT, { id: one.id, r: '材料不全' });
      const all = await readLedger(dataOf<string>(await api.as(gw).run(XLSX, { r: round }), 'honourNominationsXlsx'));
      expect(all.map((r) => [r['单位'], r['被提名党员'], r['状态']]).sort()).toEqual([
        [a.t.tenant.name, a.keen.name, '已驳回'],
        [b.t.tenant.name, b.keen.name, '已提交'],
      ]);
      expect(all.find((r) => r['状态'] === '已驳回')!['驳回理由']).toBe('材料不全');
      const rejected = await readLedger(dataOf<string>(await api.as(gw).run(XLSX, { r: round, s: 'REJECTED' }), 'honourNominationsXlsx'));
      expect(rejected).toHaveLength(1);
      const theirs = await readLedger(dataOf<string>(await api.as(admin(b)).run(XLSX, { r: round }), 'honourNominationsXlsx'));
      expect(theirs.map((r) => r['单位'])).toEqual([b.t.tenant.name]);
    });

    it('keeps discipline records to the agency’s admin', async () => {
      expect(errorCode(await api.as(gw).run(`{ disciplineRecords { id } }`))).toBe('FORBIDDEN');
      const records = dataOf<{ id: string }[]>(await api.as(admin(a)).run(`{ disciplineRecords { id } }`), 'disciplineRecords');
      expect(records).toEqual([]);
      expect(errorCode(await api.as(admin(a)).run(DISCIPLINE, { i: { memberId: b.keen.id, kind: 'WARNING', decidedOn: today(), influenceEndsOn: today(), note: '跨单位' } }))).toBe('NOT_FOUND');
      const bad = await api.as(admin(a)).run(DISCIPLINE, { i: { memberId: a.keen.id, kind: 'WARNING', decidedOn: today(), influenceEndsOn: inDays(-1), note: '倒挂' } });
      expect([errorCode(bad), issueField(bad)]).toEqual(['BAD_USER_INPUT', 'influenceEndsOn']);
    });
  });

  describe('统计和待办', () => {
    it('counts the brief’s three figures from the rows: distinct members, party workers and organisations over the two years before today', async () => {
      const round = await newRound();
      const ids = [
        await nominated(a, round, { memberId: a.spare[2].id }),
        await nominated(a, round, { category: 'PARTY_WORKER', memberId: a.worker.id }),
        await nominated(b, round, { category: 'ORGANISATION', unitId: b.units.get('ZB2')!.id }),
      ];
      for (const n of ids) await api.as(gw).run(APPROVE, { id: n.id });
      await api.as(gw).run(PUBLISH, { id: round });
      // Outside honours: a 省级 one in the window (the same member as a round result: counted once), one before it.
      await api.as(admin(a)).run(OUTSIDE, { i: { category: 'MEMBER', level: 'PROVINCIAL', memberId: a.spare[2].id, title: '全省优秀共产党员', conferredBy: '省委组织部', conferredOn: inDays(-100) } });
      await api.as(admin(a)).run(OUTSIDE, { i: { category: 'MEMBER', level: 'NATIONAL', memberId: a.spare[3].id, title: '全国优秀共产党员', conferredBy: '中组部', conferredOn: inDays(-800) } });
      const future = await api.as(admin(a)).run(OUTSIDE, { i: { category: 'MEMBER', level: 'NATIONAL', memberId: a.spare[3].id, title: '全国优秀共产党员', conferredBy: '中组部', conferredOn: inDays(2) } });
      expect([errorCode(future), issueField(future)]).toEqual(['BAD_USER_INPUT', 'conferredOn']);

      const figures = dataOf<{ from: string; to: string; members: number; partyWorkers: number; organisations: number; breakdown: { count: number }[] }>(await api.as(gw).run(FIGURES), 'honourFigures');
      expect([figures.from, figures.to]).toEqual([twoYearsBefore(today()).from, today()]);
      // Recomputed from the tables.
      const { from, to } = twoYearsBefore(today());
      const fromRounds = await api.dataSource.query(
        `SELECT n.category, n.member_id, n.unit_id FROM honour_nomination n JOIN honour_round r ON r.id = n.round_id WHERE n.status = 'APPROVED' AND r.status = 'PUBLISHED' AND r.published_on BETWEEN ? AND ?`,
        [from, to],
      );
      const outside = (await api.dataSource.manager.find(OutsideHonour)).filter((o) => o.conferredOn >= from && o.conferredOn <= to).map((o) => ({ category: o.category, member_id: o.memberId, unit_id: o.unitId }));
      const all = [...fromRounds, ...outside] as { category: string; member_id: string; unit_id: string }[];
      const distinct = (category: string, key: 'member_id' | 'unit_id') => new Set(all.filter((r) => r.category === category).map((r) => r[key])).size;
      expect([figures.members, figures.partyWorkers, figures.organisations]).toEqual([distinct('MEMBER', 'member_id'), distinct('PARTY_WORKER', 'member_id'), distinct('ORGANISATION', 'unit_id')]);
      expect(figures.breakdown.reduce((n, r) => n + r.count, 0)).toBe(all.length);
      expect(figures.organisations).toBeGreaterThanOrEqual(1);

      // The drill-down gives the rows; an agency sees only its own.
      const rows = dataOf<{ memberId: string; member: { name: string } }[]>(await api.as(gw).run(RESULTS, { c: 'MEMBER' }), 'honourResults');
      expect(rows.filter((r) => r.memberId === a.spare[2].id)).toHaveLength(2);
      const theirs = dataOf<{ memberId: string }[]>(await api.as(admin(b)).run(RESULTS, { c: 'MEMBER' }), 'honourResults');
      expect(theirs.some((r) => r.memberId === a.spare[2].id)).toBe(false);
    });

    it('gives the committee the nominations to review and an agency an open round it has not nominated in', async () => {
      const waiting = await api.dataSource.manager.count(HonourNomination, { where: { status: 'SUBMITTED' as never } });
      const committee = dataOf<{ module: string; title: string }[]>(await api.as(gw).run(TODOS), 'myTodos').filter((t) => t.module === 'members');
      expect(committee.map((t) => t.title)).toContain(`审核表彰提名(${waiting} 条已提交)`);
      await newRound({ title: '待提名的评选' });
      const agencyTodos = dataOf<{ module: string; title: string }[]>(await api.as(admin(c)).run(TODOS), 'myTodos').filter((t) => t.module === 'members');
      expect(agencyTodos.map((t) => t.title)).toContain('表彰提名:待提名的评选');
    });
  });
});
