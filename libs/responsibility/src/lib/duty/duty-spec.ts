import { Column } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '@zeren/shared-graphql';
import { Cadence } from '@zeren/shared-periods';
import { OrgUnitKind } from '@zeren/org-tree';
import { DutyLevel, EvidenceKind } from './duty-level.enum';

export const TITLE_LENGTH = 100;
export const AREA_LENGTH = 32;
export const SUPERVISOR_LENGTH = 64;

type Constructor<T = object> = abstract new (...args: any[]) => T;

/**
 * What a duty says, the same for the committee's template items and an agency's own items: one set
 * of columns and fields, mixed into both entities (a template item is a global row, an agency's own
 * item a tenant-owned one).
 */
export function WithDutySpec<B extends Constructor>(Base: B) {
  @ObjectType()
  abstract class DutySpec extends Base {
    @Field(() => DutyLevel, { description: '层级(三级)' })
    @Column({ type: 'varchar', length: 16 })
    level: DutyLevel;

    @Field({ description: '责任岗位(岗位代码,九岗之一或岗位目录中的其他岗位)' })
    @Column({ type: 'varchar', length: 48 })
    postCode: string;

    @Field(() => [OrgUnitKind], { nullable: true, description: '适用的党组织类型;为空表示该层级的全部类型' })
    @Column({ type: 'simple-array', nullable: true })
    unitKinds: OrgUnitKind[] | null;

    @Field({ description: '责任领域(如 政治建设、组织建设)' })
    @Column({ type: 'varchar', length: AREA_LENGTH })
    area: string;

    @Field({ description: '责任项目' })
    @Column({ type: 'varchar', length: TITLE_LENGTH })
    title: string;

    @Field({ description: '基本内容' })
    @Column({ type: 'text' })
    content: string;

    @Field({ description: '具体要求' })
    @Column({ type: 'text' })
    requirement: string;

    @Field(() => Cadence, { description: '履责周期' })
    @Column({ type: 'varchar', length: 8 })
    cadence: Cadence;

    @Field(() => Int, { nullable: true, description: '完成时限:周期末后的天数(0 为周期最后一天,-5 为提前 5 天)' })
    @Column({ type: 'integer', nullable: true })
    dueOffsetDays: number | null;

    @Field(() => LocalDateScalar, { nullable: true, description: '完成时限:具体日期(一次性事项)' })
    @Column({ type: 'date', nullable: true })
    dueOn: string | null;

    @Field(() => [EvidenceKind], { nullable: true, description: '印证资料类型;为空表示不限' })
    @Column({ type: 'simple-array', nullable: true })
    evidenceKinds: EvidenceKind[] | null;

    @Field(() => Int, { description: '印证资料最少件数' })
    @Column({ type: 'integer' })
    minEvidence: number;

    @Field(() => Int, { description: '权重(考核分值)' })
    @Column({ type: 'integer' })
    weight: number;

    @Field({ description: '监督主体' })
    @Column({ type: 'varchar', length: SUPERVISOR_LENGTH })
    supervisor: string;

    @Field(() => Int)
    @Column({ type: 'integer' })
    sortOrder: number;
  }
  return DutySpec;
}

/** The spec's own keys, for copying a spec from one row to another. */
export const DUTY_SPEC_KEYS = [
  'level',
  'postCode',
  'unitKinds',
  'area',
  'title',
  'content',
  'requirement',
  'cadence',
  'dueOffsetDays',
  'dueOn',
  'evidenceKinds',
  'minEvidence',
  'weight',
  'supervisor',
  'sortOrder',
] as const;
export type DutySpecFields = { [K in (typeof DUTY_SPEC_KEYS)[number]]: InstanceType<ReturnType<typeof WithDutySpec>>[K] };

/** The spec of a row, without its identity. */
export const specOf = (row: DutySpecFields): DutySpecFields =>
  Object.fromEntries(DUTY_SPEC_KEYS.map((k) => [k, row[k]])) as DutySpecFields;
