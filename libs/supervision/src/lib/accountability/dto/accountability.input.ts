import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { IsIn, IsInt, IsOptional, Max, MaxLength, Min, MinLength } from 'class-validator';
import { LocalDateScalar, PageArgs } from '@zeren/shared-graphql';
import { AssessmentGrade } from '../../assessment/assessment.enums';
import { MeasureKind, MeasureStatus, RuleTrigger } from '../accountability.enums';
import { RULE_DESCRIPTION_LENGTH } from '../accountability-rule.entity';

export const DECISION_TEXT_LENGTH = 1000;

@InputType({ description: '问责规则' })
export class AccountabilityRuleInput {
  @Field(() => MeasureKind, { description: '问责措施' })
  @IsIn(Object.values(MeasureKind), { message: '问责措施不正确' })
  kind: MeasureKind;

  @Field(() => RuleTrigger, { description: '触发条件' })
  @IsIn(Object.values(RuleTrigger), { message: '触发条件不正确' })
  trigger: RuleTrigger;

  @Field(() => AssessmentGrade, { nullable: true, description: '等次(按等次触发时必填)' })
  @IsOptional()
  grade?: AssessmentGrade | null;

  @Field(() => Int, { nullable: true, description: 'N(按数量或末位名次触发时必填,1-1000)' })
  @IsOptional()
  @IsInt({ message: 'N 应为整数' })
  @Min(1, { message: 'N 应为 1 到 1000' })
  @Max(1000, { message: 'N 应为 1 到 1000' })
  threshold?: number | null;

  @Field({ description: '说明' })
  @MinLength(1, { message: '请填写规则说明' })
  @MaxLength(RULE_DESCRIPTION_LENGTH, { message: `规则说明最多 ${RULE_DESCRIPTION_LENGTH} 个字符` })
  description: string;

  @Field({ defaultValue: true, description: '启用' })
  active: boolean;
}

@InputType({ description: '确认问责' })
export class ConfirmMeasureInput {
  @Field(() => String, { nullable: true, description: '确认意见' })
  @IsOptional()
  @MaxLength(DECISION_TEXT_LENGTH, { message: `确认意见最多 ${DECISION_TEXT_LENGTH} 个字符` })
  note?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: '整改时限(限期整改时必填,不早于今天)' })
  @IsOptional()
  dueOn?: string | null;
}

@InputType({ description: '不予问责' })
export class DismissMeasureInput {
  @Field({ description: '理由' })
  @MinLength(1, { message: '请填写不予问责的理由' })
  @MaxLength(DECISION_TEXT_LENGTH, { message: `理由最多 ${DECISION_TEXT_LENGTH} 个字符` })
  reason: string;
}

@ArgsType()
export class MeasureArgs extends PageArgs {
  @Field(() => Int, { nullable: true, description: '年度' })
  @IsOptional()
  @IsInt({ message: '年度应为整数' })
  year?: number;

  @Field(() => MeasureKind, { nullable: true })
  @IsOptional()
  kind?: MeasureKind;

  @Field(() => MeasureStatus, { nullable: true, description: '状态(单位只看已确认的)' })
  @IsOptional()
  status?: MeasureStatus;

  @Field(() => ID, { nullable: true, description: '单位(工委查看时)' })
  @IsOptional()
  tenantId?: string;
}
