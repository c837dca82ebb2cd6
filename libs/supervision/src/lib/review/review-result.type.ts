import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { ReviewStanding } from './review-scores';

/** 评议结果: an agency's mean score, its grade and its rank at a session. */
@ObjectType({ description: '评议结果' })
export class ReviewResult {
  @Field(() => ID, { description: '述职单位' })
  participantId: string;

  @Field(() => ID, { description: '单位' })
  tenantId: string;

  @Field(() => ID, { description: '述职小组' })
  groupId: string;

  @Field(() => Int, { description: '评议人数' })
  ratingCount: number;

  @Field(() => Float, { nullable: true, description: '平均分(0-100,两位小数);未评议时为空' })
  score: number | null;

  @Field(() => String, { nullable: true, description: '评议等次代码(与平均分最接近的等次)' })
  gradeCode: string | null;

  @Field(() => String, { nullable: true, description: '评议等次' })
  gradeLabel: string | null;

  @Field(() => Int, { nullable: true, description: '名次(同分同名次)' })
  rank: number | null;

  @Field(() => Int, { description: '参与排名的单位数' })
  ranked: number;
}

export function resultOf(s: ReviewStanding): ReviewResult {
  return {
    participantId: s.participant.id,
    tenantId: s.participant.tenantId,
    groupId: s.participant.groupId,
    ratingCount: s.ratingCount,
    score: s.centiScore === null ? null : s.centiScore / 100,
    gradeCode: s.grade?.code ?? null,
    gradeLabel: s.grade?.label ?? null,
    rank: s.rank,
    ranked: s.ranked,
  };
}

@ObjectType({ description: '某一评议等次的票数' })
export class ReviewGradeCount {
  @Field()
  code: string;

  @Field()
  label: string;

  @Field(() => Int)
  score: number;

  @Field(() => Int, { description: '票数' })
  count: number;
}

/** 述职评议的统计: reports submitted or not, and the ratings by grade. */
@ObjectType({ description: '述职评议统计' })
export class ReviewFigures {
  @Field(() => Int, { description: '述职单位数' })
  participants: number;

  @Field(() => Int, { description: '已报送述职报告' })
  submitted: number;

  @Field(() => Int, { description: '未报送(待报送和退回修改)' })
  notSubmitted: number;

  @Field(() => Int, { description: '其中退回修改' })
  returned: number;

  @Field(() => Int, { description: '评议票数' })
  ratings: number;

  @Field(() => [ReviewGradeCount], { description: '各等次票数(按评议等次的顺序)' })
  distribution: ReviewGradeCount[];
}
