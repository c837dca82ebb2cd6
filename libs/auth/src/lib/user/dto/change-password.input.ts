import { Field, InputType } from 'type-graphql';
import { MaxLength, MinLength } from 'class-validator';

@InputType()
export class ChangePasswordInput {
  @Field()
  @MinLength(1, { message: '请输入当前密码' })
  @MaxLength(128)
  currentPassword: string;

  @Field()
  @MinLength(8, { message: '新密码至少 8 位' })
  @MaxLength(128, { message: '新密码最多 128 位' })
  newPassword: string;
}
