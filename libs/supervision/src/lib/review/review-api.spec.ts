import { Scope, Tenant, TenantDb, TenantKind, TenantStatus, newId } from '@zeren/tenancy';
import { Role } from '@zeren/auth';
import { TEST_PASSWORD, dataOf as ok, errorCode as code, issueField as fieldOf, type TestApi, type TestTenant } from '@zeren/api/testing';
import { insertFile } from '@zeren/files/testing';
import { readDocx } from '@zeren/shared-office/testing';
import { localDateOf } from '@zeren/shared-periods';
import { createSupervisionTestApi } from '../../testing';
import { Rectification } from '../rectification/rectification.entity';
import { ReviewGroup, ReviewSession } from './review-session.entity';
import { ReviewComment, ReviewParticipant, ReviewRating } from './review-participant.entity';
import { reviewScores } from './review-scores';
import { reviewReminders } from './review.reminders';

const DAY = 86_400_000;
const inDays = (n: number) => localDateOf(new Date(Date.now() + n * DAY));

const SESSION = 'id year status scale { code label score } reviewerUserIds groups { id name position participantCount }';
const CREATE = `mutation($i: ReviewSessionInput!) { createReviewSession(input: $i) { ${SESSION} } }`;
const UPDATE = `mutation($id: ID!, $i: ReviewSessionInput!) { updateReviewSession(id: $id, input: $i) { ${SESSION} } }`;
const OPEN = `mutation($id: ID!) { openReviewReporting(id: $id) { id status } }`;
const START = `mutation($id: ID!) { startReviewRating(id: $id) { id status } }`;
const CLOSE = `mutation($id: ID!) { closeReviewSession(id: $id) { id status closedAt } }`;
const GROUP = `mutation($s: ID!, $i: ReviewGroupInput!) { createReviewGroup(sessionId: $s, input: $i) { id name position } }`;
const ADD = `mutation($g: ID!, $t: [ID!]) { addReviewParticipants(input: { groupId: $g, tenantIds: $t }) { id tenantId status } }`;
const PARTICIPANT = 'id tenantId status summary returnReason files { id } evidenceIntact comments { id content rectificationId } result { score gradeCode gradeLabel rank ranked ratingCount } myRating';
const PARTICIPANTS = `query($s: ID!, $t: ID) { reviewParticipants(sessionId: $s, tenantId: $t, limit: 50) { total items { ${PARTICIPANT} } } }`;
const ONE = `query($id: ID!) { reviewParticipant(id: $id) { ${PARTICIPANT} } }`;
const SUBMIT = `mutation($id: ID!, $i: ReviewReportInput!) { submitReviewReport(id: $id, input: $i) { ${PARTICIPANT} } }`;
const RETURN = `mutation($id: ID!, $r: String!) { returnReviewReport(id: $id, reason: $r) { ${PARTICIPANT} } }`;
const COMMENT = `mutation($p: ID!, $i: ReviewCommentInput!) { addReviewComment(participantId: $p, input: $i) { id tenantId content rectificationId } }`;
const COMMENTS = `query($s: ID!) { reviewComments(sessionId: $s, limit: 50) { total items { id tenantId content } } }`;
const FOLLOW_UP = `mutation($id: ID!, $d: LocalDate!, $p: String) { followUpReviewComment(id: $id, dueOn: $d, problem: $p) { id tenantId source sourceId } }`;
const REMOVE_COMMENT = `mutation($id: ID!) { removeReviewComment(id: $id) }`;
const RATE = `mutation($i: ReviewSheetInput!) { rateReviewParticipants(input: $i) { id participantId reviewerUserId code score } }`;
const RESULTS = `query($s: ID!) { reviewResults(sessionId: $s) { tenantId score gradeCode gradeLabel rank ranked ratingCount } }`;
const RATINGS = `query($s: ID!) { reviewRatings(sessionId: $s) { participantId code } }`;
const FIGURES = `query($s: ID!) { reviewFigures(sessionId: $s) { participants submitted notSubmitted returned ratings distribution { code count } } }`;

