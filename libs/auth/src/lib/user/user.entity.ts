import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { ID_LENGTH, TenantOwnedEntity, globalTable } from '@zeren/tenancy';
import { Role } from '../session/role.enum';

@ObjectType({ description: '用户' })
@Entity()
@Index('uq_user_tenant_username', ['tenantId', 'username'], { unique: true })
export class User extends TenantOwnedEntity {
  @Field({ description: '登录名' })
  @Column({ type: 'varchar', length: 64 })
  username: string;

  @Field({ description: '姓名' })
  @Column({ type: 'varchar', length: 64 })
  displayName: string;

  @Field(() => [Role])
  @Column({ type: 'simple-array' })
  roles: Role[];

  @Field({ description: '是否停用' })
  @Column({ type: 'boolean' })
  disabled: boolean;

  // Never a GraphQL field.
  @Column({ type: 'varchar', length: 255 })
  passwordHash: string;

  @Column({ type: 'datetime' })
  passwordChangedAt: Date;

  /** Every token carries the version it was issued under; a password, disable or role change bumps it. */
  @Column({ type: 'integer', default: 0 })
  sessionVersion: number;

  @Field(() => Date, { nullable: true, description: '最近登录时间' })
  @Column({ type: 'datetime', nullable: true })
  lastLoginAt: Date | null;
}

/**
 * The global directory of login names: usernames are unique across the platform, yet the user row
 * keeps `tenant_id` first in its unique key. Login reads this table to learn which tenant to open
 * (a lookup table, as a sharded deployment would keep one).
 */
@Entity()
export class LoginName {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  username: string;

  @Column({ type: 'varchar', length: ID_LENGTH })
  tenantId: string;

  @Column({ type: 'varchar', length: ID_LENGTH })
  userId: string;
}

// Each scope registers login names for the users it creates, in the tenants it may write.
globalTable(LoginName, { writers: { tenantColumn: 'tenantId' } });
