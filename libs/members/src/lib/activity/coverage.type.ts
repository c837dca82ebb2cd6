import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: '一个党支部的上讲台覆盖率' })
export class BranchCoverage {
  @Field(() => ID, { description: '党支部' })
  unitId: string;

  @Field(() => Int, { description: '在册党员' })
  members: number;

  @Field(() => Int, { description: '本年度已上讲台(主讲)的党员' })
  speakers: number;

  @Field(() => Float, { description: '覆盖率(0–1)' })
  rate: number;

  @Field(() => [ID], { description: '尚未上讲台的党员' })
  notYetIds: string[];
}

@ObjectType({ description: '“人人上讲台”覆盖率:年度内主讲过的在册党员 ÷ 在册党员' })
export class ActivityCoverage {
  @Field(() => Int)
  year: number;

  @Field(() => Int, { description: '在册党员' })
  members: number;

  @Field(() => Int, { description: '已上讲台的党员' })
  speakers: number;

  @Field(() => Float, { description: '覆盖率(0–1)' })
  rate: number;

  @Field(() => [BranchCoverage], { description: '各党支部' })
  branches: BranchCoverage[];
}
