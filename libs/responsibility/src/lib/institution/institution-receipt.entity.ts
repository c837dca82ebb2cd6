import { Column, Entity, Index } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { ID_LENGTH, TenantOwnedEntity } from '@zeren/tenancy';
import { ReceiptStatus } from './institution-kind.enum';

/**
 * An agency's receipt of one published version (签收): written for every active agency in one
 * statement when the committee publishes; the agency confirms it (未确认 → 已确认), the committee
 * reads who has not.
 */
@ObjectType({ description: '制度签收回执' })
@Entity()
@Index('uq_institution_receipt_tenant_version', ['tenantId', 'versionId'], { unique: true })
@Index('ix_institution_receipt_tenant_document', ['tenantId', 'documentId'])
export class InstitutionReceipt extends TenantOwnedEntity {
  @Field(() => ID, { description: '制度' })
  @Column({ type: 'varchar', length: ID_LENGTH })
  documentId: string;

  @Field(() => ID, { description: '制度版本' })
  @Column({ type: 'varchar', length: ID_LENGTH })
  versionId: string;

  @Field(() => Date, { description: '下发时间' })
  @Column({ type: 'datetime' })
  issuedAt: Date;

  @Field(() => ReceiptStatus)
  @Column({ type: 'varchar', length: 16 })
  status: ReceiptStatus;

  @Field(() => Date, { nullable: true, description: '确认时间' })
  @Column({ type: 'datetime', nullable: true })
  confirmedAt: Date | null;

  @Field(() => ID, { nullable: true, description: '确认人(用户)' })
  @Column({ type: 'varchar', length: ID_LENGTH, nullable: true })
  confirmedById: string | null;
}
