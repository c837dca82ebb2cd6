import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: '某一星级的党支部数' })
export class StarLevelCount {
  @Field(() => Int, { description: '星级' })
  stars: number;

  @Field(() => Int, { description: '党支部数' })
  count: number;
}

@ObjectType({ description: '一个单位的星级分布' })
export class StarAgencyRow {
  @Field(() => ID, { description: '单位' })
  tenantId: string;

  @Field(() => Int, { description: '参评党支部' })
  rated: number;

  @Field(() => [StarLevelCount], { description: '各星级(1–5 星)' })
  levels: StarLevelCount[];
}

@ObjectType({ description: '党支部星级统计' })
export class StarFigures {
  @Field(() => Int)
  year: number;

  @Field({ description: '口径' })
  definition: string;

  @Field(() => Int, { description: '参评党支部' })
  rated: number;

  @Field(() => Int, { description: '已命名' })
  named: number;

  @Field(() => [StarLevelCount], { description: '各星级(1–5 星)' })
  levels: StarLevelCount[];

  @Field(() => [StarAgencyRow], { description: '按单位' })
  byAgency: StarAgencyRow[];

  @Field(() => Int, { description: '比上年命名星级升星' })
  up: number;

  @Field(() => Int, { description: '降星' })
  down: number;

  @Field(() => Int, { description: '持平' })
  same: number;

  @Field(() => Int, { description: '上年未命名(首次评定)' })
  fresh: number;
}
