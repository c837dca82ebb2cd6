import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import type { RequestContext } from '@zeren/auth';
import { DEADLINE_STATUS_LABELS, DeadlineStatus, WarningLevel } from '@zeren/shared-periods';

// The one warning scale and deadline status (shared-periods), registered here once for every module's types.
registerEnumType(WarningLevel, { name: 'WarningLevel', description: '预警:蓝 未到期 / 黄 临近截止 / 红 已逾期' });
registerEnumType(DeadlineStatus, {
  name: 'DeadlineStatus',
  description: '完成情况',
  valuesConfig: Object.fromEntries(Object.values(DeadlineStatus).map((s) => [s, { description: DEADLINE_STATUS_LABELS[s] }])),
});

/** One thing the caller must do now, contributed by a module (DESIGN.md seam 7). */
@ObjectType({ description: '待办事项' })
export class Todo {
  @Field(() => ID, { description: '在提供它的模块内唯一' })
  id: string;

  @Field({ description: '提供它的模块,如 responsibility' })
  module: string;

  @Field({ description: '事项' })
  title: string;

  @Field(() => Date, { nullable: true, description: '截止时间' })
  dueAt: Date | null;

  @Field(() => WarningLevel, { nullable: true, description: '预警级别(有截止时间时)' })
  level: WarningLevel | null;

  @Field(() => String, { nullable: true, description: '门户中办理它的页面路径' })
  link: string | null;
}

/** A module's to-do source: what this caller must do now, read through their own scope. */
export type TodoProvider = (context: RequestContext) => Promise<Omit<Todo, 'level'>[]>;
