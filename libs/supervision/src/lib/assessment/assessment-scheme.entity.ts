import { Column, Entity, Index } from 'typeorm';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { GlobalEntity, ID_LENGTH } from '@zeren/tenancy';
import { AssessmentGrade, ComponentKind, SchemeStatus } from './assessment.enums';

export const SCHEME_TITLE_LENGTH = 100;
export const COMPONENT_LABEL_LENGTH = 40;

/** One weighted component of a scheme: what it reads, what it is called, its share of 100. */
@ObjectType('AssessmentSchemeComponent', { description: '考核指标' })
export class SchemeComponent {
  @Field(() => ComponentKind)
  kind: ComponentKind;

  @Field({ description: '指标名称' })
  label: string;

  @Field(() => Int, { description: '权重(各指标合计 100)' })
  weight: number;

  @Field({ description: '得分口径:原始数据如何折算为 0-100 分' })
  definition: string;
}

/** The lowest total that still earns a grade. */
@ObjectType('AssessmentGradeBand', { description: '等次分数线' })
export class GradeBand {
  @Field(() => AssessmentGrade)
  grade: AssessmentGrade;

  @Field(() => Float, { description: '最低分(含)' })
  min: number;
}

/**
 * 年度党建考核方案: the components and their weights, the grade bands and the cap on 加减分, as
 * data the committee writes. Published, it is locked and results may be computed; once the results
 * are published (公布) they are final.
 */
@ObjectType({ description: '党建考核方案(年度)' })
@Entity()
@Index('uq_assessment_scheme_year', ['year'], { unique: true })
export class AssessmentScheme extends GlobalEntity {
  @Field(() => Int, { description: '年度' })
  @Column({ type: 'integer' })
  year: number;

  @Field({ description: '方案名称' })
  @Column({ type: 'varchar', length: SCHEME_TITLE_LENGTH })
  title: string;

  @Field(() => [SchemeComponent], { description: '考核指标及权重' })
  @Column({ type: 'simple-json' })
  components: SchemeComponent[];

  @Field(() => [GradeBand], { description: '等次分数线,由高到低' })
  @Column({ type: 'simple-json' })
  gradeBands: GradeBand[];

  @Field(() => Int, { description: '加减分上限(每个单位加分、减分各不超过此数)' })
  @Column({ type: 'integer' })
  adjustmentLimit: number;

  @Field(() => SchemeStatus)
  @Column({ type: 'varchar', length: 20 })
  status: SchemeStatus;

  @Field(() => Date, { nullable: true, description: '发布时间' })
  @Column({ type: 'datetime', nullable: true })
  publishedAt: Date | null;

  @Field(() => Date, { nullable: true, description: '最近一次计算结果的时间' })
  @Column({ type: 'datetime', nullable: true })
  computedAt: Date | null;

  @Field(() => Date, { nullable: true, description: '结果公布时间' })
  @Column({ type: 'datetime', nullable: true })
  resultsPublishedAt: Date | null;

  @Field(() => ID, { description: '创建人(用户)' })
  @Column({ type: 'varchar', length: ID_LENGTH })
  createdById: string;
}
