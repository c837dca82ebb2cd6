import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { EvidenceKind } from '@zeren/files';
import { LocalDateScalar } from '@zeren/shared-graphql';
import { GlobalEntity, ID_LENGTH } from '@zeren/tenancy';
import { TaskStatus, TaskTarget } from '../work.enums';

export const TASK_TITLE_LENGTH = 100;

/**
 * 每月重点任务 (项目化推送): written by the committee, sent to its targets as one receipt per agency.
 * Global: every agency reads the task its receipt points to; only the committee writes it. Once
 * sent it is fixed, but for a deadline amended with a reason (TaskDeadlineChange) or a recall.
 */
@ObjectType({ description: '重点任务' })
@Entity()
@Index('ix_work_task_month', ['year', 'month'])
@Index('ix_work_task_point', ['pointId'])
export class WorkTask extends GlobalEntity {
  @Field(() => Int, { description: '年度' })
  @Column({ type: 'integer' })
  year: number;

  @Field(() => Int, { description: '月份(1-12)' })
  @Column({ type: 'integer' })
  month: number;

  @Field(() => ID, { description: '服务的工作要点条目' })
  @Column({ type: 'varchar', length: ID_LENGTH })
  pointId: string;

  @Field({ description: '任务名称' })
  @Column({ type: 'varchar', length: TASK_TITLE_LENGTH })
  title: string;

  @Field({ description: '任务要求' })
  @Column({ type: 'text' })
  requirement: string;

  @Field(() => LocalDateScalar, { description: '完成时限(当日及以前报送为按时)' })
  @Column({ type: 'date' })
  dueOn: string;

  @Field(() => Date, { description: '完成时限的时刻(此时刻及以后为逾期)' })
  @Column({ type: 'datetime' })
  dueAt: Date;

  @Field(() => [EvidenceKind], { nullable: true, description: '要求的印证资料类型;为空时不限' })
  @Column({ type: 'simple-json', nullable: true })
  evidenceKinds: EvidenceKind[] | null;

  @Field(() => Int, { description: '至少需要的印证资料件数' })
  @Column({ type: 'integer' })
  minEvidence: number;

  @Field(() => TaskTarget)
  @Column({ type: 'varchar', length: 16 })
  target: TaskTarget;

  /** Shown through TaskResolver.targetTenantIds: an agency learns only that it is among them. */
  @Column({ type: 'simple-json', nullable: true })
  targetTenantIds: string[] | null;

  @Field(() => TaskStatus)
  @Column({ type: 'varchar', length: 16 })
  status: TaskStatus;

  @Field(() => Date, { nullable: true, description: '推送时间' })
  @Column({ type: 'datetime', nullable: true })
  sentAt: Date | null;

  @Field(() => Int, { description: '推送的单位数' })
  @Column({ type: 'integer' })
  receiptCount: number;

  @Field(() => Date, { nullable: true, description: '撤回时间' })
  @Column({ type: 'datetime', nullable: true })
  recalledAt: Date | null;

  @Field(() => ID, { description: '起草人(用户)' })
  @Column({ type: 'varchar', length: ID_LENGTH })
  createdById: string;
}

/** A sent task's deadline moved, with the reason the agencies read beside it. */
@ObjectType({ description: '完成时限调整记录' })
@Entity()
@Index('ix_task_deadline_change_task', ['taskId', 'createdAt'])
export class TaskDeadlineChange {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: ID_LENGTH })
  id: string;

  @Field(() => ID)
  @Column({ type: 'varchar', length: ID_LENGTH })
  taskId: string;

  @Field(() => LocalDateScalar, { description: '原完成时限' })
  @Column({ type: 'date' })
  fromDueOn: string;

  @Field(() => LocalDateScalar, { description: '新完成时限' })
  @Column({ type: 'date' })
  toDueOn: string;

  @Field({ description: '调整原因' })
  @Column({ type: 'text' })
  reason: string;

  @Field(() => ID, { description: '调整人(用户)' })
  @Column({ type: 'varchar', length: ID_LENGTH })
  changedById: string;

  @Field(() => Date, { description: '调整时间' })
  @Column({ type: 'datetime' })
  createdAt: Date;
}
