import { Field, ID, InputType, Int } from 'type-graphql';
import { IsInt, IsOptional, Max, MaxLength, Min, MinLength } from 'class-validator';

export const MAX_YELLOW_DAYS = 30;

@InputType({ description: '新建年度模板;默认复制上一年的版本' })
export class CreateDutyTemplateInput {
  @Field(() => Int)
  @IsInt({ message: '年度应为整数' })
  @Min(2000, { message: '年度不正确' })
  @Max(2100, { message: '年度不正确' })
  year: number;

  @Field({ nullable: true, description: '名称,默认“<年度>年度党建责任清单”' })
  @IsOptional()
  @MinLength(1, { message: '请填写名称' })
  @MaxLength(100, { message: '名称最多 100 个字符' })
  title?: string;

  @Field(() => ID, { nullable: true, description: '复制哪一版的事项;不填为此前最近的一版,没有则为空模板' })
  @IsOptional()
  copyFromId?: string;

  @Field({ defaultValue: true, description: '是否复制事项(false 为空模板)' })
  copy: boolean;
}

@InputType({ description: '修改模板' })
export class UpdateDutyTemplateInput {
  @Field({ nullable: true })
  @IsOptional()
  @MinLength(1, { message: '请填写名称' })
  @MaxLength(100, { message: '名称最多 100 个字符' })
  title?: string;

  @Field(() => Int, { nullable: true, description: '临近截止多少天亮黄灯;已发布的模板也可调整' })
  @IsOptional()
  @IsInt({ message: '黄色预警天数应为整数' })
  @Min(0, { message: '黄色预警天数不能为负数' })
  @Max(MAX_YELLOW_DAYS, { message: `黄色预警天数最多 ${MAX_YELLOW_DAYS} 天` })
  yellowWithinDays?: number;
}
