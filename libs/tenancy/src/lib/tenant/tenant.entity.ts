import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { ID_LENGTH } from '../database/ids';
import { globalTable } from '../scoped-db/entity-policies';

export enum TenantKind {
  /** 部门单位: a department that runs its own party organizations. */
  AGENCY = 'AGENCY',
  /** 市直机关工委: the working committee, which reads across every agency. */
  COMMITTEE = 'COMMITTEE',
}
registerEnumType(TenantKind, { name: 'TenantKind', description: '单位类型' });

export enum TenantStatus {
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
}
registerEnumType(TenantStatus, { name: 'TenantStatus', description: '单位状态' });

/** The tenant register is the one table that belongs to no tenant: it is the list of them. */
@ObjectType({ description: '单位(租户)' })
@Entity()
export class Tenant {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: ID_LENGTH })
  id: string;

  @Field({ description: '单位代码' })
  @Index('uq_tenant_code', { unique: true })
  @Column({ type: 'varchar', length: 32 })
  code: string;

  @Field({ description: '单位名称' })
  @Index('uq_tenant_name', { unique: true })
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Field(() => TenantKind)
  @Column({ type: 'varchar', length: 16 })
  kind: TenantKind;

  @Field(() => TenantStatus)
  @Column({ type: 'varchar', length: 16 })
  status: TenantStatus;

  @Field(() => Date)
  @Column({ type: 'datetime' })
  createdAt: Date;
}

globalTable(Tenant, { writers: 'committee' });
