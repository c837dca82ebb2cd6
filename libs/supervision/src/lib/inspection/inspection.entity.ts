import { Column, Entity, Index } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '@zeren/shared-graphql';
import { GlobalEntity, ID_LENGTH, TenantOwnedEntity } from '@zeren/tenancy';
import { CampaignStatus, FindingSeverity } from '../supervision.enums';

export const CAMPAIGN_TITLE_LENGTH = 100;
export const CATEGORY_NAME_LENGTH = 40;
export const TEAM_NAME_LENGTH = 40;

/**
 * 问题类别 (灯下黑, 两张皮, 同质化, 主体责任履行不到位, 其他 …): data the committee keeps, so that a
 * new kind of problem needs no release. Retired categories stay for the findings that name them.
 */
@ObjectType({ description: '督查问题类别' })
@Entity()
@Index('uq_finding_category_name', ['name'], { unique: true })
export class FindingCategory extends GlobalEntity {
  @Field({ description: '类别名称' })
  @Column({ type: 'varchar', length: CATEGORY_NAME_LENGTH })
  name: string;

  @Field({ description: '说明' })
  @Column({ type: 'text' })
  description: string;

  @Field(() => Int, { description: '排序' })
  @Column({ type: 'integer' })
  position: number;

  @Field({ description: '停用后不再可选,已有问题仍显示' })
  @Column({ type: 'boolean' })
  retired: boolean;
}

/** 一轮全覆盖的党务督查: one a year, which must reach every agency. */
@ObjectType({ description: '党务督查(年度)' })
@Entity()
@Index('uq_inspection_campaign_year', ['year'], { unique: true })
export class InspectionCampaign extends GlobalEntity {
  @Field(() => Int, { description: '年度' })
  @Column({ type: 'integer' })
  year: number;

  @Field({ description: '督查名称' })
  @Column({ type: 'varchar', length: CAMPAIGN_TITLE_LENGTH })
  title: string;

  @Field(() => LocalDateScalar, { description: '开始日期' })
  @Column({ type: 'date' })
  startsOn: string;

  @Field(() => LocalDateScalar, { description: '结束日期' })
  @Column({ type: 'date' })
  endsOn: string;

  @Field(() => CampaignStatus)
  @Column({ type: 'varchar', length: 16 })
  status: CampaignStatus;

  @Field(() => ID, { description: '创建人(用户)' })
  @Column({ type: 'varchar', length: ID_LENGTH })
  createdById: string;
}

/** 督查组: committee staff, a leader among them, and the agencies the team is to visit. */
@ObjectType({ description: '督查组' })
@Entity()
@Index('uq_inspection_team_name', ['campaignId', 'name'], { unique: true })
export class InspectionTeam extends GlobalEntity {
  @Field(() => ID)
  @Column({ type: 'varchar', length: ID_LENGTH })
  campaignId: string;

  @Field({ description: '组名' })
  @Column({ type: 'varchar', length: TEAM_NAME_LENGTH })
  name: string;

  @Field(() => ID, { description: '组长(工委用户)' })
  @Column({ type: 'varchar', length: ID_LENGTH })
  leaderUserId: string;

  @Field(() => [ID], { description: '组员(工委用户)' })
  @Column({ type: 'simple-json' })
  memberUserIds: string[];

  /** Which agencies the team covers: the committee's to know, as a task's targets are. */
  @Column({ type: 'simple-json' })
  tenantIds: string[];
}

/** 督查走访: a team's visit to one agency — the agency reads that and when it was inspected. */
@ObjectType({ description: '督查走访' })
@Entity()
@Index('ix_inspection_visit_tenant_campaign', ['tenantId', 'campaignId'])
export class InspectionVisit extends TenantOwnedEntity {
  @Field(() => ID)
  @Column({ type: 'varchar', length: ID_LENGTH })
  campaignId: string;

  @Field(() => ID, { nullable: true, description: '督查组' })
  @Column({ type: 'varchar', length: ID_LENGTH, nullable: true })
  teamId: string | null;

  @Field(() => LocalDateScalar, { description: '督查日期' })
  @Column({ type: 'date' })
  visitedOn: string;

  @Field({ description: '督查情况' })
  @Column({ type: 'text' })
  notes: string;

  @Field(() => ID, { description: '记录人(用户)' })
  @Column({ type: 'varchar', length: ID_LENGTH })
  createdById: string;
}

/**
 * 督查发现的问题: found at one agency, of a category and a severity. Recording it dispatches its
 * rectification to the agency in the same transaction. `repeatOfId` names last year's finding of the
 * same category at the same agency: a problem that came back.
 */
@ObjectType({ description: '督查发现的问题' })
@Entity()
@Index('ix_inspection_finding_tenant_campaign', ['tenantId', 'campaignId'])
@Index('ix_inspection_finding_tenant_category', ['tenantId', 'categoryId'])
export class InspectionFinding extends TenantOwnedEntity {
  @Field(() => ID)
  @Column({ type: 'varchar', length: ID_LENGTH })
  campaignId: string;

  @Field(() => Int, { description: '年度' })
  @Column({ type: 'integer' })
  year: number;

  @Field(() => ID, { nullable: true, description: '督查走访' })
  @Column({ type: 'varchar', length: ID_LENGTH, nullable: true })
  visitId: string | null;

  @Field(() => ID, { description: '问题类别' })
  @Column({ type: 'varchar', length: ID_LENGTH })
  categoryId: string;

  @Field(() => FindingSeverity)
  @Column({ type: 'varchar', length: 16 })
  severity: FindingSeverity;

  @Field({ description: '问题描述' })
  @Column({ type: 'text' })
  description: string;

  @Field(() => ID, { nullable: true, description: '上年同类问题(重复发生时)' })
  @Column({ type: 'varchar', length: ID_LENGTH, nullable: true })
  repeatOfId: string | null;

  @Field(() => ID, { description: '记录人(用户)' })
  @Column({ type: 'varchar', length: ID_LENGTH })
  createdById: string;
}
