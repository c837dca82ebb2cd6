import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum CompletionGrouping {
  AGENCY = 'AGENCY',
  DUTY = 'DUTY',
  POST = 'POST',
  LEVEL = 'LEVEL',
  CLASS = 'CLASS',
  UNIT = 'UNIT',
  PERSON = 'PERSON',
}
registerEnumType(CompletionGrouping, {
  name: 'CompletionGrouping',
  description: '完成情况的分组',
  valuesConfig: {
    AGENCY: { description: '按单位(工委)' },
    DUTY: { description: '按事项' },
    POST: { description: '按岗位' },
    LEVEL: { description: '按层级' },
    CLASS: { description: '按类别(组织/个人)' },
    UNIT: { description: '按党组织' },
    PERSON: { description: '按责任人' },
  },
});

/**
 * Completion of the duties owed so far this year, for one group. `due` counts each subject's
 * periods whose deadline has passed, and those already answered ahead of it; `due = done + overdue`
 * plus the open periods not yet answered, which are not owed yet.
 */
@ObjectType({ description: '履责完成情况' })
export class CompletionRow {
  @Field({ description: '分组键(单位、事项、岗位代码、层级、类别、党组织或党员的 id)' })
  key: string;

  @Field({ description: '分组名称' })
  label: string;

  @Field(() => ID, { nullable: true, description: '单位(按单位分组时)' })
  tenantId: string | null;

  @Field(() => Int, { description: '应完成(已到期的,加上提前完成的)' })
  due = 0;

  @Field(() => Int, { description: '已完成(已报送,含待审核)' })
  done = 0;

  @Field(() => Int, { description: '按时完成' })
  onTime = 0;

  @Field(() => Int, { description: '逾期完成(永久标记)' })
  late = 0;

  @Field(() => Int, { description: '逾期未完成' })
  overdue = 0;

  @Field(() => Int, { description: '被退回待重报' })
  returned = 0;

  @Field(() => Int, { description: '已审核通过' })
  accepted = 0;

  @Field(() => Float, { nullable: true, description: '完成率(已完成/应完成);无应完成时为空' })
  get rate(): number | null {
    return this.due ? this.done / this.due : null;
  }

  @Field(() => Float, { nullable: true, description: '按时完成率(按时完成/应完成)' })
  get onTimeRate(): number | null {
    return this.due ? this.onTime / this.due : null;
  }
}
