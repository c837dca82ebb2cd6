import { Field, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsIn, IsInt, IsOptional, Matches, MaxLength, Min, MinLength } from 'class-validator';
import { OrgUnitKind } from '../../org-unit/org-unit-kind.enum';
import { CadreKind, PostClass } from '../post-type.entity';

/** Who may hold a post: the catalogue's rules, the same in a new post and an edit (inherited, never used on its own). */
@InputType('PostRulesInput')
abstract class PostRulesInput {
  @Field({ nullable: true, description: '只能由正式党员担任' })
  @IsOptional()
  fullMembersOnly?: boolean;

  @Field({ nullable: true, description: '任职党员须属本组织或其下级组织' })
  @IsOptional()
  holderWithinUnit?: boolean;
}

@InputType({ description: '修改岗位类型;代码、类别和书记标志不可修改' })
export class UpdatePostTypeInput extends PostRulesInput {
  @Field({ nullable: true })
  @IsOptional()
  @MinLength(2, { message: '岗位名称至少 2 个字符' })
  @MaxLength(64, { message: '岗位名称最多 64 个字符' })
  name?: string;

  @Field(() => CadreKind, { nullable: true, description: '计入专兼职党务干部的类别;不计入时不填并设 notCadre' })
  @IsOptional()
  cadre?: CadreKind;

  @Field({ nullable: true, description: '不计入党务干部:设为 true 表示不计入专兼职党务干部' })
  @IsOptional()
  notCadre?: boolean;

  @Field(() => [OrgUnitKind], { nullable: true, description: '可任职的党组织类型;空列表表示不限' })
  @IsOptional()
  @ArrayMaxSize(7)
  unitKinds?: OrgUnitKind[];

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, { message: '排序不能为负数' })
  sortOrder?: number;
}

@InputType({ description: '新建岗位类型' })
export class CreatePostTypeInput extends PostRulesInput {
  @Field({ description: '岗位代码:大写字母、数字和下划线' })
  @Matches(/^[A-Z][A-Z0-9_]{1,47}$/, { message: '岗位代码须为 2–48 位大写字母、数字或下划线,以字母开头' })
  code: string;

  @Field()
  @MinLength(2, { message: '岗位名称至少 2 个字符' })
  @MaxLength(64, { message: '岗位名称最多 64 个字符' })
  name: string;

  @Field(() => PostClass, { defaultValue: PostClass.INDIVIDUAL })
  @IsIn(Object.values(PostClass), { message: '岗位类别不正确' })
  postClass: PostClass;

  @Field(() => CadreKind, { nullable: true, description: '计入专兼职党务干部的类别;不计入则不填' })
  @IsOptional()
  cadre?: CadreKind;

  @Field(() => [OrgUnitKind], { nullable: true, description: '可任职的党组织类型;不填表示不限' })
  @IsOptional()
  @ArrayMaxSize(7)
  unitKinds?: OrgUnitKind[];

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, { message: '排序不能为负数' })
  sortOrder?: number;
}
