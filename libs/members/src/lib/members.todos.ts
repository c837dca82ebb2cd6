import { hasPermission } from '@zeren/auth';
import type { TodoProvider } from '@zeren/api';
import { MembersPermission } from './members.permissions';
import { PointsEntry } from './ledger/points-entry.entity';
import { EntryStatus } from './members.enums';
import { capacityOf } from './ledger/capacity';

/** 我的待办 for a branch secretary: the entries of their branches waiting for a decision (not their own). */
export const membersTodos: TodoProvider = async (ctx) => {
  if (!ctx.principal || !hasPermission(ctx.principal, MembersPermission.POINTS_DECIDE)) return [];
  const me = ctx.principal.userId;
  const waiting = await ctx.db
    .repo(PointsEntry)
    .queryBuilder('e')
    .andWhere('e.status = :pending AND e.recordedById <> :me AND (e.memberUserId IS NULL OR e.memberUserId <> :me)', { pending: EntryStatus.PENDING, me })
    .getCount();
  // A 党小组组长 holding the secretary role awards but does not decide.
  if (waiting === 0 || !(await capacityOf(ctx.db, me)).secretary) return [];
  return [{ id: 'points-decide', module: 'members', title: `审核党员积分(${waiting} 条待审核)`, dueAt: null, link: '/members/points/review' }];
};
