import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsOptional, MaxLength, MinLength } from 'class-validator';
import { LocalDateScalar, PageArgs } from '@zeren/shared-graphql';
import { ActivityKind, ActivityStatus } from '../activity.enums';
import { ACTIVITY_NOTE_LENGTH, PLACE_LENGTH, TOPIC_LENGTH } from '../stage-activity.entity';

export const MAX_MATERIALS = 9;
export const MAX_PEOPLE = 500;

@InputType({ description: '讲台活动(计划或修改)' })
export class StageActivityInput {
  @Field(() => ActivityKind, { description: '类型' })
  kind: ActivityKind;

  @Field({ description: '主题' })
  @MinLength(1, { message: '请填写主题' })
  @MaxLength(TOPIC_LENGTH, { message: `主题最多 ${TOPIC_LENGTH} 个字符` })
  topic: string;

  @Field(() => LocalDateScalar, { description: '日期' })
  heldOn: string;

  @Field({ description: '地点' })
  @MinLength(1, { message: '请填写地点' })
  @MaxLength(PLACE_LENGTH, { message: `地点最多 ${PLACE_LENGTH} 个字符` })
  place: string;

  @Field(() => [ID], { description: '主讲人(本支部党员,至少一人)' })
  @ArrayMaxSize(MAX_PEOPLE, { message: `最多 ${MAX_PEOPLE} 人` })
  speakerIds: string[];

  @Field({ defaultValue: '', description: '备注' })
  @MaxLength(ACTIVITY_NOTE_LENGTH, { message: `备注最多 ${ACTIVITY_NOTE_LENGTH} 个字符` })
  notes: string;

  @Field(() => [ID], { defaultValue: [], description: '活动材料(已上传文件的 id)' })
  @ArrayMaxSize(MAX_MATERIALS, { message: `活动材料最多 ${MAX_MATERIALS} 件` })
  fileIds: string[];
}

@InputType({ description: '新的讲台活动' })
export class NewStageActivityInput extends StageActivityInput {
  @Field(() => ID, { description: '党支部' })
  unitId: string;
}

@InputType({ description: '出席和主讲(举行时或更正时)' })
export class ActivityAttendanceInput {
  @Field(() => [ID], { description: '出席党员(主讲人计为出席)' })
  @ArrayMaxSize(MAX_PEOPLE, { message: `最多 ${MAX_PEOPLE} 人` })
  attendeeIds: string[];

  @Field(() => [ID], { description: '主讲人(至少一人)' })
  @ArrayMaxSize(MAX_PEOPLE, { message: `最多 ${MAX_PEOPLE} 人` })
  speakerIds: string[];
}

@InputType({ description: '取消理由' })
export class CancelActivityInput {
  @Field({ description: '理由' })
  @MinLength(1, { message: '请填写取消理由' })
  @MaxLength(500, { message: '理由最多 500 个字符' })
  reason: string;
}

@ArgsType()
export class StageActivitySearchArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: '单位(工委查看时)' })
  tenantId?: string;

  @Field(() => Int, { nullable: true, description: '年度' })
  @IsOptional()
  year?: number;

  @Field(() => ID, { nullable: true, description: '党支部' })
  unitId?: string;

  @Field(() => ActivityKind, { nullable: true })
  kind?: ActivityKind;

  @Field(() => ActivityStatus, { nullable: true })
  status?: ActivityStatus;
}

@ArgsType()
export class CoverageArgs {
  @Field(() => ID, { nullable: true, description: '单位(工委查看时必填)' })
  tenantId?: string;

  @Field(() => Int, { description: '年度' })
  year: number;
}
