import { Column, Entity, Index } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GlobalEntity, ID_LENGTH } from '@zeren/tenancy';
import { LocalDateScalar } from '@zeren/shared-graphql';
import { VersionStatus } from './institution-kind.enum';

/**
 * One version of a document's text. A draft is edited until it is published; a published version
 * is never changed again (the next change is a new version), so history reads as it was issued.
 * Body text only: attachments would be files of the committee's tenant, which no agency's scope can
 * read (libs/files authorises a download by the file row's tenant).
 */
@ObjectType({ description: '制度版本' })
@Entity()
@Index('uq_institution_version_number', ['documentId', 'version'], { unique: true })
export class InstitutionVersion extends GlobalEntity {
  @Field(() => ID, { description: '所属制度' })
  @Column({ type: 'varchar', length: ID_LENGTH })
  documentId: string;

  @Field(() => Int, { description: '版本号' })
  @Column({ type: 'integer' })
  version: number;

  @Field(() => VersionStatus)
  @Column({ type: 'varchar', length: 16 })
  status: VersionStatus;

  @Field({ description: '正文' })
  @Column({ type: 'text' })
  body: string;

  @Field(() => LocalDateScalar, { description: '施行日期' })
  @Column({ type: 'date' })
  effectiveOn: string;

  @Field(() => Date, { nullable: true, description: '发布时间' })
  @Column({ type: 'datetime', nullable: true })
  publishedAt: Date | null;
}
