import { Column, Entity, Index } from 'typeorm';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { ID_LENGTH, TenantOwnedEntity } from '@zeren/tenancy';

/** 加减分: points added to or taken from one agency's total for a year, always with the reason. */
@ObjectType({ description: '考核加减分' })
@Entity()
@Index('ix_assessment_adjustment_tenant_year', ['tenantId', 'year'])
export class AssessmentAdjustment extends TenantOwnedEntity {
  @Field(() => Int, { description: '年度' })
  @Column({ type: 'integer' })
  year: number;

  /** Hundredths of a point (see AssessmentResult). */
  @Column({ type: 'integer' })
  pointsCenti: number;

  @Field({ description: '加减分理由' })
  @Column({ type: 'text' })
  reason: string;

  @Field(() => ID, { description: '录入人(用户)' })
  @Column({ type: 'varchar', length: ID_LENGTH })
  createdById: string;

  @Field(() => Float, { description: '分值(加分为正,减分为负)' })
  get points(): number {
    return this.pointsCenti / 100;
  }
}
