import type { TenantDb } from '@zeren/tenancy';
import { ReviewSession, type ReviewGrade } from './review-session.entity';
import { ReviewParticipant, ReviewRating } from './review-participant.entity';
import { ReviewSessionStatus } from './review.enums';

/** One agency's standing at a session: the mean of its ratings (in hundredths), its grade and its rank among the rated. */
export interface ReviewStanding {
  participant: ReviewParticipant;
  ratingCount: number;
  centiScore: number | null;
  grade: ReviewGrade | null;
  rank: number | null;
  ranked: number;
}

/** The grade a mean falls in: the nearest grade's score, the higher grade when halfway between two. */
export function gradeOf(scale: readonly ReviewGrade[], centiScore: number): ReviewGrade | null {
  let best: ReviewGrade | null = null;
  for (const grade of scale) {
    const distance = Math.abs(grade.score * 100 - centiScore);
    const bestDistance = best ? Math.abs(best.score * 100 - centiScore) : Infinity;
    if (distance < bestDistance || (distance === bestDistance && best && grade.score > best.score)) best = grade;
  }
  return best;
}

/**
 * Every participant's standing, from the ratings in reach (one grouped statement whatever the number of
 * agencies): the committee sees all of them; ranks are shared on equal means (1, 2, 2, 4).
 */
export async function liveStandings(db: TenantDb, session: ReviewSession): Promise<ReviewStanding[]> {
  const participants = await db.repo(ReviewParticipant).find({ where: { sessionId: session.id }, order: { id: 'ASC' } });
  const sums = await db
    .repo(ReviewRating)
    .queryBuilder('r')
    .select(['r.participantId AS participantId', 'SUM(r.score) AS total', 'COUNT(*) AS n'])
    .andWhere('r.sessionId = :sessionId', { sessionId: session.id })
    .groupBy('r.participantId')
    .getRawMany<Record<string, unknown>>();
  const byParticipant = new Map(sums.map((s) => [String(s['participantId']), { total: Number(s['total']), n: Number(s['n']) }]));
  const rows = participants.map((participant) => {
    const sum = byParticipant.get(participant.id);
    const centiScore = sum && sum.n > 0 ? Math.round((sum.total * 100) / sum.n) : null;
    return { participant, ratingCount: sum?.n ?? 0, centiScore, grade: centiScore === null ? null : gradeOf(session.scale, centiScore), rank: null as number | null, ranked: 0 };
  });
  const rated = rows.filter((r) => r.centiScore !== null).sort((a, b) => b.centiScore! - a.centiScore!);
  rated.forEach((r, i) => (r.rank = i > 0 && rated[i - 1].centiScore === r.centiScore ? rated[i - 1].rank : i + 1));
  for (const r of rows) r.ranked = rated.length;
  return rows;
}

/** A participant's circulated result as the committee wrote it at closing (null before). */
export function storedStanding(session: ReviewSession, participant: ReviewParticipant): ReviewStanding {
  const centiScore = participant.resultCentiScore;
  return {
    participant,
    ratingCount: participant.resultRatingCount ?? 0,
    centiScore,
    grade: session.scale.find((g) => g.code === participant.resultGrade) ?? null,
    rank: participant.resultRank,
    ranked: participant.resultRanked ?? 0,
  };
}

/**
 * Each agency's 述职评议 result for a year on a 0–100 scale, for the assessment: the circulated results
 * of that year's session (agencies without a rated session, or before the results are circulated, are
 * absent). Read in the caller's reach: the committee every agency's, an agency its own.
 */
export async function reviewScores(db: TenantDb, year: number): Promise<Map<string, number>> {
  const session = await db.reference(ReviewSession).findOneBy({ year });
  if (!session || session.status !== ReviewSessionStatus.CLOSED) return new Map();
  const participants = await db.repo(ReviewParticipant).find({ where: { sessionId: session.id }, select: { tenantId: true, resultCentiScore: true } as never });
  return new Map(participants.filter((p) => p.resultCentiScore !== null).map((p) => [p.tenantId, p.resultCentiScore! / 100]));
}

/**
 * The standings a reader may see: once the results are circulated, those written at closing (in the
 * reader's reach: an agency its own); before, the live ones for a reader of the ratings (`live`), else none.
 */
export async function visibleStandings(db: TenantDb, session: ReviewSession, live: boolean): Promise<ReviewStanding[]> {
  if (session.status === ReviewSessionStatus.CLOSED) {
    const participants = await db.repo(ReviewParticipant).find({ where: { sessionId: session.id } });
    return participants.map((p) => storedStanding(session, p));
  }
  return live ? liveStandings(db, session) : [];
}
