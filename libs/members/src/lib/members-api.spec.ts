import { Role } from '@zeren/auth';
import { AuditEntry, TenantKind } from '@zeren/tenancy';
import { tenantDb } from '@zeren/tenancy/testing';
import { dataOf, errorCode, issueField, type TestApi } from '@zeren/api/testing';
import { insertFile } from '@zeren/files/testing';
import { readLedger } from '@zeren/shared-office/testing';
import { PostCode, type PartyMember } from '@zeren/org-tree';
import { localDateOf, localYear } from '@zeren/shared-periods';
import { createMembersTestApi, membersTestAgency, pointsEntryRow, type MembersTestAgency } from '../testing';
import { PointsEntry } from './ledger/points-entry.entity';
import { AgencyPointsRule, CommitteePointsRule } from './rule/points-rule.entity';
import { EntryOrigin, EntryStatus } from './members.enums';

const YEAR = localYear();
const today = () => localDateOf(new Date());
const MONTH_KEY = today().slice(0, 7);

const RULE = 'id owner tenantId year category name points cap capPeriod evidenceRequired awarder mode autoTrigger';
const ENTRY = 'id tenantId status origin points occurredOn note ruleName memberId unitId rejectReason appealReason reversesId reversedBy { id points } member { id name } files { id }';
const CREATE_RULE = `mutation($i: NewPointsRuleInput!) { createPointsRule(input: $i) { ${RULE} } }`;
const UPDATE_RULE = `mutation($id: ID!, $i: PointsRuleInput!) { updatePointsRule(id: $id, input: $i) { ${RULE} } }`;
const RULES = `query($y: Int!, $t: ID) { pointsRules(year: $y, tenantId: $t) { ${RULE} } }`;
const COPY = `mutation($y: Int!) { copyPointsRules(input: { year: $y }) { ${RULE} } }`;
const DECLARE = `mutation($i: DeclarePointsInput!) { declarePoints(input: $i) { ${ENTRY} } }`;
const AWARD = `mutation($i: AwardPointsInput!) { awardPoints(input: $i) { ${ENTRY} } }`;
const APPROVE = `mutation($id: ID!) { approvePointsEntry(id: $id) { ${ENTRY} } }`;
const REJECT = `mutation($id: ID!, $r: String!) { rejectPointsEntry(id: $id, input: { reason: $r }) { ${ENTRY} } }`;
const APPEAL = `mutation($id: ID!, $r: String!) { appealPointsEntry(id: $id, input: { reason: $r }) { ${ENTRY} } }`;
const REVERSE = `mutation($id: ID!, $r: String!) { reversePointsEntry(id: $id, input: { reason: $r }) { ${ENTRY} } }`;
const ENTRIES = `query($s: PointsEntryStatus, $m: ID, $u: ID, $r: ID) { pointsEntries(status: $s, memberId: $m, unitId: $u, ruleId: $r, limit: 200) { total items { ${ENTRY} } } }`;
const ONE = `query($id: ID!) { pointsEntry(id: $id) { id } }`;
const RANKING = `query($p: String!, $t: ID) { pointsRanking(periodKey: $p, tenantId: $t, limit: 200) { periodKey total items { memberId branchId points rank branchRank } } }`;
const PARTICIPATION = `query($p: String!, $t: ID) { pointsParticipation(periodKey: $p, tenantId: $t) { members participants rate } }`;

interface Entry {
  id: string;
  tenantId: string;
  status: EntryStatus;
  origin: EntryOrigin;
  points: number;
  memberId: string;
  unitId: string;
  occurredOn: string;
  rejectReason: string | null;
  appealReason: string | null;
  reversesId: string | null;
  reversedBy: { id: string; points: number } | null;
}

type Agency = MembersTestAgency;

