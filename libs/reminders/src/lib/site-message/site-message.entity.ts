import { Column, Entity, Index } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { ID_LENGTH, TenantOwnedEntity } from '@zeren/tenancy';

export const MESSAGE_TITLE_LENGTH = 200;
export const MESSAGE_LINK_LENGTH = 500;

/**
 * A site message (站内消息) to one user of a tenant. Only its recipient reads it: every read and write
 * names `recipientId` = the caller (SiteMessageService), whatever the caller's data scope.
 */
@ObjectType({ description: '站内消息' })
@Entity()
@Index('ix_site_message_tenant_recipient', ['tenantId', 'recipientId', 'readAt'])
export class SiteMessage extends TenantOwnedEntity {
  @Column({ type: 'varchar', length: ID_LENGTH })
  recipientId: string;

  @Field({ description: '标题' })
  @Column({ type: 'varchar', length: MESSAGE_TITLE_LENGTH })
  title: string;

  @Field({ description: '正文' })
  @Column({ type: 'text' })
  body: string;

  @Field(() => String, { nullable: true, description: '门户中相关页面的路径' })
  @Column({ type: 'varchar', length: MESSAGE_LINK_LENGTH, nullable: true })
  link: string | null;

  @Field(() => Date, { nullable: true, description: '阅读时间;未读为空' })
  @Column({ type: 'datetime', nullable: true })
  readAt: Date | null;
}
