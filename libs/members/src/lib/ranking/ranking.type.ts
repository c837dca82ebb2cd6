import { ArgsType, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { PageArgs } from '@zeren/shared-graphql';

@ArgsType()
export class PeriodArgs {
  @Field({ description: '周期:年度 2026、季度 2026-Q3 或月份 2026-11' })
  periodKey: string;

  @Field(() => ID, { nullable: true, description: '单位(工委查看时必填)' })
  tenantId?: string;
}

@ArgsType()
export class RankingSheetArgs extends PeriodArgs {
  @Field(() => ID, { nullable: true, description: '只排这个党组织(支部、党小组,含下级)的党员,名次在其中' })
  unitId?: string;
}

@ArgsType()
export class RankingArgs extends PageArgs {
  @Field({ description: '周期:年度 2026、季度 2026-Q3 或月份 2026-11' })
  periodKey: string;

  @Field(() => ID, { nullable: true, description: '单位(工委查看时必填)' })
  tenantId?: string;

  @Field(() => ID, { nullable: true, description: '只排这个党组织(支部、党小组,含下级)的党员,名次在其中' })
  unitId?: string;
}

@ObjectType({ description: '党员积分排行的一行' })
export class PointsRank {
  @Field(() => ID)
  memberId: string;

  @Field(() => ID, { description: '党员所在党组织' })
  unitId: string;

  @Field(() => ID, { description: '所在支部(党小组的党员为其上级支部)' })
  branchId: string;

  @Field(() => Float, { description: '周期内已通过的积分合计(含冲正)' })
  points: number;

  @Field(() => Int, { description: '名次:在可见范围内(党务管理员为全单位,支部书记为本支部;指定党组织时在其中),同分同名次' })
  rank: number;

  @Field(() => Int, { description: '支部内名次,同分同名次' })
  branchRank: number;
}

@ObjectType({ description: '党员积分排行' })
export class PointsRanking {
  @Field({ description: '周期' })
  periodKey: string;

  @Field({ description: '周期名称' })
  periodLabel: string;

  @Field(() => [PointsRank])
  items: PointsRank[];

  @Field(() => Int, { description: '排行中的党员数' })
  total: number;

  @Field(() => Int)
  offset: number;

  @Field(() => Int)
  limit: number;
}

@ObjectType({ description: '积分参与率:周期内至少有一条已通过(且未冲正)积分的在册党员 ÷ 在册党员' })
export class PointsParticipation {
  @Field()
  periodKey: string;

  @Field()
  periodLabel: string;

  @Field(() => Int, { description: '在册党员' })
  members: number;

  @Field(() => Int, { description: '有积分的党员' })
  participants: number;

  @Field(() => Float, { description: '参与率(0–1)' })
  rate: number;
}

@ObjectType({ description: '本人积分情况:周期内的合计与名次(全单位、本支部),同分同名次' })
export class PointsStanding {
  @Field()
  periodKey: string;

  @Field()
  periodLabel: string;

  @Field(() => ID)
  memberId: string;

  @Field(() => ID, { description: '所在支部(党小组的党员为其上级支部)' })
  branchId: string;

  @Field(() => Float, { description: '周期内已通过的积分合计(含冲正)' })
  points: number;

  @Field(() => Int, { description: '全单位名次' })
  rank: number;

  @Field(() => Int, { description: '支部内名次' })
  branchRank: number;
}
