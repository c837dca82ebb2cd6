import { Column, Entity, Index } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '@zeren/shared-graphql';
import { ID_LENGTH, TenantOwnedEntity } from '@zeren/tenancy';

/**
 * An agency's stricter terms for a mandated item: an earlier due date, more evidence, an added
 * requirement. Never looser (the service refuses that): the template stays the floor.
 */
@ObjectType({ description: '本单位对规定事项的从严要求' })
@Entity()
@Index('uq_duty_tightening_tenant_item', ['tenantId', 'itemId'], { unique: true })
export class DutyTightening extends TenantOwnedEntity {
  @Field(() => ID, { description: '模板事项' })
  @Column({ type: 'varchar', length: ID_LENGTH })
  itemId: string;

  @Field(() => ID)
  @Column({ type: 'varchar', length: ID_LENGTH })
  templateId: string;

  @Field(() => Int, { nullable: true, description: '提前后的完成时限(周期末后的天数)' })
  @Column({ type: 'integer', nullable: true })
  dueOffsetDays: number | null;

  @Field(() => LocalDateScalar, { nullable: true, description: '提前后的完成日期(一次性事项)' })
  @Column({ type: 'date', nullable: true })
  dueOn: string | null;

  @Field(() => Int, { nullable: true, description: '提高后的印证资料最少件数' })
  @Column({ type: 'integer', nullable: true })
  minEvidence: number | null;

  @Field(() => String, { nullable: true, description: '本单位补充要求' })
  @Column({ type: 'text', nullable: true })
  extraRequirement: string | null;
}
