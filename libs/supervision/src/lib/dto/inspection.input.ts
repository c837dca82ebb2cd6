import { ArgsType, Extensions, Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsInt, IsOptional, Max, MaxLength, Min, MinLength } from 'class-validator';
import { LocalDateScalar, PageArgs } from '@zeren/shared-graphql';
import { CAMPAIGN_TITLE_LENGTH, CATEGORY_NAME_LENGTH, TEAM_NAME_LENGTH } from '../inspection/inspection.entity';
import { FindingSeverity, RectificationSource, RectificationStatus } from '../supervision.enums';

// MySQL's TEXT holds 65 535 bytes: 5 000 characters of Chinese is a long page and well inside it.
export const SUPERVISION_TEXT_LENGTH = 5000;
export const MAX_SUPERVISION_FILES = 20;
export const MAX_TEAM_MEMBERS = 30;
export const MAX_TEAM_AGENCIES = 500;
export const MAX_EXTENSION_DAYS = 180;

@InputType({ description: '督查问题类别' })
export class FindingCategoryInput {
  @Field()
  @MinLength(1, { message: '请填写类别名称' })
  @MaxLength(CATEGORY_NAME_LENGTH, { message: `类别名称最多 ${CATEGORY_NAME_LENGTH} 个字符` })
  name: string;

  @Field({ description: '说明' })
  @Extensions({ multiline: true })
  @MaxLength(SUPERVISION_TEXT_LENGTH, { message: `说明最多 ${SUPERVISION_TEXT_LENGTH} 个字符` })
  description: string;
}

@InputType({ description: '年度党务督查' })
export class InspectionCampaignInput {
  @Field(() => Int, { description: '年度' })
  @IsInt({ message: '年度应为整数' })
  @Min(2000, { message: '年度不正确' })
  @Max(2100, { message: '年度不正确' })
  year: number;

  @Field()
  @MinLength(1, { message: '请填写督查名称' })
  @MaxLength(CAMPAIGN_TITLE_LENGTH, { message: `督查名称最多 ${CAMPAIGN_TITLE_LENGTH} 个字符` })
  title: string;

  @Field(() => LocalDateScalar, { description: '开始日期' })
  startsOn: string;

  @Field(() => LocalDateScalar, { description: '结束日期' })
  endsOn: string;
}

@InputType({ description: '督查组' })
export class InspectionTeamInput {
  @Field()
  @MinLength(1, { message: '请填写组名' })
  @MaxLength(TEAM_NAME_LENGTH, { message: `组名最多 ${TEAM_NAME_LENGTH} 个字符` })
  name: string;

  @Field(() => ID, { description: '组长(工委用户)' })
  leaderUserId: string;

  @Field(() => [ID], { description: '组员(工委用户)' })
  @ArrayMaxSize(MAX_TEAM_MEMBERS, { message: `组员最多 ${MAX_TEAM_MEMBERS} 人` })
  memberUserIds: string[];

  @Field(() => [ID], { description: '负责督查的单位' })
  @ArrayMaxSize(MAX_TEAM_AGENCIES, { message: `单位最多 ${MAX_TEAM_AGENCIES} 个` })
  tenantIds: string[];
}

@InputType({ description: '督查走访' })
export class InspectionVisitInput {
  @Field(() => ID, { description: '被督查单位' })
  tenantId: string;

  @Field(() => ID, { nullable: true, description: '督查组' })
  @IsOptional()
  teamId?: string | null;

  @Field(() => LocalDateScalar, { description: '督查日期' })
  visitedOn: string;

  @Field({ description: '督查情况' })
  @Extensions({ multiline: true })
  @MaxLength(SUPERVISION_TEXT_LENGTH, { message: `督查情况最多 ${SUPERVISION_TEXT_LENGTH} 个字符` })
  notes: string;
}

@InputType({ description: '督查走访的修改:日期和情况(单位和督查组记错时删除后重新记录)' })
export class InspectionVisitUpdateInput {
  @Field(() => LocalDateScalar, { description: '督查日期' })
  visitedOn: string;

  @Field({ description: '督查情况' })
  @Extensions({ multiline: true })
  @MaxLength(SUPERVISION_TEXT_LENGTH, { message: `督查情况最多 ${SUPERVISION_TEXT_LENGTH} 个字符` })
  notes: string;
}

@InputType({ description: '督查发现的问题(记录即向单位下发整改)' })
export class InspectionFindingInput {
  @Field(() => ID, { description: '督查走访' })
  visitId: string;

  @Field(() => ID, { description: '问题类别' })
  categoryId: string;

  @Field(() => FindingSeverity)
  severity: FindingSeverity;

  @Field({ description: '问题描述' })
  @Extensions({ multiline: true })
  @MinLength(1, { message: '请填写问题描述' })
  @MaxLength(SUPERVISION_TEXT_LENGTH, { message: `问题描述最多 ${SUPERVISION_TEXT_LENGTH} 个字符` })
  description: string;

  @Field(() => LocalDateScalar, { description: '整改时限' })
  dueOn: string;
}

