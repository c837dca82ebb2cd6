import { Field, InputType } from 'type-graphql';
import { USERNAME } from '@zeren/shared-rules';
import { ArrayMaxSize, ArrayMinSize, IsOptional, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { Role } from '../../session/role.enum';

@InputType()
export class CreateUserInput {
  @Field({ description: '登录名:3–64 位字母、数字、下划线、点或连字符' })
  @Matches(USERNAME.pattern, { message: USERNAME.message })
  username: string;

  @Field({ description: '姓名' })
  @MinLength(1, { message: '请输入姓名' })
  @MaxLength(64, { message: '姓名最多 64 个字符' })
  displayName: string;

  @Field({ description: '初始密码' })
  @MinLength(8, { message: '密码至少 8 位' })
  @MaxLength(128, { message: '密码最多 128 位' })
  password: string;

  @Field(() => [Role])
  @ArrayMinSize(1, { message: '至少选择一个角色' })
  @ArrayMaxSize(7)
  roles: Role[];
}

@InputType()
export class UpdateUserInput {
  @Field({ nullable: true })
  @IsOptional()
  @MinLength(1, { message: '请输入姓名' })
  @MaxLength(64, { message: '姓名最多 64 个字符' })
  displayName?: string;

  @Field(() => [Role], { nullable: true })
  @IsOptional()
  @ArrayMinSize(1, { message: '至少选择一个角色' })
  roles?: Role[];

  @Field({ nullable: true, description: '停用后不能登录,已签发的令牌立即失效' })
  @IsOptional()
  disabled?: boolean;
}

@InputType()
export class TenantAdminInput {
  @Field()
  @Matches(USERNAME.pattern, { message: USERNAME.message })
  username: string;

  @Field()
  @MinLength(1, { message: '请输入姓名' })
  @MaxLength(64)
  displayName: string;

  @Field()
  @MinLength(8, { message: '密码至少 8 位' })
  @MaxLength(128)
  password: string;
}

@InputType()
export class CreateTenantInput {
  @Field({ description: '单位代码,如 CZJ' })
  @Matches(/^[A-Za-z0-9_-]{2,32}$/, { message: '单位代码须为 2–32 位字母、数字、下划线或连字符' })
  code: string;

  @Field({ description: '单位名称,如 市财政局' })
  @MinLength(2, { message: '单位名称至少 2 个字符' })
  @MaxLength(100, { message: '单位名称最多 100 个字符' })
  name: string;

  @Field(() => TenantAdminInput, { description: '该单位的第一位管理员' })
  @ValidateNested()
  admin: TenantAdminInput;
}
