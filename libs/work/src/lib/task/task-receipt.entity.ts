import { Column, Entity, Index } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { EvidenceRef } from '@zeren/files';
import { ID_LENGTH, TenantOwnedEntity } from '@zeren/tenancy';
import { ReceiptStatus } from '../work.enums';

/**
 * 任务回执: one per agency a task was sent to, written for all of them in one statement. The agency
 * signs, works and reports with evidence; the committee approves or returns. Each side writes only
 * its own fields and moves only its own transitions (work.policies.ts).
 */
@ObjectType({ description: '任务回执' })
@Entity()
@Index('uq_task_receipt_tenant_task', ['tenantId', 'taskId'], { unique: true })
@Index('ix_task_receipt_tenant_status', ['tenantId', 'status'])
export class TaskReceipt extends TenantOwnedEntity {
  @Field(() => ID, { description: '重点任务' })
  @Column({ type: 'varchar', length: ID_LENGTH })
  taskId: string;

  @Field(() => Date, { description: '推送时间' })
  @Column({ type: 'datetime' })
  issuedAt: Date;

  @Field(() => ReceiptStatus)
  @Column({ type: 'varchar', length: 16 })
  status: ReceiptStatus;

  @Field(() => Date, { nullable: true, description: '签收时间' })
  @Column({ type: 'datetime', nullable: true })
  signedAt: Date | null;

  @Field(() => ID, { nullable: true, description: '签收人(用户)' })
  @Column({ type: 'varchar', length: ID_LENGTH, nullable: true })
  signedById: string | null;

  @Field(() => String, { nullable: true, description: '办理情况' })
  @Column({ type: 'text', nullable: true })
  response: string | null;

  @Field(() => [EvidenceRef], { description: '印证资料' })
  @Column({ type: 'simple-json' })
  evidence: EvidenceRef[];

  @Field(() => Date, { nullable: true, description: '首次报送时间(按时与否以此为准)' })
  @Column({ type: 'datetime', nullable: true })
  firstReportedAt: Date | null;

  @Field(() => Date, { nullable: true, description: '最近报送时间' })
  @Column({ type: 'datetime', nullable: true })
  reportedAt: Date | null;

  @Field(() => ID, { nullable: true, description: '报送人(用户)' })
  @Column({ type: 'varchar', length: ID_LENGTH, nullable: true })
  reportedById: string | null;

  @Field(() => Int, { description: '报送次数(退回后重报加一)' })
  @Column({ type: 'integer' })
  reportCount: number;

  @Field({ description: '逾期报送(永久标记,计入考核)' })
  @Column({ type: 'boolean' })
  late: boolean;

  @Field(() => String, { nullable: true, description: '审核意见(退回时必填)' })
  @Column({ type: 'text', nullable: true })
  reviewComment: string | null;

  @Field(() => Date, { nullable: true, description: '审核时间' })
  @Column({ type: 'datetime', nullable: true })
  reviewedAt: Date | null;

  @Field(() => ID, { nullable: true, description: '审核人(用户)' })
  @Column({ type: 'varchar', length: ID_LENGTH, nullable: true })
  reviewedById: string | null;
}
