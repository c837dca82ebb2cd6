import { Column, Entity, Index } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '@zeren/shared-graphql';
import { ID_LENGTH, TenantOwnedEntity } from '@zeren/tenancy';
import { MeasureKind, MeasureStatus } from './accountability.enums';

/**
 * 问责措施: proposed for one agency and year by the rules from its assessment result, then confirmed
 * or dismissed (with the reason) by the committee. One per agency, year and kind, so proposing again
 * never duplicates. The agency reads its own once confirmed; a confirmed 取消评先 is the year's flag
 * the commendations honour (disqualifiedTenantIds).
 */
@ObjectType({ description: '问责措施' })
@Entity()
@Index('uq_accountability_measure_tenant_year_kind', ['tenantId', 'year', 'kind'], { unique: true })
@Index('ix_accountability_measure_tenant_status', ['tenantId', 'status'])
export class AccountabilityMeasure extends TenantOwnedEntity {
  @Field(() => Int, { description: '年度' })
  @Column({ type: 'integer' })
  year: number;

  @Field(() => MeasureKind)
  @Column({ type: 'varchar', length: 24 })
  kind: MeasureKind;

  @Field(() => ID, { description: '依据的考核结果' })
  @Column({ type: 'varchar', length: ID_LENGTH })
  resultId: string;

  @Field(() => [ID], { description: '触发的问责规则' })
  @Column({ type: 'simple-json' })
  ruleIds: string[];

  @Field({ description: '问责依据' })
  @Column({ type: 'text' })
  grounds: string;

  @Field(() => MeasureStatus)
  @Column({ type: 'varchar', length: 16 })
  status: MeasureStatus;

  @Field(() => Date, { description: '提出时间' })
  @Column({ type: 'datetime' })
  proposedAt: Date;

  @Field(() => String, { nullable: true, description: '确认意见' })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: '整改时限(限期整改)' })
  @Column({ type: 'date', nullable: true })
  dueOn: string | null;

  @Field(() => String, { nullable: true, description: '不予问责的理由' })
  @Column({ type: 'text', nullable: true })
  dismissReason: string | null;

  @Field(() => Date, { nullable: true, description: '确认或不予问责的时间' })
  @Column({ type: 'datetime', nullable: true })
  decidedAt: Date | null;

  @Field(() => ID, { nullable: true, description: '决定人(用户)' })
  @Column({ type: 'varchar', length: ID_LENGTH, nullable: true })
  decidedById: string | null;
}
