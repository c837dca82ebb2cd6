import { Extensions, Field, ID, InputType, Int } from 'type-graphql';
import { LocalDateScalar } from '@zeren/shared-graphql';
import { IsIn, IsInt, IsOptional, Matches, MaxLength, Min, MinLength } from 'class-validator';
import { UNIT_CODE } from '@zeren/shared-rules';
import { OrgUnitKind } from '../org-unit-kind.enum';


@InputType({ description: '新建党组织' })
export class CreateOrgUnitInput {
  @Field(() => ID, { nullable: true, description: '上级党组织;不填则为本单位顶层党组织' })
  @IsOptional()
  parentId?: string;

  @Field(() => OrgUnitKind)
  @IsIn(Object.values(OrgUnitKind), { message: '党组织类型不正确' })
  kind: OrgUnitKind;

  @Field()
  @MinLength(2, { message: '名称至少 2 个字符' })
  @MaxLength(100, { message: '名称最多 100 个字符' })
  name: string;

  @Field({ description: '组织代码,单位内唯一' })
  @Matches(UNIT_CODE.pattern, { message: UNIT_CODE.message })
  code: string;

  @Field(() => Int, { nullable: true, description: '同级排序,默认排在最后' })
  @IsOptional()
  @IsInt()
  @Min(0, { message: '排序不能为负数' })
  sortOrder?: number;

  @Field(() => LocalDateScalar, { nullable: true, description: '成立日期' })
  @IsOptional()
  establishedOn?: string;

  @Field({ nullable: true, description: '行动支部依托的工作专班或重大项目(行动支部必填)' })
  @IsOptional()
  @MaxLength(100, { message: '工作专班或项目名称最多 100 个字符' })
  taskForce?: string;

  @Field(() => LocalDateScalar, { nullable: true, description: '行动支部开始日期(行动支部必填)' })
  @IsOptional()
  startsOn?: string;

  @Field(() => LocalDateScalar, { nullable: true, description: '行动支部结束日期' })
  @IsOptional()
  endsOn?: string;
}

@InputType({ description: '修改党组织;类型和上级不在此修改' })
export class UpdateOrgUnitInput {
  @Field({ nullable: true })
  @IsOptional()
  @MinLength(2, { message: '名称至少 2 个字符' })
  @MaxLength(100, { message: '名称最多 100 个字符' })
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(UNIT_CODE.pattern, { message: UNIT_CODE.message })
  code?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, { message: '排序不能为负数' })
  sortOrder?: number;

  @Extensions({ clearable: true })
  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  establishedOn?: string;

  @Extensions({ clearable: true })
  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(100, { message: '工作专班或项目名称最多 100 个字符' })
  taskForce?: string;

  @Extensions({ clearable: true })
  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  startsOn?: string;

  @Extensions({ clearable: true })
  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  endsOn?: string;
}