@ArgsType()
export class InspectionFindingArgs extends PageArgs {
  @Field(() => Int, { nullable: true, description: '年度' })
  @IsOptional()
  @IsInt({ message: '年度应为整数' })
  year?: number;

  @Field(() => ID, { nullable: true, description: '单位(工委查看时)' })
  @IsOptional()
  tenantId?: string;

  @Field(() => ID, { nullable: true, description: '问题类别' })
  @IsOptional()
  categoryId?: string;

  @Field(() => FindingSeverity, { nullable: true })
  @IsOptional()
  severity?: FindingSeverity;

  @Field(() => Boolean, { nullable: true, description: '只看重复发生的问题' })
  @IsOptional()
  repeated?: boolean;
}

@ArgsType()
export class RectificationArgs extends PageArgs {
  @Field(() => Int, { nullable: true, description: '年度' })
  @IsOptional()
  @IsInt({ message: '年度应为整数' })
  year?: number;

  @Field(() => ID, { nullable: true, description: '单位(工委查看时)' })
  @IsOptional()
  tenantId?: string;

  @Field(() => RectificationStatus, { nullable: true })
  @IsOptional()
  status?: RectificationStatus;

  @Field(() => RectificationSource, { nullable: true })
  @IsOptional()
  source?: RectificationSource;

  @Field(() => ID, { nullable: true, description: '问题类别' })
  @IsOptional()
  categoryId?: string;

  @Field(() => Boolean, { nullable: true, description: '只看逾期未整改完成的' })
  @IsOptional()
  overdue?: boolean;

  @Field(() => Int, { nullable: true, description: '整改时限所在月份(1-12),与年度一起即统计按整改时限月份的一行' })
  @IsOptional()
  @IsInt({ message: '月份应为整数' })
  @Min(1, { message: '月份应为 1 到 12' })
  @Max(12, { message: '月份应为 1 到 12' })
  dueMonth?: number;

  @Field(() => Int, { nullable: true, description: '只看这么多天内到期、尚未报送的' })
  @IsOptional()
  @IsInt({ message: '天数应为整数' })
  @Min(0, { message: '天数不能为负' })
  @Max(366, { message: '天数最多 366' })
  dueWithinDays?: number;
}

@InputType({ description: '整改方案:措施和责任人' })
export class RectificationPlanInput {
  @Field({ description: '整改措施' })
  @Extensions({ multiline: true })
  @MinLength(1, { message: '请填写整改措施' })
  @MaxLength(SUPERVISION_TEXT_LENGTH, { message: `整改措施最多 ${SUPERVISION_TEXT_LENGTH} 个字符` })
  measures: string;

  @Field(() => ID, { description: '责任人(本单位现任职的党员)' })
  responsibleMemberId: string;
}

@InputType({ description: '整改情况和印证资料' })
export class RectificationReportInput {
  @Field({ description: '整改情况' })
  @Extensions({ multiline: true })
  @MaxLength(SUPERVISION_TEXT_LENGTH, { message: `整改情况最多 ${SUPERVISION_TEXT_LENGTH} 个字符` })
  report: string;

  @Field(() => [ID], { description: '印证资料(已上传的文件)' })
  @ArrayMaxSize(MAX_SUPERVISION_FILES, { message: `印证资料最多 ${MAX_SUPERVISION_FILES} 件` })
  fileIds: string[];
}

@InputType({ description: '验收整改' })
export class RectificationVerifyInput {
  @Field({ description: '通过;否则退回继续整改' })
  pass: boolean;

  @Field(() => String, { nullable: true, description: '验收意见(不通过时必填)' })
  @IsOptional()
  @MaxLength(SUPERVISION_TEXT_LENGTH, { message: `验收意见最多 ${SUPERVISION_TEXT_LENGTH} 个字符` })
  comment?: string | null;
}

@InputType({ description: '回访销号' })
export class RectificationCloseInput {
  @Field({ description: '回访情况' })
  @Extensions({ multiline: true })
  @MaxLength(SUPERVISION_TEXT_LENGTH, { message: `回访情况最多 ${SUPERVISION_TEXT_LENGTH} 个字符` })
  note: string;
}

@InputType({ description: '延期申请' })
export class ExtensionRequestInput {
  @Field(() => LocalDateScalar, { description: '申请延至' })
  toDueOn: string;

  @Field({ description: '延期理由' })
  @Extensions({ multiline: true })
  @MaxLength(SUPERVISION_TEXT_LENGTH, { message: `延期理由最多 ${SUPERVISION_TEXT_LENGTH} 个字符` })
  reason: string;
}

@InputType({ description: '延期审批' })
export class ExtensionDecisionInput {
  @Field({ description: '同意;否则不同意' })
  approve: boolean;

  @Field(() => String, { nullable: true, description: '审批意见(不同意时必填)' })
  @IsOptional()
  @MaxLength(SUPERVISION_TEXT_LENGTH, { message: `审批意见最多 ${SUPERVISION_TEXT_LENGTH} 个字符` })
  comment?: string | null;
}
