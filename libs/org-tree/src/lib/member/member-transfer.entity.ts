import { Column, Entity, Index } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '@zeren/shared-graphql';
import { ID_LENGTH, TenantOwnedEntity } from '@zeren/tenancy';

/** One move of a member between units of the same tenant; the history is never rewritten. */
@ObjectType({ description: '党员组织关系转接记录' })
@Entity()
@Index('ix_member_transfer_tenant_member', ['tenantId', 'memberId', 'transferredOn'])
export class MemberTransfer extends TenantOwnedEntity {
  @Field(() => ID)
  @Column({ type: 'varchar', length: ID_LENGTH })
  memberId: string;

  @Field(() => ID, { description: '转出党组织' })
  @Column({ type: 'varchar', length: ID_LENGTH })
  fromUnitId: string;

  @Field(() => ID, { description: '转入党组织' })
  @Column({ type: 'varchar', length: ID_LENGTH })
  toUnitId: string;

  @Field(() => LocalDateScalar, { description: '转接日期' })
  @Column({ type: 'date' })
  transferredOn: string;

  @Field(() => String, { nullable: true, description: '备注' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  note: string | null;
}
