import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { labelledEnum } from '@zeren/shared-graphql';

export enum RectificationGrouping {
  AGENCY = 'AGENCY',
  CATEGORY = 'CATEGORY',
  MONTH = 'MONTH',
  SOURCE = 'SOURCE',
}
labelledEnum(RectificationGrouping, 'RectificationGrouping', '整改的统计口径', { AGENCY: '按单位', CATEGORY: '按问题类别', MONTH: '按整改时限月份', SOURCE: '按问题来源' });

export enum FindingGrouping {
  AGENCY = 'AGENCY',
  CATEGORY = 'CATEGORY',
  SEVERITY = 'SEVERITY',
}
labelledEnum(FindingGrouping, 'FindingGrouping', '督查问题的统计口径', { AGENCY: '按单位', CATEGORY: '按问题类别', SEVERITY: '按问题程度' });

/**
 * A year's rectifications in one group. Closed = 已销号; due = the deadline has passed or the item
 * was reported rectified; on time = first reported before the deadline; overdue = due and never
 * reported. Closure rate = closed ÷ total; on-time rate = on time ÷ due (null while nothing is due).
 */
@ObjectType({ description: '整改统计' })
export class RectificationFigures {
  @Field({ description: '分组键:单位 id、类别 id、月份(1-12)或来源' })
  key: string;

  @Field({ description: '分组名称' })
  label: string;

  @Field(() => ID, { nullable: true, description: '单位(按单位统计时)' })
  tenantId: string | null;

  @Field(() => Int, { description: '整改事项数' })
  total: number;

  @Field(() => Int, { description: '待整改' })
  pending: number;

  @Field(() => Int, { description: '整改中' })
  inProgress: number;

  @Field(() => Int, { description: '已整改待验收' })
  rectified: number;

  @Field(() => Int, { description: '验收通过待销号' })
  verified: number;

  @Field(() => Int, { description: '已销号' })
  closed: number;

  @Field(() => Int, { description: '应完成(已到期或已报送)' })
  due: number;

  @Field(() => Int, { description: '按时整改' })
  onTime: number;

  @Field(() => Int, { description: '逾期整改(永久标记)' })
  late: number;

  @Field(() => Int, { description: '逾期未整改' })
  overdue: number;

  @Field(() => Int, { description: '验收不通过的次数' })
  failed: number;

  @Field(() => Float, { nullable: true, description: '销号率(已销号 ÷ 整改事项数)' })
  closureRate: number | null;

  @Field(() => Float, { nullable: true, description: '按时整改率(按时 ÷ 应完成)' })
  onTimeRate: number | null;
}

/** A year's findings in one group; repeated = a finding of last year's category at the same agency. */
@ObjectType({ description: '督查问题统计' })
export class FindingFigures {
  @Field({ description: '分组键:单位 id、类别 id 或程度' })
  key: string;

  @Field({ description: '分组名称' })
  label: string;

  @Field(() => ID, { nullable: true, description: '单位(按单位统计时)' })
  tenantId: string | null;

  @Field(() => Int, { description: '问题数' })
  total: number;

  @Field(() => Int, { description: '重复发生的问题数' })
  repeated: number;

  @Field(() => Int, { description: '严重问题数' })
  grave: number;
}
