import { In } from 'typeorm';
import { hasPermission } from '@zeren/auth';
import type { TodoProvider } from '@zeren/api';
import { StarPermission } from './star.permissions';
import { StarObjection, StarRating } from './star.entity';
import { StarObjectionStatus, StarRatingStatus } from './star.enums';

type Todo = Awaited<ReturnType<TodoProvider>>[number];
const LINK = '/members/stars';

/** 我的待办 from 星级评定: 待自评 (the branch), 待党委评 (the agency's 党委), 待复核 and 待答复异议 (the committee). */
export const starTodos: TodoProvider = async (ctx) => {
  if (!ctx.principal) return [];
  const todos: Todo[] = [];
  const count = (status: StarRatingStatus | StarRatingStatus[]) => ctx.db.repo(StarRating).count({ status: Array.isArray(status) ? In(status) : status });
  const push = (id: string, n: number, title: string) => n > 0 && todos.push({ id, module: 'members', title, dueAt: null, link: LINK });
  const tenant = ctx.db.scope.kind === 'tenant';
  if (tenant && hasPermission(ctx.principal, StarPermission.STARS_SELF)) {
    const n = await count(StarRatingStatus.DRAFT);
    push('stars-self', n, `星级自评(${n} 个党支部待提交)`);
  }
  if (tenant && hasPermission(ctx.principal, StarPermission.STARS_PARTY)) {
    const n = await count(StarRatingStatus.SELF_SUBMITTED);
    push('stars-party', n, `党委星级考核(${n} 个党支部已自评)`);
  }
  if (hasPermission(ctx.principal, StarPermission.STARS_COMMITTEE)) {
    const n = await count(StarRatingStatus.PARTY_REVIEWED);
    push('stars-confirm', n, `星级复核(${n} 个党支部待复核)`);
    const open = await ctx.db.repo(StarObjection).count({ status: StarObjectionStatus.OPEN });
    push('stars-objections', open, `答复星级公示异议(${open} 条待答复)`);
  }
  return todos;
};
