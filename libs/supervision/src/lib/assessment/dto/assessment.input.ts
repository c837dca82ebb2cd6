import { ArgsType, Field, Float, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsIn, IsInt, IsOptional, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { PageArgs } from '@zeren/shared-graphql';
import { AssessmentGrade, ComponentKind } from '../assessment.enums';
import { COMPONENT_LABEL_LENGTH, SCHEME_TITLE_LENGTH } from '../assessment-scheme.entity';

export const REASON_LENGTH = 500;
/** The most any one 加减分 entry or cap may be, in points. */
export const MAX_ADJUSTMENT_POINTS = 30;

@InputType({ description: '考核指标' })
export class SchemeComponentInput {
  @Field(() => ComponentKind)
  @IsIn(Object.values(ComponentKind), { message: '指标类型不正确' })
  kind: ComponentKind;

  @Field({ description: '指标名称' })
  @MinLength(1, { message: '请填写指标名称' })
  @MaxLength(COMPONENT_LABEL_LENGTH, { message: `指标名称最多 ${COMPONENT_LABEL_LENGTH} 个字符` })
  label: string;

  @Field(() => Int, { description: '权重(1-100,各指标合计 100)' })
  @IsInt({ message: '权重应为整数' })
  @Min(1, { message: '权重应为 1 到 100' })
  @Max(100, { message: '权重应为 1 到 100' })
  weight: number;
}

@InputType({ description: '等次分数线' })
export class GradeBandInput {
  @Field(() => AssessmentGrade)
  @IsIn(Object.values(AssessmentGrade), { message: '等次不正确' })
  grade: AssessmentGrade;

  @Field(() => Int, { description: '最低分(含,0-100)' })
  @IsInt({ message: '分数线应为整数' })
  @Min(0, { message: '分数线应为 0 到 100' })
  @Max(100, { message: '分数线应为 0 到 100' })
  min: number;
}

@InputType({ description: '考核方案' })
export class AssessmentSchemeInput {
  @Field(() => Int, { description: '年度' })
  @IsInt({ message: '年度应为整数' })
  @Min(2000, { message: '年度不正确' })
  @Max(2100, { message: '年度不正确' })
  year: number;

  @Field({ description: '方案名称' })
  @MinLength(1, { message: '请填写方案名称' })
  @MaxLength(SCHEME_TITLE_LENGTH, { message: `方案名称最多 ${SCHEME_TITLE_LENGTH} 个字符` })
  title: string;

  @Field(() => [SchemeComponentInput], { nullable: true, description: '考核指标;不填用默认的五项(履责纪实 30、重点任务 20、党务督查 20、述职评议 20、突破项目 10)' })
  @IsOptional()
  @ArrayMaxSize(10, { message: '考核指标最多 10 项' })
  @ValidateNested({ each: true })
  components?: SchemeComponentInput[] | null;

  @Field(() => [GradeBandInput], { nullable: true, description: '等次分数线;不填用默认的 好 90、较好 80、一般 60、差 0' })
  @IsOptional()
  @ArrayMaxSize(4, { message: '等次最多 4 个' })
  @ValidateNested({ each: true })
  gradeBands?: GradeBandInput[] | null;

  @Field(() => Int, { defaultValue: 10, description: '加减分上限' })
  @IsInt({ message: '加减分上限应为整数' })
  @Min(0, { message: `加减分上限应为 0 到 ${MAX_ADJUSTMENT_POINTS}` })
  @Max(MAX_ADJUSTMENT_POINTS, { message: `加减分上限应为 0 到 ${MAX_ADJUSTMENT_POINTS}` })
  adjustmentLimit: number;
}

@InputType({ description: '加减分' })
export class AssessmentAdjustmentInput {
  @Field(() => ID, { description: '单位' })
  tenantId: string;

  @Field(() => Int, { description: '年度' })
  @IsInt({ message: '年度应为整数' })
  @Min(2000, { message: '年度不正确' })
  @Max(2100, { message: '年度不正确' })
  year: number;

  @Field(() => Float, { description: '分值:加分为正,减分为负,最多两位小数' })
  @Min(-MAX_ADJUSTMENT_POINTS, { message: `分值应在 ±${MAX_ADJUSTMENT_POINTS} 之间` })
  @Max(MAX_ADJUSTMENT_POINTS, { message: `分值应在 ±${MAX_ADJUSTMENT_POINTS} 之间` })
  points: number;

  @Field({ description: '理由' })
  @MinLength(1, { message: '请填写加减分理由' })
  @MaxLength(REASON_LENGTH, { message: `理由最多 ${REASON_LENGTH} 个字符` })
  reason: string;
}

@ArgsType()
export class AssessmentResultArgs extends PageArgs {
  @Field(() => Int, { description: '年度' })
  @IsInt({ message: '年度应为整数' })
  year: number;

  @Field(() => AssessmentGrade, { nullable: true, description: '只看某一等次' })
  @IsOptional()
  grade?: AssessmentGrade;

  @Field(() => ID, { nullable: true, description: '单位(工委查看时)' })
  @IsOptional()
  tenantId?: string;
}