describe('述职评议 (API)', () => {
  let api: TestApi;
  let a: TestTenant;
  let b: TestTenant;
  let suspended: TestTenant;
  let committee: TestTenant;
  let reviewer2Id: string;
  const gw = 'gw_committee_admin';
  const leader = 'gw_committee_leader';
  const reviewer2 = 'gw_reviewer2';
  const aAdmin = 'a_tenant_admin';
  const bAdmin = 'b_tenant_admin';
  let year = 2030;

  const system = () => new TenantDb(api.dataSource, Scope.system('test assertion'));
  const pdf = async (t: TestTenant) => (await insertFile(api.dataSource, t.tenant.id, t.users[Role.TENANT_ADMIN]!.id, 'application/pdf')).id;
  const photo = async (t: TestTenant) => (await insertFile(api.dataSource, t.tenant.id, t.users[Role.TENANT_ADMIN]!.id, 'image/png')).id;
  const sessionInput = (over: Record<string, unknown> = {}) => ({ year, title: `${year}年度述职评议`, heldOn: inDays(20), reviewerUserIds: [committee.users[Role.COMMITTEE_ADMIN]!.id, reviewer2Id], ...over });
  const mine = async (username: string, sessionId: string) => ok<{ items: { id: string; status: string }[] }>(await api.as(username).run(PARTICIPANTS, { s: sessionId }), 'reviewParticipants').items[0];
  const report = async (t: TestTenant) => ({ summary: `${t.tenant.code}书记述职`, fileIds: [await pdf(t)] });

  /** A new year's session with A in the first group and B in the second, in the state asked for. */
  const session = async (to: 'PLANNED' | 'REPORTING' | 'RATING' | 'CLOSED' = 'PLANNED', over: Record<string, unknown> = {}) => {
    year++;
    const s = ok<{ id: string }>(await api.as(gw).run(CREATE, { i: sessionInput(over) }), 'createReviewSession');
    const g1 = ok<{ id: string }>(await api.as(gw).run(GROUP, { s: s.id, i: { name: '第一组' } }), 'createReviewGroup');
    const g2 = ok<{ id: string }>(await api.as(gw).run(GROUP, { s: s.id, i: { name: '第二组' } }), 'createReviewGroup');
    ok(await api.as(gw).run(ADD, { g: g1.id, t: [a.tenant.id] }), 'addReviewParticipants');
    ok(await api.as(gw).run(ADD, { g: g2.id, t: [b.tenant.id] }), 'addReviewParticipants');
    const steps = ['REPORTING', 'RATING', 'CLOSED'].slice(0, ['PLANNED', 'REPORTING', 'RATING', 'CLOSED'].indexOf(to));
    for (const step of steps) {
      if (step === 'REPORTING') ok(await api.as(gw).run(OPEN, { id: s.id }), 'openReviewReporting');
      if (step === 'RATING') {
        for (const [t, admin] of [[a, aAdmin], [b, bAdmin]] as const) ok(await api.as(admin).run(SUBMIT, { id: (await mine(admin, s.id)).id, i: await report(t) }), 'submitReviewReport');
        ok(await api.as(gw).run(START, { id: s.id }), 'startReviewRating');
      }
      if (step === 'CLOSED') {
        const ids = (await system().repo(ReviewParticipant).find({ where: { sessionId: s.id } })).map((p) => p.id);
        ok(await api.as(gw).run(RATE, { i: { ratings: ids.map((participantId) => ({ participantId, code: 'GOOD' })) } }), 'rateReviewParticipants');
        ok(await api.as(gw).run(CLOSE, { id: s.id }), 'closeReviewSession');
      }
    }
    return { id: s.id, year, groups: [g1.id, g2.id] };
  };

  beforeAll(async () => {
    api = await createSupervisionTestApi();
    committee = await api.addTenant('GW', TenantKind.COMMITTEE);
    a = await api.addTenant('A');
    b = await api.addTenant('B');
    suspended = await api.addTenant('S');
    await api.dataSource.query(`UPDATE tenant SET status = 'SUSPENDED' WHERE id = ?`, [suspended.tenant.id]);
    // A second committee admin to sit among the reviewers (addTenant makes one user per role).
    reviewer2Id = ok<{ id: string }>(
      await api.as(gw).run(`mutation($i: CreateUserInput!) { createUser(input: $i) { id } }`, { i: { username: reviewer2, displayName: '评议人二', password: TEST_PASSWORD, roles: ['COMMITTEE_ADMIN'] } }),
      'createUser',
    ).id;
  });
  afterAll(() => api.close());

  it('runs a session from 筹备 through reports, the meeting and ratings to circulated results', async () => {
    year++;
    const created = ok<{ id: string; status: string; scale: { code: string; score: number }[] }>(await api.as(gw).run(CREATE, { i: sessionInput() }), 'createReviewSession');
    expect(created.status).toBe('PLANNED');
    expect(created.scale.map((g) => [g.code, g.score])).toEqual([['GOOD', 100], ['FAIRLY_GOOD', 85], ['FAIR', 70], ['POOR', 50]]);
    const g1 = ok<{ id: string }>(await api.as(gw).run(GROUP, { s: created.id, i: { name: '第一组' } }), 'createReviewGroup');
    const g2 = ok<{ id: string; position: number }>(await api.as(gw).run(GROUP, { s: created.id, i: { name: '第二组' } }), 'createReviewGroup');
    expect(g2.position).toBe(2);
    ok(await api.as(gw).run(ADD, { g: g1.id, t: [a.tenant.id] }), 'addReviewParticipants');
    // Without a choice: every active agency not yet listed (全覆盖), the suspended one left out.
    const rest = ok<{ tenantId: string; status: string }[]>(await api.as(gw).run(ADD, { g: g2.id }), 'addReviewParticipants');
    expect(rest).toEqual([expect.objectContaining({ tenantId: b.tenant.id, status: 'PENDING' })]);
    const groups = ok<{ groups: { participantCount: number }[] }>(await api.as(gw).run(`query($id: ID!) { reviewSession(id: $id) { ${SESSION} } }`, { id: created.id }), 'reviewSession').groups;
    expect(groups.map((g) => g.participantCount)).toEqual([1, 1]);

    ok(await api.as(gw).run(OPEN, { id: created.id }), 'openReviewReporting');
    const pa = await mine(aAdmin, created.id);
    const file = await pdf(a);
    const submitted = ok<{ status: string; files: { id: string }[]; evidenceIntact: boolean }>(await api.as(aAdmin).run(SUBMIT, { id: pa.id, i: { summary: '抓基层党建述职', fileIds: [file] } }), 'submitReviewReport');
    expect(submitted).toMatchObject({ status: 'SUBMITTED', files: [{ id: file }], evidenceIntact: true });
    const returned = ok(await api.as(gw).run(RETURN, { id: pa.id, r: '请补充问题和下一步打算' }), 'returnReviewReport');
    expect(returned).toMatchObject({ status: 'RETURNED', returnReason: '请补充问题和下一步打算' });
    ok(await api.as(aAdmin).run(SUBMIT, { id: pa.id, i: { summary: '补充后的述职报告', fileIds: [file] } }), 'submitReviewReport');
    const pb = await mine(bAdmin, created.id);
    ok(await api.as(bAdmin).run(SUBMIT, { id: pb.id, i: await report(b) }), 'submitReviewReport');

    ok(await api.as(gw).run(START, { id: created.id }), 'startReviewRating');
    const comment = ok<{ tenantId: string }>(await api.as(gw).run(COMMENT, { p: pa.id, i: { commenter: '市委常委 孙立民', content: '党建与业务融合不够' } }), 'addReviewComment');
    expect(comment.tenantId).toBe(a.tenant.id);
    // One sheet per reviewer for the agencies at the meeting; a second sheet replaces the reviewer's grade.
    ok(await api.as(gw).run(RATE, { i: { ratings: [{ participantId: pa.id, code: 'GOOD' }, { participantId: pb.id, code: 'FAIR' }] } }), 'rateReviewParticipants');
    ok(await api.as(reviewer2).run(RATE, { i: { ratings: [{ participantId: pa.id, code: 'FAIRLY_GOOD' }, { participantId: pb.id, code: 'POOR' }] } }), 'rateReviewParticipants');
    const again = ok<{ code: string }[]>(await api.as(reviewer2).run(RATE, { i: { ratings: [{ participantId: pa.id, code: 'GOOD' }] } }), 'rateReviewParticipants');
    expect(again.map((r) => r.code)).toEqual(['GOOD']);
    expect(await api.dataSource.manager.count(ReviewRating, { where: { sessionId: created.id } })).toBe(4);
    expect(ok<{ myRating: string }>(await api.as(reviewer2).run(ONE, { id: pb.id }), 'reviewParticipant').myRating).toBe('POOR');
    // Before the results go out the committee sees them live; an agency sees none.
    const live = ok<{ tenantId: string; score: number; gradeLabel: string; rank: number }[]>(await api.as(leader).run(RESULTS, { s: created.id }), 'reviewResults');
    expect(live.map((r) => [r.tenantId, r.score, r.gradeLabel, r.rank])).toEqual([
      [a.tenant.id, 100, '好', 1],
      // (70 + 50) / 2 = 60, halfway between 一般 and 差: the higher grade.
      [b.tenant.id, 60, '一般', 2],
    ]);
    expect(ok(await api.as(aAdmin).run(RESULTS, { s: created.id }), 'reviewResults')).toEqual([]);
    expect(ok<{ result: unknown }>(await api.as(aAdmin).run(ONE, { id: pa.id }), 'reviewParticipant').result).toBeNull();

    const closed = ok<{ status: string; closedAt: string }>(await api.as(gw).run(CLOSE, { id: created.id }), 'closeReviewSession');
    expect(closed.status).toBe('CLOSED');
    expect(ok(await api.as(aAdmin).run(RESULTS, { s: created.id }), 'reviewResults')).toEqual([{ tenantId: a.tenant.id, score: 100, gradeCode: 'GOOD', gradeLabel: '好', rank: 1, ranked: 2, ratingCount: 2 }]);
    expect(ok(await api.as(bAdmin).run(RESULTS, { s: created.id }), 'reviewResults')).toEqual([{ tenantId: b.tenant.id, score: 60, gradeCode: 'FAIR', gradeLabel: '一般', rank: 2, ranked: 2, ratingCount: 2 }]);
    expect(ok<{ result: { rank: number } }>(await api.as(aAdmin).run(ONE, { id: pa.id }), 'reviewParticipant').result.rank).toBe(1);
    // The assessment's score: the circulated mean, per agency.
    expect(await reviewScores(system(), year)).toEqual(new Map([[a.tenant.id, 100], [b.tenant.id, 60]]));
    expect(await reviewScores(new TenantDb(api.dataSource, Scope.tenant(b.tenant.id, { userId: null, tenantId: b.tenant.id })), year)).toEqual(new Map([[b.tenant.id, 60]]));
  });

  describe('each transition by its side', () => {
    it('refuses an agency the committee’s moves (FORBIDDEN) and changes nothing', async () => {
      const s = await session('REPORTING');
      const pa = await mine(aAdmin, s.id);
      for (const [query, vars] of [
        [CREATE, { i: sessionInput({ year: year + 50 }) }],
        [OPEN, { id: s.id }],
        [START, { id: s.id }],
        [CLOSE, { id: s.id }],
        [GROUP, { s: s.id, i: { name: '第三组' } }],
        [ADD, { g: s.groups[0], t: [a.tenant.id] }],
        [RETURN, { id: pa.id, r: '退回' }],
        [COMMENT, { p: pa.id, i: { commenter: '领导', content: '点评' } }],
        [RATE, { i: { ratings: [{ participantId: pa.id, code: 'GOOD' }] } }],
      ] as const) {
        expect([query.slice(0, 40), code(await api.as(aAdmin).run(query, vars))]).toEqual([query.slice(0, 40), 'FORBIDDEN']);
      }
      expect((await system().reference(ReviewSession).findOneBy({ id: s.id }))!.status).toBe('REPORTING');
      expect(await system().reference(ReviewGroup).count({ where: { sessionId: s.id } })).toBe(2);
    });

    it('refuses the committee the agency’s report (FORBIDDEN), and a committee reader every write', async () => {
      const s = await session('REPORTING');
      const pa = await mine(aAdmin, s.id);
      expect(code(await api.as(gw).run(SUBMIT, { id: pa.id, i: await report(a) }))).toBe('FORBIDDEN');
      expect(code(await api.as(leader).run(RETURN, { id: pa.id, r: '退回' }))).toBe('FORBIDDEN');
      expect(code(await api.as(leader).run(OPEN, { id: s.id }))).toBe('FORBIDDEN');
      expect((await system().repo(ReviewParticipant).get(pa.id)).status).toBe('PENDING');
    });

    it('answers CONFLICT to every move out of order', async () => {
      const planned = await session('PLANNED');
      const pa = await mine(aAdmin, planned.id);
      expect(code(await api.as(gw).run(START, { id: planned.id }))).toBe('CONFLICT');
      expect(code(await api.as(gw).run(CLOSE, { id: planned.id }))).toBe('CONFLICT');
      expect(code(await api.as(aAdmin).run(SUBMIT, { id: pa.id, i: await report(a) }))).toBe('CONFLICT');
      ok(await api.as(gw).run(OPEN, { id: planned.id }), 'openReviewReporting');
      expect(code(await api.as(gw).run(OPEN, { id: planned.id }))).toBe('CONFLICT');
      expect(code(await api.as(gw).run(RETURN, { id: pa.id, r: '未报送不能退回' }))).toBe('CONFLICT');
      expect(code(await api.as(gw).run(COMMENT, { p: pa.id, i: { commenter: '领导', content: '会前不能点评' } }))).toBe('CONFLICT');
      expect(code(await api.as(gw).run(RATE, { i: { ratings: [{ participantId: pa.id, code: 'GOOD' }] } }))).toBe('CONFLICT');
      ok(await api.as(aAdmin).run(SUBMIT, { id: pa.id, i: await report(a) }), 'submitReviewReport');
      expect(code(await api.as(aAdmin).run(SUBMIT, { id: pa.id, i: await report(a) }))).toBe('CONFLICT');
      ok(await api.as(gw).run(START, { id: planned.id }), 'startReviewRating');
      expect(code(await api.as(aAdmin).run(SUBMIT, { id: pa.id, i: await report(a) }))).toBe('CONFLICT');
      expect(code(await api.as(gw).run(ADD, { g: planned.groups[0] }))).toBe('CONFLICT');
      expect(code(await api.as(gw).run(`mutation($id: ID!) { removeReviewParticipant(id: $id) { id } }`, { id: pa.id }))).toBe('CONFLICT');
      expect(code(await api.as(gw).run(UPDATE, { id: planned.id, i: sessionInput({ year: planned.year, reviewerUserIds: [reviewer2Id] }) }))).toBe('CONFLICT');
      // Closing needs every agency rated: A is, B is not yet.
      ok(await api.as(gw).run(RATE, { i: { ratings: [{ participantId: pa.id, code: 'GOOD' }] } }), 'rateReviewParticipants');
      const unrated = await api.as(gw).run(CLOSE, { id: planned.id });
      expect([code(unrated), unrated.errors?.[0].message]).toEqual(['CONFLICT', '尚有 1 个单位未评议,不能通报结果']);
      const pb = await mine(bAdmin, planned.id);
      ok(await api.as(gw).run(RATE, { i: { ratings: [{ participantId: pb.id, code: 'FAIR' }] } }), 'rateReviewParticipants');
      ok(await api.as(gw).run(CLOSE, { id: planned.id }), 'closeReviewSession');
      expect(code(await api.as(gw).run(CLOSE, { id: planned.id }))).toBe('CONFLICT');
      expect(code(await api.as(gw).run(RATE, { i: { ratings: [{ participantId: pa.id, code: 'POOR' }] } }))).toBe('CONFLICT');
    });

    it('takes ratings only from the session’s reviewers: the permission and a place on the list', async () => {
      const s = await session('RATING', { reviewerUserIds: [reviewer2Id] });
      const pa = await mine(aAdmin, s.id);
      expect(code(await api.as(gw).run(RATE, { i: { ratings: [{ participantId: pa.id, code: 'GOOD' }] } }))).toBe('FORBIDDEN');
      expect(code(await api.as(leader).run(RATE, { i: { ratings: [{ participantId: pa.id, code: 'GOOD' }] } }))).toBe('FORBIDDEN');
      expect(await api.dataSource.manager.count(ReviewRating, { where: { sessionId: s.id } })).toBe(0);
      ok(await api.as(reviewer2).run(RATE, { i: { ratings: [{ participantId: pa.id, code: 'GOOD' }] } }), 'rateReviewParticipants');
    });
  });

  describe('bad input', () => {
    it('refuses a bad session beside the field (BAD_USER_INPUT), creating nothing', async () => {
      const before = await system().reference(ReviewSession).count();
      const cases: [Record<string, unknown>, string][] = [
        [{ reviewerUserIds: [a.users[Role.TENANT_ADMIN]!.id] }, 'input.reviewerUserIds'],
        [{ reviewerUserIds: [] }, 'input.reviewerUserIds'],
        [{ scale: [{ code: 'A', label: '优', score: 100 }] }, 'input.scale'],
        [{ scale: [{ code: 'A', label: '优', score: 100 }, { code: 'A', label: '良', score: 80 }] }, 'input.scale.1.code'],
        [{ scale: [{ code: 'A B', label: '优', score: 100 }, { code: 'B', label: '良', score: 80 }] }, 'input.scale.0.code'],
        [{ title: '   ' }, 'input.title'],
      ];
      for (const [over, field] of cases) {
        const res = await api.as(gw).run(CREATE, { i: sessionInput({ year: 2090, ...over }) });
        expect([JSON.stringify(over), code(res), fieldOf(res)]).toEqual([JSON.stringify(over), 'BAD_USER_INPUT', field]);
        expect(res.errors?.[0].message).toMatch(/[\u4e00-\u9fff]/);
      }
      const score = await api.as(gw).run(CREATE, { i: sessionInput({ year: 2090, scale: [{ code: 'A', label: '优', score: 101 }, { code: 'B', label: '良', score: 80 }] }) });
      expect([code(score), fieldOf(score), score.errors?.[0].message]).toEqual(['BAD_USER_INPUT', 'input.scale.0.score', '分数应为 0 到 100']);
      expect(await system().reference(ReviewSession).count()).toBe(before);
      // A year taken is a CONFLICT naming the year.
      const taken = await session('PLANNED');
      const twice = await api.as(gw).run(CREATE, { i: sessionInput({ year: taken.year }) });
      expect([code(twice), fieldOf(twice)]).toEqual(['CONFLICT', 'input.year']);
    });

    it('refuses a report without a document or a summary, a return without a reason, a suspended agency', async () => {
      const s = await session('REPORTING');
      const pa = await mine(aAdmin, s.id);
      const none = await api.as(aAdmin).run(SUBMIT, { id: pa.id, i: { summary: '述职', fileIds: [] } });
      expect([code(none), fieldOf(none), none.errors?.[0].message]).toEqual(['BAD_USER_INPUT', 'input.fileIds', '至少需要 1 件印证资料']);
      const image = await api.as(aAdmin).run(SUBMIT, { id: pa.id, i: { summary: '述职', fileIds: [await photo(a)] } });
      expect([code(image), fieldOf(image)]).toEqual(['BAD_USER_INPUT', 'input.fileIds']);
      const blank = await api.as(aAdmin).run(SUBMIT, { id: pa.id, i: { summary: '  ', fileIds: [await pdf(a)] } });
      expect([code(blank), fieldOf(blank)]).toEqual(['BAD_USER_INPUT', 'input.summary']);
      expect(await system().repo(ReviewParticipant).get(pa.id)).toMatchObject({ status: 'PENDING', summary: null, reportFiles: [] });
      ok(await api.as(aAdmin).run(SUBMIT, { id: pa.id, i: await report(a) }), 'submitReviewReport');
      const reason = await api.as(gw).run(RETURN, { id: pa.id, r: ' ' });
      expect([code(reason), fieldOf(reason)]).toEqual(['BAD_USER_INPUT', 'reason']);
      const off = await api.as(gw).run(ADD, { g: s.groups[0], t: [suspended.tenant.id] });
      expect([code(off), fieldOf(off)]).toEqual(['BAD_USER_INPUT', 'input.tenantIds']);
      const listed = await api.as(gw).run(ADD, { g: s.groups[0], t: [b.tenant.id] });
      expect([code(listed), fieldOf(listed)]).toEqual(['BAD_USER_INPUT', 'input.tenantIds']);
      expect(await system().repo(ReviewParticipant).count({ sessionId: s.id })).toBe(2);
      expect((await system().repo(ReviewParticipant).get(pa.id)).status).toBe('SUBMITTED');
    });

    it('refuses a sheet with an unknown grade or an agency twice, rating none of it', async () => {
      const s = await session('RATING');
      const [pa, pb] = [await mine(aAdmin, s.id), await mine(bAdmin, s.id)];
      const grade = await api.as(gw).run(RATE, { i: { ratings: [{ participantId: pa.id, code: 'GOOD' }, { participantId: pb.id, code: 'EXCELLENT' }] } });
      expect([code(grade), fieldOf(grade)]).toEqual(['BAD_USER_INPUT', 'input.ratings.1.code']);
      const twice = await api.as(gw).run(RATE, { i: { ratings: [{ participantId: pa.id, code: 'GOOD' }, { participantId: pa.id, code: 'FAIR' }] } });
      expect([code(twice), fieldOf(twice)]).toEqual(['BAD_USER_INPUT', 'input.ratings.1.participantId']);
      const empty = await api.as(gw).run(RATE, { i: { ratings: [] } });
      expect([code(empty), fieldOf(empty)]).toEqual(['BAD_USER_INPUT', 'input.ratings']);
      expect(await api.dataSource.manager.count(ReviewRating, { where: { sessionId: s.id } })).toBe(0);
    });
  });

  describe('across agencies', () => {
    it('does not show agency B agency A’s participant, report, comments, ratings or result', async () => {
      const s = await session('RATING');
      const pa = await mine(aAdmin, s.id);
      ok(await api.as(gw).run(COMMENT, { p: pa.id, i: { commenter: '领导', content: 'A 的点评' } }), 'addReviewComment');
      ok(await api.as(gw).run(RATE, { i: { ratings: [{ participantId: pa.id, code: 'GOOD' }, { participantId: (await mine(bAdmin, s.id)).id, code: 'FAIR' }] } }), 'rateReviewParticipants');
      expect(code(await api.as(bAdmin).run(ONE, { id: pa.id }))).toBe('NOT_FOUND');
      expect(ok<{ total: number }>(await api.as(bAdmin).run(PARTICIPANTS, { s: s.id, t: a.tenant.id }), 'reviewParticipants').total).toBe(0);
      const bSees = ok<{ items: { tenantId: string }[] }>(await api.as(bAdmin).run(PARTICIPANTS, { s: s.id }), 'reviewParticipants').items;
      expect(bSees.map((p) => p.tenantId)).toEqual([b.tenant.id]);
      expect(ok<{ total: number }>(await api.as(bAdmin).run(COMMENTS, { s: s.id }), 'reviewComments').total).toBe(0);
      expect(ok<{ items: { tenantId: string }[] }>(await api.as(aAdmin).run(COMMENTS, { s: s.id }), 'reviewComments').items.map((c) => c.tenantId)).toEqual([a.tenant.id]);
      // Single ratings and their figures are the committee's: no agency reads them, its own included.
      expect(code(await api.as(bAdmin).run(RATINGS, { s: s.id }))).toBe('FORBIDDEN');
      expect(code(await api.as(aAdmin).run(FIGURES, { s: s.id }))).toBe('FORBIDDEN');
      ok(await api.as(gw).run(CLOSE, { id: s.id }), 'closeReviewSession');
      const results = ok<{ tenantId: string }[]>(await api.as(bAdmin).run(RESULTS, { s: s.id }), 'reviewResults');
      expect(results.map((r) => r.tenantId)).toEqual([b.tenant.id]);
    });

    it('does not let agency B submit agency A’s report or cite A’s file (NOT_FOUND), changing nothing', async () => {
      const s = await session('REPORTING');
      const pa = await mine(aAdmin, s.id);
      const pb = await mine(bAdmin, s.id);
      expect(code(await api.as(bAdmin).run(SUBMIT, { id: pa.id, i: await report(b) }))).toBe('NOT_FOUND');
      expect(code(await api.as(bAdmin).run(SUBMIT, { id: pb.id, i: { summary: '述职', fileIds: [await pdf(a)] } }))).toBe('NOT_FOUND');
      expect((await system().repo(ReviewParticipant).get(pa.id)).status).toBe('PENDING');
      expect((await system().repo(ReviewParticipant).get(pb.id)).status).toBe('PENDING');
    });
  });

  it('follows a comment up in the 整改台账: the agency sees the rectification, the other agency does not', async () => {
    const s = await session('CLOSED');
    const pa = await mine(aAdmin, s.id);
    const comment = ok<{ id: string }>(await api.as(gw).run(COMMENT, { p: pa.id, i: { commenter: '市委组织部部长', content: '支部"三会一课"记录不完整' } }), 'addReviewComment');
    const past = await api.as(gw).run(FOLLOW_UP, { id: comment.id, d: inDays(-1) });
    expect([code(past), fieldOf(past)]).toEqual(['BAD_USER_INPUT', 'dueOn']);
    expect(await api.dataSource.manager.count(Rectification, { where: { sourceId: comment.id } })).toBe(0);
    const followed = ok<{ id: string; tenantId: string; source: string; sourceId: string }>(await api.as(gw).run(FOLLOW_UP, { id: comment.id, d: inDays(60) }), 'followUpReviewComment');
    expect(followed).toMatchObject({ tenantId: a.tenant.id, source: 'REVIEW', sourceId: comment.id });
    const RECTIFICATIONS = `{ rectifications(source: REVIEW, limit: 50) { items { id tenantId source sourceId problem status year } } }`;
    const seen = ok<{ items: { id: string; sourceId: string }[] }>(await api.as(aAdmin).run(RECTIFICATIONS), 'rectifications').items.find((r) => r.sourceId === comment.id);
    expect(seen).toMatchObject({ id: followed.id, tenantId: a.tenant.id, source: 'REVIEW', problem: '支部"三会一课"记录不完整', status: 'PENDING', year: s.year });
    expect(ok<{ items: { sourceId: string }[] }>(await api.as(bAdmin).run(RECTIFICATIONS), 'rectifications').items.map((r) => r.sourceId)).not.toContain(comment.id);
    expect(ok<{ comments: { rectificationId: string }[] }>(await api.as(aAdmin).run(ONE, { id: pa.id }), 'reviewParticipant').comments).toEqual([expect.objectContaining({ rectificationId: followed.id })]);
    expect(code(await api.as(gw).run(FOLLOW_UP, { id: comment.id, d: inDays(60) }))).toBe('CONFLICT');
    expect(code(await api.as(gw).run(REMOVE_COMMENT, { id: comment.id }))).toBe('CONFLICT');
    expect(await api.dataSource.manager.count(Rectification, { where: { sourceId: comment.id } })).toBe(1);
    // 述职评议汇总: the results by rank, the votes, the comment and its follow-up; not an agency's to print.
    const DOCX = `query($s: ID!) { reviewSummaryDocx(sessionId: $s) }`;
    const { tables } = await readDocx(ok<string>(await api.as(leader).run(DOCX, { s: s.id }), 'reviewSummaryDocx'));
    expect(tables[0]).toEqual([
      ['名次', '单位', '述职小组', '评议人数', '平均分', '等次'],
      ['1', a.tenant.name, '第一组', '1', '100.00', '好'],
      ['1', b.tenant.name, '第二组', '1', '100.00', '好'],
    ]);
    expect(tables[1][1]).toEqual(['2', '2', '0', '2', '2', '0', '0', '0']);
    expect(tables[2].slice(1)).toEqual([['1', a.tenant.name, '市委组织部部长', '支部"三会一课"记录不完整', '是']]);
    expect(code(await api.as(aAdmin).run(DOCX, { s: s.id }))).toBe('FORBIDDEN');
  });

  it('shows the figures recomputed from the rows: reports by state, ratings by grade', async () => {
    const s = await session('RATING');
    const pa = await mine(aAdmin, s.id);
    ok(await api.as(gw).run(RATE, { i: { ratings: [{ participantId: pa.id, code: 'GOOD' }, { participantId: (await mine(bAdmin, s.id)).id, code: 'POOR' }] } }), 'rateReviewParticipants');
    ok(await api.as(reviewer2).run(RATE, { i: { ratings: [{ participantId: pa.id, code: 'GOOD' }] } }), 'rateReviewParticipants');
    const figures = ok<{ participants: number; submitted: number; notSubmitted: number; returned: number; ratings: number; distribution: { code: string; count: number }[] }>(await api.as(leader).run(FIGURES, { s: s.id }), 'reviewFigures');
    const participants = await api.dataSource.manager.find(ReviewParticipant, { where: { sessionId: s.id } });
    const ratings = await api.dataSource.manager.find(ReviewRating, { where: { sessionId: s.id } });
    const row = await api.dataSource.manager.findOneByOrFail(ReviewSession, { id: s.id });
    expect(figures).toEqual({
      participants: participants.length,
      submitted: participants.filter((p) => p.status === 'SUBMITTED').length,
      notSubmitted: participants.filter((p) => p.status !== 'SUBMITTED').length,
      returned: participants.filter((p) => p.status === 'RETURNED').length,
      ratings: ratings.length,
      distribution: row.scale.map((g) => ({ code: g.code, count: ratings.filter((r) => r.code === g.code).length })),
    });
    expect(figures.distribution.find((d) => d.code === 'GOOD')!.count).toBe(2);
  });

  it('puts the report on the agency’s to-do list while reports are open, and the group to rate on the reviewer’s', async () => {
    const TODOS = `{ myTodos { id module title dueAt } }`;
    const s = await session('REPORTING');
    const pa = await mine(aAdmin, s.id);
    const todos = ok<{ id: string; title: string; dueAt: string }[]>(await api.as(aAdmin).run(TODOS), 'myTodos').filter((t) => t.id === `review-report:${pa.id}`);
    expect(todos).toEqual([expect.objectContaining({ title: `报送述职报告:${s.year}年度述职评议` })]);
    // The reminder schedule: the report falls due when the meeting opens (in 20 days), to the agency's admins.
    const due = () => reviewReminders(system(), { now: new Date(), until: new Date(Date.now() + 30 * DAY) }).then((all) => all.filter((r) => r.key.startsWith(`review-report:${pa.id}:`)));
    expect(await due()).toEqual([expect.objectContaining({ tenantId: a.tenant.id, userIds: [a.users[Role.TENANT_ADMIN]!.id] })]);
    expect(await reviewReminders(system(), { now: new Date(), until: new Date(Date.now() + 7 * DAY) })).toEqual([]);
    ok(await api.as(aAdmin).run(SUBMIT, { id: pa.id, i: await report(a) }), 'submitReviewReport');
    expect(await due()).toEqual([]);
    expect(ok<{ id: string }[]>(await api.as(aAdmin).run(TODOS), 'myTodos').map((t) => t.id)).not.toContain(`review-report:${pa.id}`);
    ok(await api.as(bAdmin).run(SUBMIT, { id: (await mine(bAdmin, s.id)).id, i: await report(b) }), 'submitReviewReport');
    ok(await api.as(gw).run(START, { id: s.id }), 'startReviewRating');
    const toRate = () => api.as(reviewer2).run(TODOS).then((r) => ok<{ id: string }[]>(r, 'myTodos').filter((t) => t.id.startsWith('review-rate:')).map((t) => t.id));
    expect(await toRate()).toEqual(expect.arrayContaining([`review-rate:${s.groups[0]}`, `review-rate:${s.groups[1]}`]));
    ok(await api.as(reviewer2).run(RATE, { i: { ratings: [{ participantId: pa.id, code: 'GOOD' }] } }), 'rateReviewParticipants');
    expect(await toRate()).not.toContain(`review-rate:${s.groups[0]}`);
    expect(await toRate()).toContain(`review-rate:${s.groups[1]}`);
  });
});

