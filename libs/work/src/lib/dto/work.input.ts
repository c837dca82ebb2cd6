import { ArgsType, Extensions, Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsIn, IsInt, IsOptional, Max, MaxLength, Min, MinLength } from 'class-validator';
import { EvidenceKind } from '@zeren/files';
import { LocalDateScalar, PageArgs } from '@zeren/shared-graphql';
import { PLAN_TITLE_LENGTH, POINT_TITLE_LENGTH } from '../plan/work-plan.entity';
import { TASK_TITLE_LENGTH } from '../task/work-task.entity';
import { PROJECT_TITLE_LENGTH } from '../project/breakthrough-project.entity';
import { ProblemCategory, ProjectStatus, ReceiptStatus, TaskTarget } from '../work.enums';

// MySQL's TEXT holds 65 535 bytes: 5 000 characters of Chinese is a long page and well inside it.
export const WORK_TEXT_LENGTH = 5000;
export const MAX_WORK_FILES = 20;
export const MAX_MILESTONES = 20;
export const MAX_CHOSEN_AGENCIES = 500;

@InputType({ description: '年度党建工作要点' })
export class WorkPlanInput {
  @Field(() => Int, { description: '年度' })
  @IsInt({ message: '年度应为整数' })
  @Min(2000, { message: '年度不正确' })
  @Max(2100, { message: '年度不正确' })
  year: number;

  @Field()
  @MinLength(1, { message: '请填写标题' })
  @MaxLength(PLAN_TITLE_LENGTH, { message: `标题最多 ${PLAN_TITLE_LENGTH} 个字符` })
  title: string;
}

@InputType({ description: '工作要点的标题' })
export class WorkPlanTitleInput {
  @Field()
  @MinLength(1, { message: '请填写标题' })
  @MaxLength(PLAN_TITLE_LENGTH, { message: `标题最多 ${PLAN_TITLE_LENGTH} 个字符` })
  title: string;
}

@InputType({ description: '工作要点条目' })
export class WorkPointInput {
  @Field()
  @MinLength(1, { message: '请填写要点' })
  @MaxLength(POINT_TITLE_LENGTH, { message: `要点最多 ${POINT_TITLE_LENGTH} 个字符` })
  title: string;

  @Field({ description: '具体内容' })
  @Extensions({ multiline: true })
  @MaxLength(WORK_TEXT_LENGTH, { message: `具体内容最多 ${WORK_TEXT_LENGTH} 个字符` })
  content: string;

  @Field(() => Int, { nullable: true, description: '序号;不填排在最后' })
  @IsOptional()
  @IsInt({ message: '序号应为整数' })
  @Min(1, { message: '序号从 1 开始' })
  number?: number | null;
}

@InputType({ description: '重点任务' })
export class WorkTaskInput {
  @Field(() => ID, { description: '服务的工作要点条目(该年度已印发的工作要点)' })
  pointId: string;

  @Field(() => Int, { description: '月份(1-12)' })
  @IsInt({ message: '月份应为整数' })
  @Min(1, { message: '月份应为 1 到 12' })
  @Max(12, { message: '月份应为 1 到 12' })
  month: number;

  @Field()
  @MinLength(1, { message: '请填写任务名称' })
  @MaxLength(TASK_TITLE_LENGTH, { message: `任务名称最多 ${TASK_TITLE_LENGTH} 个字符` })
  title: string;

  @Field({ description: '任务要求' })
  @Extensions({ multiline: true })
  @MinLength(1, { message: '请填写任务要求' })
  @MaxLength(WORK_TEXT_LENGTH, { message: `任务要求最多 ${WORK_TEXT_LENGTH} 个字符` })
  requirement: string;

  @Field(() => LocalDateScalar, { description: '完成时限' })
  dueOn: string;

  @Field(() => [EvidenceKind], { nullable: true, description: '要求的印证资料类型;不填不限' })
  @IsOptional()
  evidenceKinds?: EvidenceKind[] | null;

  @Field(() => Int, { defaultValue: 0, description: '至少需要的印证资料件数' })
  @IsInt({ message: '印证资料件数应为整数' })
  @Min(0, { message: '印证资料件数不能为负数' })
  @Max(MAX_WORK_FILES, { message: `印证资料最多要求 ${MAX_WORK_FILES} 件` })
  minEvidence: number;

  @Field(() => TaskTarget, { description: '推送对象' })
  @IsIn(Object.values(TaskTarget), { message: '推送对象不正确' })
  target: TaskTarget;

