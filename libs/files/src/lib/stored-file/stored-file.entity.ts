import { Column, Entity, Index } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ID_LENGTH, TenantOwnedEntity } from '@zeren/tenancy';
import { MAX_FILE_NAME_LENGTH } from '../upload/file-limits';

export const SHA256_HEX_LENGTH = 64;
export const STORAGE_KEY_LENGTH = 200;

/**
 * One uploaded file of a tenant: what was uploaded, by whom, and the SHA-256 of its bytes, so a
 * record that cites it as evidence can show later that the bytes are still the ones uploaded.
 * The storage keys stay server-side: clients download through /files/:id, authorised per request.
 */
@ObjectType({ description: '上传的文件(佐证材料)' })
@Entity()
@Index('ix_stored_file_tenant_sha256', ['tenantId', 'sha256'])
@Index('ix_stored_file_tenant_unit', ['tenantId', 'unitId'])
@Index('ix_stored_file_tenant_uploader', ['tenantId', 'uploadedById'])
export class StoredFile extends TenantOwnedEntity {
  @Field({ description: '原文件名' })
  @Column({ type: 'varchar', length: MAX_FILE_NAME_LENGTH })
  name: string;

  @Field({ description: '按文件内容识别的类型(MIME)' })
  @Column({ type: 'varchar', length: 128 })
  mimeType: string;

  @Field(() => Int, { description: '字节数' })
  @Column({ type: 'int' })
  size: number;

  @Field({ description: 'SHA-256(十六进制),用于核验文件未被篡改' })
  @Column({ type: 'varchar', length: SHA256_HEX_LENGTH })
  sha256: string;

  @Column({ type: 'varchar', length: STORAGE_KEY_LENGTH })
  storageKey: string;

  @Column({ type: 'varchar', length: STORAGE_KEY_LENGTH, nullable: true })
  thumbnailKey: string | null;

  @Field(() => ID, { description: '上传人' })
  @Column({ type: 'varchar', length: ID_LENGTH })
  uploadedById: string;

  @Field(() => ID, { nullable: true, description: '所属党组织' })
  @Column({ type: 'varchar', length: ID_LENGTH, nullable: true })
  unitId: string | null;
}
