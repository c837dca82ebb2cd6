import { Field, InputType, Int } from 'type-graphql';
import { IsIn, IsInt, IsOptional, Max, MaxLength, Min, MinLength } from 'class-validator';
import { LocalDateScalar } from '@zeren/shared-graphql';
import { Cadence } from '@zeren/shared-periods';
import { OrgUnitKind } from '@zeren/org-tree';
import { DutyLevel, EvidenceKind } from '../duty-level.enum';
import { AREA_LENGTH, SUPERVISOR_LENGTH, TITLE_LENGTH } from '../duty-spec';

export const TEXT_LENGTH = 2000;
export const MAX_MIN_EVIDENCE = 20;
export const MAX_WEIGHT = 100;

const rules =
  (...decorators: PropertyDecorator[]): PropertyDecorator =>
  (target, key) =>
    decorators.forEach((d) => d(target, key));
const Text = (what: string, max: number) => rules(MinLength(1, { message: `请填写${what}` }), MaxLength(max, { message: `${what}最多 ${max} 个字符` }));
const Count = (what: string, max: number) =>
  rules(IsInt({ message: `${what}应为整数` }), Min(0, { message: `${what}不能为负数` }), Max(max, { message: `${what}最多为 ${max}` }));

/** A duty as the committee writes a template item and an agency its own item: the same fields, the same rules. */
@InputType({ description: '责任事项' })
export class DutySpecInput {
  @Field(() => DutyLevel)
  @IsIn(Object.values(DutyLevel), { message: '层级不正确' })
  level: DutyLevel;

  @Field({ description: '责任岗位(岗位代码)' })
  @MinLength(1, { message: '请选择责任岗位' })
  postCode: string;

  @Field(() => [OrgUnitKind], { nullable: true })
  @IsOptional()
  unitKinds?: OrgUnitKind[] | null;

  @Field()
  @Text('责任领域', AREA_LENGTH)
  area: string;

  @Field()
  @Text('责任项目', TITLE_LENGTH)
  title: string;

  @Field()
  @Text('基本内容', TEXT_LENGTH)
  content: string;

  @Field()
  @Text('具体要求', TEXT_LENGTH)
  requirement: string;

  @Field(() => Cadence)
  @IsIn(Object.values(Cadence), { message: '履责周期不正确' })
  cadence: Cadence;

  @Field(() => Int, { nullable: true, description: '周期末后的天数;一次性事项填 dueOn' })
  @IsOptional()
  @IsInt({ message: '完成时限应为整数天' })
  dueOffsetDays?: number | null;

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  dueOn?: string | null;

  @Field(() => [EvidenceKind], { nullable: true })
  @IsOptional()
  evidenceKinds?: EvidenceKind[] | null;

  @Field(() => Int, { defaultValue: 0 })
  @Count('印证资料最少件数', MAX_MIN_EVIDENCE)
  minEvidence: number;

  @Field(() => Int, { defaultValue: 0 })
  @Count('权重', MAX_WEIGHT)
  weight: number;

  @Field()
  @Text('监督主体', SUPERVISOR_LENGTH)
  supervisor: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: '排序应为整数' })
  sortOrder?: number | null;
}
