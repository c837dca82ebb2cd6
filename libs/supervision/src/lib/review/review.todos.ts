import { In } from 'typeorm';
import { hasPermission, type RequestContext } from '@zeren/auth';
import type { TodoProvider } from '@zeren/api';
import { startOfLocalDay } from '@zeren/shared-periods';
import { ReviewPermission } from './review.permissions';
import { ReviewGroup, ReviewSession } from './review-session.entity';
import { ReviewParticipant, ReviewRating } from './review-participant.entity';
import { ReviewReportStatus, ReviewSessionStatus } from './review.enums';

type Todo = Awaited<ReturnType<TodoProvider>>[number];

/** The agency's reports to submit (or submit again) while the reports are open, due when the meeting opens. */
async function agencyTodos(ctx: RequestContext): Promise<Todo[]> {
  const open = await ctx.db.reference(ReviewSession).find({ where: { status: ReviewSessionStatus.REPORTING } });
  if (open.length === 0) return [];
  const mine = await ctx.db.repo(ReviewParticipant).find({ where: { sessionId: In(open.map((s) => s.id)), status: In([ReviewReportStatus.PENDING, ReviewReportStatus.RETURNED]) } });
  const sessionOf = new Map(open.map((s) => [s.id, s]));
  return mine.map((p) => {
    const session = sessionOf.get(p.sessionId)!;
    const action = p.status === ReviewReportStatus.RETURNED ? '重新报送被退回的述职报告' : '报送述职报告';
    return { id: `review-report:${p.id}`, module: 'supervision', title: `${action}:${session.title}`, dueAt: startOfLocalDay(session.heldOn), link: `/supervision/reviews/${session.id}` };
  });
}

/** A reviewer's groups still to rate while a session they sit on is rating: one to-do per group with agencies they have not rated. */
async function reviewerTodos(ctx: RequestContext): Promise<Todo[]> {
  const userId = ctx.principal!.userId;
  const rating = (await ctx.db.reference(ReviewSession).find({ where: { status: ReviewSessionStatus.RATING } })).filter((s) => s.reviewerUserIds.includes(userId));
  if (rating.length === 0) return [];
  const sessionIds = rating.map((s) => s.id);
  const participants = await ctx.db.repo(ReviewParticipant).find({ where: { sessionId: In(sessionIds) }, select: { id: true, groupId: true } as never });
  const rated = new Set((await ctx.db.repo(ReviewRating).find({ where: { sessionId: In(sessionIds), reviewerUserId: userId }, select: { participantId: true } as never })).map((r) => r.participantId));
  const left = new Map<string, number>();
  for (const p of participants) if (!rated.has(p.id)) left.set(p.groupId, (left.get(p.groupId) ?? 0) + 1);
  if (left.size === 0) return [];
  const groups = await ctx.db.reference(ReviewGroup).find({ where: { id: In([...left.keys()]) }, order: { position: 'ASC' } });
  const titleOf = new Map(rating.map((s) => [s.id, s.title]));
  return groups.map((g) => ({ id: `review-rate:${g.id}`, module: 'supervision', title: `评议打分:${titleOf.get(g.sessionId)} ${g.name}(${left.get(g.id)} 个单位待评)`, dueAt: null, link: `/supervision/reviews/${g.sessionId}/rate?group=${g.id}` }));
}

/** 我的待办 from 述职评议. */
export const reviewTodos: TodoProvider = async (ctx) => {
  if (!ctx.principal) return [];
  if (hasPermission(ctx.principal, ReviewPermission.REPORT)) return agencyTodos(ctx);
  if (hasPermission(ctx.principal, ReviewPermission.RATE)) return reviewerTodos(ctx);
  return [];
};
