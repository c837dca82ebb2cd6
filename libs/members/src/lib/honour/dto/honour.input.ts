import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsOptional, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { LocalDateScalar, PageArgs } from '@zeren/shared-graphql';
import { DisciplineKind, EligibilityRuleKind, HonourCategory, HonourLevel, NominationStatus } from '../honour.enums';
import { TEXT_LENGTH, TITLE_LENGTH } from '../honour.entity';
import { MAX_EVIDENCE_FILES } from '../../ledger/dto/points-entry.input';

@InputType({ description: '评选资格条件' })
export class EligibilityRuleInput {
  @Field(() => EligibilityRuleKind)
  kind: EligibilityRuleKind;

  @Field(() => Int, { nullable: true, description: '门槛(积分的分数、星级的星数)' })
  @IsOptional()
  @Min(0, { message: '门槛不能为负数' })
  @Max(10000, { message: '门槛最多 10000' })
  threshold?: number | null;
}

@InputType({ description: '发起或修改表彰评选' })
export class HonourRoundInput {
  @Field(() => Int, { description: '年度' })
  @Min(2000, { message: '年度应在 2000 年以后' })
  @Max(2100, { message: '年度应在 2100 年以前' })
  year: number;

  @Field({ description: '名称' })
  @MinLength(1, { message: '请填写名称' })
  @MaxLength(TITLE_LENGTH, { message: `名称最多 ${TITLE_LENGTH} 个字符` })
  title: string;

  @Field(() => HonourLevel)
  level: HonourLevel;

  @Field(() => [HonourCategory], { description: '评选类别' })
  @ArrayMinSize(1, { message: '请至少选择一个评选类别' })
  @ArrayMaxSize(3)
  categories: HonourCategory[];

  @Field(() => Int, { nullable: true, description: '每个单位的名额' })
  @IsOptional()
  @Min(1, { message: '名额至少为 1' })
  @Max(1000, { message: '名额最多 1000' })
  quotaPerAgency?: number | null;

  @Field(() => Int, { nullable: true, description: '总名额' })
  @IsOptional()
  @Min(1, { message: '名额至少为 1' })
  @Max(100000, { message: '名额最多 100000' })
  quotaTotal?: number | null;

  @Field(() => LocalDateScalar, { description: '提名开始日期' })
  opensOn: string;

  @Field(() => LocalDateScalar, { description: '提名截止日期' })
  closesOn: string;

  @Field(() => [EligibilityRuleInput], { defaultValue: [], description: '评选资格条件' })
  @ArrayMaxSize(8)
  @ValidateNested({ each: true })
  rules: EligibilityRuleInput[];
}

@InputType({ description: '提名前的资格审查:评选、类别和提名对象' })
export class NomineeCheckInput {
  @Field(() => ID, { description: '表彰评选' })
  roundId: string;

  @Field(() => HonourCategory)
  category: HonourCategory;

  @Field(() => ID, { nullable: true, description: '党员(优秀共产党员、优秀党务工作者)' })
  memberId?: string | null;

  @Field(() => ID, { nullable: true, description: '党组织(先进基层党组织)' })
  unitId?: string | null;
}

@InputType({ description: '提名表彰对象' })
export class NominateInput extends NomineeCheckInput {

  @Field({ description: '主要事迹' })
  @MinLength(1, { message: '请填写主要事迹' })
  @MaxLength(TEXT_LENGTH, { message: `主要事迹最多 ${TEXT_LENGTH} 个字符` })
  deeds: string;

  @Field(() => [ID], { defaultValue: [], description: '材料(已上传文件的 id)' })
  @ArrayMaxSize(MAX_EVIDENCE_FILES, { message: `材料最多 ${MAX_EVIDENCE_FILES} 件` })
  fileIds: string[];
}

@InputType({ description: '登记其他表彰(上级机关授予)' })
export class OutsideHonourInput {
  @Field(() => HonourCategory)
  category: HonourCategory;

  @Field(() => HonourLevel)
  level: HonourLevel;

  @Field(() => ID, { nullable: true, description: '党员(优秀共产党员、优秀党务工作者)' })
  memberId?: string | null;

  @Field(() => ID, { nullable: true, description: '党组织(先进基层党组织)' })
  unitId?: string | null;

  @Field({ description: '荣誉名称' })
  @MinLength(1, { message: '请填写荣誉名称' })
  @MaxLength(TITLE_LENGTH, { message: `荣誉名称最多 ${TITLE_LENGTH} 个字符` })
  title: string;

  @Field({ description: '授予机关' })
  @MinLength(1, { message: '请填写授予机关' })
  @MaxLength(TITLE_LENGTH, { message: `授予机关最多 ${TITLE_LENGTH} 个字符` })
  conferredBy: string;

  @Field(() => LocalDateScalar, { description: '授予日期' })
  conferredOn: string;
}

@InputType({ description: '登记党纪处分' })
export class DisciplineRecordInput {
  @Field(() => ID, { description: '党员' })
  memberId: string;

  @Field(() => DisciplineKind)
  kind: DisciplineKind;

  @Field(() => LocalDateScalar, { description: '处分决定日期' })
  decidedOn: string;

  @Field(() => LocalDateScalar, { description: '影响期截止日期' })
  influenceEndsOn: string;

  @Field({ description: '说明' })
  @MinLength(1, { message: '请填写说明' })
  @MaxLength(TEXT_LENGTH, { message: `说明最多 ${TEXT_LENGTH} 个字符` })
  note: string;
}

@ArgsType()
export class NominationArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: '表彰评选' })
  roundId?: string;

  @Field(() => ID, { nullable: true, description: '单位(工委查看时)' })
  tenantId?: string;

  @Field(() => HonourCategory, { nullable: true })
  category?: HonourCategory;

  @Field(() => NominationStatus, { nullable: true })
  status?: NominationStatus;
}

@ArgsType()
export class HonourResultArgs {
  @Field(() => HonourCategory, { nullable: true, description: '类别;不填为全部' })
  category?: HonourCategory;

  @Field(() => LocalDateScalar, { nullable: true, description: '起始日期(含);默认今天往前两年' })
  from?: string;

  @Field(() => LocalDateScalar, { nullable: true, description: '截止日期(含);默认今天' })
  to?: string;
}
