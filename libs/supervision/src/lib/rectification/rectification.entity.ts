import { Column, Entity, Index } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { EvidenceRef } from '@zeren/files';
import { LocalDateScalar } from '@zeren/shared-graphql';
import { ID_LENGTH, TenantOwnedEntity } from '@zeren/tenancy';
import { ExtensionStatus, RectificationSource, RectificationStatus } from '../supervision.enums';

/**
 * 整改台账的一条: 问题 / 措施 / 时限 / 责任人, dispatched to the agency by the committee. The agency
 * writes the measures, the responsible person and the report with evidence; the committee sets the
 * deadline, verifies (通过 | 不通过), approves extensions and closes after a return visit (回访销号).
 * A first report after the deadline earns the permanent `late` mark, which no extension clears.
 */
@ObjectType({ description: '整改事项' })
@Entity()
@Index('ix_rectification_tenant_status', ['tenantId', 'status'])
@Index('ix_rectification_tenant_year', ['tenantId', 'year'])
@Index('ix_rectification_tenant_source', ['tenantId', 'sourceId'])
export class Rectification extends TenantOwnedEntity {
  @Field(() => Int, { description: '年度' })
  @Column({ type: 'integer' })
  year: number;

  @Field(() => RectificationSource)
  @Column({ type: 'varchar', length: 16 })
  source: RectificationSource;

  @Field(() => ID, { description: '来源:督查问题或述职评议点评' })
  @Column({ type: 'varchar', length: ID_LENGTH })
  sourceId: string;

  @Field(() => ID, { nullable: true, description: '问题类别(督查问题)' })
  @Column({ type: 'varchar', length: ID_LENGTH, nullable: true })
  categoryId: string | null;

  @Field({ description: '问题' })
  @Column({ type: 'text' })
  problem: string;

  @Field(() => LocalDateScalar, { description: '整改时限(当日及以前报送为按时)' })
  @Column({ type: 'date' })
  dueOn: string;

  @Field(() => Date, { description: '整改时限的时刻(此时刻及以后为逾期)' })
  @Column({ type: 'datetime' })
  dueAt: Date;

  @Field(() => RectificationStatus)
  @Column({ type: 'varchar', length: 16 })
  status: RectificationStatus;

  @Field(() => String, { nullable: true, description: '整改措施' })
  @Column({ type: 'text', nullable: true })
  measures: string | null;

  @Field(() => ID, { nullable: true, description: '责任人(本单位任职党员)' })
  @Column({ type: 'varchar', length: ID_LENGTH, nullable: true })
  responsibleMemberId: string | null;

  @Field(() => String, { nullable: true, description: '责任人岗位' })
  @Column({ type: 'varchar', length: 48, nullable: true })
  responsiblePostCode: string | null;

  @Field(() => String, { nullable: true, description: '整改情况' })
  @Column({ type: 'text', nullable: true })
  report: string | null;

  @Field(() => [EvidenceRef], { description: '整改印证资料' })
  @Column({ type: 'simple-json' })
  evidence: EvidenceRef[];

  @Field(() => Date, { nullable: true, description: '开始整改时间' })
  @Column({ type: 'datetime', nullable: true })
  startedAt: Date | null;

  @Field(() => Date, { nullable: true, description: '首次报送整改完成的时间(按时与否以此为准)' })
  @Column({ type: 'datetime', nullable: true })
  firstRectifiedAt: Date | null;

  @Field(() => Date, { nullable: true, description: '最近报送时间' })
  @Column({ type: 'datetime', nullable: true })
  rectifiedAt: Date | null;

  @Field(() => ID, { nullable: true, description: '报送人(用户)' })
  @Column({ type: 'varchar', length: ID_LENGTH, nullable: true })
  rectifiedById: string | null;

  @Field({ description: '逾期报送(永久标记,计入考核)' })
  @Column({ type: 'boolean' })
  late: boolean;

  @Field(() => Int, { description: '验收不通过的次数' })
  @Column({ type: 'integer' })
  failedCount: number;

  @Field(() => String, { nullable: true, description: '验收意见(不通过时必填)' })
  @Column({ type: 'text', nullable: true })
  verifyComment: string | null;

  @Field(() => Date, { nullable: true, description: '验收时间' })
  @Column({ type: 'datetime', nullable: true })
  verifiedAt: Date | null;

  @Field(() => ID, { nullable: true, description: '验收人(用户)' })
  @Column({ type: 'varchar', length: ID_LENGTH, nullable: true })
  verifiedById: string | null;

  @Field(() => String, { nullable: true, description: '回访情况(销号时填写)' })
  @Column({ type: 'text', nullable: true })
  closeNote: string | null;

  @Field(() => Date, { nullable: true, description: '销号时间' })
  @Column({ type: 'datetime', nullable: true })
  closedAt: Date | null;

  @Field(() => ID, { nullable: true, description: '销号人(用户)' })
  @Column({ type: 'varchar', length: ID_LENGTH, nullable: true })
  closedById: string | null;

  @Field(() => ID, { description: '下发人(用户)' })
  @Column({ type: 'varchar', length: ID_LENGTH })
  issuedById: string;
}

/** 延期申请: the agency asks for a later deadline with a reason; the committee agrees or not. */
@ObjectType({ description: '整改延期申请' })
@Entity()
@Index('ix_rectification_extension_tenant_rect', ['tenantId', 'rectificationId'])
export class RectificationExtension extends TenantOwnedEntity {
  @Field(() => ID)
  @Column({ type: 'varchar', length: ID_LENGTH })
  rectificationId: string;

  @Field(() => LocalDateScalar, { description: '原时限' })
  @Column({ type: 'date' })
  fromDueOn: string;

  @Field(() => LocalDateScalar, { description: '申请延至' })
  @Column({ type: 'date' })
  toDueOn: string;

  @Field({ description: '延期理由' })
  @Column({ type: 'text' })
  reason: string;

  @Field(() => ID, { description: '申请人(用户)' })
  @Column({ type: 'varchar', length: ID_LENGTH })
  requestedById: string;

  @Field(() => ExtensionStatus)
  @Column({ type: 'varchar', length: 16 })
  status: ExtensionStatus;

  @Field(() => String, { nullable: true, description: '审批意见(不同意时必填)' })
  @Column({ type: 'text', nullable: true })
  decisionComment: string | null;

  @Field(() => Date, { nullable: true, description: '审批时间' })
  @Column({ type: 'datetime', nullable: true })
  decidedAt: Date | null;

  @Field(() => ID, { nullable: true, description: '审批人(用户)' })
  @Column({ type: 'varchar', length: ID_LENGTH, nullable: true })
  decidedById: string | null;
}
