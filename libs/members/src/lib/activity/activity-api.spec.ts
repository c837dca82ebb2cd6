import { Role } from '@zeren/auth';
import { TenantKind, newId } from '@zeren/tenancy';
import { tenantDb } from '@zeren/tenancy/testing';
import { dataOf, errorCode, issueField, type TestApi } from '@zeren/api/testing';
import type { PartyMember } from '@zeren/org-tree';
import { insertMembers } from '@zeren/org-tree/testing';
import { localDateOf, localYear } from '@zeren/shared-periods';
import { createMembersTestApi, membersTestAgency, type MembersTestAgency } from '../../testing';
import { PointsEntry } from '../ledger/points-entry.entity';
import { CommitteePointsRule } from '../rule/points-rule.entity';
import { EntryOrigin, EntryStatus, PointsAwarder, PointsMode, PointsPeriod } from '../members.enums';
import { PointsTrigger } from './activity.enums';
import { StageActivity } from './stage-activity.entity';
import { FulfilmentRecord, RecordStatus } from '@zeren/responsibility';

const YEAR = localYear();
const today = () => localDateOf(new Date());
const DAY = 86_400_000;

const ACT = 'id tenantId unitId status kind topic heldOn speakerIds attendeeIds pointsNotes cancelReason speakers { id name } attendees { id } unit { id name } files { id } evidenceIntact';
const PLAN = `mutation($i: NewStageActivityInput!) { planStageActivity(input: $i) { ${ACT} } }`;
const UPDATE = `mutation($id: ID!, $i: StageActivityInput!) { updateStageActivity(id: $id, input: $i) { ${ACT} } }`;
const HOLD = `mutation($id: ID!, $i: ActivityAttendanceInput!) { holdStageActivity(id: $id, input: $i) { ${ACT} } }`;
const CORRECT = `mutation($id: ID!, $i: ActivityAttendanceInput!) { correctStageActivityAttendance(id: $id, input: $i) { ${ACT} } }`;
const CANCEL = `mutation($id: ID!, $r: String!) { cancelStageActivity(id: $id, input: { reason: $r }) { ${ACT} } }`;
const LIST = `query($u: ID, $s: ActivityStatus, $t: ID) { stageActivities(unitId: $u, status: $s, tenantId: $t, limit: 200) { total items { id } } }`;
const ONE = `query($id: ID!) { stageActivity(id: $id) { id } }`;
const COVERAGE = `query($y: Int!, $t: ID) { stageCoverage(year: $y, tenantId: $t) { year members speakers rate branches { unitId members speakers rate notYetIds unit { id } notYet { id name } } } }`;

interface Activity {
  id: string;
  status: string;
  speakerIds: string[];
  attendeeIds: string[];
  pointsNotes: string[];
}
type Agency = MembersTestAgency;

