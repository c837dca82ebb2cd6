import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '@zeren/shared-graphql';
import { HonourCategory, HonourLevel } from './honour.enums';

/** One commendation result: an approved nomination of a published round, or an outside honour. */
@ObjectType({ description: '表彰结果(评选审核通过并公布的提名,或上级机关授予的其他表彰)' })
export class HonourResult {
  @Field({ description: 'ROUND 评选结果;OUTSIDE 其他表彰' })
  source: string;

  @Field(() => ID)
  id: string;

  @Field(() => ID, { description: '单位' })
  tenantId: string;

  @Field(() => HonourCategory)
  category: HonourCategory;

  @Field(() => HonourLevel)
  level: HonourLevel;

  @Field({ description: '评选或荣誉名称' })
  title: string;

  @Field(() => LocalDateScalar, { description: '表彰日期(评选的公布日期,或授予日期)' })
  conferredOn: string;

  @Field(() => ID, { nullable: true })
  memberId: string | null;

  @Field(() => ID)
  unitId: string;
}

@ObjectType({ description: '按年度、级别、类别的表彰人次' })
export class HonourBreakdownRow {
  @Field(() => Int)
  year: number;

  @Field(() => HonourLevel)
  level: HonourLevel;

  @Field(() => HonourCategory)
  category: HonourCategory;

  @Field(() => Int, { description: '人次(个次)' })
  count: number;
}

@ObjectType({ description: '表彰统计' })
export class HonourFigures {
  @Field(() => LocalDateScalar)
  from: string;

  @Field(() => LocalDateScalar)
  to: string;

  @Field({ description: '口径' })
  definition: string;

  @Field(() => Int, { description: '受市级以上表彰的共产党员(优秀共产党员,按人去重)' })
  members: number;

  @Field(() => Int, { description: '受市级以上表彰的党务工作者(优秀党务工作者,按人去重)' })
  partyWorkers: number;

  @Field(() => Int, { description: '受市级以上表彰的基层党组织(先进基层党组织,按组织去重)' })
  organisations: number;

  @Field(() => [HonourBreakdownRow], { description: '按年度、级别、类别' })
  breakdown: HonourBreakdownRow[];
}
