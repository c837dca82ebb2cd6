import { Role, hasRole, type RequestContext } from '@zeren/auth';
import type { TodoProvider } from '@zeren/api';
import { DeadlineStatus } from '@zeren/shared-periods';
import { listTemplate } from './list/current-template';
import { ObligationService } from './fulfilment/obligation.service';
import { FulfilmentRecord, RecordStatus } from './fulfilment/fulfilment-record.entity';

const obligations = new ObligationService();

/** 我的待办 from the responsibility loop: one's own duties not yet answered, returned records, and records to review. */
export const responsibilityTodos: TodoProvider = async (ctx: RequestContext) => {
  if (!ctx.own || !ctx.principal) return [];
  const template = await listTemplate(ctx.own, {});
  if (!template) return [];
  const mine = await obligations.mine(ctx.own, ctx.principal.userId, template);
  const todos: Awaited<ReturnType<TodoProvider>> = mine
    .filter((o) => o.status === DeadlineStatus.OPEN || o.status === DeadlineStatus.OVERDUE)
    .map((o) => ({
      id: `duty:${o.duty.id}:${o.periodKey}:${o.unitId}:${o.memberId ?? ''}`,
      module: 'responsibility',
      title: o.record?.status === RecordStatus.RETURNED ? `重报被退回的履责纪实:${o.duty.title}(${o.periodLabel})` : `填报履责纪实:${o.duty.title}(${o.periodLabel})`,
      dueAt: o.dueAt,
      link: '/duties/mine',
    }));
  if (hasRole(ctx.principal, Role.TENANT_ADMIN, Role.BRANCH_SECRETARY)) {
    const waiting = await ctx.db
      .repo(FulfilmentRecord)
      .queryBuilder('r')
      .andWhere('r.current = :yes AND r.status = :submitted AND r.recordedById <> :me', { yes: true, submitted: RecordStatus.SUBMITTED, me: ctx.principal.userId })
      .getCount();
    if (waiting > 0) todos.push({ id: 'review', module: 'responsibility', title: `审核履责纪实(${waiting} 条待审核)`, dueAt: null, link: '/duties/review' });
  }
  return todos;
};
