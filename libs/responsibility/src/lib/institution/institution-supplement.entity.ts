import { Column, Entity, Index } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ID_LENGTH, TenantOwnedEntity } from '@zeren/tenancy';
import { INSTITUTION_TITLE_LENGTH } from './institution-document.entity';

/** 补充细则: an agency's own rules under one committee document, with its own files; no other agency sees them. */
@ObjectType({ description: '本单位补充细则' })
@Entity()
@Index('ix_institution_supplement_tenant_document', ['tenantId', 'documentId', 'sortOrder'])
export class InstitutionSupplement extends TenantOwnedEntity {
  @Field(() => ID, { description: '所补充的制度' })
  @Column({ type: 'varchar', length: ID_LENGTH })
  documentId: string;

  @Field({ description: '标题' })
  @Column({ type: 'varchar', length: INSTITUTION_TITLE_LENGTH })
  title: string;

  @Field({ description: '正文' })
  @Column({ type: 'text' })
  body: string;

  @Field(() => [ID], { description: '附件(本单位上传的文件 id)' })
  @Column({ type: 'simple-json' })
  fileIds: string[];

  @Field(() => Int)
  @Column({ type: 'integer' })
  sortOrder: number;

  @Field(() => ID, { description: '填写人(用户)' })
  @Column({ type: 'varchar', length: ID_LENGTH })
  writtenById: string;
}
