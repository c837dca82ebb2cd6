import { In } from 'typeorm';
import { COMMITTEE_USERS, LoginName } from '@zeren/auth';
import { StoredFile, type EvidenceRef } from '@zeren/files';
import { localDateOf, localYear, startOfLocalDay } from '@zeren/shared-periods';
import { Prng } from '@zeren/shared-prng';
import { SEEDED_AGENCY, SEEDED_COMMITTEE, SeedKey, newId, type ModuleSeeder, type TenantDb } from '@zeren/tenancy';
import { RectificationService } from '../rectification/rectification.service';
import { RectificationSource } from '../supervision.enums';
import { DEFAULT_REVIEW_SCALE, ReviewGroup, ReviewSession } from './review-session.entity';
import { ReviewComment, ReviewParticipant, ReviewRating } from './review-participant.entity';
import { ReviewReportStatus, ReviewSessionStatus as S } from './review.enums';
import { circulateResults, newParticipant } from './review.service';
import { COMMENTERS, COMMENTS, GROUP_NAMES, reportSummary, sessionTitle } from './review-seed.data';

export interface ReviewSeedOptions {
  /** The seed's 'now'; the run's date by default, fixed in tests. */
  now?: () => Date;
}

interface SeededSession {
  session: ReviewSession;
  groups: readonly ReviewGroup[];
}

interface SeededReview {
  now: Date;
  sessions: readonly SeededSession[];
  adminId: string;
  agencies: number;
}

