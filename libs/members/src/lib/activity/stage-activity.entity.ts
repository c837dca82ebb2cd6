import { Column, Entity, Index } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '@zeren/shared-graphql';
import { ID_LENGTH, TenantOwnedEntity } from '@zeren/tenancy';
import { EvidenceRef } from '@zeren/files';
import { ActivityKind, ActivityStatus } from './activity.enums';

export const TOPIC_LENGTH = 100;
export const PLACE_LENGTH = 100;
export const ACTIVITY_NOTE_LENGTH = 2000;

/**
 * One session of 人人上讲台 (or 学理论、谈感悟、述工作) of a branch: planned, then held with its
 * attendance and speakers, or cancelled. Owned by the agency, `dataScoped` by `unitId` (the branch).
 * Speakers and attendees are member ids; the speakers are counted present.
 */
@ObjectType({ description: '讲台活动' })
@Entity()
@Index('ix_stage_activity_tenant_unit', ['tenantId', 'unitId', 'heldOn'])
@Index('ix_stage_activity_tenant_status', ['tenantId', 'status', 'heldOn'])
export class StageActivity extends TenantOwnedEntity {
  @Field(() => ID, { description: '党支部' })
  @Column({ type: 'varchar', length: ID_LENGTH })
  unitId: string;

  @Field(() => ActivityKind, { description: '类型' })
  @Column({ type: 'varchar', length: 16 })
  kind: ActivityKind;

  @Field({ description: '主题' })
  @Column({ type: 'varchar', length: TOPIC_LENGTH })
  topic: string;

  @Field(() => LocalDateScalar, { description: '日期' })
  @Column({ type: 'date' })
  heldOn: string;

  @Field({ description: '地点' })
  @Column({ type: 'varchar', length: PLACE_LENGTH })
  place: string;

  @Field(() => ActivityStatus)
  @Column({ type: 'varchar', length: 16 })
  status: ActivityStatus;

  @Field(() => [ID], { description: '主讲人(党员)' })
  @Column({ type: 'simple-json' })
  speakerIds: string[];

  @Field(() => [ID], { description: '出席党员(举行时记录)' })
  @Column({ type: 'simple-json' })
  attendeeIds: string[];

  @Field({ description: '备注' })
  @Column({ type: 'text' })
  notes: string;

  @Field(() => [EvidenceRef], { description: '活动材料' })
  @Column({ type: 'simple-json' })
  evidence: EvidenceRef[];

  @Field(() => String, { nullable: true, description: '取消理由' })
  @Column({ type: 'text', nullable: true })
  cancelReason: string | null;

  @Field(() => [String], { description: '自动积分说明(如超出上限未计分的党员)' })
  @Column({ type: 'simple-json' })
  pointsNotes: string[];

  @Field(() => ID, { description: '记录人(用户)' })
  @Column({ type: 'varchar', length: ID_LENGTH })
  recordedById: string;
}
