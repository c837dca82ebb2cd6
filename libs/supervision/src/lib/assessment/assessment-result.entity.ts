import { Column, Entity, Index } from 'typeorm';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { ID_LENGTH, TenantOwnedEntity } from '@zeren/tenancy';
import { AssessmentGrade, ComponentKind } from './assessment.enums';

/** One component of one agency's result: the raw figure, its 0–100 score and the weight it counted with. */
@ObjectType('AssessmentResultComponent', { description: '单项得分' })
export class ResultComponent {
  @Field(() => ComponentKind)
  kind: ComponentKind;

  @Field({ description: '指标名称' })
  label: string;

  @Field(() => Int, { description: '权重(加减分为 0)' })
  weight: number;

  @Field(() => Float, { nullable: true, description: '得分(0-100;加减分为分值);无数据时为空,其权重按比例分给其他指标' })
  score: number | null;

  @Field({ description: '原始数据' })
  raw: string;

  @Field({ description: '得分口径' })
  definition: string;
}

/**
 * 考核结果: one per agency and year, written for every agency by the committee's compute in a few
 * statements (recomputing replaces the year's rows). The agency reads its own once the year's results
 * are published. `overdueMarks` and `openRectifications` are kept for the accountability rules.
 */
@ObjectType({ description: '党建考核结果' })
@Entity()
@Index('uq_assessment_result_tenant_year', ['tenantId', 'year'], { unique: true })
@Index('ix_assessment_result_tenant_rank', ['tenantId', 'year', 'rank'])
export class AssessmentResult extends TenantOwnedEntity {
  @Field(() => Int, { description: '年度' })
  @Column({ type: 'integer' })
  year: number;

  @Field(() => ID, { description: '考核方案' })
  @Column({ type: 'varchar', length: ID_LENGTH })
  schemeId: string;

  @Field(() => [ResultComponent], { description: '各项得分' })
  @Column({ type: 'simple-json' })
  components: ResultComponent[];

  /** Hundredths of a point, so that both engines hold the same value and rank ties are exact. */
  @Column({ type: 'integer' })
  adjustmentCenti: number;

  @Column({ type: 'integer' })
  totalCenti: number;

  @Field(() => Int, { description: '名次(同分同名次)' })
  @Column({ type: 'integer' })
  rank: number;

  @Field(() => Int, { description: '参评单位数' })
  @Column({ type: 'integer' })
  rankedOf: number;

  @Field(() => AssessmentGrade, { description: '等次' })
  @Column({ type: 'varchar', length: 16 })
  grade: AssessmentGrade;

  @Field(() => Int, { description: '履责逾期标记数(逾期完成与逾期未完成;方案不考核履责纪实时为 0)' })
  @Column({ type: 'integer' })
  overdueMarks: number;

  @Field(() => Int, { description: '未销号的整改事项数(方案不考核党务督查时为 0)' })
  @Column({ type: 'integer' })
  openRectifications: number;

  @Field(() => Date, { description: '计算时间' })
  @Column({ type: 'datetime' })
  computedAt: Date;

  @Field(() => Float, { description: '加减分' })
  get adjustment(): number {
    return this.adjustmentCenti / 100;
  }

  @Field(() => Float, { description: '总分(加权得分加上加减分)' })
  get total(): number {
    return this.totalCenti / 100;
  }
}