/** `count` more active agencies, written in bulk. */
async function addAgencies(api: TestApi, from: number, count: number): Promise<void> {
  const rows = Array.from({ length: count }, (_, i) => Object.assign(new Tenant(), { id: newId(), code: `R${String(from + i).padStart(5, '0')}`, name: `评议单位${from + i}`, kind: TenantKind.AGENCY, status: TenantStatus.ACTIVE, createdAt: new Date() }));
  await api.dataSource.manager.insert(Tenant, rows);
}

// The session page costs the same statements whatever the number of agencies on the list.
describe('述职评议 at 10 and 300 agencies', () => {
  let api: TestApi;
  const gw = 'gw_committee_admin';
  afterAll(() => api?.close());

  const PAGE = `query($s: ID!) {
    reviewSession(id: $s) { id status groups { id name participantCount } amReviewer }
    reviewParticipants(sessionId: $s, limit: 5) { total items { id status tenant { name } group { name } files { id } comments { content } result { score rank gradeLabel } myRating } }
    reviewResults(sessionId: $s) { tenantId score rank }
    reviewFigures(sessionId: $s) { participants submitted ratings distribution { code count } }
  }`;

  /** A session in rating with every agency listed, a comment and a rating each (written in bulk, as the seed does). */
  const rated = async (y: number) => {
    const committeeAdmin = (await api.dataSource.query(`SELECT id FROM user WHERE username = ?`, [gw]))[0].id as string;
    const s = ok<{ id: string }>(await api.as(gw).run(CREATE, { i: { year: y, title: `${y}年度`, heldOn: inDays(20), reviewerUserIds: [committeeAdmin] } }), 'createReviewSession');
    const g = ok<{ id: string }>(await api.as(gw).run(GROUP, { s: s.id, i: { name: '第一组' } }), 'createReviewGroup');
    ok(await api.as(gw).run(ADD, { g: g.id }), 'addReviewParticipants');
    ok(await api.as(gw).run(OPEN, { id: s.id }), 'openReviewReporting');
    ok(await api.as(gw).run(START, { id: s.id }), 'startReviewRating');
    const participants = await api.dataSource.manager.find(ReviewParticipant, { where: { sessionId: s.id } });
    const now = new Date();
    await api.dataSource.manager.insert(ReviewComment, participants.map((p) => ({ id: newId(), tenantId: p.tenantId, sessionId: s.id, participantId: p.id, commenter: '领导', content: '点评', rectificationId: null, createdById: committeeAdmin, createdAt: now, updatedAt: now })));
    await api.dataSource.manager.insert(ReviewRating, participants.map((p, i) => ({ id: newId(), tenantId: p.tenantId, sessionId: s.id, participantId: p.id, reviewerUserId: committeeAdmin, code: i % 2 ? 'GOOD' : 'FAIR', score: i % 2 ? 100 : 70, ratedAt: now, createdAt: now, updatedAt: now })));
    return s.id;
  };
  const measured = async (sessionId: string) => {
    await api.as(gw).run('{ __typename }');
    const result = await api.as(gw).run(PAGE, { s: sessionId });
    expect(result.errors).toBeUndefined();
    return { statements: result.statements, results: (result.data!['reviewResults'] as unknown[]).length };
  };

  it('reads the session page in the same statements at 10 as at 300 agencies', async () => {
    api = await createSupervisionTestApi();
    await api.addTenant('GW', TenantKind.COMMITTEE);
    await addAgencies(api, 0, 10);
    const small = await measured(await rated(2040));
    await addAgencies(api, 10, 290);
    const large = await measured(await rated(2041));
    expect([small.results, large.results]).toEqual([10, 300]);
    expect(large.statements).toBe(small.statements);
  }, 120_000);
});
