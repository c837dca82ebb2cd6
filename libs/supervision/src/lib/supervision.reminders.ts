import { Between, In } from 'typeorm';
import { agencyAdmins } from '@zeren/auth';
import type { ReminderProvider } from '@zeren/api';
import { Rectification } from './rectification/rectification.entity';
import { UNFINISHED } from './rectification/rectification.service';

/** Rectifications not yet reported whose deadline falls in the window: to the agency's admins, in two statements for every agency at once. */
export const inspectionReminders: ReminderProvider = async (db, { now, until }) => {
  const due = await db.repo(Rectification).find({ where: { status: In(UNFINISHED), dueAt: Between(now, until) }, select: { id: true, tenantId: true, problem: true, dueOn: true, dueAt: true } as never });
  const admins = await agencyAdmins(db, due.map((r) => r.tenantId));
  return due
    .filter((r) => r.dueAt.getTime() > now.getTime() && admins.get(r.tenantId)?.length)
    .map((r) => ({ key: `rectification:${r.id}:${r.dueOn}`, tenantId: r.tenantId, title: `报送整改情况:${r.problem.slice(0, 40)}`, dueAt: r.dueAt, link: `/supervision/rectifications?id=${r.id}`, userIds: admins.get(r.tenantId)! }));
};