const REVIEW = new SeedKey<SeededReview>('supervision.review.seed');
const DAY = 86_400_000;
const DOCUMENTS = new Set(['application/pdf', 'application/msword', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document']);
/** Of a closed session's comments, how many the committee followed up in the 整改台账. */
const FOLLOWED_UP = 0.4;

const day = (date: string, days: number) => localDateOf(new Date(startOfLocalDay(date).getTime() + days * DAY));

/**
 * A year's session as the calendar has it: the meeting in mid-January after the year reported on,
 * reports open from 1 December, the rating over ten days after the meeting, then the results.
 */
function stateOn(year: number, today: string): { heldOn: string; status: S } {
  const heldOn = `${year + 1}-01-15`;
  const status = today < `${year}-12-01` ? S.PLANNED : today < heldOn ? S.REPORTING : today < day(heldOn, 10) ? S.RATING : S.CLOSED;
  return { heldOn, status };
}

/**
 * 述职评议 for the demo: the sessions of the last three years (this year's included) in the state the
 * date gives them, every agency in one of up to eight groups, reports submitted, the leaders' comments
 * (some followed up in the 整改台账 through the rectification service), ratings by the committee's users,
 * and the closed sessions' results written as closing writes them. A few statements per agency.
 */
export function createReviewSeeder(options: ReviewSeedOptions = {}): ModuleSeeder {
  return {
    async committee({ db, plan, shared }) {
      const now = options.now?.() ?? new Date();
      const today = localDateOf(now);
      const committee = shared.get(SEEDED_COMMITTEE);
      const logins = await db.reference(LoginName).find({ where: { tenantId: committee.id, username: In(COMMITTEE_USERS.map((u) => u.username)) } });
      const userOf = new Map(logins.map((l) => [l.username, l.userId]));
      const reviewers = COMMITTEE_USERS.map((u) => userOf.get(u.username)).filter((id): id is string => !!id);
      const adminId = userOf.get(COMMITTEE_USERS[0].username);
      if (!adminId) throw new Error('The review seed needs the committee admin user (auth seeds it)');
      const groupCount = Math.max(1, Math.min(GROUP_NAMES.length, plan.agencies.length));
      const sessions: SeededSession[] = [];
      const year = localYear(now);
      for (const y of [year - 2, year - 1, year]) {
        const { heldOn, status } = stateOn(y, today);
        const createdAt = new Date(Math.min(startOfLocalDay(`${y}-11-10`).getTime(), now.getTime() - DAY));
        const closedAt = status === S.CLOSED ? startOfLocalDay(day(heldOn, 10)) : null;
        const session: ReviewSession = {
          id: newId(),
          year: y,
          title: sessionTitle(y),
          heldOn,
          status,
          scale: DEFAULT_REVIEW_SCALE.map((g) => ({ ...g })),
          reviewerUserIds: reviewers,
          createdById: adminId,
          closedAt,
          createdAt,
          updatedAt: closedAt ?? createdAt,
        };
        const groups = GROUP_NAMES.slice(0, groupCount).map((name, i) => ({ id: newId(), sessionId: session.id, name, position: i + 1, createdAt, updatedAt: createdAt }));
        sessions.push({ session, groups });
      }
      await db.register(ReviewSession).insert(sessions.map((s) => s.session));
      await db.register(ReviewGroup).insert(sessions.flatMap((s) => s.groups));
      shared.set(REVIEW, { now, sessions, adminId, agencies: plan.agencies.length });
    },

    async agency({ db, plan, agency, index, shared }) {
      const seeded = shared.get(REVIEW);
      const tenant = shared.get(SEEDED_AGENCY);
      const rng = Prng.derive(plan.seed, 'review', agency.code);
      const committee = db.dispatch([tenant.id]);
      const documents: EvidenceRef[] = (await db.repo(StoredFile).find({ where: { tenantId: tenant.id }, order: { name: 'ASC' } }))
        .filter((f) => DOCUMENTS.has(f.mimeType))
        .slice(0, 2)
        .map((f) => ({ fileId: f.id, sha256: f.sha256 }));
      // How well the agency's secretary does, as the reviewers see it: a grade index around which they rate.
      const standing = rng.weighted([
        [0, 4],
        [1, 4],
        [2, 1.5],
        [3, 0.5],
      ] as const);
      const participants: ReviewParticipant[] = [];
      const comments: ReviewComment[] = [];
      const ratings: ReviewRating[] = [];
      for (const { session, groups } of seeded.sessions) {
        const group = groups[Math.floor((index * groups.length) / seeded.agencies)];
        const meeting = startOfLocalDay(session.heldOn).getTime() + 9 * 3_600_000;
        // While reports are open, the demo users' agencies (and about a third of the others) have theirs still to submit.
        const submitted = session.status === S.RATING || session.status === S.CLOSED || (session.status === S.REPORTING && !agency.demoUsers && rng.chance(0.65));
        const id = newId();
        const submittedAt = submitted ? new Date(Math.min(meeting - rng.int(3, 20) * DAY, seeded.now.getTime() - 3_600_000)) : null;
        participants.push({
          ...newParticipant(session.id, group.id, seeded.adminId),
          id,
          tenantId: tenant.id,
          status: submitted ? ReviewReportStatus.SUBMITTED : ReviewReportStatus.PENDING,
          summary: submitted ? reportSummary(tenant.name, session.year) : null,
          reportFiles: submitted ? documents : [],
          submittedAt,
          submittedById: null,
          createdAt: session.createdAt,
          updatedAt: submittedAt ?? session.createdAt,
        });
        if (session.status !== S.RATING && session.status !== S.CLOSED) continue;
        for (const text of rng.shuffle([...COMMENTS]).slice(0, rng.int(1, 2))) {
          comments.push({ id: newId(), tenantId: tenant.id, sessionId: session.id, participantId: id, commenter: rng.pick(COMMENTERS), content: text, rectificationId: null, createdById: seeded.adminId, createdAt: new Date(meeting), updatedAt: new Date(meeting) });
        }
        // While rating, the committee admin has yet to fill in their sheets (their to-do); closed, every reviewer has.
        const raters = session.status === S.CLOSED ? session.reviewerUserIds : session.reviewerUserIds.filter((u) => u !== seeded.adminId);
        for (const reviewerUserId of raters) {
          const grade = session.scale[Math.max(0, Math.min(session.scale.length - 1, standing + rng.weighted([[-1, 1], [0, 3], [1, 1]] as const)))];
          ratings.push({ id: newId(), tenantId: tenant.id, sessionId: session.id, participantId: id, reviewerUserId, code: grade.code, score: grade.score, ratedAt: new Date(meeting + 3 * 3_600_000), createdAt: new Date(meeting), updatedAt: new Date(meeting) });
        }
      }
      const strip = <T extends { tenantId: string; createdAt: Date; updatedAt: Date }>(rows: T[]) => rows.map(({ tenantId: _t, createdAt: _c, updatedAt: _u, ...row }) => row);
      await committee.repo(ReviewParticipant).insert(strip(participants) as never);
      if (comments.length) await committee.repo(ReviewComment).insert(strip(comments) as never);
      if (ratings.length) await committee.repo(ReviewRating).insert(strip(ratings) as never);
      await followUp(db, seeded, comments, rng);
    },

    async finish({ db, shared }) {
      const seeded = shared.get(REVIEW);
      for (const { session } of seeded.sessions) if (session.status === S.CLOSED) await circulateResults(db, session);
    },
  };
}

/**
 * The most recent closed session's comments, some followed up as the committee does it (the rectification
 * service's dispatch, then the comment's link): due at least a month ahead, so the item is still open.
 */
async function followUp(db: TenantDb, seeded: SeededReview, comments: readonly ReviewComment[], rng: Prng): Promise<void> {
  const latest = [...seeded.sessions].reverse().find((s) => s.session.status === S.CLOSED)?.session;
  if (!latest) return;
  const service = new RectificationService();
  // The service refuses a deadline not after today (the real one, whatever the seed's clock says).
  const dueOn = [day(latest.heldOn, 180), day(localDateOf(seeded.now), 30), day(localDateOf(new Date()), 30)].sort().pop()!;
  for (const comment of comments.filter((c) => c.sessionId === latest.id)) {
    if (!rng.chance(FOLLOWED_UP)) continue;
    const rectification = await service.dispatch(db, seeded.adminId, { tenantId: comment.tenantId, year: latest.year, source: RectificationSource.REVIEW, sourceId: comment.id, categoryId: null, problem: comment.content, dueOn });
    await db.dispatch([comment.tenantId]).repo(ReviewComment).update({ id: comment.id }, { rectificationId: rectification.id });
  }
}

export const reviewSeeder: ModuleSeeder = createReviewSeeder();
