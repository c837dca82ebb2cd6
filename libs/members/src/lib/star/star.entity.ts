import { Column, Entity, Index } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '@zeren/shared-graphql';
import { GlobalEntity, ID_LENGTH, TenantOwnedEntity } from '@zeren/tenancy';
import { StarEvidenceSource, StarObjectionStatus, StarRatingStatus, StarSchemeStatus } from './star.enums';

export const STAR_TEXT_LENGTH = 2000;
export const STAR_TITLE_LENGTH = 120;

/** One criterion of a year's scheme: its share of the 100 points and where its score is prefilled from. */
@ObjectType({ description: '星级评定指标' })
export class StarCriterion {
  @Field({ description: '指标代码(方案内唯一)' })
  key: string;

  @Field({ description: '指标名称' })
  name: string;

  @Field(() => Int, { description: '分值' })
  maxScore: number;

  @Field(() => StarEvidenceSource, { description: '评分依据' })
  source: StarEvidenceSource;
}

/** A score band: a total at or above `minScore` earns `stars` (the highest band reached counts). */
@ObjectType({ description: '星级分数段' })
export class StarBand {
  @Field(() => Int, { description: '最低分(含)' })
  minScore: number;

  @Field(() => Int, { description: '星级' })
  stars: number;
}

/** 满意度 below `below` caps the stars at `maxStars`, whatever the total. */
@ObjectType({ description: '满意度封顶' })
export class SatisfactionCap {
  @Field(() => Int, { description: '满意度低于此分' })
  below: number;

  @Field(() => Int, { description: '最高星级' })
  maxStars: number;
}

/** At most `percent` % of the year's rated branches may hold `stars`. */
@ObjectType({ description: '星级名额' })
export class StarQuota {
  @Field(() => Int, { description: '星级' })
  stars: number;

  @Field(() => Int, { description: '占参评党支部的比例上限(%)' })
  percent: number;
}

/** A criterion's score on a rating: the prefilled value from the records, the branch's and the 党委's, each change with its reason. */
@ObjectType({ description: '指标得分' })
export class CriterionScore {
  @Field({ description: '指标代码' })
  key: string;

  @Field(() => Int, { nullable: true, description: '系统预填分(无数据来源为空)' })
  prefilled: number | null;

  @Field({ description: '预填依据' })
  evidence: string;

  @Field(() => Int, { nullable: true, description: '支部自评分' })
  selfScore: number | null;

  @Field(() => String, { nullable: true, description: '自评调整理由' })
  selfReason: string | null;

  @Field(() => Int, { nullable: true, description: '党委评分(未改动为空)' })
  partyScore: number | null;

  @Field(() => String, { nullable: true, description: '党委改分理由' })
  partyReason: string | null;
}

/** 星级评定方案: one per year, committee-wide; the criteria, bands, satisfaction weight and caps, quotas are data. */
@ObjectType({ description: '星级评定方案' })
@Entity()
@Index('uq_star_scheme_year', ['year'], { unique: true })
export class StarScheme extends GlobalEntity {
  @Field(() => Int, { description: '年度' })
  @Column({ type: 'integer' })
  year: number;

  @Field({ description: '名称' })
  @Column({ type: 'varchar', length: STAR_TITLE_LENGTH })
  title: string;

  @Field(() => [StarCriterion], { description: '评定指标(分值合计 100)' })
  @Column({ type: 'simple-json' })
  criteria: StarCriterion[];

  @Field(() => [StarBand], { description: '分数段(覆盖 0–100)' })
  @Column({ type: 'simple-json' })
  bands: StarBand[];

  @Field(() => Int, { description: '满意度权重(%)' })
  @Column({ type: 'integer' })
  satisfactionWeight: number;

  @Field(() => [SatisfactionCap], { description: '满意度封顶' })
  @Column({ type: 'simple-json' })
  satisfactionCaps: SatisfactionCap[];

  @Field(() => [StarQuota], { description: '星级名额(为空不限)' })
  @Column({ type: 'simple-json' })
  quotas: StarQuota[];

