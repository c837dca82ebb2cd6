import { Between, In } from 'typeorm';
import { agencyAdmins } from '@zeren/auth';
import type { DueReminder, ReminderProvider } from '@zeren/api';
import { localDateOf, startOfLocalDay } from '@zeren/shared-periods';
import { ReviewSession } from './review-session.entity';
import { ReviewParticipant } from './review-participant.entity';
import { ReviewReportStatus, ReviewSessionStatus } from './review.enums';

/** Reports not yet submitted to a session taking them whose meeting falls in the window: to the agency's admins. */
export const reviewReminders: ReminderProvider = async (db, { now, until }) => {
  const sessions = (await db.reference(ReviewSession).find({ where: { status: ReviewSessionStatus.REPORTING, heldOn: Between(localDateOf(now), localDateOf(until)) } })).filter(
    (s) => startOfLocalDay(s.heldOn).getTime() > now.getTime() && startOfLocalDay(s.heldOn).getTime() <= until.getTime(),
  );
  if (sessions.length === 0) return [];
  const open = await db.repo(ReviewParticipant).find({ where: { sessionId: In(sessions.map((s) => s.id)), status: In([ReviewReportStatus.PENDING, ReviewReportStatus.RETURNED]) }, select: { id: true, tenantId: true, sessionId: true } as never });
  const sessionOf = new Map(sessions.map((s) => [s.id, s]));
  const pending: Omit<DueReminder, 'userIds'>[] = open.map((p) => {
    const session = sessionOf.get(p.sessionId)!;
    return { key: `review-report:${p.id}:${session.heldOn}`, tenantId: p.tenantId, title: `报送述职报告:${session.title}`, dueAt: startOfLocalDay(session.heldOn), link: `/supervision/reviews/${session.id}` };
  });
  const admins = await agencyAdmins(db, pending.map((p) => p.tenantId));
  return pending.flatMap((p) => (admins.get(p.tenantId)?.length ? [{ ...p, userIds: admins.get(p.tenantId)! }] : []));
};
