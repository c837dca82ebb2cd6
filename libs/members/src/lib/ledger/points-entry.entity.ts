import { Column, Entity, Index } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '@zeren/shared-graphql';
import { ID_LENGTH, TenantOwnedEntity } from '@zeren/tenancy';
import { EvidenceRef } from '@zeren/files';
import { EntryOrigin, EntryStatus, RuleOwner } from '../members.enums';
import { CATEGORY_LENGTH, RULE_NAME_LENGTH } from '../rule/rule-spec';

export const NOTE_LENGTH = 500;
export const REASON_LENGTH = 500;

/**
 * One line of an agency's 积分台账: points for a member under a rule on a date. The rule's name,
 * category and points are copied in, so a rule edited later changes no entry. An approved entry is
 * never changed again: a correction is a new REVERSAL entry that negates it (`reversesId`).
 * `unitId` is the member's unit when the entry was made: the branch secretary's data scope.
 */
@ObjectType({ description: '积分台账条目' })
@Entity()
@Index('ix_points_entry_tenant_unit', ['tenantId', 'unitId', 'status'])
@Index('ix_points_entry_tenant_member', ['tenantId', 'memberId', 'status', 'occurredOn', 'pointsTenths'])
@Index('ix_points_entry_tenant_user', ['tenantId', 'memberUserId'])
@Index('ix_points_entry_tenant_status', ['tenantId', 'status', 'occurredOn'])
@Index('uq_points_entry_reverses', ['tenantId', 'reversesId'], { unique: true })
@Index('uq_points_entry_source', ['tenantId', 'sourceKey'], { unique: true })
export class PointsEntry extends TenantOwnedEntity {
  @Field(() => ID, { description: '党员' })
  @Column({ type: 'varchar', length: ID_LENGTH })
  memberId: string;

  @Field(() => ID, { description: '党员所在党组织(记录时)' })
  @Column({ type: 'varchar', length: ID_LENGTH })
  unitId: string;

  @Column({ type: 'varchar', length: ID_LENGTH, nullable: true })
  memberUserId: string | null;

  @Field(() => ID, { description: '积分规则' })
  @Column({ type: 'varchar', length: ID_LENGTH })
  ruleId: string;

  @Field(() => RuleOwner, { description: '规则来源' })
  @Column({ type: 'varchar', length: 16 })
  ruleOwner: RuleOwner;

  @Field({ description: '规则名称(记录时)' })
  @Column({ type: 'varchar', length: RULE_NAME_LENGTH })
  ruleName: string;

  @Field({ description: '类别(记录时)' })
  @Column({ type: 'varchar', length: CATEGORY_LENGTH })
  category: string;

  @Field(() => Int, { description: '年度' })
  @Column({ type: 'integer' })
  year: number;

  @Field(() => LocalDateScalar, { description: '发生日期' })
  @Column({ type: 'date' })
  occurredOn: string;

  @Column({ type: 'integer' })
  pointsTenths: number;

  @Field(() => EntryOrigin)
  @Column({ type: 'varchar', length: 16 })
  origin: EntryOrigin;

  @Field(() => EntryStatus)
  @Column({ type: 'varchar', length: 16 })
  status: EntryStatus;

  @Field({ description: '事由' })
  @Column({ type: 'text' })
  note: string;

  @Field(() => [EvidenceRef], { description: '佐证材料' })
  @Column({ type: 'simple-json' })
  evidence: EvidenceRef[];

  @Field(() => ID, { description: '记录人(用户)' })
  @Column({ type: 'varchar', length: ID_LENGTH })
  recordedById: string;

  @Field(() => ID, { nullable: true, description: '审核人(用户)' })
  @Column({ type: 'varchar', length: ID_LENGTH, nullable: true })
  decidedById: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'datetime', nullable: true })
  decidedAt: Date | null;

  @Field(() => String, { nullable: true, description: '驳回理由' })
  @Column({ type: 'text', nullable: true })
  rejectReason: string | null;

  @Field(() => String, { nullable: true, description: '申诉理由(每条只能申诉一次)' })
  @Column({ type: 'text', nullable: true })
  appealReason: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'datetime', nullable: true })
  appealedAt: Date | null;

  @Field(() => ID, { nullable: true, description: '冲正的原条目' })
  @Column({ type: 'varchar', length: ID_LENGTH, nullable: true })
  reversesId: string | null;

  // An automatic entry's source and member (activity/automatic): a second run writes nothing twice.
  @Column({ type: 'varchar', length: 120, nullable: true })
  sourceKey?: string | null;
}
