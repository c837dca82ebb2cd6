import { hasPermission } from '@zeren/auth';
import type { TodoProvider } from '@zeren/api';
import { endOfLocalDay } from '@zeren/shared-periods';
import { AccountabilityPermission } from './accountability.permissions';
import { AccountabilityMeasure } from './accountability-measure.entity';
import { MeasureKind, MeasureStatus } from './accountability.enums';
import { AssessmentPermission } from '../assessment/assessment.permissions';
import { AssessmentScheme } from '../assessment/assessment-scheme.entity';
import { SchemeStatus } from '../assessment/assessment.enums';

type Todo = Awaited<ReturnType<TodoProvider>>[number];

/**
 * 我的待办 from 考核 and 问责: the committee's proposed measures to decide and computed results to
 * publish; an agency's confirmed 限期整改 with its deadline.
 */
export const assessmentTodos: TodoProvider = async (ctx) => {
  if (!ctx.principal) return [];
  const todos: Todo[] = [];
  if (hasPermission(ctx.principal, AccountabilityPermission.ACCOUNTABILITY_MANAGE)) {
    const proposed = await ctx.db.repo(AccountabilityMeasure).count({ status: MeasureStatus.PROPOSED });
    if (proposed > 0) todos.push({ id: 'measures-decide', module: 'supervision', title: `确认或不予问责(${proposed} 项拟问责)`, dueAt: null, link: '/supervision/accountability?status=PROPOSED' });
  }
  if (hasPermission(ctx.principal, AssessmentPermission.ASSESSMENTS_MANAGE)) {
    const computed = await ctx.db.reference(AssessmentScheme).find({ where: { status: SchemeStatus.PUBLISHED }, order: { year: 'ASC' } });
    for (const s of computed.filter((x) => x.computedAt)) todos.push({ id: `assessment-publish:${s.year}`, module: 'supervision', title: `公布${s.year}年党建考核结果`, dueAt: null, link: `/supervision/assessment/${s.year}` });
  }
  if (ctx.db.scope.kind === 'tenant' && hasPermission(ctx.principal, AccountabilityPermission.ACCOUNTABILITY_READ)) {
    const open = await ctx.db.repo(AccountabilityMeasure).find({ where: { status: MeasureStatus.CONFIRMED, kind: MeasureKind.RECTIFY_BY_DEADLINE }, order: { dueOn: 'ASC' } });
    const today = new Date();
    todos.push(
      ...open
        .filter((m) => m.dueOn && endOfLocalDay(m.dueOn) > today)
        .map((m) => ({ id: `measure:${m.id}`, module: 'supervision', title: `限期整改(${m.year}年考核):${m.grounds.slice(0, 40)}`, dueAt: endOfLocalDay(m.dueOn!), link: `/supervision/accountability/${m.id}` })),
    );
  }
  return todos;
};
