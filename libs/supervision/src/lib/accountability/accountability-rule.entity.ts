import { Column, Entity } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';
import { GlobalEntity } from '@zeren/tenancy';
import { AssessmentGrade } from '../assessment/assessment.enums';
import { MeasureKind, RuleTrigger } from './accountability.enums';

export const RULE_DESCRIPTION_LENGTH = 200;

/**
 * 问责规则: when a year's result calls for which measure — grade 差 → 约谈提醒, N overdue marks →
 * 限期整改, bottom N → 取消评先. Data the committee keeps; a retired rule proposes nothing.
 */
@ObjectType({ description: '问责规则' })
@Entity()
export class AccountabilityRule extends GlobalEntity {
  @Field(() => MeasureKind, { description: '问责措施' })
  @Column({ type: 'varchar', length: 24 })
  kind: MeasureKind;

  @Field(() => RuleTrigger, { description: '触发条件' })
  @Column({ type: 'varchar', length: 32 })
  trigger: RuleTrigger;

  @Field(() => AssessmentGrade, { nullable: true, description: '等次(按等次触发时)' })
  @Column({ type: 'varchar', length: 16, nullable: true })
  grade: AssessmentGrade | null;

  @Field(() => Int, { nullable: true, description: 'N(按数量或末位名次触发时)' })
  @Column({ type: 'integer', nullable: true })
  threshold: number | null;

  @Field({ description: '说明' })
  @Column({ type: 'varchar', length: RULE_DESCRIPTION_LENGTH })
  description: string;

  @Field(() => Int, { description: '排序' })
  @Column({ type: 'integer' })
  position: number;

  @Field({ description: '启用' })
  @Column({ type: 'boolean' })
  active: boolean;
}
