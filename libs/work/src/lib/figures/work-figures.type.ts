import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { labelledEnum } from '@zeren/shared-graphql';

export enum ReceiptGrouping {
  AGENCY = 'AGENCY',
  MONTH = 'MONTH',
  TASK = 'TASK',
}
labelledEnum(ReceiptGrouping, 'ReceiptGrouping', '任务回执的统计口径', { AGENCY: '按单位', MONTH: '按月份', TASK: '按任务' });

export enum ProjectGrouping {
  YEAR = 'YEAR',
  CATEGORY = 'CATEGORY',
  STATUS = 'STATUS',
  AGENCY = 'AGENCY',
}
labelledEnum(ProjectGrouping, 'ProjectGrouping', '突破项目的统计口径', { YEAR: '按年度', CATEGORY: '按问题类别', STATUS: '按状态', AGENCY: '按单位' });

/**
 * Receipts of sent tasks in one group. Due = the deadline has passed or the receipt was reported;
 * on time = first reported before the deadline; overdue = due and never reported. The on-time rate
 * is on time ÷ due (null while nothing is due).
 */
@ObjectType({ description: '任务回执统计' })
export class ReceiptFigures {
  @Field({ description: '分组键:单位 id、月份(1-12)或任务 id' })
  key: string;

  @Field({ description: '分组名称' })
  label: string;

  @Field(() => ID, { nullable: true, description: '单位(按单位统计时)' })
  tenantId: string | null;

  @Field(() => Int, { description: '推送数' })
  total: number;

  @Field(() => Int, { description: '已签收(含其后各状态)' })
  signed: number;

  @Field(() => Int, { description: '已报送(含通过、退回)' })
  reported: number;

  @Field(() => Int, { description: '已通过' })
  approved: number;

  @Field(() => Int, { description: '已退回(待重报)' })
  returned: number;

  @Field(() => Int, { description: '应报送(已到期或已报送)' })
  due: number;

  @Field(() => Int, { description: '按时报送' })
  onTime: number;

  @Field(() => Int, { description: '逾期报送(永久标记)' })
  late: number;

  @Field(() => Int, { description: '逾期未报送' })
  overdue: number;

  @Field(() => Float, { nullable: true, description: '按时报送率(按时 ÷ 应报送)' })
  onTimeRate: number | null;
}

@ObjectType({ description: '突破项目统计' })
export class ProjectFigures {
  @Field({ description: '分组键:年度、类别、状态或单位 id' })
  key: string;

  @Field({ description: '分组名称' })
  label: string;

  @Field(() => ID, { nullable: true, description: '单位(按单位统计时)' })
  tenantId: string | null;

  @Field(() => Int, { description: '项目数(已申报的,含各状态)' })
  total: number;

  @Field(() => Int, { description: '已实施(立项后未终止的)' })
  implemented: number;

  @Field(() => Int, { description: '已销号' })
  closed: number;
}
