import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsOptional, MaxLength, MinLength } from 'class-validator';
import { LocalDateScalar, PageArgs } from '@zeren/shared-graphql';
import { EntryOrigin, EntryStatus } from '../../members.enums';
import { NOTE_LENGTH, REASON_LENGTH } from '../points-entry.entity';

export const MAX_EVIDENCE_FILES = 9;

@InputType({ description: '申报积分(党员本人)' })
export class DeclarePointsInput {
  @Field(() => ID, { description: '积分规则' })
  ruleId: string;

  @Field(() => LocalDateScalar, { description: '发生日期' })
  occurredOn: string;

  @Field({ description: '事由' })
  @MinLength(1, { message: '请填写事由' })
  @MaxLength(NOTE_LENGTH, { message: `事由最多 ${NOTE_LENGTH} 个字符` })
  note: string;

  @Field(() => [ID], { defaultValue: [], description: '佐证材料(已上传文件的 id)' })
  @ArrayMaxSize(MAX_EVIDENCE_FILES, { message: `佐证材料最多 ${MAX_EVIDENCE_FILES} 件` })
  fileIds: string[];
}

@InputType({ description: '给予党员积分(支部书记或党小组组长)' })
export class AwardPointsInput extends DeclarePointsInput {
  @Field(() => ID, { description: '党员' })
  memberId: string;
}

@InputType({ description: '理由' })
export class PointsReasonInput {
  @Field({ description: '理由' })
  @MinLength(1, { message: '请填写理由' })
  @MaxLength(REASON_LENGTH, { message: `理由最多 ${REASON_LENGTH} 个字符` })
  reason: string;
}

@ArgsType()
export class PointsEntrySearchArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: '单位(工委查看时)' })
  tenantId?: string;

  @Field(() => Int, { nullable: true, description: '年度' })
  @IsOptional()
  year?: number;

  @Field(() => String, { nullable: true, description: '发生日期所在周期:年度 2026、季度 2026-Q3 或月份 2026-11' })
  @IsOptional()
  periodKey?: string;

  @Field(() => ID, { nullable: true, description: '党员' })
  memberId?: string;

  @Field(() => ID, { nullable: true, description: '党组织(含下级)' })
  unitId?: string;

  @Field(() => ID, { nullable: true, description: '积分规则' })
  ruleId?: string;

  @Field(() => EntryStatus, { nullable: true })
  status?: EntryStatus;

  @Field(() => EntryOrigin, { nullable: true })
  origin?: EntryOrigin;
}
