import { Field, InputType, Int } from 'type-graphql';
import { IsInt, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { LocalDateScalar } from '@zeren/shared-graphql';
import { MAX_MIN_EVIDENCE, TEXT_LENGTH } from '../../duty/dto/duty-spec.input';

@InputType({ description: '对规定事项从严要求:只能提前时限、增加印证资料、补充要求' })
export class TightenDutyInput {
  @Field(() => Int, { nullable: true, description: '提前后的完成时限(周期末后的天数),不得晚于规定' })
  @IsOptional()
  @IsInt({ message: '完成时限应为整数天' })
  dueOffsetDays?: number | null;

  @Field(() => LocalDateScalar, { nullable: true, description: '提前后的完成日期(一次性事项),不得晚于规定' })
  @IsOptional()
  dueOn?: string | null;

  @Field(() => Int, { nullable: true, description: '印证资料最少件数,不得少于规定' })
  @IsOptional()
  @IsInt({ message: '印证资料最少件数应为整数' })
  @Min(0, { message: '印证资料最少件数不能为负数' })
  @Max(MAX_MIN_EVIDENCE, { message: `印证资料最少件数最多为 ${MAX_MIN_EVIDENCE}` })
  minEvidence?: number | null;

  @Field(() => String, { nullable: true, description: '本单位补充要求' })
  @IsOptional()
  @MaxLength(TEXT_LENGTH, { message: `补充要求最多 ${TEXT_LENGTH} 个字符` })
  extraRequirement?: string | null;
}
