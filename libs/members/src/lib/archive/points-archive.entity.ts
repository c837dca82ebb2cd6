import { Column, Entity, Index } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ID_LENGTH, TenantOwnedEntity } from '@zeren/tenancy';

// As party_member.name and org_unit.name: a name copied here always fits.
export const MEMBER_NAME_LENGTH = 32;
export const UNIT_NAME_LENGTH = 100;

/**
 * 积分年度归档: an agency's year of points, closed. From then on no entry of that year is declared,
 * awarded, decided, appealed or reversed, and the year's ranking is kept as it stood (the rows below),
 * whatever later happens to the members: a member who moves branch or leaves the party stays where they
 * were ranked. The next year starts from nothing without any reset: rankings are per period.
 */
@ObjectType({ description: '积分年度归档' })
@Entity()
@Index('uq_points_year_archive_year', ['tenantId', 'year'], { unique: true })
export class PointsYearArchive extends TenantOwnedEntity {
  @Field(() => Int, { description: '年度' })
  @Column({ type: 'integer' })
  year: number;

  @Field(() => ID, { description: '归档人' })
  @Column({ type: 'varchar', length: ID_LENGTH })
  archivedById: string;

  @Field({ description: '归档时间' })
  @Column({ type: 'datetime' })
  archivedAt: Date;

  @Field(() => Int, { description: '在册党员数(归档时)' })
  @Column({ type: 'integer' })
  members: number;

  @Field(() => Int, { description: '有已通过积分的党员数' })
  @Column({ type: 'integer' })
  participants: number;

  @Column({ type: 'integer' })
  totalTenths: number;
}

/** One member's line of an archived year: total and both ranks, with the names as they were. */
@ObjectType({ description: '归档的积分排行行' })
@Entity()
@Index('ix_points_archive_row_rank', ['tenantId', 'year', 'agencyRank'])
export class PointsArchiveRow extends TenantOwnedEntity {
  @Field(() => Int, { description: '年度' })
  @Column({ type: 'integer' })
  year: number;

  @Field(() => ID, { description: '党员' })
  @Column({ type: 'varchar', length: ID_LENGTH })
  memberId: string;

  @Field({ description: '党员姓名(归档时)' })
  @Column({ type: 'varchar', length: MEMBER_NAME_LENGTH })
  memberName: string;

  @Field(() => ID, { description: '所在支部' })
  @Column({ type: 'varchar', length: ID_LENGTH })
  branchId: string;

  @Field({ description: '支部名称(归档时)' })
  @Column({ type: 'varchar', length: UNIT_NAME_LENGTH })
  branchName: string;

  @Column({ type: 'integer' })
  tenths: number;

  @Field(() => Int, { description: '单位内名次' })
  @Column({ type: 'integer' })
  agencyRank: number;

  @Field(() => Int, { description: '支部内名次' })
  @Column({ type: 'integer' })
  branchRank: number;
}
