import { ArgsType, Extensions, Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsInt, IsOptional, Max, MaxLength, Min, MinLength } from 'class-validator';
import { LocalDateScalar, PageArgs, YearField } from '@zeren/shared-graphql';
import { GRADE_CODE_LENGTH, GRADE_LABEL_LENGTH, REVIEW_GROUP_NAME_LENGTH, REVIEW_TITLE_LENGTH } from './review-session.entity';
import { COMMENTER_LENGTH } from './review-participant.entity';
import { ReviewReportStatus } from './review.enums';

// MySQL's TEXT holds 65 535 bytes: 5 000 characters of Chinese is a long page and well inside it.
export const REVIEW_TEXT_LENGTH = 5000;
export const MAX_REPORT_FILES = 10;
export const MAX_REVIEWERS = 30;
export const MAX_GRADES = 10;
/** A sheet is one group; the largest the committee would seat is far below this. */
export const MAX_SHEET = 200;
export const MAX_PARTICIPANTS_AT_ONCE = 2000;

@InputType({ description: '评议等次' })
export class ReviewGradeInput {
  @Field({ description: '代码(字母、数字、下划线)' })
  @MinLength(1, { message: '请填写等次代码' })
  @MaxLength(GRADE_CODE_LENGTH, { message: `等次代码最多 ${GRADE_CODE_LENGTH} 个字符` })
  code: string;

  @Field({ description: '名称' })
  @MinLength(1, { message: '请填写等次名称' })
  @MaxLength(GRADE_LABEL_LENGTH, { message: `等次名称最多 ${GRADE_LABEL_LENGTH} 个字符` })
  label: string;

  @Field(() => Int, { description: '折合分数(0-100)' })
  @IsInt({ message: '分数应为整数' })
  @Min(0, { message: '分数应为 0 到 100' })
  @Max(100, { message: '分数应为 0 到 100' })
  score: number;
}

@InputType({ description: '述职评议' })
export class ReviewSessionInput {
  @YearField()
  year: number;

  @Field()
  @MinLength(1, { message: '请填写名称' })
  @MaxLength(REVIEW_TITLE_LENGTH, { message: `名称最多 ${REVIEW_TITLE_LENGTH} 个字符` })
  title: string;

  @Field(() => LocalDateScalar, { description: '述职评议会日期' })
  heldOn: string;

  @Field(() => [ReviewGradeInput], { nullable: true, description: '评议等次;不填为 好 100、较好 85、一般 70、差 50' })
  @IsOptional()
  @ArrayMaxSize(MAX_GRADES, { message: `评议等次最多 ${MAX_GRADES} 个` })
  scale?: ReviewGradeInput[] | null;

  @Field(() => [ID], { description: '评议人(工委用户)' })
  @ArrayMaxSize(MAX_REVIEWERS, { message: `评议人最多 ${MAX_REVIEWERS} 名` })
  reviewerUserIds: string[];
}

@InputType({ description: '述职小组' })
export class ReviewGroupInput {
  @Field()
  @MinLength(1, { message: '请填写组名' })
  @MaxLength(REVIEW_GROUP_NAME_LENGTH, { message: `组名最多 ${REVIEW_GROUP_NAME_LENGTH} 个字符` })
  name: string;

  @Field(() => Int, { nullable: true, description: '述职顺序;不填排在最后' })
  @IsOptional()
  @IsInt({ message: '顺序应为整数' })
  @Min(1, { message: '顺序从 1 开始' })
  position?: number | null;
}

@InputType({ description: '述职报告' })
export class ReviewReportInput {
  @Field({ description: '述职报告摘要' })
  @Extensions({ multiline: true })
  @MaxLength(REVIEW_TEXT_LENGTH, { message: `摘要最多 ${REVIEW_TEXT_LENGTH} 个字符` })
  summary: string;

  @Field(() => [ID], { description: '述职报告文件(已上传的 PDF 或 Word 文档)' })
  @ArrayMaxSize(MAX_REPORT_FILES, { message: `述职报告文件最多 ${MAX_REPORT_FILES} 件` })
  fileIds: string[];
}

@InputType({ description: '现场点评' })
export class ReviewCommentInput {
  @Field({ description: '点评人(市领导姓名)' })
  @MaxLength(COMMENTER_LENGTH, { message: `点评人最多 ${COMMENTER_LENGTH} 个字符` })
  commenter: string;

  @Field({ description: '点评意见' })
  @Extensions({ multiline: true })
  @MaxLength(REVIEW_TEXT_LENGTH, { message: `点评意见最多 ${REVIEW_TEXT_LENGTH} 个字符` })
  content: string;
}

@InputType({ description: '一个单位的评议等次' })
export class ReviewRatingInput {
  @Field(() => ID, { description: '述职单位' })
  participantId: string;

  @Field({ description: '评议等次代码' })
  @MaxLength(GRADE_CODE_LENGTH, { message: '评议等次不正确' })
  code: string;
}

@ArgsType()
export class ReviewParticipantArgs extends PageArgs {
  @Field(() => ID)
  sessionId: string;

  @Field(() => ID, { nullable: true, description: '述职小组' })
  @IsOptional()
  groupId?: string;

  @Field(() => ReviewReportStatus, { nullable: true })
  @IsOptional()
  status?: ReviewReportStatus;

  @Field(() => ID, { nullable: true, description: '单位(工委查看时)' })
  @IsOptional()
  tenantId?: string;
}

@ArgsType()
export class ReviewCommentArgs extends PageArgs {
  @Field(() => ID)
  sessionId: string;

  @Field(() => ID, { nullable: true, description: '单位(工委查看时)' })
  @IsOptional()
  tenantId?: string;

  @Field(() => Boolean, { nullable: true, description: '只看已(true)或未(false)列入整改台账的' })
  @IsOptional()
  followedUp?: boolean;
}

@InputType({ description: '评议表:一组单位各一个等次' })
export class ReviewSheetInput {
  @Field(() => [ReviewRatingInput], { description: '各单位的评议等次' })
  @ArrayMaxSize(MAX_SHEET, { message: `一张评议表最多评议 ${MAX_SHEET} 个单位` })
  ratings: ReviewRatingInput[];
}

@InputType({ description: '安排述职单位' })
export class ReviewParticipantsInput {
  @Field(() => ID, { description: '述职小组' })
  groupId: string;

  @Field(() => [ID], { nullable: true, description: '所选单位;不填为全部尚未安排的在用单位' })
  @IsOptional()
  @ArrayMaxSize(MAX_PARTICIPANTS_AT_ONCE, { message: `一次最多安排 ${MAX_PARTICIPANTS_AT_ONCE} 个单位;更多时请不选单位` })
  tenantIds?: string[] | null;
}
