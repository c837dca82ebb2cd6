import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, MaxLength, MinLength } from 'class-validator';
import { LocalDateScalar, PageArgs } from '@zeren/shared-graphql';
import { TEXT_LENGTH } from '../../duty/dto/duty-spec.input';
import { RecordStatus } from '../fulfilment-record.entity';

export const MAX_EVIDENCE_FILES = 20;

@InputType({ description: '履责纪实的内容' })
export class RecordContentInput {
  @Field({ description: '做了什么' })
  @MinLength(1, { message: '请填写履责内容' })
  @MaxLength(TEXT_LENGTH, { message: `履责内容最多 ${TEXT_LENGTH} 个字符` })
  content: string;

  @Field(() => LocalDateScalar, { description: '履责日期' })
  happenedOn: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(100, { message: '地点最多 100 个字符' })
  place?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(500, { message: '参加人员最多 500 个字符' })
  participants?: string;

  @Field(() => [ID], { defaultValue: [], description: '印证资料(已上传文件的 id)' })
  @ArrayMaxSize(MAX_EVIDENCE_FILES, { message: `印证资料最多 ${MAX_EVIDENCE_FILES} 件` })
  fileIds: string[];
}

@InputType({ description: '填报履责纪实' })
export class SubmitRecordInput extends RecordContentInput {
  @Field(() => ID, { description: '责任事项' })
  dutyId: string;

  @Field({ description: '周期,如 2026-Q4' })
  periodKey: string;

  @Field(() => ID, { description: '履责的党组织' })
  unitId: string;

  @Field(() => ID, { nullable: true, description: '履责的党员(个人责任且岗位有多名任职者时)' })
  @IsOptional()
  memberId?: string;
}

@InputType({ description: '更正已报送的履责纪实(保留原版本)' })
export class CorrectRecordInput extends RecordContentInput {
  @Field({ description: '更正原因' })
  @MinLength(1, { message: '请填写更正原因' })
  @MaxLength(500, { message: '更正原因最多 500 个字符' })
  reason: string;
}

@ArgsType()
export class RecordSearchArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: '单位(工委查看时)' })
  tenantId?: string;

  @Field(() => ID, { nullable: true })
  dutyId?: string;

  @Field({ nullable: true })
  periodKey?: string;

  @Field(() => ID, { nullable: true, description: '党组织(含下级)' })
  unitId?: string;

  @Field(() => RecordStatus, { nullable: true })
  status?: RecordStatus;

  @Field({ nullable: true, description: '只看逾期完成的' })
  late?: boolean;

  @Field({ defaultValue: true, description: '只看当前版本' })
  current: boolean;
}
