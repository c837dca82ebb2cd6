import { Column, Entity, Index } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GlobalEntity, ID_LENGTH } from '@zeren/tenancy';
import { InstitutionKind } from './institution-kind.enum';

export const INSTITUTION_TITLE_LENGTH = 100;
export const INSTITUTION_NUMBER_LENGTH = 64;

/**
 * One document of the 1+N institution library (制度库): the committee's, read by everyone signed in,
 * so a global row like a template. Its text lives in versions; `currentVersionId` is the one in force.
 */
@ObjectType({ description: '制度(1+N 制度库中的一项)' })
@Entity()
@Index('ix_institution_document_order', ['kind', 'sortOrder'])
export class InstitutionDocument extends GlobalEntity {
  @Field(() => InstitutionKind)
  @Column({ type: 'varchar', length: 8 })
  kind: InstitutionKind;

  @Field({ description: '标题' })
  @Column({ type: 'varchar', length: INSTITUTION_TITLE_LENGTH })
  title: string;

  @Field(() => String, { nullable: true, description: '文号' })
  @Column({ type: 'varchar', length: INSTITUTION_NUMBER_LENGTH, nullable: true })
  number: string | null;

  @Field(() => Int, { description: '排序' })
  @Column({ type: 'integer' })
  sortOrder: number;

  @Field(() => ID, { nullable: true, description: '现行版本;尚未发布为空' })
  @Column({ type: 'varchar', length: ID_LENGTH, nullable: true })
  currentVersionId: string | null;
}
