import { hasPermission } from '@zeren/auth';
import type { TodoProvider } from '@zeren/api';
import { endOfLocalDay, localDateOf } from '@zeren/shared-periods';
import { HonourPermission } from './honour.permissions';
import { HonourNomination, HonourRound } from './honour.entity';
import { HonourRoundStatus, NominationStatus } from './honour.enums';

type Todo = Awaited<ReturnType<TodoProvider>>[number];

/** 我的待办 from 表彰: the committee's nominations to review; an agency's open rounds it has not nominated in yet. */
export const honourTodos: TodoProvider = async (ctx) => {
  if (!ctx.principal) return [];
  const todos: Todo[] = [];
  if (hasPermission(ctx.principal, HonourPermission.HONOUR_MANAGE)) {
    const waiting = await ctx.db.repo(HonourNomination).count({ status: NominationStatus.SUBMITTED });
    if (waiting > 0) todos.push({ id: 'honour-review', module: 'members', title: `审核表彰提名(${waiting} 条已提交)`, dueAt: null, link: '/members/honours' });
  }
  if (ctx.db.scope.kind === 'tenant' && hasPermission(ctx.principal, HonourPermission.HONOUR_NOMINATE)) {
    const today = localDateOf(new Date());
    const open = (await ctx.db.reference(HonourRound).find({ where: { status: HonourRoundStatus.OPEN }, order: { closesOn: 'ASC' } })).filter((r) => r.opensOn <= today && today <= r.closesOn);
    for (const round of open) {
      if (await ctx.db.repo(HonourNomination).exists({ roundId: round.id })) continue;
      todos.push({ id: `honour-nominate:${round.id}`, module: 'members', title: `表彰提名:${round.title}`, dueAt: endOfLocalDay(round.closesOn), link: `/members/honours/${round.id}` });
    }
  }
  return todos;
};
