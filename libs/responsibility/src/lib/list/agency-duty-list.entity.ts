import { Column, Entity, Index } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ID_LENGTH, TenantOwnedEntity } from '@zeren/tenancy';

/**
 * An agency's 责任清单 for a year: written for every agency at once when the committee publishes the
 * template (one set-based write). Its mandated items are the template's; the agency's additions and
 * tightenings are rows of their own.
 */
@ObjectType({ description: '单位责任清单(随模板发布下达)' })
@Entity()
@Index('uq_agency_duty_list_tenant_template', ['tenantId', 'templateId'], { unique: true })
export class AgencyDutyList extends TenantOwnedEntity {
  @Field(() => ID, { description: '模板' })
  @Column({ type: 'varchar', length: ID_LENGTH })
  templateId: string;

  @Field(() => Int, { description: '年度' })
  @Column({ type: 'integer' })
  year: number;

  @Field(() => Date, { description: '下达时间' })
  @Column({ type: 'datetime' })
  issuedAt: Date;
}
