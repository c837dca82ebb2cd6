import { Column, Entity, Index } from 'typeorm';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateScalar } from '@zeren/shared-graphql';
import { ID_LENGTH, TenantOwnedEntity } from '@zeren/tenancy';

/** An enum's labels as type-graphql's valuesConfig (each label the value's description). */
const labelled = (labels: Record<string, string>) => Object.fromEntries(Object.entries(labels).map(([value, description]) => [value, { description }]));

export enum Gender {
  MALE = 'MALE',
  FEMALE = 'FEMALE',
}
export const GENDER_LABELS: Record<Gender, string> = { MALE: '男', FEMALE: '女' };
registerEnumType(Gender, { name: 'Gender', description: '性别', valuesConfig: labelled(GENDER_LABELS) });

export enum MemberCategory {
  FULL = 'FULL',
  PROBATIONARY = 'PROBATIONARY',
}
registerEnumType(MemberCategory, {
  name: 'MemberCategory',
  description: '党员类别',
  valuesConfig: { FULL: { description: '正式党员' }, PROBATIONARY: { description: '预备党员' } },
});

export enum MemberStatus {
  ACTIVE = 'ACTIVE',
  TRANSFERRED_OUT = 'TRANSFERRED_OUT',
  DECEASED = 'DECEASED',
}
export const MEMBER_STATUS_LABELS: Record<MemberStatus, string> = { ACTIVE: '在册', TRANSFERRED_OUT: '已转出', DECEASED: '已故' };
registerEnumType(MemberStatus, { name: 'MemberStatus', description: '党员状态', valuesConfig: labelled(MEMBER_STATUS_LABELS) });

/** 党员. The phone and identity numbers are not plain fields: PartyMemberResolver masks them by viewer. */
@ObjectType({ description: '党员' })
@Entity()
@Index('ix_party_member_tenant_unit', ['tenantId', 'unitId', 'name'])
@Index('ix_party_member_tenant_name', ['tenantId', 'name'])
@Index('ix_party_member_tenant_user', ['tenantId', 'userId'])
// One record per person in an agency; members without a number (NULL) are not compared by the index.
@Index('uq_party_member_tenant_id_number', ['tenantId', 'idNumber'], { unique: true })
export class PartyMember extends TenantOwnedEntity {
  @Field({ description: '姓名' })
  @Column({ type: 'varchar', length: 32 })
  name: string;

  @Field(() => Gender)
  @Column({ type: 'varchar', length: 8 })
  gender: Gender;

  @Field({ description: '民族' })
  @Column({ type: 'varchar', length: 16 })
  ethnicity: string;

  @Field(() => LocalDateScalar, { nullable: true, description: '出生日期' })
  @Column({ type: 'date', nullable: true })
  birthDate: string | null;

  @Field(() => String, { nullable: true, description: '学历' })
  @Column({ type: 'varchar', length: 16, nullable: true })
  education: string | null;

  @Field(() => LocalDateScalar, { description: '入党日期' })
  @Column({ type: 'date' })
  joinedOn: string;

  @Field(() => MemberCategory)
  @Column({ type: 'varchar', length: 16 })
  category: MemberCategory;

  @Field(() => MemberStatus)
  @Column({ type: 'varchar', length: 16 })
  status: MemberStatus;

  @Field(() => ID, { description: '所在党组织' })
  @Column({ type: 'varchar', length: ID_LENGTH })
  unitId: string;

  @Column({ type: 'varchar', length: 20, nullable: true })
  phone: string | null;

  /** 公民身份号码, checked by @zeren/shared-rules' checkIdNumber; upper-case X. */
  @Column({ type: 'varchar', length: 18, nullable: true })
  idNumber: string | null;

  @Field({ description: '是否班子成员(一岗双责)' })
  @Column({ type: 'boolean' })
  leadershipMember: boolean;

  @Field(() => String, { nullable: true, description: '职务' })
  @Column({ type: 'varchar', length: 64, nullable: true })
  jobTitle: string | null;

  @Field(() => ID, { nullable: true, description: '对应的登录用户' })
  @Column({ type: 'varchar', length: ID_LENGTH, nullable: true })
  userId: string | null;
}
