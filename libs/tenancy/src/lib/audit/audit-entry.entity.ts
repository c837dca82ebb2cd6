import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { ID_LENGTH } from '../database/ids';

export enum AuditOutcome {
  SUCCESS = 'SUCCESS',
  FAILURE = 'FAILURE',
}
registerEnumType(AuditOutcome, { name: 'AuditOutcome' });

/**
 * One append-only line per mutation and per auth event. Never holds a password or a token.
 * `tenantId` is null only for events nobody could be tied to (a login with an unknown username):
 * those are visible to the committee alone. It carries tenant_id without being tenant-owned: it is
 * appended outside any scope (a refused login has none) and read through listAudit, which scopes it.
 */
@ObjectType({ description: '审计日志' })
@Entity()
@Index('ix_audit_entry_tenant_at', ['tenantId', 'at'])
@Index('ix_audit_entry_tenant_operation', ['tenantId', 'operation'])
export class AuditEntry {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: ID_LENGTH })
  id: string;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'varchar', length: ID_LENGTH, nullable: true })
  tenantId: string | null;

  @Field(() => ID, { nullable: true, description: '操作人' })
  @Column({ type: 'varchar', length: ID_LENGTH, nullable: true })
  actorUserId: string | null;

  @Field(() => String, { nullable: true, description: '操作人用户名' })
  @Column({ type: 'varchar', length: 64, nullable: true })
  actorUsername: string | null;

  @Field({ description: '操作,如 createOrgUnit 或 auth.login' })
  @Column({ type: 'varchar', length: 64 })
  operation: string;

  @Field(() => [ID], { description: '涉及的对象' })
  @Column({ type: 'simple-json' })
  targetIds: string[];

  @Field(() => AuditOutcome)
  @Column({ type: 'varchar', length: 16 })
  outcome: AuditOutcome;

  @Field(() => String, { nullable: true, description: '失败时的错误代码' })
  @Column({ type: 'varchar', length: 32, nullable: true })
  errorCode: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 64, nullable: true })
  requestId: string | null;

  @Field(() => String, { nullable: true, description: '越出本单位的方式:代办(acting-for)或下发(dispatch)' })
  @Column({ type: 'varchar', length: 32, nullable: true })
  via: string | null;

  @Field(() => [ID], { description: '代办或下发涉及的单位' })
  @Column({ type: 'simple-json', nullable: true })
  reachedTenantIds: string[] | null;

  @Field(() => Date)
  @Column({ type: 'datetime' })
  at: Date;
}
