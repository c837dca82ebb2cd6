import { Column, Entity, Index } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GlobalEntity, ID_LENGTH } from '@zeren/tenancy';
import { CadenceKind } from '../supervision.enums';

export const CADENCE_TITLE_LENGTH = 100;

/**
 * An issued 督查通报 (每月一调度 / 每季一分析 / 半年一排查). Until it is issued the report is computed
 * from live rows; issuing freezes what it said into `content`, so that the paper sent out reads the
 * same a year later whatever has changed since.
 */
@ObjectType({ description: '已印发的督查通报' })
@Entity()
@Index('uq_cadence_report_period', ['kind', 'year', 'period'], { unique: true })
export class CadenceReport extends GlobalEntity {
  @Field(() => CadenceKind)
  @Column({ type: 'varchar', length: 16 })
  kind: CadenceKind;

  @Field(() => Int, { description: '年度' })
  @Column({ type: 'integer' })
  year: number;

  @Field(() => Int, { description: '期次:月份(1-12)、季度(1-4)或半年(1-2)' })
  @Column({ type: 'integer' })
  period: number;

  @Field({ description: '标题' })
  @Column({ type: 'varchar', length: CADENCE_TITLE_LENGTH })
  title: string;

  @Field(() => Date, { description: '印发时间' })
  @Column({ type: 'datetime' })
  issuedAt: Date;

  @Field(() => ID, { description: '印发人(用户)' })
  @Column({ type: 'varchar', length: ID_LENGTH })
  issuedById: string;

  /** The report as issued, JSON of CadenceContent: read back by the page and the .docx. */
  @Column({ type: 'text' })
  content: string;
}