  @Field(() => [ID], { nullable: true, description: '指定的单位(推送对象为指定单位时必填)' })
  @IsOptional()
  @ArrayMaxSize(MAX_CHOSEN_AGENCIES, { message: `指定单位最多 ${MAX_CHOSEN_AGENCIES} 个;更多时请推送全部单位` })
  targetTenantIds?: string[] | null;
}

@InputType({ description: '调整完成时限' })
export class TaskDeadlineInput {
  @Field(() => LocalDateScalar, { description: '新完成时限' })
  dueOn: string;

  @Field({ description: '调整原因(各单位可见)' })
  @MinLength(1, { message: '请填写调整原因' })
  @MaxLength(500, { message: '调整原因最多 500 个字符' })
  reason: string;
}

@InputType({ description: '任务办理情况' })
export class TaskResponseInput {
  @Field({ description: '办理情况' })
  @Extensions({ multiline: true })
  @MaxLength(WORK_TEXT_LENGTH, { message: `办理情况最多 ${WORK_TEXT_LENGTH} 个字符` })
  response: string;

  @Field(() => [ID], { defaultValue: [], description: '印证资料(已上传文件的 id)' })
  @ArrayMaxSize(MAX_WORK_FILES, { message: `印证资料最多 ${MAX_WORK_FILES} 件` })
  fileIds: string[];
}

@ArgsType()
export class TaskReceiptArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: '重点任务' })
  @IsOptional()
  taskId?: string;

  @Field(() => ID, { nullable: true, description: '单位(工委查看时)' })
  @IsOptional()
  tenantId?: string;

  @Field(() => ReceiptStatus, { nullable: true })
  @IsOptional()
  status?: ReceiptStatus;

  @Field(() => Boolean, { nullable: true, description: '只看逾期未报送的' })
  @IsOptional()
  overdue?: boolean;

  @Field(() => Int, { nullable: true, description: '任务的年度' })
  @IsOptional()
  @IsInt({ message: '年度应为整数' })
  year?: number;

  @Field(() => Int, { nullable: true, description: '任务的月份(1-12)' })
  @IsOptional()
  @IsInt({ message: '月份应为整数' })
  @Min(1, { message: '月份应为 1 到 12' })
  @Max(12, { message: '月份应为 1 到 12' })
  month?: number;
}

@InputType({ description: '突破项目节点' })
export class MilestoneInput {
  @Field()
  @MinLength(1, { message: '请填写节点内容' })
  @MaxLength(200, { message: '节点内容最多 200 个字符' })
  title: string;

  @Field(() => LocalDateScalar, { description: '计划完成日期' })
  dueOn: string;
}

@InputType({ description: '突破项目立项书' })
export class ProjectInput {
  @Field(() => Int, { description: '年度' })
  @IsInt({ message: '年度应为整数' })
  @Min(2000, { message: '年度不正确' })
  @Max(2100, { message: '年度不正确' })
  year: number;

  @Field(() => ID, { description: '领衔的党组(党委)书记(党员)' })
  secretaryMemberId: string;

  @Field()
  @MinLength(1, { message: '请填写项目名称' })
  @MaxLength(PROJECT_TITLE_LENGTH, { message: `项目名称最多 ${PROJECT_TITLE_LENGTH} 个字符` })
  title: string;

  @Field(() => ProblemCategory, { description: '问题类别' })
  @IsIn(Object.values(ProblemCategory), { message: '问题类别不正确' })
  category: ProblemCategory;

  @Field({ description: '要解决的问题' })
  @Extensions({ multiline: true })
  @MinLength(1, { message: '请填写要解决的问题' })
  @MaxLength(WORK_TEXT_LENGTH, { message: `要解决的问题最多 ${WORK_TEXT_LENGTH} 个字符` })
  problem: string;

  @Field({ description: '攻坚措施' })
  @Extensions({ multiline: true })
  @MinLength(1, { message: '请填写攻坚措施' })
  @MaxLength(WORK_TEXT_LENGTH, { message: `攻坚措施最多 ${WORK_TEXT_LENGTH} 个字符` })
  measures: string;

  @Field({ description: '预期成效' })
  @Extensions({ multiline: true })
  @MinLength(1, { message: '请填写预期成效' })
  @MaxLength(WORK_TEXT_LENGTH, { message: `预期成效最多 ${WORK_TEXT_LENGTH} 个字符` })
  expectedOutcome: string;

  @Field(() => [MilestoneInput], { description: '节点安排(申报时至少 1 个)' })
  @ArrayMaxSize(MAX_MILESTONES, { message: `节点最多 ${MAX_MILESTONES} 个` })
  milestones: MilestoneInput[];

