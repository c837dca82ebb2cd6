import { Column, Entity, Index } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ID_LENGTH, TenantOwnedEntity } from '@zeren/tenancy';

/**
 * Completion of one duty in one period at one agency, kept current in the same transaction as the
 * records it counts (current versions only), so that the committee's board reads these rows and never
 * scans the records. `rebuild` in completion.service recomputes them; a test holds the two equal.
 */
@ObjectType({ description: '履责完成情况(汇总)' })
@Entity()
@Index('uq_duty_completion_tenant_duty_period', ['tenantId', 'templateId', 'dutyId', 'periodKey'], { unique: true })
export class DutyCompletion extends TenantOwnedEntity {
  @Field(() => ID)
  @Column({ type: 'varchar', length: ID_LENGTH })
  templateId: string;

  @Field(() => ID)
  @Column({ type: 'varchar', length: ID_LENGTH })
  dutyId: string;

  @Field()
  @Column({ type: 'varchar', length: 16 })
  periodKey: string;

  @Field(() => Int, { description: '已报送(待审核或已通过)' })
  @Column({ type: 'integer' })
  done: number;

  @Field(() => Int, { description: '其中逾期完成' })
  @Column({ type: 'integer' })
  late: number;

  @Field(() => Int, { description: '其中已通过' })
  @Column({ type: 'integer' })
  accepted: number;

  @Field(() => Int, { description: '被退回待重报' })
  @Column({ type: 'integer' })
  returned: number;
}