describe('党员积分 (API)', () => {
  let api: TestApi;
  let a: Agency;
  let b: Agency;
  const gw = 'gw_committee_admin';
  let names = 0;

  const user = (x: Agency, role: Role) => `${x.t.tenant.code.toLowerCase()}_${role.toLowerCase()}`;
  const ruleInput = (over: Record<string, unknown> = {}) => ({ year: YEAR, category: '学习教育', name: `规则${++names}`, points: 1, evidenceRequired: false, ...over });
  /** A rule of the agency (its admin adds it) or of the committee, for one test. */
  const newRule = async (by: string, over: Record<string, unknown> = {}) => dataOf<{ id: string }>(await api.as(by).run(CREATE_RULE, { i: ruleInput(over) }), 'createPointsRule').id;
  const declared = async (x: Agency, ruleId: string, over: Record<string, unknown> = {}) =>
    dataOf<Entry>(await api.as(user(x, Role.MEMBER)).run(DECLARE, { i: { ruleId, occurredOn: today(), note: '参加学习', fileIds: [], ...over } }), 'declarePoints');
  const approved = async (x: Agency, ruleId: string) => dataOf<Entry>(await api.as(user(x, Role.BRANCH_SECRETARY)).run(APPROVE, { id: (await declared(x, ruleId)).id }), 'approvePointsEntry');
  const photo = async (x: Agency, role: Role) => (await insertFile(api.dataSource, x.t.tenant.id, x.t.users[role]!.id, 'image/png')).id;
  const entryRows = () => api.dataSource.manager.find(PointsEntry, { order: { id: 'ASC' } });
  /** An entry written as a fixture (the way a secretary of the other branch would have it decided). */
  const fixtureEntry = async (x: Agency, member: PartyMember, ruleId: string, status = EntryStatus.APPROVED) =>
    tenantDb(api.dataSource, x.t.tenant.id).repo(PointsEntry).insertOne(pointsEntryRow(x.t, member, { id: ruleId }, { status }));

  /** An agency with two branches; its secretary account holds `post` at `at` (the first branch by default). */
  const agency = (code: string, post: string = PostCode.BRANCH_SECRETARY, at = 'ZB1'): Promise<Agency> => membersTestAgency(api, code, post, at);

  beforeAll(async () => {
    api = await createMembersTestApi();
    await api.addTenant('GW', TenantKind.COMMITTEE);
    a = await agency('A');
    b = await agency('B');
  });

  afterAll(() => api.close());

  describe('积分规则', () => {
    it('gives an agency the committee’s rules and its own, exact to one decimal on both engines', async () => {
      const committee = await newRule(gw, { category: '志愿服务', points: 2.5, cap: 7.5, capPeriod: 'QUARTER', evidenceRequired: true });
      const own = await newRule(user(a, Role.TENANT_ADMIN), { category: '岗位建功', points: -0.5, awarder: 'SECRETARY' });
      const rules = dataOf<{ id: string; owner: string; tenantId: string | null; points: number; cap: number | null }[]>(await api.as(user(a, Role.MEMBER)).run(RULES, { y: YEAR }), 'pointsRules');
      expect(rules.find((r) => r.id === committee)).toMatchObject({ owner: 'COMMITTEE', tenantId: null, points: 2.5, cap: 7.5 });
      expect(rules.find((r) => r.id === own)).toMatchObject({ owner: 'AGENCY', tenantId: a.t.tenant.id, points: -0.5, cap: null });
      expect((await api.dataSource.manager.findOneByOrFail(CommitteePointsRule, { id: committee })).pointsTenths).toBe(25);
    });

    it('does not show an agency another agency’s rules, nor let it change them or the committee’s', async () => {
      const committee = await newRule(gw);
      const own = await newRule(user(a, Role.TENANT_ADMIN));
      const seen = dataOf<{ id: string }[]>(await api.as(user(b, Role.TENANT_ADMIN)).run(RULES, { y: YEAR }), 'pointsRules').map((r) => r.id);
      expect(seen).toContain(committee);
      expect(seen).not.toContain(own);
      const { year: _y, ...input } = ruleInput();
      expect(errorCode(await api.as(user(b, Role.TENANT_ADMIN)).run(UPDATE_RULE, { id: own, i: input }))).toBe('NOT_FOUND');
      expect(errorCode(await api.as(user(a, Role.TENANT_ADMIN)).run(UPDATE_RULE, { id: committee, i: input }))).toBe('FORBIDDEN');
      expect(errorCode(await api.as(user(a, Role.BRANCH_SECRETARY)).run(CREATE_RULE, { i: ruleInput() }))).toBe('FORBIDDEN');
      expect((await api.dataSource.manager.findOneByOrFail(AgencyPointsRule, { id: own })).name).not.toBe(input.name);
    });

    it('refuses bad rules beside the field and writes nothing', async () => {
      const before = await api.dataSource.manager.count(AgencyPointsRule);
      const admin = api.as(user(a, Role.TENANT_ADMIN));
      const cases: [Record<string, unknown>, string][] = [
        [{ points: 1.25 }, 'points'],
        // Exponent notation once made class-validator's own decimal check throw (an internal error).
        [{ points: 1e-7 }, 'points'],
        [{ points: 2, cap: 1e-7, capPeriod: 'MONTH' }, 'cap'],
        [{ points: 0 }, 'points'],
        [{ points: 80 }, 'points'],
        [{ cap: 4 }, 'capPeriod'],
        [{ capPeriod: 'MONTH' }, 'cap'],
        [{ points: 3, cap: 2, capPeriod: 'MONTH' }, 'cap'],
        [{ name: '   ' }, 'input.name'],
        [{ year: 1999 }, 'year'],
      ];
      for (const [over, field] of cases) {
        const res = await admin.run(CREATE_RULE, { i: ruleInput(over) });
        expect([JSON.stringify(over), errorCode(res), issueField(res)]).toEqual([JSON.stringify(over), 'BAD_USER_INPUT', field]);
      }
      const name = `重名${++names}`;
      await newRule(user(a, Role.TENANT_ADMIN), { name });
      expect(errorCode(await admin.run(CREATE_RULE, { i: ruleInput({ name }) }))).toBe('CONFLICT');
      expect(await api.dataSource.manager.count(AgencyPointsRule)).toBe(before + 1);
    });

    it('copies last year’s rules into a new year once, for the committee and for an agency', async () => {
      const from = YEAR + 10;
      await newRule(gw, { year: from, name: '往年规则一', cap: 3, capPeriod: 'YEAR' });
      await newRule(gw, { year: from, name: '往年规则二' });
      await newRule(user(a, Role.TENANT_ADMIN), { year: from, name: '本单位往年规则' });
      const copied = dataOf<{ year: number; name: string; cap: number | null; owner: string }[]>(await api.as(gw).run(COPY, { y: from + 1 }), 'copyPointsRules');
      expect(copied.map((r) => [r.year, r.name, r.cap, r.owner])).toEqual([
        [from + 1, '往年规则一', 3, 'COMMITTEE'],
        [from + 1, '往年规则二', null, 'COMMITTEE'],
      ]);
      const own = dataOf<{ name: string; owner: string }[]>(await api.as(user(a, Role.TENANT_ADMIN)).run(COPY, { y: from + 1 }), 'copyPointsRules');
      expect(own.map((r) => [r.name, r.owner])).toEqual([['本单位往年规则', 'AGENCY']]);
      const again = await api.as(gw).run(COPY, { y: from + 1 });
      expect([errorCode(again), again.errors?.[0].message]).toEqual(['CONFLICT', `${from + 1}年度已有积分规则,不能再复制`]);
      expect(errorCode(await api.as(gw).run(COPY, { y: from + 5 }))).toBe('CONFLICT');
      // B added nothing that year: it gets the committee's copies and none of A's.
      const bRules = dataOf<{ owner: string }[]>(await api.as(user(b, Role.MEMBER)).run(RULES, { y: from + 1 }), 'pointsRules');
      expect(bRules.map((r) => r.owner)).toEqual(['COMMITTEE', 'COMMITTEE']);
    });

    it('removes only a rule nothing was recorded under', async () => {
      const used = await newRule(user(a, Role.TENANT_ADMIN));
      const unused = await newRule(user(a, Role.TENANT_ADMIN));
      await declared(a, used);
      const remove = `mutation($id: ID!) { removePointsRule(id: $id) }`;
      expect(errorCode(await api.as(user(a, Role.TENANT_ADMIN)).run(remove, { id: used }))).toBe('CONFLICT');
      expect(dataOf(await api.as(user(a, Role.TENANT_ADMIN)).run(remove, { id: unused }), 'removePointsRule')).toBe(true);
      expect(await api.dataSource.manager.countBy(AgencyPointsRule, { id: unused })).toBe(0);
    });
  });

  describe('积分台账', () => {
    it('takes a member’s declaration for their own person only, pending for the branch secretary', async () => {
      const rule = await newRule(user(a, Role.TENANT_ADMIN), { evidenceRequired: true });
      const file = await photo(a, Role.MEMBER);
      const entry = dataOf<Entry & { files: { id: string }[]; member: { id: string } }>(
        await api.as(user(a, Role.MEMBER)).run(DECLARE, { i: { ruleId: rule, occurredOn: today(), note: '参加志愿服务', fileIds: [file] } }),
        'declarePoints',
      );
      expect(entry).toMatchObject({ status: 'PENDING', origin: 'DECLARED', points: 1, memberId: a.self.id, unitId: a.units.get('XZ1')!.id, files: [{ id: file }] });
      const row = await api.dataSource.manager.findOneByOrFail(PointsEntry, { id: entry.id });
      expect([row.memberUserId, row.recordedById]).toEqual([a.t.users[Role.MEMBER]!.id, a.t.users[Role.MEMBER]!.id]);
    });

    it('refuses a declaration beside the field and writes nothing', async () => {
      const evidence = await newRule(user(a, Role.TENANT_ADMIN), { evidenceRequired: true });
      const automatic = await newRule(gw, { mode: 'AUTOMATIC', autoTrigger: 'ACTIVITY_SPEAK', year: YEAR });
      const nextYear = await newRule(user(a, Role.TENANT_ADMIN), { year: YEAR + 1 });
      const before = (await entryRows()).length;
      const tomorrow = localDateOf(new Date(Date.now() + 86_400_000));
      const cases: [Record<string, unknown>, string][] = [
        [{ ruleId: evidence }, 'fileIds'],
        [{ ruleId: automatic }, 'ruleId'],
        [{ ruleId: nextYear }, 'occurredOn'],
        [{ ruleId: evidence, occurredOn: tomorrow, fileIds: [] }, 'occurredOn'],
        [{ ruleId: evidence, note: '' }, 'note'],
      ];
      for (const [over, field] of cases) {
        const res = await api.as(user(a, Role.MEMBER)).run(DECLARE, { i: { occurredOn: today(), note: '事由', fileIds: [], ...over } });
        expect([field, errorCode(res), issueField(res)]).toEqual([field, 'BAD_USER_INPUT', field]);
      }
      expect(errorCode(await api.as(user(a, Role.MEMBER)).run(DECLARE, { i: { ruleId: await newRule(user(b, Role.TENANT_ADMIN)), occurredOn: today(), note: '事由', fileIds: [] } }))).toBe('NOT_FOUND');
      expect(errorCode(await api.as(user(a, Role.TENANT_ADMIN)).run(DECLARE, { i: { ruleId: evidence, occurredOn: today(), note: '事由', fileIds: [] } }))).toBe('FORBIDDEN');
      expect((await entryRows()).length).toBe(before);
    });

    it('moves 待审核 → 已通过 | 已驳回 only by the branch secretary; every other move is CONFLICT, every other side FORBIDDEN', async () => {
      const rule = await newRule(user(a, Role.TENANT_ADMIN));
      const secretary = api.as(user(a, Role.BRANCH_SECRETARY));
      const first = await declared(a, rule);
      expect(errorCode(await api.as(user(a, Role.MEMBER)).run(APPROVE, { id: first.id }))).toBe('FORBIDDEN');
      expect(errorCode(await api.as(user(a, Role.TENANT_ADMIN)).run(APPROVE, { id: first.id }))).toBe('FORBIDDEN');
      expect(errorCode(await api.as(user(a, Role.MEMBER)).run(APPEAL, { id: first.id, r: '申诉' }))).toBe('CONFLICT');
      expect(dataOf<Entry>(await secretary.run(APPROVE, { id: first.id }), 'approvePointsEntry').status).toBe('APPROVED');
      expect(errorCode(await secretary.run(APPROVE, { id: first.id }))).toBe('CONFLICT');
      expect(errorCode(await secretary.run(REJECT, { id: first.id, r: '不符合' }))).toBe('CONFLICT');
      expect(errorCode(await api.as(user(a, Role.MEMBER)).run(APPEAL, { id: first.id, r: '申诉' }))).toBe('CONFLICT');

      const second = await declared(a, rule);
      const noReason = await secretary.run(REJECT, { id: second.id, r: '' });
      expect([errorCode(noReason), issueField(noReason)]).toEqual(['BAD_USER_INPUT', 'reason']);
      const rejected = dataOf<Entry>(await secretary.run(REJECT, { id: second.id, r: '无签到记录' }), 'rejectPointsEntry');
      expect([rejected.status, rejected.rejectReason]).toEqual(['REJECTED', '无签到记录']);
      expect(errorCode(await secretary.run(APPROVE, { id: second.id }))).toBe('CONFLICT');
      // The secretary is not the member: an appeal is the member's side.
      expect(errorCode(await secretary.run(APPEAL, { id: second.id, r: '替他申诉' }))).toBe('FORBIDDEN');
      const rows = await api.dataSource.manager.findBy(PointsEntry, { ruleId: rule });
      expect(rows.map((r) => [r.status, r.decidedById]).sort()).toEqual([
        ['APPROVED', a.t.users[Role.BRANCH_SECRETARY]!.id],
        ['REJECTED', a.t.users[Role.BRANCH_SECRETARY]!.id],
      ]);
    });

    it('takes one appeal of a rejection back to the secretary, and no second', async () => {
      const rule = await newRule(user(a, Role.TENANT_ADMIN));
      const secretary = api.as(user(a, Role.BRANCH_SECRETARY));
      const entry = await declared(a, rule);
      dataOf(await secretary.run(REJECT, { id: entry.id, r: '材料不全' }), 'rejectPointsEntry');
      const appealed = dataOf<Entry>(await api.as(user(a, Role.MEMBER)).run(APPEAL, { id: entry.id, r: '当天有签到表' }), 'appealPointsEntry');
      expect([appealed.status, appealed.appealReason, appealed.rejectReason]).toEqual(['PENDING', '当天有签到表', '材料不全']);
      dataOf(await secretary.run(REJECT, { id: entry.id, r: '签到表不是本次' }), 'rejectPointsEntry');
      const twice = await api.as(user(a, Role.MEMBER)).run(APPEAL, { id: entry.id, r: '再申诉' });
      expect([errorCode(twice), twice.errors?.[0].message]).toEqual(['CONFLICT', '每条积分只能申诉一次']);
      const row = await api.dataSource.manager.findOneByOrFail(PointsEntry, { id: entry.id });
      expect([row.status, row.rejectReason, row.appealReason]).toEqual(['REJECTED', '签到表不是本次', '当天有签到表']);
    });

    it('enforces the cap at approval, naming it and what is left, and a reversal gives the room back', async () => {
      const rule = await newRule(user(a, Role.TENANT_ADMIN), { points: 1.5, cap: 3, capPeriod: 'MONTH' });
      const secretary = api.as(user(a, Role.BRANCH_SECRETARY));
      const first = await approved(a, rule);
      await approved(a, rule);
      const third = await declared(a, rule);
      const over = await secretary.run(APPROVE, { id: third.id });
      const label = `${YEAR}年${Number(MONTH_KEY.slice(5))}月`;
      expect([errorCode(over), over.errors?.[0].message]).toEqual(['CONFLICT', `“${(await api.dataSource.manager.findOneByOrFail(AgencyPointsRule, { id: rule })).name}”${label}最多 3 分,已得 3 分,还可 0 分`]);
      expect((await api.dataSource.manager.findOneByOrFail(PointsEntry, { id: third.id })).status).toBe('PENDING');

      const reversal = dataOf<Entry>(await secretary.run(REVERSE, { id: first.id, r: '重复登记' }), 'reversePointsEntry');
      expect(reversal).toMatchObject({ status: 'APPROVED', origin: 'REVERSAL', points: -1.5, reversesId: first.id, occurredOn: first.occurredOn, memberId: a.self.id });
      // The original is never changed: it stays approved at its points and shows what reversed it.
      const original = dataOf<{ items: Entry[] }>(await secretary.run(ENTRIES, { r: rule }), 'pointsEntries').items.find((e) => e.id === first.id)!;
      expect(original).toMatchObject({ status: 'APPROVED', points: 1.5, reversedBy: { id: reversal.id, points: -1.5 } });
      expect(dataOf<Entry>(await secretary.run(APPROVE, { id: third.id }), 'approvePointsEntry').status).toBe('APPROVED');
      expect(errorCode(await secretary.run(REVERSE, { id: first.id, r: '再冲正' }))).toBe('CONFLICT');
      expect(errorCode(await secretary.run(REVERSE, { id: reversal.id, r: '冲正冲正' }))).toBe('CONFLICT');
      expect(errorCode(await secretary.run(REVERSE, { id: (await declared(a, rule)).id, r: '未审' }))).toBe('CONFLICT');
      expect(errorCode(await api.as(user(a, Role.MEMBER)).run(REVERSE, { id: third.id, r: '自己冲正' }))).toBe('FORBIDDEN');
    });

    it('lets the secretary award points that count as decided (within the cap), but not to themself nor under a rule for group leaders', async () => {
      const rule = await newRule(user(a, Role.TENANT_ADMIN), { category: '违纪扣分', points: -2, cap: 2, capPeriod: 'YEAR', awarder: 'SECRETARY' });
      const leaders = await newRule(user(a, Role.TENANT_ADMIN), { awarder: 'GROUP_LEADER' });
      const secretary = api.as(user(a, Role.BRANCH_SECRETARY));
      const award = (ruleId: string, memberId: string) => secretary.run(AWARD, { i: { ruleId, memberId, occurredOn: today(), note: '无故缺席', fileIds: [] } });
      const entry = dataOf<Entry>(await award(rule, a.colleague.id), 'awardPoints');
      expect(entry).toMatchObject({ status: 'APPROVED', origin: 'AWARDED', points: -2, memberId: a.colleague.id });
      const over = await award(rule, a.colleague.id);
      expect([errorCode(over), over.errors?.[0].message]).toEqual(['CONFLICT', expect.stringContaining('最多 2 分,已得 2 分,还可 0 分')]);
      expect(errorCode(await award(leaders, a.colleague.id))).toBe('FORBIDDEN');
      expect(errorCode(await award(rule, a.secretary.id))).toBe('FORBIDDEN');
      expect(errorCode(await award(rule, a.outsider.id))).toBe('NOT_FOUND');
      expect(await api.dataSource.manager.countBy(PointsEntry, { ruleId: rule })).toBe(1);
    });

    it('sends a 党小组组长’s award to the branch secretary, and does not let the group leader decide', async () => {
      // C's secretary account leads only the 党小组 (it holds the role, and the post 党小组组长).
      const x = await agency('C', PostCode.CELL_LEADER, 'XZ1');
      const rule = await newRule(user(x, Role.TENANT_ADMIN));
      const secretaryOnly = await newRule(user(x, Role.TENANT_ADMIN), { awarder: 'SECRETARY' });
      const leader = api.as(user(x, Role.BRANCH_SECRETARY));
      const award = (ruleId: string) => leader.run(AWARD, { i: { ruleId, memberId: x.self.id, occurredOn: today(), note: '组内学习', fileIds: [] } });
      const entry = dataOf<Entry>(await award(rule), 'awardPoints');
      expect(entry).toMatchObject({ status: 'PENDING', origin: 'AWARDED', memberId: x.self.id });
      expect(errorCode(await award(secretaryOnly))).toBe('FORBIDDEN');
      expect(errorCode(await leader.run(APPROVE, { id: entry.id }))).toBe('FORBIDDEN');
      expect(errorCode(await leader.run(APPROVE, { id: (await declared(x, rule)).id }))).toBe('FORBIDDEN');
      expect(await api.dataSource.manager.countBy(PointsEntry, { tenantId: x.t.tenant.id, status: EntryStatus.APPROVED })).toBe(0);
    });

    it('does not show a branch secretary another branch’s entries, nor let them decide one', async () => {
      const rule = await newRule(user(a, Role.TENANT_ADMIN));
      const mine = await declared(a, rule);
      const other = await fixtureEntry(a, a.outsider, rule, EntryStatus.PENDING);
      const secretary = api.as(user(a, Role.BRANCH_SECRETARY));
      const seen = dataOf<{ items: Entry[] }>(await secretary.run(ENTRIES, { r: rule }), 'pointsEntries').items.map((e) => e.id);
      expect(seen).toEqual([mine.id]);
      expect(errorCode(await secretary.run(ONE, { id: other.id }))).toBe('NOT_FOUND');
      expect(errorCode(await secretary.run(APPROVE, { id: other.id }))).toBe('NOT_FOUND');
      expect(errorCode(await secretary.run(ENTRIES, { u: a.units.get('ZB2')!.id }))).toBe(undefined);
      // The agency's admin reads both; the member only their own.
      const all = dataOf<{ items: Entry[] }>(await api.as(user(a, Role.TENANT_ADMIN)).run(ENTRIES, { r: rule }), 'pointsEntries').items.map((e) => e.id);
      expect(all.sort()).toEqual([mine.id, other.id].sort());
      const own = dataOf<{ items: Entry[] }>(await api.as(user(a, Role.MEMBER)).run(ENTRIES, {}), 'pointsEntries').items;
      expect(own.every((e) => e.memberId === a.self.id)).toBe(true);
      expect((await api.dataSource.manager.findOneByOrFail(PointsEntry, { id: other.id })).status).toBe('PENDING');
    });

    it('never lets agency B read or decide agency A’s entries', async () => {
      const rule = await newRule(user(a, Role.TENANT_ADMIN));
      const entry = await declared(a, rule);
      for (const role of [Role.TENANT_ADMIN, Role.BRANCH_SECRETARY, Role.MEMBER]) {
        const page = dataOf<{ items: Entry[] }>(await api.as(user(b, role)).run(ENTRIES, {}), 'pointsEntries');
        expect(page.items.filter((e) => e.tenantId !== b.t.tenant.id)).toEqual([]);
        expect(errorCode(await api.as(user(b, role)).run(ONE, { id: entry.id }))).toBe('NOT_FOUND');
      }
      expect(errorCode(await api.as(user(b, Role.BRANCH_SECRETARY)).run(APPROVE, { id: entry.id }))).toBe('NOT_FOUND');
      expect(errorCode(await api.as(user(b, Role.BRANCH_SECRETARY)).run(AWARD, { i: { ruleId: rule, memberId: b.colleague.id, occurredOn: today(), note: '跨单位', fileIds: [] } }))).toBe('NOT_FOUND');
      expect(errorCode(await api.as(user(b, Role.MEMBER)).run(APPEAL, { id: entry.id, r: '跨单位' }))).toBe('NOT_FOUND');
      const ranking = dataOf<{ items: { memberId: string }[] }>(await api.as(user(b, Role.TENANT_ADMIN)).run(RANKING, { p: String(YEAR) }), 'pointsRanking');
      expect(ranking.items.map((r) => r.memberId).sort()).toEqual([b.secretary.id, b.self.id, b.colleague.id, b.outsider.id].sort());
      expect((await api.dataSource.manager.findOneByOrFail(PointsEntry, { id: entry.id })).status).toBe('PENDING');
    });

    it('audits every mutation with who and which agency', async () => {
      const rule = await newRule(user(a, Role.TENANT_ADMIN));
      const entry = await declared(a, rule);
      await api.as(user(a, Role.BRANCH_SECRETARY)).run(REJECT, { id: entry.id, r: '审计' });
      const audit = await api.dataSource.manager.find(AuditEntry, { where: [{ operation: 'declarePoints' }, { operation: 'rejectPointsEntry' }, { operation: 'createPointsRule' }] });
      const of = (operation: string, target: string) => audit.filter((e) => e.operation === operation && e.targetIds.includes(target)).map((e) => [e.tenantId, e.actorUsername, e.outcome]);
      expect(of('declarePoints', entry.id)).toEqual([[a.t.tenant.id, user(a, Role.MEMBER), 'SUCCESS']]);
      expect(of('rejectPointsEntry', entry.id)).toEqual([[a.t.tenant.id, user(a, Role.BRANCH_SECRETARY), 'SUCCESS']]);
      expect(of('createPointsRule', rule)).toEqual([[a.t.tenant.id, user(a, Role.TENANT_ADMIN), 'SUCCESS']]);
    });

    it('puts the entries waiting for the branch secretary on their to-do list', async () => {
      const TODOS = `{ myTodos { id module title link } }`;
      const waiting = await api.dataSource.manager
        .createQueryBuilder(PointsEntry, 'e')
        .innerJoin('org_unit', 'u', 'u.id = e.unit_id')
        .where('e.tenant_id = :t AND e.status = :p AND (u.id = :zb OR u.parent_id = :zb)', { t: a.t.tenant.id, p: 'PENDING', zb: a.units.get('ZB1')!.id })
        .getCount();
      const todos = dataOf<{ id: string; module: string; title: string }[]>(await api.as(user(a, Role.BRANCH_SECRETARY)).run(TODOS), 'myTodos').filter((t) => t.module === 'members');
      expect(waiting).toBeGreaterThan(0);
      expect(todos.map((t) => t.title)).toEqual([`审核党员积分(${waiting} 条待审核)`]);
      expect(dataOf<{ module: string }[]>(await api.as(user(a, Role.MEMBER)).run(TODOS), 'myTodos').filter((t) => t.module === 'members')).toEqual([]);
    });
  });

  describe('积分排行', () => {
    it('ranks members by approved points in the period, ties sharing a rank, within the agency and the branch, as the rows say', async () => {
      const x = await agency('D');
      const rule = await newRule(user(x, Role.TENANT_ADMIN), { points: 2 });
      const small = await newRule(user(x, Role.TENANT_ADMIN), { points: 0.5 });
      const secretary = api.as(user(x, Role.BRANCH_SECRETARY));
      const award = async (ruleId: string, memberId: string) =>
        dataOf<Entry>(await secretary.run(AWARD, { i: { ruleId, memberId, occurredOn: today(), note: '排行', fileIds: [] } }), 'awardPoints');
      await approved(x, rule); // self: 2
      await approved(x, small); // self: 2.5
      await award(rule, x.colleague.id); // colleague: 2
      await award(small, x.colleague.id); // colleague: 2.5, tied with self
      const reversed = await award(rule, x.colleague.id);
      dataOf(await secretary.run(REVERSE, { id: reversed.id, r: '登记错误' }), 'reversePointsEntry'); // colleague still 2.5
      await declared(x, rule); // pending: not counted
      await fixtureEntry(x, x.outsider, rule, EntryStatus.REJECTED); // rejected: not counted
      const rows = await api.dataSource.manager.find(PointsEntry, { where: { tenantId: x.t.tenant.id } });
      const members = [x.secretary, x.self, x.colleague, x.outsider];
      const branchOf = (m: PartyMember) => (m.unitId === x.units.get('XZ1')!.id ? x.units.get('ZB1')!.id : m.unitId);
      const points = new Map(members.map((m) => [m.id, rows.filter((r) => r.memberId === m.id && r.status === 'APPROVED').reduce((s, r) => s + r.pointsTenths, 0) / 10]));
      const rankAmong = (m: PartyMember, peers: PartyMember[]) => 1 + peers.filter((p) => points.get(p.id)! > points.get(m.id)!).length;
      const expected = members
        .map((m) => ({ memberId: m.id, branchId: branchOf(m), points: points.get(m.id)!, rank: rankAmong(m, members), branchRank: rankAmong(m, members.filter((p) => branchOf(p) === branchOf(m))) }))
        .sort((p, q) => q.points - p.points);
      const ranking = dataOf<{ total: number; items: typeof expected }>(await api.as(user(x, Role.TENANT_ADMIN)).run(RANKING, { p: MONTH_KEY }), 'pointsRanking');
      expect(ranking.total).toBe(4);
      expect(new Set(ranking.items.map((r) => JSON.stringify(r)))).toEqual(new Set(expected.map((r) => JSON.stringify(r))));
      expect(ranking.items.map((r) => r.points)).toEqual(expected.map((r) => r.points));
      expect(ranking.items.slice(0, 2).map((r) => r.rank)).toEqual([1, 1]);
      // The quarter and the year hold the same rows; the secretary ranks within their branch.
      for (const key of [`${YEAR}-Q${Math.ceil(Number(MONTH_KEY.slice(5)) / 3)}`, String(YEAR)]) {
        expect(dataOf<{ items: unknown[] }>(await api.as(user(x, Role.TENANT_ADMIN)).run(RANKING, { p: key }), 'pointsRanking').items).toEqual(ranking.items);
      }
      const mine = dataOf<{ items: { memberId: string }[] }>(await secretary.run(RANKING, { p: MONTH_KEY }), 'pointsRanking').items.map((r) => r.memberId);
      expect(mine.sort()).toEqual([x.secretary.id, x.self.id, x.colleague.id].sort());
      // Participation: approved entries not reversed, of the agency's members.
      const participants = new Set(rows.filter((r) => r.status === 'APPROVED' && r.origin !== 'REVERSAL' && !rows.some((q) => q.reversesId === r.id)).map((r) => r.memberId));
      const share = dataOf<{ members: number; participants: number; rate: number }>(await api.as(user(x, Role.TENANT_ADMIN)).run(PARTICIPATION, { p: MONTH_KEY }), 'pointsParticipation');
      expect(share).toEqual({ members: 4, participants: participants.size, rate: participants.size / 4 });
      // Last year had none.
      expect(dataOf<{ participants: number }>(await api.as(user(x, Role.TENANT_ADMIN)).run(PARTICIPATION, { p: String(YEAR - 1) }), 'pointsParticipation').participants).toBe(0);
    });

    it('asks the committee to name the agency, and refuses a period that is not a year, quarter or month', async () => {
      const none = await api.as(gw).run(RANKING, { p: String(YEAR) });
      expect([errorCode(none), issueField(none)]).toEqual(['BAD_USER_INPUT', 'tenantId']);
      expect(dataOf<{ total: number }>(await api.as(gw).run(RANKING, { p: String(YEAR), t: b.t.tenant.id }), 'pointsRanking').total).toBe(4);
      for (const p of [`${YEAR}-H1`, `${YEAR}-W02`, '明年']) {
        const bad = await api.as(user(a, Role.TENANT_ADMIN)).run(RANKING, { p });
        expect([p, errorCode(bad), issueField(bad)]).toEqual([p, 'BAD_USER_INPUT', 'periodKey']);
      }
    });
  });

  describe('我的积分, 台账 and 排行 exports, automatic triggers', () => {
    const STANDING = `query($p: String!) { myPointsStanding(periodKey: $p) { periodKey memberId branchId points rank branchRank } }`;
    const ENTRIES_XLSX = `query($s: PointsEntryStatus, $u: ID, $p: String) { pointsEntriesXlsx(status: $s, unitId: $u, periodKey: $p) }`;
    const RANKING_XLSX = `query($p: String!, $t: ID) { pointsRankingXlsx(periodKey: $p, tenantId: $t) }`;

    it('gives a member their own total and ranks in the agency and the branch, as the whole ranking says', async () => {
      const x = await agency('E');
      const rule = await newRule(user(x, Role.TENANT_ADMIN), { points: 3 });
      const secretary = api.as(user(x, Role.BRANCH_SECRETARY));
      const award = async (memberId: string, ruleId: string = rule) => dataOf<Entry>(await secretary.run(AWARD, { i: { ruleId, memberId, occurredOn: today(), note: '名次', fileIds: [] } }), 'awardPoints');
      await award(x.colleague.id);
      await award(x.colleague.id);
      // The other branch's secretary would have decided these: 9 分 for the outsider.
      await tenantDb(api.dataSource, x.t.tenant.id).repo(PointsEntry).insertOne(pointsEntryRow(x.t, x.outsider, { id: rule, pointsTenths: 90 }));
      await approved(x, rule);
      const whole = dataOf<{ items: { memberId: string; points: number; rank: number; branchRank: number; branchId: string }[] }>(await api.as(user(x, Role.TENANT_ADMIN)).run(RANKING, { p: String(YEAR) }), 'pointsRanking').items;
      const row = whole.find((r) => r.memberId === x.self.id)!;
      const mine = dataOf<Record<string, unknown>>(await api.as(user(x, Role.MEMBER)).run(STANDING, { p: String(YEAR) }), 'myPointsStanding');
      expect(mine).toEqual({ periodKey: String(YEAR), memberId: x.self.id, branchId: x.units.get('ZB1')!.id, points: 3, rank: row.rank, branchRank: row.branchRank });
      // Outsider 9 (ZB2), colleague 6 (ZB1), self 3 (XZ1 under ZB1): third in the agency, second in the branch.
      expect([row.rank, row.branchRank]).toEqual([3, 2]);
      // Narrowed to a branch or a 党小组, the ranks are among its members (the 党小组 is under ZB1).
      const RANKING_IN = `query($p: String!, $u: ID) { pointsRanking(periodKey: $p, unitId: $u, limit: 200) { total items { memberId points rank } } }`;
      const within = async (code: string) => dataOf<{ total: number; items: unknown[] }>(await api.as(user(x, Role.TENANT_ADMIN)).run(RANKING_IN, { p: String(YEAR), u: x.units.get(code)!.id }), 'pointsRanking');
      const zb1 = [x.colleague, x.self, x.secretary].filter((m) => m.unitId === x.units.get('ZB1')!.id || m.unitId === x.units.get('XZ1')!.id);
      expect((await within('ZB1')).items).toEqual(whole.filter((r) => zb1.some((m) => m.id === r.memberId)).map((r) => ({ memberId: r.memberId, points: r.points, rank: 1 + whole.filter((q) => zb1.some((m) => m.id === q.memberId) && q.points > r.points).length })));
      expect(await within('XZ1')).toEqual({ total: 1, items: [{ memberId: x.self.id, points: 3, rank: 1 }] });
      expect(errorCode(await api.as(user(b, Role.TENANT_ADMIN)).run(RANKING_IN, { p: String(YEAR), u: x.units.get('ZB1')!.id }))).toBe('NOT_FOUND');
      // A reversal of the colleague's two entries leaves self first in the branch.
      for (const e of dataOf<{ items: Entry[] }>(await secretary.run(ENTRIES, { m: x.colleague.id }), 'pointsEntries').items) dataOf(await secretary.run(REVERSE, { id: e.id, r: '登记错误' }), 'reversePointsEntry');
      expect(dataOf<{ rank: number; branchRank: number; points: number }>(await api.as(user(x, Role.MEMBER)).run(STANDING, { p: MONTH_KEY }), 'myPointsStanding')).toMatchObject({ points: 3, rank: 2, branchRank: 1 });
      // No member record: nothing; a bad period: the argument named.
      expect(dataOf(await api.as(user(x, Role.BRANCH_SECRETARY)).run(STANDING, { p: String(YEAR) }), 'myPointsStanding')).toMatchObject({ points: 0 });
      expect(errorCode(await api.as(user(x, Role.TENANT_ADMIN)).run(STANDING, { p: String(YEAR) }))).toBe('FORBIDDEN');
      // The ranking itself is for those who oversee: within a member's own reach they would always come first.
      expect(errorCode(await api.as(user(x, Role.MEMBER)).run(RANKING, { p: String(YEAR) }))).toBe('FORBIDDEN');
      const bad = await api.as(user(x, Role.MEMBER)).run(STANDING, { p: `${YEAR}-H1` });
      expect([errorCode(bad), issueField(bad)]).toEqual(['BAD_USER_INPUT', 'periodKey']);
    });

    it('exports the ledger the filters and the data scope select, and the ranking, as the rows say', async () => {
      const x = await agency('F');
      const rule = await newRule(user(x, Role.TENANT_ADMIN), { points: 1.5, name: '导出规则' });
      const first = await approved(x, rule);
      await declared(x, rule);
      await fixtureEntry(x, x.outsider, rule);
      const sheet = async (as: string, vars: Record<string, unknown> = {}) => readLedger(dataOf<string>(await api.as(as).run(ENTRIES_XLSX, vars), 'pointsEntriesXlsx'));
      const admin = user(x, Role.TENANT_ADMIN);
      const rows = await api.dataSource.manager.find(PointsEntry, { where: { tenantId: x.t.tenant.id } });
      const all = await sheet(admin);
      expect(all.length).toBe(rows.length);
      expect(all.map((r) => r['分值']).reduce((a2, b2) => Number(a2) + Number(b2), 0)).toBe(rows.reduce((n, r) => n + r.pointsTenths, 0) / 10);
      const approvedRows = await sheet(admin, { s: 'APPROVED' });
      expect(approvedRows.map((r) => [r['党员'], r['积分规则'], r['状态']]).sort()).toEqual([[x.self.name, '导出规则', '已通过'], [x.outsider.name, '夹具规则', '已通过']].sort());
      expect((await sheet(admin, { u: x.units.get('ZB2')!.id })).map((r) => r['党员'])).toEqual([x.outsider.name]);
      expect(await sheet(admin, { p: String(YEAR - 1) })).toEqual([]);
      // The secretary of ZB1 does not see ZB2; the member sees their own; agency B nothing of A.
      expect((await sheet(user(x, Role.BRANCH_SECRETARY))).map((r) => r['党员']).sort()).toEqual([x.self.name, x.self.name]);
      expect((await sheet(user(x, Role.MEMBER))).length).toBe(2);
      expect(await sheet(user(b, Role.TENANT_ADMIN), { s: 'APPROVED', u: undefined })).not.toContainEqual(expect.objectContaining({ 党员: x.self.name }));
      expect(errorCode(await api.as(user(b, Role.TENANT_ADMIN)).run(ENTRIES_XLSX, { u: x.units.get('ZB2')!.id }))).toBe('NOT_FOUND');
      expect(first.points).toBe(1.5);

      const ranking = dataOf<{ items: { memberId: string; points: number; rank: number; branchRank: number }[] }>(await api.as(admin).run(RANKING, { p: String(YEAR) }), 'pointsRanking').items;
      const names = new Map([x.secretary, x.self, x.colleague, x.outsider].map((m) => [m.id, m.name]));
      const xlsx = await readLedger(dataOf<string>(await api.as(admin).run(RANKING_XLSX, { p: String(YEAR) }), 'pointsRankingXlsx'));
      expect(xlsx.map((r) => [r['名次'], r['支部内名次'], r['党员'], r['积分']])).toEqual(ranking.map((r) => [r.rank, r.branchRank, names.get(r.memberId), r.points]));
      expect(xlsx.length).toBe(4);
      const none = await api.as(gw).run(RANKING_XLSX, { p: String(YEAR) });
      expect([errorCode(none), issueField(none)]).toEqual(['BAD_USER_INPUT', 'tenantId']);
    });

    it('sets an automatic rule’s trigger, refuses a missing or stray one beside the field, and one trigger per year', async () => {
      const x = await agency('G');
      const admin = api.as(user(x, Role.TENANT_ADMIN));
      const year = YEAR + 20;
      for (const [over, field] of [
        [{ mode: 'AUTOMATIC' }, 'autoTrigger'],
        [{ mode: 'DECLARED', autoTrigger: 'DUTY_FULFILLED' }, 'autoTrigger'],
        [{ mode: 'AUTOMATIC', autoTrigger: 'NOPE' }, ''],
      ] as [Record<string, unknown>, string][]) {
        const res = await admin.run(CREATE_RULE, { i: ruleInput({ year, ...over }) });
        expect(errorCode(res)).toBe('BAD_USER_INPUT');
        if (field) expect(issueField(res)).toBe(field);
      }
      const rule = dataOf<{ id: string; autoTrigger: string; mode: string }>(await admin.run(CREATE_RULE, { i: ruleInput({ year, mode: 'AUTOMATIC', autoTrigger: 'ACTIVITY_ATTEND' }) }), 'createPointsRule');
      expect(rule).toMatchObject({ mode: 'AUTOMATIC', autoTrigger: 'ACTIVITY_ATTEND' });
      expect(errorCode(await admin.run(CREATE_RULE, { i: ruleInput({ year, mode: 'AUTOMATIC', autoTrigger: 'ACTIVITY_ATTEND' }) }))).toBe('CONFLICT');
      const { year: _, ...edit } = ruleInput({ name: '改后', mode: 'AUTOMATIC', autoTrigger: 'ACTIVITY_SPEAK' });
      expect(dataOf<{ autoTrigger: string }>(await admin.run(UPDATE_RULE, { id: rule.id, i: edit }), 'updatePointsRule').autoTrigger).toBe('ACTIVITY_SPEAK');
      expect((await api.dataSource.manager.findOneByOrFail(AgencyPointsRule, { id: rule.id })).autoTrigger).toBe('ACTIVITY_SPEAK');
      // Copying to the next year keeps the trigger.
      const copied = dataOf<{ autoTrigger: string | null }[]>(await admin.run(COPY, { y: year + 1 }), 'copyPointsRules');
      expect(copied.map((r) => r.autoTrigger)).toEqual(['ACTIVITY_SPEAK']);
    });
  });
});
