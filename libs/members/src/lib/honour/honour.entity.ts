import { Column, Entity, Index } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '@zeren/shared-graphql';
import { GlobalEntity, ID_LENGTH, TenantOwnedEntity } from '@zeren/tenancy';
import { EvidenceRef } from '@zeren/files';
import { DisciplineKind, EligibilityRuleKind, HonourCategory, HonourLevel, HonourRoundStatus, NominationStatus } from './honour.enums';

export const TITLE_LENGTH = 120;
export const TEXT_LENGTH = 2000;

/** One eligibility check of a round: the kind and its threshold (分 or 星; none for the others). */
@ObjectType({ description: '评选资格条件' })
export class EligibilityRule {
  @Field(() => EligibilityRuleKind)
  kind: EligibilityRuleKind;

  @Field(() => Int, { nullable: true, description: '门槛(积分的分数、星级的星数)' })
  threshold: number | null;
}

/**
 * 表彰评选: opened by the committee for a year, level and categories, with quotas, a nomination
 * window and the eligibility checks as data. A global table only the committee writes.
 */
@ObjectType({ description: '表彰评选' })
@Entity()
@Index('ix_honour_round_year', ['year', 'status'])
export class HonourRound extends GlobalEntity {
  @Field(() => Int, { description: '年度' })
  @Column({ type: 'integer' })
  year: number;

  @Field({ description: '名称' })
  @Column({ type: 'varchar', length: TITLE_LENGTH })
  title: string;

  @Field(() => HonourLevel)
  @Column({ type: 'varchar', length: 16 })
  level: HonourLevel;

  @Field(() => [HonourCategory], { description: '评选类别' })
  @Column({ type: 'simple-json' })
  categories: HonourCategory[];

  @Field(() => Int, { nullable: true, description: '每个单位的名额(各类别合计)' })
  @Column({ type: 'integer', nullable: true })
  quotaPerAgency: number | null;

  @Field(() => Int, { nullable: true, description: '总名额(审核通过的合计)' })
  @Column({ type: 'integer', nullable: true })
  quotaTotal: number | null;

  @Field(() => LocalDateScalar, { description: '提名开始日期' })
  @Column({ type: 'date' })
  opensOn: string;

  @Field(() => LocalDateScalar, { description: '提名截止日期' })
  @Column({ type: 'date' })
  closesOn: string;

  @Field(() => [EligibilityRule], { description: '评选资格条件' })
  @Column({ type: 'simple-json' })
  rules: EligibilityRule[];

  @Field(() => HonourRoundStatus)
  @Column({ type: 'varchar', length: 16 })
  status: HonourRoundStatus;

  @Field(() => LocalDateScalar, { nullable: true, description: '表彰名单公布日期' })
  @Column({ type: 'date', nullable: true })
  publishedOn: string | null;
}

/** 表彰提名: an agency's nominee (a member or a unit) in a round, with the deeds; decided by the committee. */
@ObjectType({ description: '表彰提名' })
@Entity()
@Index('ix_honour_nomination_round', ['tenantId', 'roundId', 'status'])
@Index('ix_honour_nomination_member', ['tenantId', 'memberId'])
export class HonourNomination extends TenantOwnedEntity {
  @Field(() => ID, { description: '表彰评选' })
  @Column({ type: 'varchar', length: ID_LENGTH })
  roundId: string;

  @Field(() => HonourCategory)
  @Column({ type: 'varchar', length: 16 })
  category: HonourCategory;

  @Field(() => ID, { nullable: true, description: '被提名党员(先进基层党组织为空)' })
  @Column({ type: 'varchar', length: ID_LENGTH, nullable: true })
  memberId: string | null;

  @Field(() => ID, { description: '被提名党组织,或党员所在党组织' })
  @Column({ type: 'varchar', length: ID_LENGTH })
  unitId: string;

  @Field({ description: '主要事迹' })
  @Column({ type: 'text' })
  deeds: string;

  @Field(() => [EvidenceRef], { description: '材料' })
  @Column({ type: 'simple-json' })
  evidence: EvidenceRef[];

  @Field(() => NominationStatus)
  @Column({ type: 'varchar', length: 16 })
  status: NominationStatus;

  @Field(() => ID, { description: '提名人(用户)' })
  @Column({ type: 'varchar', length: ID_LENGTH })
  createdById: string;

  @Field(() => String, { nullable: true, description: '驳回理由' })
  @Column({ type: 'text', nullable: true })
  rejectReason: string | null;

  @Field(() => ID, { nullable: true, description: '审核人(用户)' })
  @Column({ type: 'varchar', length: ID_LENGTH, nullable: true })
  decidedById: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'datetime', nullable: true })
  decidedAt: Date | null;
}

/** An honour conferred by an outside body (a 省级 award, say), reported by the agency: a result like a round's. */
@ObjectType({ description: '其他表彰(上级机关授予)' })
@Entity()
@Index('ix_outside_honour_conferred', ['tenantId', 'conferredOn'])
export class OutsideHonour extends TenantOwnedEntity {
  @Field(() => HonourCategory)
  @Column({ type: 'varchar', length: 16 })
  category: HonourCategory;

  @Field(() => HonourLevel)
  @Column({ type: 'varchar', length: 16 })
  level: HonourLevel;

  @Field(() => ID, { nullable: true, description: '受表彰党员(先进基层党组织为空)' })
  @Column({ type: 'varchar', length: ID_LENGTH, nullable: true })
  memberId: string | null;

  @Field(() => ID, { description: '受表彰党组织,或党员所在党组织' })
  @Column({ type: 'varchar', length: ID_LENGTH })
  unitId: string;

  @Field({ description: '荣誉名称' })
  @Column({ type: 'varchar', length: TITLE_LENGTH })
  title: string;

  @Field({ description: '授予机关' })
  @Column({ type: 'varchar', length: TITLE_LENGTH })
  conferredBy: string;

  @Field(() => LocalDateScalar, { description: '授予日期' })
  @Column({ type: 'date' })
  conferredOn: string;

  @Field(() => ID, { description: '登记人(用户)' })
  @Column({ type: 'varchar', length: ID_LENGTH })
  recordedById: string;
}

/** 党纪处分: entered by the agency's admin; a member within its influence period is not nominated. */
@ObjectType({ description: '党纪处分记录' })
@Entity()
@Index('ix_discipline_record_member', ['tenantId', 'memberId', 'influenceEndsOn'])
export class DisciplineRecord extends TenantOwnedEntity {
  @Field(() => ID, { description: '党员' })
  @Column({ type: 'varchar', length: ID_LENGTH })
  memberId: string;

  @Field(() => DisciplineKind)
  @Column({ type: 'varchar', length: 24 })
  kind: DisciplineKind;

  @Field(() => LocalDateScalar, { description: '处分决定日期' })
  @Column({ type: 'date' })
  decidedOn: string;

  @Field(() => LocalDateScalar, { description: '影响期截止日期' })
  @Column({ type: 'date' })
  influenceEndsOn: string;

  @Field({ description: '说明' })
  @Column({ type: 'text' })
  note: string;

  @Field(() => ID, { description: '登记人(用户)' })
  @Column({ type: 'varchar', length: ID_LENGTH })
  recordedById: string;
}
