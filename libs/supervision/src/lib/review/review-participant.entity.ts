import { Column, Entity, Index } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { EvidenceRef } from '@zeren/files';
import { ID_LENGTH, TenantOwnedEntity } from '@zeren/tenancy';
import { GRADE_CODE_LENGTH } from './review-session.entity';
import { ReviewReportStatus } from './review.enums';

export const COMMENTER_LENGTH = 40;

/**
 * One agency at a session: written by the committee into the agency (dispatch), which submits its
 * 一把手's 述职报告 (files and a summary) before the meeting. The result columns are written by the
 * committee when it circulates the results; the agency reads its own, never another's.
 */
@ObjectType({ description: '述职单位' })
@Entity()
@Index('uq_review_participant_tenant_session', ['tenantId', 'sessionId'], { unique: true })
@Index('ix_review_participant_tenant_group', ['tenantId', 'groupId'])
export class ReviewParticipant extends TenantOwnedEntity {
  @Field(() => ID)
  @Column({ type: 'varchar', length: ID_LENGTH })
  sessionId: string;

  @Field(() => ID, { description: '述职小组' })
  @Column({ type: 'varchar', length: ID_LENGTH })
  groupId: string;

  @Field(() => ReviewReportStatus, { description: '述职报告状态' })
  @Column({ type: 'varchar', length: 16 })
  status: ReviewReportStatus;

  @Field(() => String, { nullable: true, description: '述职报告摘要' })
  @Column({ type: 'text', nullable: true })
  summary: string | null;

  @Field(() => [EvidenceRef], { description: '述职报告文件' })
  @Column({ type: 'simple-json' })
  reportFiles: EvidenceRef[];

  @Field(() => Date, { nullable: true, description: '报送时间' })
  @Column({ type: 'datetime', nullable: true })
  submittedAt: Date | null;

  @Field(() => ID, { nullable: true, description: '报送人(用户)' })
  @Column({ type: 'varchar', length: ID_LENGTH, nullable: true })
  submittedById: string | null;

  @Field(() => String, { nullable: true, description: '退回原因' })
  @Column({ type: 'text', nullable: true })
  returnReason: string | null;

  @Field(() => Date, { nullable: true, description: '退回时间' })
  @Column({ type: 'datetime', nullable: true })
  returnedAt: Date | null;

  @Field(() => ID, { description: '安排人(用户)' })
  @Column({ type: 'varchar', length: ID_LENGTH })
  createdById: string;

  // The circulated result (written at closing; read through the `result` field): the mean score in
  // hundredths, so that both engines keep it exactly; its grade; its rank among the rated agencies.
  @Column({ type: 'integer', nullable: true })
  resultCentiScore: number | null;

  @Column({ type: 'varchar', length: GRADE_CODE_LENGTH, nullable: true })
  resultGrade: string | null;

  @Column({ type: 'integer', nullable: true })
  resultRank: number | null;

  @Column({ type: 'integer', nullable: true })
  resultRanked: number | null;

  @Column({ type: 'integer', nullable: true })
  resultRatingCount: number | null;
}

/** 现场点评: a city leader's comment on an agency's report, which may become an item of the 整改台账. */
@ObjectType({ description: '述职点评' })
@Entity()
@Index('ix_review_comment_tenant_participant', ['tenantId', 'participantId'])
@Index('ix_review_comment_tenant_session', ['tenantId', 'sessionId'])
export class ReviewComment extends TenantOwnedEntity {
  @Field(() => ID)
  @Column({ type: 'varchar', length: ID_LENGTH })
  sessionId: string;

  @Field(() => ID, { description: '述职单位' })
  @Column({ type: 'varchar', length: ID_LENGTH })
  participantId: string;

  @Field({ description: '点评人(市领导姓名)' })
  @Column({ type: 'varchar', length: COMMENTER_LENGTH })
  commenter: string;

  @Field({ description: '点评意见' })
  @Column({ type: 'text' })
  content: string;

  @Field(() => ID, { nullable: true, description: '已列入整改台账的整改事项' })
  @Column({ type: 'varchar', length: ID_LENGTH, nullable: true })
  rectificationId: string | null;

  @Field(() => ID, { description: '记录人(用户)' })
  @Column({ type: 'varchar', length: ID_LENGTH })
  createdById: string;
}

/** One reviewer's grade for one agency; a reviewer rating again replaces theirs. The score is the grade's at rating time. */
@ObjectType({ description: '评议打分' })
@Entity()
@Index('uq_review_rating_tenant_reviewer', ['tenantId', 'participantId', 'reviewerUserId'], { unique: true })
@Index('ix_review_rating_tenant_session', ['tenantId', 'sessionId'])
export class ReviewRating extends TenantOwnedEntity {
  @Field(() => ID)
  @Column({ type: 'varchar', length: ID_LENGTH })
  sessionId: string;

  @Field(() => ID, { description: '述职单位' })
  @Column({ type: 'varchar', length: ID_LENGTH })
  participantId: string;

  @Field(() => ID, { description: '评议人(工委用户)' })
  @Column({ type: 'varchar', length: ID_LENGTH })
  reviewerUserId: string;

  @Field({ description: '评议等次代码' })
  @Column({ type: 'varchar', length: GRADE_CODE_LENGTH })
  code: string;

  @Field(() => Int, { description: '折合分数' })
  @Column({ type: 'integer' })
  score: number;

  @Field(() => Date, { description: '打分时间' })
  @Column({ type: 'datetime' })
  ratedAt: Date;
}
