import { ArgsType, Extensions, Field, ID, InputType } from 'type-graphql';
import { LocalDateScalar, PageArgs } from '@zeren/shared-graphql';
import { IsBoolean, IsIn, IsOptional, Matches, MaxLength, MinLength } from 'class-validator';
import { PHONE } from '@zeren/shared-rules';
import { Gender, MemberCategory, MemberStatus } from '../party-member.entity';

// One rule per member field, shared by the create and update inputs so their messages never drift.
const rules =
  (...decorators: PropertyDecorator[]): PropertyDecorator =>
  (target, key) =>
    decorators.forEach((d) => d(target, key));
const NameRules = () => rules(MinLength(1, { message: '请输入姓名' }), MaxLength(32, { message: '姓名最多 32 个字符' }));
const EthnicityRules = () => rules(MinLength(1, { message: '请输入民族' }), MaxLength(16, { message: '民族最多 16 个字符' }));
const EducationRules = () => rules(IsOptional(), MaxLength(16, { message: '学历最多 16 个字符' }));
const PhoneRules = () => rules(IsOptional(), Matches(PHONE.pattern, { message: PHONE.message }));
// The checksum and the birth date are checked by the service (checkIdNumber), which knows the record's other fields.
const IdNumberRules = () => rules(IsOptional(), MaxLength(22, { message: '身份证号须为 18 位' }));
const JobTitleRules = () => rules(IsOptional(), MaxLength(64, { message: '职务最多 64 个字符' }));

@InputType({ description: '新建党员' })
export class CreatePartyMemberInput {
  @Field()
  @NameRules()
  name: string;

  @Field(() => Gender)
  @IsIn(Object.values(Gender), { message: '性别不正确' })
  gender: Gender;

  @Field({ defaultValue: '汉族' })
  @EthnicityRules()
  ethnicity: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  birthDate?: string;

  @Field({ nullable: true })
  @EducationRules()
  education?: string;

  @Field(() => LocalDateScalar, { description: '入党日期' })
  joinedOn: string;

  @Field(() => MemberCategory, { defaultValue: MemberCategory.FULL })
  @IsIn(Object.values(MemberCategory), { message: '党员类别不正确' })
  category: MemberCategory;

  @Field(() => ID, { description: '所在党组织' })
  unitId: string;

  @Field({ nullable: true })
  @PhoneRules()
  phone?: string;

  @Field({ nullable: true, description: '身份证号(18 位,校验位须正确;出生日期未填时取自身份证号)' })
  @IdNumberRules()
  idNumber?: string;

  @Field({ defaultValue: false, description: '是否班子成员' })
  @IsBoolean()
  leadershipMember: boolean;

  @Field({ nullable: true })
  @JobTitleRules()
  jobTitle?: string;

  @Field(() => ID, { nullable: true, description: '对应的登录用户' })
  @IsOptional()
  userId?: string;
}

@InputType({ description: '修改党员信息;所在党组织用转接修改' })
export class UpdatePartyMemberInput {
  @Field({ nullable: true })
  @IsOptional()
  @NameRules()
  name?: string;

  @Field(() => Gender, { nullable: true })
  @IsOptional()
  gender?: Gender;

  @Field({ nullable: true })
  @IsOptional()
  @EthnicityRules()
  ethnicity?: string;

  @Extensions({ clearable: true })
  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  birthDate?: string;

  @Extensions({ clearable: true })
  @Field({ nullable: true })
  @EducationRules()
  education?: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  joinedOn?: string;

  @Field(() => MemberCategory, { nullable: true })
  @IsOptional()
  category?: MemberCategory;

  @Field(() => MemberStatus, { nullable: true, description: '转出或去世时修改;现任职务随之结束' })
  @IsOptional()
  status?: MemberStatus;

  @Extensions({ clearable: true })
  @Field({ nullable: true })
  @PhoneRules()
  phone?: string;

  @Extensions({ clearable: true })
  @Field({ nullable: true, description: '身份证号(18 位,校验位须正确)' })
  @IdNumberRules()
  idNumber?: string;

  @Field({ nullable: true })
  @IsOptional()
  leadershipMember?: boolean;

  @Extensions({ clearable: true })
  @Field({ nullable: true })
  @JobTitleRules()
  jobTitle?: string;
}

@InputType({ description: '在本单位内转接党员组织关系' })
export class TransferPartyMemberInput {
  @Field(() => ID, { description: '转入党组织' })
  toUnitId: string;

  @Field(() => LocalDateScalar, { nullable: true, description: '转接日期,默认今天' })
  @IsOptional()
  transferredOn?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(200, { message: '备注最多 200 个字符' })
  note?: string;
}

@ArgsType()
export class PartyMemberSearchArgs extends PageArgs {
  @Field({ nullable: true, description: '姓名中的字;单位管理员也可填完整的身份证号' })
  @IsOptional()
  @MaxLength(32)
  search?: string;

  @Field(() => ID, { nullable: true, description: '党组织' })
  @IsOptional()
  unitId?: string;

  @Field(() => Boolean, { defaultValue: true, description: '是否包括下级党组织的党员' })
  includeDescendants = true;

  @Field(() => MemberStatus, { nullable: true })
  @IsOptional()
  status?: MemberStatus;
}
