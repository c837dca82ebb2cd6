import { ArrayMaxSize, ArrayMinSize, IsInt, IsOptional, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { LocalDateScalar } from '@zeren/shared-graphql';
import { GRID_NAME_LENGTH, GRID_NOTE_LENGTH } from '../grid.entity';

export const MAX_GRID_AGENCIES = 200;
export const MAX_GRID_LIAISONS = 20;

@InputType({ description: '网格' })
export class GridInput {
  @Field({ description: '网格名称' })
  @MaxLength(GRID_NAME_LENGTH, { message: `网格名称最多 ${GRID_NAME_LENGTH} 个字符` })
  name: string;

  @Field(() => Int, { nullable: true, description: '排序;不填排在最后' })
  @IsOptional()
  @IsInt({ message: '排序应为整数' })
  @Min(0, { message: '排序不能为负数' })
  position?: number | null;

  @Field(() => ID, { description: '网格负责人(工委班子成员)' })
  leaderUserId: string;

  @Field({ defaultValue: '', description: '备注' })
  @MaxLength(GRID_NOTE_LENGTH, { message: `备注最多 ${GRID_NOTE_LENGTH} 个字符` })
  note: string;
}

@InputType({ description: '把单位划入网格(已在其他网格的单位同日调出)' })
export class AssignAgenciesInput {
  @Field(() => [ID], { description: '单位' })
  @ArrayMinSize(1, { message: '请选择单位' })
  @ArrayMaxSize(MAX_GRID_AGENCIES, { message: `一次最多调整 ${MAX_GRID_AGENCIES} 个单位` })
  agencyIds: string[];

  @Field(() => LocalDateScalar, { description: '调整日期' })
  on: string;
}
