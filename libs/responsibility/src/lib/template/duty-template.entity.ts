import { Column, Entity, Index } from 'typeorm';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GlobalEntity, ID_LENGTH } from '@zeren/tenancy';

export enum TemplateStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
}
registerEnumType(TemplateStatus, {
  name: 'TemplateStatus',
  description: '模板状态',
  valuesConfig: { DRAFT: { description: '草稿(可修改)' }, PUBLISHED: { description: '已发布(只读)' } },
});

/**
 * 责任清单模板: the committee's yearly version of the 三级两类九岗 catalogue. Reference data every
 * agency reads (their lists inherit its items), so a global row that only the committee writes.
 */
@ObjectType({ description: '责任清单模板(年度版本)' })
@Entity()
@Index('uq_duty_template_year', ['year'], { unique: true })
export class DutyTemplate extends GlobalEntity {
  @Field(() => Int, { description: '年度' })
  @Column({ type: 'integer' })
  year: number;

  @Field({ description: '名称' })
  @Column({ type: 'varchar', length: 100 })
  title: string;

  @Field(() => TemplateStatus)
  @Column({ type: 'varchar', length: 16 })
  status: TemplateStatus;

  @Field(() => ID, { nullable: true, description: '复制自哪一版' })
  @Column({ type: 'varchar', length: ID_LENGTH, nullable: true })
  basedOnId: string | null;

  @Field(() => Int, { description: '临近截止多少天亮黄灯(工委设定)' })
  @Column({ type: 'integer' })
  yellowWithinDays: number;

  @Field(() => Date, { nullable: true, description: '发布时间' })
  @Column({ type: 'datetime', nullable: true })
  publishedAt: Date | null;
}
