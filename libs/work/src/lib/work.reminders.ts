import { Between, In, IsNull } from 'typeorm';
import { agencyAdmins } from '@zeren/auth';
import type { DueReminder, ReminderProvider } from '@zeren/api';
import { endOfLocalDay, localDateOf } from '@zeren/shared-periods';
import { WorkTask } from './task/work-task.entity';
import { TaskReceipt } from './task/task-receipt.entity';
import { BreakthroughProject, ProjectMilestone } from './project/breakthrough-project.entity';
import { ProjectStatus, TaskStatus } from './work.enums';

/**
 * Receipts not yet reported whose task falls due in the window, and milestones of running projects
 * due in it: each to the agency's admins. A handful of statements for every agency at once.
 */
export const workReminders: ReminderProvider = async (db, { now, until }) => {
  const tasks = await db.reference(WorkTask).find({ where: { status: TaskStatus.SENT, dueAt: Between(now, until) } });
  const due = tasks.filter((t) => t.dueAt.getTime() > now.getTime());
  const receipts = due.length ? await db.repo(TaskReceipt).find({ where: { taskId: In(due.map((t) => t.id)), firstReportedAt: IsNull() }, select: { id: true, tenantId: true, taskId: true } as never }) : [];
  const milestones = await db.repo(ProjectMilestone).find({ where: { doneOn: IsNull(), dueOn: Between(localDateOf(now), localDateOf(until)) } });
  const running = milestones.length
    ? await db.repo(BreakthroughProject).find({ where: { id: In([...new Set(milestones.map((m) => m.projectId))]), status: ProjectStatus.IMPLEMENTING }, select: { id: true, title: true } as never })
    : [];
  const titleOf = new Map(running.map((p) => [p.id, p.title]));
  const taskOf = new Map(due.map((t) => [t.id, t]));
  const pending: Omit<DueReminder, 'userIds'>[] = [
    ...receipts.map((r) => {
      const task = taskOf.get(r.taskId)!;
      return { key: `receipt:${r.id}:${task.dueOn}`, tenantId: r.tenantId, title: `报送重点任务:${task.title}`, dueAt: task.dueAt, link: `/work/inbox?receipt=${r.id}` };
    }),
    ...milestones
      .filter((m) => titleOf.has(m.projectId) && endOfLocalDay(m.dueOn).getTime() > now.getTime())
      .map((m) => ({ key: `milestone:${m.id}:${m.dueOn}`, tenantId: m.tenantId, title: `完成突破项目节点:${m.title}(${titleOf.get(m.projectId)})`, dueAt: endOfLocalDay(m.dueOn), link: `/work/projects/${m.projectId}` })),
  ];
  const admins = await agencyAdmins(db, pending.map((p) => p.tenantId));
  return pending.flatMap((p) => (admins.get(p.tenantId)?.length ? [{ ...p, userIds: admins.get(p.tenantId)! }] : []));
};