  @Field({ description: '五星须有创新项目' })
  @Column({ type: 'boolean' })
  fiveStarNeedsInnovation: boolean;

  @Field(() => StarSchemeStatus)
  @Column({ type: 'varchar', length: 16 })
  status: StarSchemeStatus;
}

/** 党支部星级评定: one per branch and year, in the branch's agency; the committee confirms, publicizes and names. */
@ObjectType({ description: '党支部星级评定' })
@Entity()
@Index('uq_star_rating_unit_year', ['tenantId', 'unitId', 'year'], { unique: true })
@Index('ix_star_rating_year', ['tenantId', 'year', 'status'])
export class StarRating extends TenantOwnedEntity {
  @Field(() => ID, { description: '星级评定方案' })
  @Column({ type: 'varchar', length: ID_LENGTH })
  schemeId: string;

  @Field(() => Int, { description: '年度' })
  @Column({ type: 'integer' })
  year: number;

  @Field(() => ID, { description: '党支部' })
  @Column({ type: 'varchar', length: ID_LENGTH })
  unitId: string;

  @Field(() => [CriterionScore], { description: '各指标得分' })
  @Column({ type: 'simple-json' })
  scores: CriterionScore[];

  @Field(() => Int, { nullable: true, description: '群众满意度(0–100)' })
  @Column({ type: 'integer', nullable: true })
  satisfaction: number | null;

  @Field(() => String, { nullable: true, description: '创新项目' })
  @Column({ type: 'text', nullable: true })
  innovationProject: string | null;

  /** Tenths of a point: the weighted total keeps one decimal. */
  @Column({ type: 'integer' })
  totalTenths: number;

  @Field(() => Int, { description: '按现有得分的星级' })
  @Column({ type: 'integer' })
  stars: number;

  @Field(() => StarRatingStatus)
  @Column({ type: 'varchar', length: 24 })
  status: StarRatingStatus;

  @Field(() => String, { nullable: true, description: '党委退回自评的理由' })
  @Column({ type: 'text', nullable: true })
  partyReturnReason: string | null;

  @Field(() => String, { nullable: true, description: '工委退回党委的理由' })
  @Column({ type: 'text', nullable: true })
  committeeReturnReason: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'varchar', length: ID_LENGTH, nullable: true })
  selfSubmittedById: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'varchar', length: ID_LENGTH, nullable: true })
  partyReviewedById: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'varchar', length: ID_LENGTH, nullable: true })
  confirmedById: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: '公示截止日期' })
  @Column({ type: 'date', nullable: true })
  publicizedUntil: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: '命名日期' })
  @Column({ type: 'date', nullable: true })
  namedOn: string | null;

  @Field(() => Int, { nullable: true, description: '命名的星级' })
  @Column({ type: 'integer', nullable: true })
  namedStars: number | null;
}

/** 公示异议: lodged by anyone in the agency while the rating is publicized; the committee answers before naming. */
@ObjectType({ description: '星级公示异议' })
@Entity()
@Index('ix_star_objection_rating', ['tenantId', 'ratingId', 'status'])
export class StarObjection extends TenantOwnedEntity {
  @Field(() => ID)
  @Column({ type: 'varchar', length: ID_LENGTH })
  ratingId: string;

  @Field(() => ID, { description: '党支部' })
  @Column({ type: 'varchar', length: ID_LENGTH })
  unitId: string;

  @Field({ description: '异议内容' })
  @Column({ type: 'text' })
  content: string;

  @Field(() => ID, { description: '提出人(用户)' })
  @Column({ type: 'varchar', length: ID_LENGTH })
  createdById: string;

  @Field(() => StarObjectionStatus)
  @Column({ type: 'varchar', length: 16 })
  status: StarObjectionStatus;

  @Field(() => String, { nullable: true, description: '工委答复' })
  @Column({ type: 'text', nullable: true })
  answer: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'varchar', length: ID_LENGTH, nullable: true })
  answeredById: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'datetime', nullable: true })
  answeredAt: Date | null;
}
