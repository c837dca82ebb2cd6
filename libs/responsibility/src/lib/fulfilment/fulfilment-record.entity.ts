import { Column, Entity, Index } from 'typeorm';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateScalar } from '@zeren/shared-graphql';
import { ID_LENGTH, TenantOwnedEntity } from '@zeren/tenancy';
import { EvidenceRef } from '@zeren/files';

export enum RecordStatus {
  SUBMITTED = 'SUBMITTED',
  RETURNED = 'RETURNED',
  ACCEPTED = 'ACCEPTED',
}
registerEnumType(RecordStatus, {
  name: 'RecordStatus',
  description: '履责纪实状态',
  valuesConfig: { SUBMITTED: { description: '待审核' }, RETURNED: { description: '已退回' }, ACCEPTED: { description: '已通过' } },
});

export const RECORD_STATUS_LABELS: Readonly<Record<RecordStatus, string>> = { SUBMITTED: '待审核', RETURNED: '已退回', ACCEPTED: '已通过' };

export { EvidenceRef };

/**
 * 履责纪实: what a holder did for one duty in one period (一事一记). Versions, never edits: a returned
 * record is answered by a new version, a correction is a new version, and the earlier ones stay as
 * they were. `current` marks the version that counts.
 *
 * The subject is a unit (organisation duties, and posts with one holder such as a secretary: the
 * duty stays with the post when its holder changes) or a member at a unit (posts with several
 * holders, and every member's own duties): `holderKey` is the member id, or '' for the unit.
 */
@ObjectType({ description: '履责纪实' })
@Entity()
@Index('uq_fulfilment_record_version', ['tenantId', 'dutyId', 'periodKey', 'unitId', 'holderKey', 'version'], { unique: true })
@Index('ix_fulfilment_record_tenant_current', ['tenantId', 'current', 'status'])
@Index('ix_fulfilment_record_tenant_unit', ['tenantId', 'unitId'])
@Index('ix_fulfilment_record_tenant_subject_user', ['tenantId', 'subjectUserId'])
@Index('ix_fulfilment_record_tenant_template', ['tenantId', 'templateId', 'dutyId', 'periodKey'])
export class FulfilmentRecord extends TenantOwnedEntity {
  @Field(() => ID)
  @Column({ type: 'varchar', length: ID_LENGTH })
  templateId: string;

  @Field(() => ID, { description: '责任事项(模板事项或本单位自定事项)' })
  @Column({ type: 'varchar', length: ID_LENGTH })
  dutyId: string;

  @Field({ description: '周期(如 2026-Q3)' })
  @Column({ type: 'varchar', length: 16 })
  periodKey: string;

  @Field(() => ID, { description: '履责的党组织' })
  @Column({ type: 'varchar', length: ID_LENGTH })
  unitId: string;

  @Field(() => ID, { nullable: true, description: '履责的党员(个人责任);组织责任和书记岗位为空' })
  @Column({ type: 'varchar', length: ID_LENGTH, nullable: true })
  memberId: string | null;

  @Column({ type: 'varchar', length: ID_LENGTH })
  holderKey: string;

  @Column({ type: 'varchar', length: ID_LENGTH, nullable: true })
  subjectUserId: string | null;

  @Field({ description: '责任岗位代码' })
  @Column({ type: 'varchar', length: 48 })
  postCode: string;

  @Field(() => Int, { description: '版本(退回后重报、更正各为新版本)' })
  @Column({ type: 'integer' })
  version: number;

  @Field({ description: '是否为计数的当前版本' })
  @Column({ type: 'boolean' })
  current: boolean;

  @Field(() => RecordStatus)
  @Column({ type: 'varchar', length: 16 })
  status: RecordStatus;

  @Field({ description: '做了什么' })
  @Column({ type: 'text' })
  content: string;

  @Field(() => LocalDateScalar, { description: '履责日期' })
  @Column({ type: 'date' })
  happenedOn: string;

  @Field(() => String, { nullable: true, description: '地点' })
  @Column({ type: 'varchar', length: 100, nullable: true })
  place: string | null;

  @Field(() => String, { nullable: true, description: '参加人员' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  participants: string | null;

  @Field(() => [EvidenceRef], { description: '印证资料' })
  @Column({ type: 'simple-json' })
  evidence: EvidenceRef[];

  @Field(() => Date, { description: '完成时限(此时刻及以后为逾期)' })
  @Column({ type: 'datetime' })
  dueAt: Date;

  @Field(() => Date, { description: '提交时间' })
  @Column({ type: 'datetime' })
  submittedAt: Date;

  @Field({ description: '逾期完成(永久标记,计入考核)' })
  @Column({ type: 'boolean' })
  late: boolean;

  @Field(() => ID, { description: '记录人(用户)' })
  @Column({ type: 'varchar', length: ID_LENGTH })
  recordedById: string;

  @Field(() => ID, { nullable: true, description: '上一版本' })
  @Column({ type: 'varchar', length: ID_LENGTH, nullable: true })
  previousId: string | null;

  @Field(() => String, { nullable: true, description: '更正原因' })
  @Column({ type: 'text', nullable: true })
  correctionReason: string | null;

  @Field(() => ID, { nullable: true, description: '审核人(用户)' })
  @Column({ type: 'varchar', length: ID_LENGTH, nullable: true })
  reviewedById: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'datetime', nullable: true })
  reviewedAt: Date | null;

  @Field(() => String, { nullable: true, description: '审核意见(退回时必填)' })
  @Column({ type: 'text', nullable: true })
  reviewComment: string | null;
}
