import { Field, Float, InputType } from 'type-graphql';
import { IsBoolean, IsIn, IsOptional, Max, MaxLength, Min, MinLength } from 'class-validator';
import { MaxDecimals, YearField } from '@zeren/shared-graphql';
import { PointsAwarder, PointsMode, PointsPeriod } from '../../members.enums';
import { PointsTrigger } from '../../activity/activity.enums';
import { CATEGORY_LENGTH, RULE_NAME_LENGTH, RULE_NOTE_LENGTH } from '../rule-spec';

/** The largest points one entry may carry either way: a rule of 100 分 is a typo, not a rule. */
export const MAX_RULE_POINTS = 50;
export const MAX_CAP_POINTS = 500;

@InputType({ description: '积分规则' })
export class PointsRuleInput {
  @Field({ description: '类别(如 学习教育、组织生活、志愿服务、岗位建功、违纪扣分)' })
  @MinLength(1, { message: '请填写类别' })
  @MaxLength(CATEGORY_LENGTH, { message: `类别最多 ${CATEGORY_LENGTH} 个字符` })
  category: string;

  @Field({ description: '规则名称' })
  @MinLength(1, { message: '请填写规则名称' })
  @MaxLength(RULE_NAME_LENGTH, { message: `规则名称最多 ${RULE_NAME_LENGTH} 个字符` })
  name: string;

  @Field(() => String, { nullable: true, description: '说明' })
  @IsOptional()
  @MaxLength(RULE_NOTE_LENGTH, { message: `说明最多 ${RULE_NOTE_LENGTH} 个字符` })
  description?: string | null;

  @Field(() => Float, { description: '分值:正为加分,负为扣分,最多一位小数' })
  @MaxDecimals(1, { message: '分值最多一位小数' })
  @Min(-MAX_RULE_POINTS, { message: `分值不能低于 -${MAX_RULE_POINTS}` })
  @Max(MAX_RULE_POINTS, { message: `分值不能高于 ${MAX_RULE_POINTS}` })
  points: number;

  @Field(() => Float, { nullable: true, description: '每周期上限(分,正数);为空表示不设上限' })
  @IsOptional()
  @MaxDecimals(1, { message: '上限最多一位小数' })
  @Min(0.1, { message: '上限应大于 0' })
  @Max(MAX_CAP_POINTS, { message: `上限不能高于 ${MAX_CAP_POINTS}` })
  cap?: number | null;

  @Field(() => PointsPeriod, { nullable: true, description: '上限周期(设上限时必填)' })
  @IsOptional()
  capPeriod?: PointsPeriod | null;

  @Field({ defaultValue: false, description: '是否须上传佐证材料' })
  @IsBoolean()
  evidenceRequired: boolean;

  @Field(() => PointsAwarder, { defaultValue: PointsAwarder.BOTH, description: '谁可以给予' })
  @IsIn(Object.values(PointsAwarder))
  awarder: PointsAwarder;

  @Field(() => PointsMode, { defaultValue: PointsMode.DECLARED, description: '申报或自动' })
  @IsIn(Object.values(PointsMode))
  mode: PointsMode;

  @Field(() => PointsTrigger, { nullable: true, description: '自动积分的触发条件(自动积分规则必填,申报规则不填)' })
  @IsOptional()
  autoTrigger?: PointsTrigger | null;
}

@InputType({ description: '新建积分规则' })
export class NewPointsRuleInput extends PointsRuleInput {
  @YearField()
  year: number;
}

@InputType({ description: '把上一年度的积分规则复制到新年度' })
export class CopyPointsRulesInput {
  @YearField('复制到的年度')
  year: number;
}

