import { Column, Entity, Index } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '@zeren/shared-graphql';
import { GlobalEntity, ID_LENGTH } from '@zeren/tenancy';
import { ReviewSessionStatus } from './review.enums';

export const REVIEW_TITLE_LENGTH = 100;
export const REVIEW_GROUP_NAME_LENGTH = 40;
export const GRADE_CODE_LENGTH = 16;
export const GRADE_LABEL_LENGTH = 10;

/** One step of a session's rating scale (评议等次): what a reviewer ticks, and what it counts for. */
@ObjectType({ description: '评议等次' })
export class ReviewGrade {
  @Field({ description: '代码' })
  code: string;

  @Field({ description: '名称,如 好、较好、一般、差' })
  label: string;

  @Field(() => Int, { description: '折合分数(0-100)' })
  score: number;
}

/** The brief's four grades, as a new session's scale unless the committee gives its own. */
export const DEFAULT_REVIEW_SCALE: readonly ReviewGrade[] = [
  { code: 'GOOD', label: '好', score: 100 },
  { code: 'FAIRLY_GOOD', label: '较好', score: 85 },
  { code: 'FAIR', label: '一般', score: 70 },
  { code: 'POOR', label: '差', score: 50 },
];

/**
 * 党组(党委)书记抓基层党建述职评议, one a year (全覆盖: every agency reports). The committee plans it,
 * opens the reports, runs the meeting (分组集中述职, 现场点评, 打分) and circulates the results. The scale
 * is data, fixed once rating starts; the reviewers are committee users who rate.
 */
@ObjectType({ description: '述职评议(年度)' })
@Entity()
@Index('uq_review_session_year', ['year'], { unique: true })
export class ReviewSession extends GlobalEntity {
  @Field(() => Int, { description: '年度(述职的工作年度)' })
  @Column({ type: 'integer' })
  year: number;

  @Field({ description: '名称' })
  @Column({ type: 'varchar', length: REVIEW_TITLE_LENGTH })
  title: string;

  @Field(() => LocalDateScalar, { description: '述职评议会日期(述职报告在此前报送)' })
  @Column({ type: 'date' })
  heldOn: string;

  @Field(() => ReviewSessionStatus)
  @Column({ type: 'varchar', length: 16 })
  status: ReviewSessionStatus;

  @Field(() => [ReviewGrade], { description: '评议等次(开始打分后不再修改)' })
  @Column({ type: 'simple-json' })
  scale: ReviewGrade[];

  @Field(() => [ID], { description: '评议人(工委用户)' })
  @Column({ type: 'simple-json' })
  reviewerUserIds: string[];

  @Field(() => ID, { description: '创建人(用户)' })
  @Column({ type: 'varchar', length: ID_LENGTH })
  createdById: string;

  @Field(() => Date, { nullable: true, description: '通报结果的时间' })
  @Column({ type: 'datetime', nullable: true })
  closedAt: Date | null;
}

/** 述职小组: the agencies that report together at the meeting (分组集中述职). */
@ObjectType({ description: '述职小组' })
@Entity()
@Index('uq_review_group_name', ['sessionId', 'name'], { unique: true })
export class ReviewGroup extends GlobalEntity {
  @Field(() => ID)
  @Column({ type: 'varchar', length: ID_LENGTH })
  sessionId: string;

  @Field({ description: '组名' })
  @Column({ type: 'varchar', length: REVIEW_GROUP_NAME_LENGTH })
  name: string;

  @Field(() => Int, { description: '述职顺序' })
  @Column({ type: 'integer' })
  position: number;
}
