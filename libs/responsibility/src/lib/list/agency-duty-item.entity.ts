import { Column, Entity, Index } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { ID_LENGTH, TenantOwnedEntity } from '@zeren/tenancy';
import { WithDutySpec } from '../duty/duty-spec';

/** An item the agency added to its own list (本单位自定事项); the agency may edit and delete it. */
@ObjectType({ description: '本单位自定责任事项' })
@Entity()
@Index('ix_agency_duty_item_tenant_template', ['tenantId', 'templateId', 'sortOrder'])
export class AgencyDutyItem extends WithDutySpec(TenantOwnedEntity) {
  @Field(() => ID, { description: '所属年度模板' })
  @Column({ type: 'varchar', length: ID_LENGTH })
  templateId: string;
}
