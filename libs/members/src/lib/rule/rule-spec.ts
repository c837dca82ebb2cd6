import { Column } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';
import { PointsAwarder, PointsMode, PointsPeriod } from '../members.enums';
import { PointsTrigger } from '../activity/activity.enums';

export const CATEGORY_LENGTH = 16;
export const RULE_NAME_LENGTH = 64;
export const RULE_NOTE_LENGTH = 500;

type Constructor<T = object> = abstract new (...args: any[]) => T;

/**
 * What a points rule says, the same for the committee's defaults (a global row) and an agency's
 * additions (a tenant-owned row): one set of columns and fields, mixed into both entities. Points
 * are kept in tenths as integers, so sums are exact on both engines.
 */
export function WithRuleSpec<B extends Constructor>(Base: B) {
  @ObjectType()
  abstract class RuleSpec extends Base {
    @Field(() => Int, { description: '年度' })
    @Column({ type: 'integer' })
    year: number;

    @Field({ description: '类别(如 学习教育、组织生活、志愿服务、岗位建功、违纪扣分)' })
    @Column({ type: 'varchar', length: CATEGORY_LENGTH })
    category: string;

    @Field({ description: '规则名称' })
    @Column({ type: 'varchar', length: RULE_NAME_LENGTH })
    name: string;

    @Field(() => String, { nullable: true, description: '说明' })
    @Column({ type: 'varchar', length: RULE_NOTE_LENGTH, nullable: true })
    description: string | null;

    @Column({ type: 'integer' })
    pointsTenths: number;

    @Column({ type: 'integer', nullable: true })
    capTenths: number | null;

    @Field(() => PointsPeriod, { nullable: true, description: '上限周期;为空表示不设上限' })
    @Column({ type: 'varchar', length: 8, nullable: true })
    capPeriod: PointsPeriod | null;

    @Field({ description: '是否须上传佐证材料' })
    @Column({ type: 'boolean' })
    evidenceRequired: boolean;

    @Field(() => PointsAwarder, { description: '谁可以给予' })
    @Column({ type: 'varchar', length: 16 })
    awarder: PointsAwarder;

    @Field(() => PointsMode, { description: '积分方式' })
    @Column({ type: 'varchar', length: 16 })
    mode: PointsMode;

    // For an AUTOMATIC rule: what awards it (讲台活动 attendance or speaking, a fulfilment record).
    @Field(() => PointsTrigger, { nullable: true, description: '自动积分的触发条件(自动积分规则)' })
    @Column({ type: 'varchar', length: 16, nullable: true })
    autoTrigger?: PointsTrigger | null;
  }
  return RuleSpec;
}
export const RULE_SPEC_KEYS = ['year', 'category', 'name', 'description', 'pointsTenths', 'capTenths', 'capPeriod', 'evidenceRequired', 'awarder', 'mode'] as const;
export type RuleSpecFields = { [K in (typeof RULE_SPEC_KEYS)[number]]: InstanceType<ReturnType<typeof WithRuleSpec>>[K] };

export const specOf = (row: RuleSpecFields): RuleSpecFields => Object.fromEntries(RULE_SPEC_KEYS.map((k) => [k, row[k]])) as RuleSpecFields;
