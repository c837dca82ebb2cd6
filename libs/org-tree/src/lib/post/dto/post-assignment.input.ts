import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { LocalDateScalar, PageArgs } from '@zeren/shared-graphql';
import { IsOptional, MaxLength } from 'class-validator';

@InputType({ description: '任命岗位' })
export class AssignPostInput {
  @Field(() => ID)
  memberId: string;

  @Field(() => ID, { description: '任职的党组织' })
  unitId: string;

  @Field({ description: '岗位代码,见 postTypes' })
  @MaxLength(48)
  postCode: string;

  @Field(() => LocalDateScalar, { nullable: true, description: '任职开始日期,默认今天' })
  @IsOptional()
  startsOn?: string;
}

@ArgsType()
export class PostAssignmentSearchArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: '党组织' })
  @IsOptional()
  unitId?: string;

  @Field(() => Boolean, { defaultValue: true, description: '是否包括下级党组织的任职' })
  includeDescendants = true;

  @Field({ nullable: true, description: '岗位代码,见 postTypes' })
  @IsOptional()
  @MaxLength(48)
  postCode?: string;

  @Field(() => Boolean, { defaultValue: true, description: '只看现任(未结束、党组织未撤销);否则含已结束的任职' })
  current = true;

  @Field({ nullable: true, description: '党组织名称或党员姓名中的字' })
  @IsOptional()
  @MaxLength(32)
  search?: string;
}
