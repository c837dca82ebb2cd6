import { Column, Entity, Index } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GlobalEntity, ID_LENGTH } from '@zeren/tenancy';
import { PlanStatus } from '../work.enums';

export const PLAN_TITLE_LENGTH = 100;
export const POINT_TITLE_LENGTH = 200;

/**
 * 年度党建工作要点: the committee's document for a year, numbered points that the monthly key tasks
 * serve. Reference data every agency reads, so a global row only the committee writes.
 */
@ObjectType({ description: '年度党建工作要点' })
@Entity()
@Index('uq_work_plan_year', ['year'], { unique: true })
export class WorkPlan extends GlobalEntity {
  @Field(() => Int, { description: '年度' })
  @Column({ type: 'integer' })
  year: number;

  @Field({ description: '标题' })
  @Column({ type: 'varchar', length: PLAN_TITLE_LENGTH })
  title: string;

  @Field(() => PlanStatus)
  @Column({ type: 'varchar', length: 16 })
  status: PlanStatus;

  @Field(() => Date, { nullable: true, description: '印发时间' })
  @Column({ type: 'datetime', nullable: true })
  publishedAt: Date | null;
}

/** One numbered point of a year's 工作要点. */
@ObjectType({ description: '工作要点条目' })
@Entity()
@Index('uq_work_point_number', ['planId', 'number'], { unique: true })
export class WorkPoint extends GlobalEntity {
  @Field(() => ID)
  @Column({ type: 'varchar', length: ID_LENGTH })
  planId: string;

  @Field(() => Int, { description: '序号' })
  @Column({ type: 'integer' })
  number: number;

  @Field({ description: '要点' })
  @Column({ type: 'varchar', length: POINT_TITLE_LENGTH })
  title: string;

  @Field({ description: '具体内容' })
  @Column({ type: 'text' })
  content: string;
}
