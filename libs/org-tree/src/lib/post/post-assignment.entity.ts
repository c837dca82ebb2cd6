import { Column, Entity, Index } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '@zeren/shared-graphql';
import { ID_LENGTH, TenantOwnedEntity } from '@zeren/tenancy';

/** Member × unit × post for a term. Current while `endsOn` is empty. */
@ObjectType({ description: '任职' })
@Entity()
@Index('ix_post_assignment_tenant_unit', ['tenantId', 'unitId', 'postCode'])
@Index('ix_post_assignment_tenant_member', ['tenantId', 'memberId'])
@Index('ix_post_assignment_tenant_post', ['tenantId', 'postCode'])
export class PostAssignment extends TenantOwnedEntity {
  @Field(() => ID)
  @Column({ type: 'varchar', length: ID_LENGTH })
  memberId: string;

  @Field(() => ID)
  @Column({ type: 'varchar', length: ID_LENGTH })
  unitId: string;

  @Field({ description: '岗位代码' })
  @Column({ type: 'varchar', length: 48 })
  postCode: string;

  @Field(() => LocalDateScalar, { description: '任职开始日期' })
  @Column({ type: 'date' })
  startsOn: string;

  @Field(() => LocalDateScalar, { nullable: true, description: '任职结束日期;为空表示现任' })
  @Column({ type: 'date', nullable: true })
  endsOn: string | null;
}