  @Field(() => [ID], { defaultValue: [], description: '立项书附件(已上传文件的 id)' })
  @ArrayMaxSize(MAX_WORK_FILES, { message: `附件最多 ${MAX_WORK_FILES} 件` })
  proposalFileIds: string[];
}

@InputType({ description: '立项审核' })
export class ProjectReviewInput {
  @Field({ description: '同意立项;否则退回修改' })
  approve: boolean;

  @Field(() => Int, { nullable: true, description: '必要性(0-100,立项时必填)' })
  @IsOptional()
  @IsInt({ message: '评分应为整数' })
  @Min(0, { message: '评分应为 0 到 100' })
  @Max(100, { message: '评分应为 0 到 100' })
  necessityScore?: number | null;

  @Field(() => Int, { nullable: true, description: '时效性(0-100,立项时必填)' })
  @IsOptional()
  @IsInt({ message: '评分应为整数' })
  @Min(0, { message: '评分应为 0 到 100' })
  @Max(100, { message: '评分应为 0 到 100' })
  timelinessScore?: number | null;

  @Field(() => Int, { nullable: true, description: '牵动性(0-100,立项时必填)' })
  @IsOptional()
  @IsInt({ message: '评分应为整数' })
  @Min(0, { message: '评分应为 0 到 100' })
  @Max(100, { message: '评分应为 0 到 100' })
  leverageScore?: number | null;

  @Field(() => String, { nullable: true, description: '审核意见(退回时必填)' })
  @IsOptional()
  @MaxLength(1000, { message: '审核意见最多 1000 个字符' })
  comment?: string | null;
}

@InputType({ description: '结项验收' })
export class ProjectAcceptanceInput {
  @Field({ description: '验收通过并销号;否则继续实施' })
  pass: boolean;

  @Field(() => Int, { nullable: true, description: '验收得分(0-100,通过时必填)' })
  @IsOptional()
  @IsInt({ message: '评分应为整数' })
  @Min(0, { message: '评分应为 0 到 100' })
  @Max(100, { message: '评分应为 0 到 100' })
  score?: number | null;

  @Field(() => String, { nullable: true, description: '验收意见(不通过时必填)' })
  @IsOptional()
  @MaxLength(1000, { message: '验收意见最多 1000 个字符' })
  comment?: string | null;
}

@InputType({ description: '季度进展' })
export class ProgressInput {
  @Field({ description: '进展情况' })
  @Extensions({ multiline: true })
  @MinLength(1, { message: '请填写进展情况' })
  @MaxLength(WORK_TEXT_LENGTH, { message: `进展情况最多 ${WORK_TEXT_LENGTH} 个字符` })
  content: string;

  @Field(() => [ID], { defaultValue: [], description: '印证资料(已上传文件的 id)' })
  @ArrayMaxSize(MAX_WORK_FILES, { message: `印证资料最多 ${MAX_WORK_FILES} 件` })
  fileIds: string[];
}

@ArgsType()
export class ProjectArgs extends PageArgs {
  @Field(() => Int, { nullable: true })
  @IsOptional()
  year?: number;

  @Field(() => ProjectStatus, { nullable: true })
  @IsOptional()
  status?: ProjectStatus;

  @Field(() => ProblemCategory, { nullable: true })
  @IsOptional()
  category?: ProblemCategory;

  @Field(() => ID, { nullable: true, description: '单位(工委查看时)' })
  @IsOptional()
  tenantId?: string;
}

@InputType({ description: '结项报告' })
export class ProjectOutcomeInput {
  @Field({ description: '取得的成效' })
  @Extensions({ multiline: true })
  @MinLength(1, { message: '请填写取得的成效' })
  @MaxLength(WORK_TEXT_LENGTH, { message: `取得的成效最多 ${WORK_TEXT_LENGTH} 个字符` })
  outcome: string;
}

@InputType({ description: '原因' })
export class ReasonInput {
  @Field({ description: '原因' })
  @MinLength(1, { message: '请填写原因' })
  @MaxLength(1000, { message: '原因最多 1000 个字符' })
  reason: string;
}

@InputType({ description: '审核意见' })
export class ReviewInput {
  @Field({ description: '通过;否则退回' })
  approve: boolean;

  @Field(() => String, { nullable: true, description: '审核意见(退回时必填)' })
  @IsOptional()
  @MaxLength(1000, { message: '审核意见最多 1000 个字符' })
  comment?: string | null;
}
