import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsOptional, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { LocalDateScalar, PageArgs } from '@zeren/shared-graphql';
import { STAR_TEXT_LENGTH, STAR_TITLE_LENGTH } from '../star.entity';
import { StarEvidenceSource, StarRatingStatus } from '../star.enums';

const KEY_LENGTH = 32;
const NAME_LENGTH = 60;

@InputType({ description: '星级评定指标' })
export class StarCriterionInput {
  @Field({ description: '指标代码' })
  @MinLength(1, { message: '请填写指标代码' })
  @MaxLength(KEY_LENGTH, { message: `指标代码最多 ${KEY_LENGTH} 个字符` })
  key: string;

  @Field({ description: '指标名称' })
  @MinLength(1, { message: '请填写指标名称' })
  @MaxLength(NAME_LENGTH, { message: `指标名称最多 ${NAME_LENGTH} 个字符` })
  name: string;

  @Field(() => Int, { description: '分值' })
  @Min(1, { message: '分值至少 1 分' })
  @Max(100, { message: '分值最多 100 分' })
  maxScore: number;

  @Field(() => StarEvidenceSource, { description: '评分依据' })
  source: StarEvidenceSource;
}

@InputType({ description: '星级分数段' })
export class StarBandInput {
  @Field(() => Int, { description: '最低分(含)' })
  @Min(0, { message: '分数不能为负数' })
  @Max(100, { message: '分数最多 100 分' })
  minScore: number;

  @Field(() => Int, { description: '星级' })
  @Min(1, { message: '星级应为 1–5 星' })
  @Max(5, { message: '星级应为 1–5 星' })
  stars: number;
}

@InputType({ description: '满意度封顶' })
export class SatisfactionCapInput {
  @Field(() => Int, { description: '满意度低于此分' })
  @Min(1, { message: '分数至少 1 分' })
  @Max(100, { message: '分数最多 100 分' })
  below: number;

  @Field(() => Int, { description: '最高星级' })
  @Min(1, { message: '星级应为 1–5 星' })
  @Max(5, { message: '星级应为 1–5 星' })
  maxStars: number;
}

@InputType({ description: '星级名额' })
export class StarQuotaInput {
  @Field(() => Int, { description: '星级' })
  @Min(1, { message: '星级应为 1–5 星' })
  @Max(5, { message: '星级应为 1–5 星' })
  stars: number;

  @Field(() => Int, { description: '占参评党支部的比例上限(%)' })
  @Min(1, { message: '比例至少 1%' })
  @Max(100, { message: '比例最多 100%' })
  percent: number;
}

@InputType({ description: '制定或修改星级评定方案' })
export class StarSchemeInput {
  @Field(() => Int, { description: '年度' })
  @Min(2000, { message: '年度应在 2000 年以后' })
  @Max(2100, { message: '年度应在 2100 年以前' })
  year: number;

  @Field({ description: '名称' })
  @MinLength(1, { message: '请填写名称' })
  @MaxLength(STAR_TITLE_LENGTH, { message: `名称最多 ${STAR_TITLE_LENGTH} 个字符` })
  title: string;

  @Field(() => [StarCriterionInput], { description: '评定指标(分值合计 100)' })
  @ArrayMinSize(1, { message: '请至少设置一项指标' })
  @ArrayMaxSize(20, { message: '指标最多 20 项' })
  @ValidateNested({ each: true })
  criteria: StarCriterionInput[];

  @Field(() => [StarBandInput], { description: '分数段(覆盖 0–100)' })
  @ArrayMinSize(1, { message: '请设置分数段' })
  @ArrayMaxSize(5, { message: '分数段最多 5 个' })
  @ValidateNested({ each: true })
  bands: StarBandInput[];

  @Field(() => Int, { defaultValue: 30, description: '满意度权重(%)' })
  @Min(0, { message: '满意度权重应为 0–100%' })
  @Max(100, { message: '满意度权重应为 0–100%' })
  satisfactionWeight: number;

  @Field(() => [SatisfactionCapInput], { defaultValue: [], description: '满意度封顶' })
  @ArrayMaxSize(5, { message: '满意度封顶最多 5 条' })
  @ValidateNested({ each: true })
  satisfactionCaps: SatisfactionCapInput[];

  @Field(() => [StarQuotaInput], { defaultValue: [], description: '星级名额' })
  @ArrayMaxSize(5, { message: '星级名额最多 5 条' })
  @ValidateNested({ each: true })
  quotas: StarQuotaInput[];

  @Field({ defaultValue: true, description: '五星须有创新项目' })
  fiveStarNeedsInnovation: boolean;
}

@InputType({ description: '一项指标的评分' })
export class CriterionScoreInput {
  @Field({ description: '指标代码' })
  key: string;

  @Field(() => Int, { description: '得分' })
  @Min(0, { message: '得分不能为负数' })
  @Max(100, { message: '得分最多 100 分' })
  score: number;

  @Field(() => String, { nullable: true, description: '理由(与预填分或自评分不同时必填)' })
  @IsOptional()
  @MaxLength(STAR_TEXT_LENGTH, { message: `理由最多 ${STAR_TEXT_LENGTH} 个字符` })
  reason?: string | null;
}

@InputType({ description: '星级自评或党委评分' })
export class StarScoresInput {
  @Field(() => [CriterionScoreInput], { description: '各指标得分' })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  scores: CriterionScoreInput[];

  @Field(() => Int, { nullable: true, description: '群众满意度(0–100)' })
  @IsOptional()
  @Min(0, { message: '满意度应为 0–100 分' })
  @Max(100, { message: '满意度应为 0–100 分' })
  satisfaction?: number | null;

  @Field(() => String, { nullable: true, description: '创新项目' })
  @IsOptional()
  @MaxLength(STAR_TEXT_LENGTH, { message: `创新项目最多 ${STAR_TEXT_LENGTH} 个字符` })
  innovationProject?: string | null;
}

@InputType({ description: '星级公示' })
export class StarPublicizeInput {
  @Field(() => LocalDateScalar, { description: '公示截止日期' })
  until: string;
}

@InputType({ description: '理由、异议或答复' })
export class StarTextInput {
  @Field({ description: '内容' })
  @MinLength(1, { message: '请填写内容' })
  @MaxLength(STAR_TEXT_LENGTH, { message: `内容最多 ${STAR_TEXT_LENGTH} 个字符` })
  text: string;
}

@ArgsType()
export class StarRatingArgs extends PageArgs {
  @Field(() => Int, { description: '年度' })
  year: number;

  @Field(() => ID, { nullable: true, description: '单位(工委查看时)' })
  tenantId?: string;

  @Field(() => Int, { nullable: true, description: '星级' })
  stars?: number;

  @Field(() => StarRatingStatus, { nullable: true })
  status?: StarRatingStatus;
}