describe('讲台活动 and automatic points (API)', () => {
  let api: TestApi;
  let a: Agency;
  let b: Agency;
  const user = (x: Agency, role: Role) => `${x.t.tenant.code.toLowerCase()}_${role.toLowerCase()}`;
  const sec = (x: Agency) => user(x, Role.BRANCH_SECRETARY);
  const admin = (x: Agency) => user(x, Role.TENANT_ADMIN);
  const session = (speakerIds: string[], over: Record<string, unknown> = {}) => ({ kind: 'STAGE', topic: '学习党的二十届四中全会精神', heldOn: today(), place: '三楼会议室', speakerIds, notes: '', fileIds: [], ...over });
  const plan = async (by: string, x: Agency, speakerIds: string[], over: Record<string, unknown> = {}) =>
    dataOf<Activity>(await api.as(by).run(PLAN, { i: { unitId: x.units.get('ZB1')!.id, ...session(speakerIds), ...over } }), 'planStageActivity');
  const hold = async (by: string, id: string, attendeeIds: string[], speakerIds: string[]) => dataOf<Activity>(await api.as(by).run(HOLD, { id, i: { attendeeIds, speakerIds } }), 'holdStageActivity');
  const automatic = (x: Agency) => api.dataSource.manager.find(PointsEntry, { where: { tenantId: x.t.tenant.id }, order: { createdAt: 'ASC', id: 'ASC' } });
  /** The member's automatic points of one activity, from the rows: entries and reversals. */
  const pointsOf = async (x: Agency, memberId: string) => (await automatic(x)).filter((e) => e.memberId === memberId).reduce((n, e) => n + e.pointsTenths, 0);
  const rule = async (trigger: PointsTrigger, name: string, pointsTenths: number, capTenths: number | null) => {
    const now = new Date();
    await api.dataSource.manager.insert(
      CommitteePointsRule,
      Object.assign(new CommitteePointsRule(), {
        id: newId(),
        year: YEAR,
        category: '学习教育',
        name,
        description: null,
        pointsTenths,
        capTenths,
        capPeriod: capTenths === null ? null : PointsPeriod.MONTH,
        evidenceRequired: false,
        awarder: PointsAwarder.SECRETARY,
        mode: PointsMode.AUTOMATIC,
        autoTrigger: trigger,
        createdAt: now,
        updatedAt: now,
      }),
    );
  };

  const agency = (code: string) => membersTestAgency(api, code);

  beforeAll(async () => {
    api = await createMembersTestApi();
    await api.addTenant('GW', TenantKind.COMMITTEE);
    a = await agency('A');
    b = await agency('B');
    // Attending: 1 分, at most 2 a month; speaking: 2 分, no cap.
    await rule(PointsTrigger.ACTIVITY_ATTEND, '参加讲台活动', 10, 20);
    await rule(PointsTrigger.ACTIVITY_SPEAK, '讲台活动主讲', 20, null);
    // A fulfilment record: 1 分, at most 2 a month.
    await rule(PointsTrigger.DUTY_FULFILLED, '按时完成履责纪实', 10, 20);
  }, 60_000);
  afterAll(() => api.close());

  describe('the state machine', () => {
    it('plans, edits, holds and cancels a session, refusing illegal moves with CONFLICT', async () => {
      const planned = await plan(sec(a), a, [a.colleague.id]);
      expect(planned).toMatchObject({ status: 'PLANNED', speakerIds: [a.colleague.id], attendeeIds: [] });
      const edited = dataOf<Activity & { topic: string }>(await api.as(sec(a)).run(UPDATE, { id: planned.id, i: session([a.self.id], { topic: '谈感悟' }) }), 'updateStageActivity');
      expect(edited).toMatchObject({ topic: '谈感悟', speakerIds: [a.self.id] });
      expect(errorCode(await api.as(sec(a)).run(CORRECT, { id: planned.id, i: { attendeeIds: [], speakerIds: [a.self.id] } }))).toBe('CONFLICT');
      const held = await hold(sec(a), planned.id, [a.colleague.id], [a.self.id]);
      expect(held.status).toBe('HELD');
      expect(new Set(held.attendeeIds)).toEqual(new Set([a.colleague.id, a.self.id]));
      expect(errorCode(await api.as(sec(a)).run(UPDATE, { id: planned.id, i: session([a.self.id]) }))).toBe('CONFLICT');
      expect(errorCode(await api.as(sec(a)).run(HOLD, { id: planned.id, i: { attendeeIds: [], speakerIds: [a.self.id] } }))).toBe('CONFLICT');
      const cancelled = dataOf<Activity & { cancelReason: string }>(await api.as(sec(a)).run(CANCEL, { id: planned.id, r: '重复录入' }), 'cancelStageActivity');
      expect(cancelled).toMatchObject({ status: 'CANCELLED', cancelReason: '重复录入' });
      expect(errorCode(await api.as(sec(a)).run(CANCEL, { id: planned.id, r: '再次取消' }))).toBe('CONFLICT');
      expect(errorCode(await api.as(sec(a)).run(HOLD, { id: planned.id, i: { attendeeIds: [], speakerIds: [a.self.id] } }))).toBe('CONFLICT');
    });

    it('puts bad input beside the field, and refuses to hold a session dated after today', async () => {
      // The admin reaches the other branch's member, who is not of this branch; the secretary does not even see them.
      const outside = await api.as(admin(a)).run(PLAN, { i: { unitId: a.units.get('ZB1')!.id, ...session([a.outsider.id]) } });
      expect(errorCode(await api.as(sec(a)).run(PLAN, { i: { unitId: a.units.get('ZB1')!.id, ...session([a.outsider.id]) } }))).toBe('NOT_FOUND');
      expect(errorCode(outside)).toBe('BAD_USER_INPUT');
      expect(issueField(outside)).toBe('speakerIds');
      const none = await api.as(sec(a)).run(PLAN, { i: { unitId: a.units.get('ZB1')!.id, ...session([]) } });
      expect(issueField(none)).toBe('speakerIds');
      const blank = await api.as(sec(a)).run(PLAN, { i: { unitId: a.units.get('ZB1')!.id, ...session([a.self.id], { topic: '' }) } });
      expect(issueField(blank)).toBe('topic');
      const cell = await api.as(sec(a)).run(PLAN, { i: { unitId: a.units.get('XZ1')!.id, ...session([a.self.id]) } });
      expect(issueField(cell)).toBe('unitId');
      const later = await plan(sec(a), a, [a.self.id], { heldOn: localDateOf(new Date(Date.now() + 3 * DAY)) });
      expect(errorCode(await api.as(sec(a)).run(HOLD, { id: later.id, i: { attendeeIds: [], speakerIds: [a.self.id] } }))).toBe('CONFLICT');
      const wrongAttendee = await api.as(admin(a)).run(HOLD, { id: (await plan(sec(a), a, [a.self.id])).id, i: { attendeeIds: [a.outsider.id], speakerIds: [a.self.id] } });
      expect(issueField(wrongAttendee)).toBe('attendeeIds');
    });
  });

  describe('data scope', () => {
    it('does not show a branch secretary another branch’s sessions, nor let them plan one there', async () => {
      const other = dataOf<Activity>(await api.as(admin(a)).run(PLAN, { i: { unitId: a.units.get('ZB2')!.id, ...session([a.outsider.id]) } }), 'planStageActivity');
      const seen = dataOf<{ items: { id: string }[] }>(await api.as(sec(a)).run(LIST, {}), 'stageActivities').items.map((i) => i.id);
      expect(seen).not.toContain(other.id);
      expect(dataOf<{ items: { id: string }[] }>(await api.as(admin(a)).run(LIST, {}), 'stageActivities').items.map((i) => i.id)).toContain(other.id);
      expect(errorCode(await api.as(sec(a)).run(ONE, { id: other.id }))).toBe('NOT_FOUND');
      expect(errorCode(await api.as(sec(a)).run(CANCEL, { id: other.id, r: '越权' }))).toBe('NOT_FOUND');
      expect(['NOT_FOUND']).toContain(errorCode(await api.as(sec(a)).run(PLAN, { i: { unitId: a.units.get('ZB2')!.id, ...session([a.outsider.id]) } })));
    });

    it('does not show agency B agency A’s sessions, and lets the committee read one agency’s', async () => {
      const mine = await plan(sec(a), a, [a.self.id]);
      expect(dataOf<{ items: { id: string }[] }>(await api.as(admin(b)).run(LIST, {}), 'stageActivities').items.map((i) => i.id)).not.toContain(mine.id);
      expect(errorCode(await api.as(admin(b)).run(ONE, { id: mine.id }))).toBe('NOT_FOUND');
      expect(errorCode(await api.as(admin(b)).run(CANCEL, { id: mine.id, r: '越权' }))).toBe('NOT_FOUND');
      expect(dataOf<{ items: { id: string }[] }>(await api.as('gw_committee_admin').run(LIST, { t: a.t.tenant.id }), 'stageActivities').items.map((i) => i.id)).toContain(mine.id);
      expect(errorCode(await api.as(user(a, Role.MEMBER)).run(LIST, {}))).toBe('FORBIDDEN');
    });
  });

  describe('automatic points', () => {
    it('writes approved entries for attending and speaking once, and reverses them on a correction and a cancellation', async () => {
      const x = b;
      const held = await hold(sec(x), (await plan(sec(x), x, [x.colleague.id])).id, [x.self.id], [x.colleague.id]);
      let rows = await automatic(x);
      expect(rows.map((e) => [e.memberId, e.origin, e.status, e.pointsTenths, e.ruleName]).sort()).toEqual(
        [
          [x.self.id, EntryOrigin.AUTOMATIC, EntryStatus.APPROVED, 10, '参加讲台活动'],
          [x.colleague.id, EntryOrigin.AUTOMATIC, EntryStatus.APPROVED, 10, '参加讲台活动'],
          [x.colleague.id, EntryOrigin.AUTOMATIC, EntryStatus.APPROVED, 20, '讲台活动主讲'],
        ].sort(),
      );
      // The same attendance again writes nothing.
      await api.as(sec(x)).run(CORRECT, { id: held.id, i: { attendeeIds: [x.self.id], speakerIds: [x.colleague.id] } });
      expect((await automatic(x)).length).toBe(3);
      // The member was not there after all: a reversal, the original kept.
      await api.as(sec(x)).run(CORRECT, { id: held.id, i: { attendeeIds: [], speakerIds: [x.colleague.id] } });
      rows = await automatic(x);
      expect(rows.length).toBe(4);
      expect(rows.filter((e) => e.memberId === x.self.id).map((e) => [e.origin, e.pointsTenths])).toEqual([
        [EntryOrigin.AUTOMATIC, 10],
        [EntryOrigin.REVERSAL, -10],
      ]);
      // And then they were: counted anew.
      await api.as(sec(x)).run(CORRECT, { id: held.id, i: { attendeeIds: [x.self.id], speakerIds: [x.colleague.id] } });
      expect(await pointsOf(x, x.self.id)).toBe(10);
      await api.as(sec(x)).run(CANCEL, { id: held.id, r: '记录有误' });
      expect(await pointsOf(x, x.self.id)).toBe(0);
      expect(await pointsOf(x, x.colleague.id)).toBe(0);
      expect((await automatic(x)).filter((e) => e.origin === EntryOrigin.REVERSAL).length).toBe(4);
    });

    it('writes no entry beyond a cap, and the session says so', async () => {
      const x = b;
      const before = await pointsOf(x, x.colleague.id);
      const first = await hold(sec(x), (await plan(sec(x), x, [x.self.id])).id, [x.colleague.id], [x.self.id]);
      const second = await hold(sec(x), (await plan(sec(x), x, [x.self.id])).id, [x.colleague.id], [x.self.id]);
      expect(first.pointsNotes).toEqual([]);
      expect(second.pointsNotes).toEqual([]);
      // The cap is 2 a month: the third attendance this month earns nothing.
      const third = await hold(sec(x), (await plan(sec(x), x, [x.self.id])).id, [x.colleague.id], [x.self.id]);
      expect(third.pointsNotes.join()).toContain(`${x.colleague.name}:“参加讲台活动”已达上限 2 分`);
      expect((await pointsOf(x, x.colleague.id)) - before).toBe(20);
    });
  });

  describe('coverage', () => {
    it('gives members who spoke ÷ active members per branch, recomputed from the rows, and who has not yet', async () => {
      const x = a;
      const coverage = dataOf<{ members: number; speakers: number; branches: { unitId: string; members: number; speakers: number; rate: number; notYetIds: string[]; notYet: { id: string }[] }[] }>(
        await api.as(admin(x)).run(COVERAGE, { y: YEAR }),
        'stageCoverage',
      );
      const activities = await api.dataSource.manager.find(StageActivity, { where: { tenantId: x.t.tenant.id, status: 'HELD' as never } });
      const spoke = new Set(activities.filter((s) => s.heldOn.startsWith(String(YEAR))).flatMap((s) => s.speakerIds));
      const zb1 = [x.secretary, x.self, x.colleague].map((m) => m.id);
      const row = coverage.branches.find((r) => r.unitId === x.units.get('ZB1')!.id)!;
      expect(row.members).toBe(zb1.length);
      expect(row.speakers).toBe(zb1.filter((id) => spoke.has(id)).length);
      expect(row.rate).toBeCloseTo(row.speakers / row.members);
      expect(row.notYet.map((m) => m.id).sort()).toEqual(zb1.filter((id) => !spoke.has(id)).sort());
      const zb2 = coverage.branches.find((r) => r.unitId === x.units.get('ZB2')!.id)!;
      expect(zb2).toMatchObject({ members: 1, speakers: 0, notYetIds: [x.outsider.id] });
      expect(coverage.members).toBe(4);
      // The secretary sees their branch only; the committee names the agency.
      const theirs = dataOf<{ branches: { unitId: string }[] }>(await api.as(sec(x)).run(COVERAGE, { y: YEAR }), 'stageCoverage').branches.map((r) => r.unitId);
      expect(theirs).toEqual([x.units.get('ZB1')!.id]);
      expect(issueField(await api.as('gw_committee_admin').run(COVERAGE, { y: YEAR }))).toBe('tenantId');
      expect(dataOf<{ members: number }>(await api.as('gw_committee_admin').run(COVERAGE, { y: YEAR, t: x.t.tenant.id }), 'stageCoverage').members).toBe(4);
    });

    it('costs the same statements for the list page and the coverage at few and many sessions', async () => {
      const x = a;
      const PAGE = `{ stageActivities(limit: 5) { total items { id speakers { id name } attendees { id } unit { id name } files { id } evidenceIntact } } }`;
      const measured = async (query: string, variables?: Record<string, unknown>) => {
        await api.as(admin(x)).run('{ __typename }');
        const result = await api.as(admin(x)).run(query, variables);
        expect(result.errors).toBeUndefined();
        return result.statements;
      };
      const pages = async () => [await measured(PAGE), await measured(COVERAGE, { y: YEAR })];
      const small = await pages();
      const many = await insertMembers(
        api.dataSource,
        x.t.tenant.id,
        Array.from({ length: 200 }, (_, i) => ({ name: `规模党员${i}`, unitId: x.units.get(['ZB1', 'XZ1', 'ZB2'][i % 3])!.id })),
      );
      const rows = Array.from({ length: 200 }, (_, i) => ({
        unitId: x.units.get('ZB2')!.id,
        kind: 'STAGE' as never,
        topic: `规模活动${i}`,
        heldOn: today(),
        place: '会议室',
        status: 'HELD' as never,
        speakerIds: [many[i].id],
        attendeeIds: [many[i].id, many[(i + 1) % 200].id],
        notes: '',
        evidence: [],
        cancelReason: null,
        pointsNotes: [],
        recordedById: x.t.users[Role.TENANT_ADMIN]!.id,
      }));
      await tenantDb(api.dataSource, x.t.tenant.id).repo(StageActivity).insert(rows);
      expect(await pages()).toEqual(small);
    }, 120_000);
  });

  describe('fulfilment records', () => {
    const RUN = `mutation($m: String!) { runAutomaticPoints(month: $m) { month written notes } }`;
    const record = (x: Agency, member: PartyMember, dutyId: string, over: Partial<FulfilmentRecord> = {}) =>
      tenantDb(api.dataSource, x.t.tenant.id).repo(FulfilmentRecord).insertOne({
        templateId: newId(),
        dutyId,
        periodKey: today().slice(0, 7),
        unitId: member.unitId,
        memberId: member.id,
        holderKey: member.id,
        subjectUserId: member.userId,
        postCode: 'MEMBER',
        version: 1,
        current: true,
        status: RecordStatus.ACCEPTED,
        content: '履责',
        happenedOn: today(),
        place: null,
        participants: null,
        evidence: [],
        dueAt: new Date(Date.now() + DAY),
        submittedAt: new Date(),
        late: false,
        recordedById: x.t.users[Role.TENANT_ADMIN]!.id,
        previousId: null,
        correctionReason: null,
        reviewedById: null,
        reviewedAt: null,
        reviewComment: null,
        ...over,
      });

    it('gives DUTY_FULFILLED points for accepted current records once, however often it runs, within the cap', async () => {
      const x = a;
      await record(x, x.colleague, newId());
      await record(x, x.colleague, newId());
      await record(x, x.colleague, newId());
      await record(x, x.self, newId(), { status: RecordStatus.SUBMITTED });
      await record(x, x.self, newId(), { current: false });
      const month = today().slice(0, 7);
      const first = dataOf<{ written: number; notes: string[] }>(await api.as(admin(x)).run(RUN, { m: month }), 'runAutomaticPoints');
      expect(first.written).toBe(2);
      expect(first.notes.join()).toContain('已达上限');
      const again = dataOf<{ written: number }>(await api.as(admin(x)).run(RUN, { m: month }), 'runAutomaticPoints');
      expect(again.written).toBe(0);
      const rows = (await automatic(x)).filter((e) => e.sourceKey?.startsWith('duty:'));
      expect(rows.map((e) => [e.memberId, e.pointsTenths, e.origin])).toEqual([
        [x.colleague.id, 10, EntryOrigin.AUTOMATIC],
        [x.colleague.id, 10, EntryOrigin.AUTOMATIC],
      ]);
      expect(issueField(await api.as(admin(x)).run(RUN, { m: String(YEAR) }))).toBe('month');
      expect(errorCode(await api.as(sec(x)).run(RUN, { m: month }))).toBe('FORBIDDEN');
    });
  });
});
