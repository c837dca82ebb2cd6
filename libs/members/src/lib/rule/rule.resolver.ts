import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '@zeren/auth';
import { TenantKind, type TenantDb } from '@zeren/tenancy';
import { MembersPermission } from '../members.permissions';
import { oneAgencyOrNone } from '../one-agency';
import { PointsRule } from './points-rule.entity';
import { RuleService } from './rule.service';
import { CopyPointsRulesInput, NewPointsRuleInput, PointsRuleInput } from './dto/points-rule.input';

const isCommittee = (ctx: RequestContext) => ctx.principal!.tenantKind === TenantKind.COMMITTEE;

@Resolver(() => PointsRule)
export class PointsRuleResolver {
  constructor(private readonly rules: RuleService) {}

  @Authorized(MembersPermission.RULES_READ)
  @Query(() => [PointsRule], { description: '某年度的积分规则:工委规定的在前,本单位增设的在后(工委查看某单位时传 tenantId)' })
  pointsRules(@Arg('year', () => Int) year: number, @Ctx() ctx: RequestContext, @Arg('tenantId', () => ID, { nullable: true }) tenantId?: string): Promise<PointsRule[]> {
    const agency: TenantDb | null = oneAgencyOrNone(ctx.db, tenantId);
    return this.rules.list(ctx.db, year, agency);
  }

  @Authorized(MembersPermission.RULES_MANAGE)
  @Mutation(() => PointsRule, { description: '新建积分规则(工委为默认规则,单位为本单位增设)' })
  createPointsRule(@Arg('input') input: NewPointsRuleInput, @Ctx() ctx: RequestContext): Promise<PointsRule> {
    return this.rules.create(ctx.db, isCommittee(ctx), input);
  }

  @Authorized(MembersPermission.RULES_MANAGE)
  @Mutation(() => PointsRule, { description: '修改积分规则(已记录的积分不受影响)' })
  updatePointsRule(@Arg('id', () => ID) id: string, @Arg('input') input: PointsRuleInput, @Ctx() ctx: RequestContext): Promise<PointsRule> {
    return this.rules.update(ctx.db, id, input);
  }

  @Authorized(MembersPermission.RULES_MANAGE)
  @Mutation(() => Boolean, { description: '删除尚未使用的积分规则' })
  removePointsRule(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<boolean> {
    return this.rules.remove(ctx.db, id);
  }

  @Authorized(MembersPermission.RULES_MANAGE)
  @Mutation(() => [PointsRule], { description: '把上一年度的积分规则复制到新年度(工委复制默认规则,单位复制本单位增设的)' })
  copyPointsRules(@Arg('input') input: CopyPointsRulesInput, @Ctx() ctx: RequestContext): Promise<PointsRule[]> {
    return this.rules.copyYear(ctx.db, isCommittee(ctx), input.year);
  }
}
