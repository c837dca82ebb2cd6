import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '@zeren/auth';
import { warningLevel } from '@zeren/shared-periods';
import { Todo, type TodoProvider } from './todo.types';
import { TodoRegistry } from './todo.registry';

/** A due date this many local days away (or fewer) turns an item yellow. */
export const YELLOW_WITHIN_DAYS = 3;

@Resolver()
export class TodoResolver {
  constructor(private readonly registry: TodoRegistry) {}

  @Authorized()
  @Query(() => [Todo], { description: '我的待办:各模块汇总,逾期的在前,再按截止时间' })
  async myTodos(@Ctx() ctx: RequestContext): Promise<Todo[]> {
    const now = new Date();
    const items = (await Promise.all(this.registry.providers.map((provide: TodoProvider) => provide(ctx)))).flat();
    return items
      .map((item) => ({ ...item, level: item.dueAt ? warningLevel(item.dueAt, now, { yellowWithinDays: YELLOW_WITHIN_DAYS }) : null }))
      .sort((a, b) => (a.dueAt?.getTime() ?? Infinity) - (b.dueAt?.getTime() ?? Infinity) || a.title.localeCompare(b.title, 'zh-CN'));
  }
}
