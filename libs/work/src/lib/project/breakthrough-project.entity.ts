import { Column, Entity, Index } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { EvidenceRef } from '@zeren/files';
import { LocalDateScalar } from '@zeren/shared-graphql';
import { ID_LENGTH, TenantOwnedEntity } from '@zeren/tenancy';
import { ProblemCategory, ProjectStatus } from '../work.enums';

export const PROJECT_TITLE_LENGTH = 100;

/**
 * 书记抓基层党建突破项目: an agency's 党组(党委)书记 takes on at least one a year. The agency writes
 * the application (立项书) and reports; the committee approves with scores, accepts and closes
 * (销号) or terminates. Filed by the agency, reviewed by the committee (work.policies.ts).
 */
@ObjectType({ description: '书记抓基层党建突破项目' })
@Entity()
@Index('ix_breakthrough_project_tenant_year', ['tenantId', 'year'])
@Index('ix_breakthrough_project_tenant_status', ['tenantId', 'status'])
export class BreakthroughProject extends TenantOwnedEntity {
  @Field(() => Int, { description: '年度' })
  @Column({ type: 'integer' })
  year: number;

  @Field(() => ID, { description: '党组(党委)' })
  @Column({ type: 'varchar', length: ID_LENGTH })
  unitId: string;

  @Field(() => ID, { description: '领衔的党组(党委)书记(党员)' })
  @Column({ type: 'varchar', length: ID_LENGTH })
  secretaryMemberId: string;

  @Field({ description: '项目名称' })
  @Column({ type: 'varchar', length: PROJECT_TITLE_LENGTH })
  title: string;

  @Field(() => ProblemCategory, { description: '问题类别' })
  @Column({ type: 'varchar', length: 16 })
  category: ProblemCategory;

  @Field({ description: '要解决的问题' })
  @Column({ type: 'text' })
  problem: string;

  @Field({ description: '攻坚措施' })
  @Column({ type: 'text' })
  measures: string;

  @Field({ description: '预期成效' })
  @Column({ type: 'text' })
  expectedOutcome: string;

  @Field(() => [EvidenceRef], { description: '立项书附件' })
  @Column({ type: 'simple-json' })
  proposal: EvidenceRef[];

  @Field(() => ProjectStatus)
  @Column({ type: 'varchar', length: 16 })
  status: ProjectStatus;

  @Field(() => Date, { nullable: true, description: '申报时间' })
  @Column({ type: 'datetime', nullable: true })
  appliedAt: Date | null;

  @Field(() => Int, { nullable: true, description: '立项评审:必要性(0-100)' })
  @Column({ type: 'integer', nullable: true })
  necessityScore: number | null;

  @Field(() => Int, { nullable: true, description: '立项评审:时效性(0-100)' })
  @Column({ type: 'integer', nullable: true })
  timelinessScore: number | null;

  @Field(() => Int, { nullable: true, description: '立项评审:牵动性(0-100)' })
  @Column({ type: 'integer', nullable: true })
  leverageScore: number | null;

  @Field(() => String, { nullable: true, description: '立项审核意见(退回时必填)' })
  @Column({ type: 'text', nullable: true })
  reviewComment: string | null;

  @Field(() => Date, { nullable: true, description: '立项时间' })
  @Column({ type: 'datetime', nullable: true })
  approvedAt: Date | null;

  @Field(() => ID, { nullable: true, description: '审核人(用户)' })
  @Column({ type: 'varchar', length: ID_LENGTH, nullable: true })
  reviewedById: string | null;

  @Field(() => String, { nullable: true, description: '结项报告:取得的成效' })
  @Column({ type: 'text', nullable: true })
  outcome: string | null;

  @Field(() => Date, { nullable: true, description: '申请结项时间' })
  @Column({ type: 'datetime', nullable: true })
  acceptanceRequestedAt: Date | null;

  @Field(() => Int, { nullable: true, description: '结项验收得分(0-100)' })
  @Column({ type: 'integer', nullable: true })
  acceptanceScore: number | null;

  @Field(() => String, { nullable: true, description: '验收意见' })
  @Column({ type: 'text', nullable: true })
  acceptanceComment: string | null;

  @Field(() => Date, { nullable: true, description: '销号时间' })
  @Column({ type: 'datetime', nullable: true })
  closedAt: Date | null;

  @Field(() => String, { nullable: true, description: '终止原因' })
  @Column({ type: 'text', nullable: true })
  terminationReason: string | null;

  @Field(() => Date, { nullable: true, description: '终止时间' })
  @Column({ type: 'datetime', nullable: true })
  terminatedAt: Date | null;

  @Field(() => ID, { description: '填报人(用户)' })
  @Column({ type: 'varchar', length: ID_LENGTH })
  createdById: string;
}

/** A dated step of a project's plan; the agency marks it done while the project runs. */
@ObjectType({ description: '突破项目节点' })
@Entity()
@Index('ix_project_milestone_tenant_project', ['tenantId', 'projectId'])
export class ProjectMilestone extends TenantOwnedEntity {
  @Field(() => ID)
  @Column({ type: 'varchar', length: ID_LENGTH })
  projectId: string;

  @Field({ description: '节点内容' })
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Field(() => LocalDateScalar, { description: '计划完成日期' })
  @Column({ type: 'date' })
  dueOn: string;

  @Field(() => LocalDateScalar, { nullable: true, description: '实际完成日期' })
  @Column({ type: 'date', nullable: true })
  doneOn: string | null;

  @Field(() => Int)
  @Column({ type: 'integer' })
  sortOrder: number;
}

/** 季度进展: one report per project and quarter while it runs (rewritten within the quarter). */
@ObjectType({ description: '突破项目季度进展' })
@Entity()
@Index('uq_project_progress_period', ['tenantId', 'projectId', 'periodKey'], { unique: true })
export class ProjectProgress extends TenantOwnedEntity {
  @Field(() => ID)
  @Column({ type: 'varchar', length: ID_LENGTH })
  projectId: string;

  @Field({ description: '季度,如 2026-Q4' })
  @Column({ type: 'varchar', length: 8 })
  periodKey: string;

  @Field({ description: '进展情况' })
  @Column({ type: 'text' })
  content: string;

  @Field(() => [EvidenceRef], { description: '印证资料' })
  @Column({ type: 'simple-json' })
  evidence: EvidenceRef[];

  @Field(() => ID, { description: '报告人(用户)' })
  @Column({ type: 'varchar', length: ID_LENGTH })
  reportedById: string;
}
