import { Entity, Index } from 'typeorm';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { GlobalEntity, TenantOwnedEntity } from '@zeren/tenancy';
import { RuleOwner } from '../members.enums';
import { fromTenths } from '../points';
import { WithRuleSpec } from './rule-spec';

/** A default rule of the committee for a year: every agency's members earn points under it. */
@Entity()
@Index('uq_committee_points_rule_name', ['year', 'name'], { unique: true })
export class CommitteePointsRule extends WithRuleSpec(GlobalEntity) {}

/** A rule an agency added for a year (本单位增设), beside the committee's. */
@Entity()
@Index('uq_agency_points_rule_name', ['tenantId', 'year', 'name'], { unique: true })
export class AgencyPointsRule extends WithRuleSpec(TenantOwnedEntity) {}

class Root {}

/** A rule as an agency sees it: the committee's or its own, told apart by `owner`. */
@ObjectType({ description: '积分规则' })
export class PointsRule extends WithRuleSpec(Root) {
  @Field(() => ID)
  id: string;

  @Field(() => RuleOwner)
  owner: RuleOwner;

  @Field(() => ID, { nullable: true, description: '增设规则的单位;工委规定为空' })
  tenantId: string | null;

  @Field(() => Float, { description: '分值(正为加分,负为扣分,最多一位小数)' })
  points: number;

  @Field(() => Float, { nullable: true, description: '每周期上限(分)' })
  cap: number | null;
}

export function ruleView(row: CommitteePointsRule | AgencyPointsRule): PointsRule {
  const tenantId = row instanceof AgencyPointsRule ? row.tenantId : null;
  const points = fromTenths(row.pointsTenths);
  const cap = row.capTenths === null ? null : fromTenths(row.capTenths);
  return Object.assign(new PointsRule(), row, { owner: tenantId ? RuleOwner.AGENCY : RuleOwner.COMMITTEE, tenantId, points, cap });
}
