import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { tenantLoader, type RequestContext } from '@zeren/auth';
import { Paginated } from '@zeren/shared-graphql';
import { localYear } from '@zeren/shared-periods';
import { Tenant } from '@zeren/tenancy';
import { AccountabilityPermission } from './accountability.permissions';
import { AccountabilityRule } from './accountability-rule.entity';
import { AccountabilityMeasure } from './accountability-measure.entity';
import { AccountabilityService } from './accountability.service';
import { AccountabilityRuleInput, ConfirmMeasureInput, DismissMeasureInput, MeasureArgs } from './dto/accountability.input';

@ObjectType()
class AccountabilityMeasurePage extends Paginated(AccountabilityMeasure) {}

@ObjectType({ description: '问责措施的提出结果' })
class MeasureProposal {
  @Field(() => Int)
  year: number;

  @Field(() => Int, { description: '本次提出(拟问责)的措施数' })
  proposed: number;

  @Field(() => Int, { description: '已作出决定、保持不变的措施数' })
  decided: number;
}

@ObjectType({ description: '某一年度取消综合考核评先资格的单位数' })
class DisqualifiedYear {
  @Field(() => Int)
  year: number;

  @Field(() => Int, { description: '单位数' })
  units: number;
}

@ObjectType({ description: '取消综合考核评先资格(已确认)的统计' })
class DisqualificationFigures {
  @Field(() => [DisqualifiedYear], { description: '逐年' })
  years: DisqualifiedYear[];

  @Field(() => Int, { description: '各年合计(人次口径:一个单位两年被取消计两次)' })
  measures: number;

  @Field(() => Int, { description: '涉及的单位数(去重)' })
  units: number;
}

@Resolver(() => AccountabilityRule)
export class AccountabilityRuleResolver {
  constructor(private readonly accountability: AccountabilityService) {}

  @Authorized(AccountabilityPermission.ACCOUNTABILITY_READ)
  @Query(() => [AccountabilityRule], { description: '问责规则' })
  accountabilityRules(@Ctx() ctx: RequestContext): Promise<AccountabilityRule[]> {
    return this.accountability.rules(ctx.db);
  }

  @Authorized(AccountabilityPermission.ACCOUNTABILITY_MANAGE)
  @Mutation(() => AccountabilityRule, { description: '新增问责规则' })
  createAccountabilityRule(@Arg('input') input: AccountabilityRuleInput, @Ctx() ctx: RequestContext): Promise<AccountabilityRule> {
    return this.accountability.createRule(ctx.db, input);
  }

  @Authorized(AccountabilityPermission.ACCOUNTABILITY_MANAGE)
  @Mutation(() => AccountabilityRule, { description: '修改或停用问责规则(已提出的措施不变)' })
  updateAccountabilityRule(@Arg('id', () => ID) id: string, @Arg('input') input: AccountabilityRuleInput, @Ctx() ctx: RequestContext): Promise<AccountabilityRule> {
    return this.accountability.updateRule(ctx.db, id, input);
  }
}

@Resolver(() => AccountabilityMeasure)
export class AccountabilityMeasureResolver {
  constructor(private readonly accountability: AccountabilityService) {}

  @Authorized(AccountabilityPermission.ACCOUNTABILITY_READ)
  @Query(() => AccountabilityMeasurePage, { description: '问责措施:工委看各单位的,单位只看本单位已确认的' })
  accountabilityMeasures(@Args() args: MeasureArgs, @Ctx() ctx: RequestContext) {
    return this.accountability.measures(ctx.db, args);
  }

  @Authorized(AccountabilityPermission.ACCOUNTABILITY_READ)
  @Query(() => AccountabilityMeasure, { description: '一项问责措施' })
  accountabilityMeasure(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<AccountabilityMeasure> {
    return this.accountability.measure(ctx.db, id);
  }

  @Authorized(AccountabilityPermission.ACCOUNTABILITY_READ)
  @Query(() => DisqualificationFigures, { description: '取消综合考核评先资格的单位数:逐年及合计(默认截至今年的近三年)' })
  disqualificationFigures(
    @Ctx() ctx: RequestContext,
    @Arg('until', () => Int, { nullable: true, description: '截至年度,默认今年' }) until?: number,
    @Arg('years', () => Int, { defaultValue: 3, description: '年数(1-10)' }) years = 3,
  ): Promise<DisqualificationFigures> {
    return this.accountability.disqualifications(ctx.db, until ?? localYear(), Math.min(10, Math.max(1, years)));
  }

  @FieldResolver(() => Tenant, { nullable: true, description: '单位' })
  tenant(@Root() row: AccountabilityMeasure, @Ctx() ctx: RequestContext) {
    return tenantLoader(ctx).load(row.tenantId);
  }

  @Authorized(AccountabilityPermission.ACCOUNTABILITY_MANAGE)
  @Mutation(() => MeasureProposal, { description: '按问责规则对年度考核结果提出问责措施(拟问责);再次提出只替换尚未决定的,不重复' })
  proposeAccountabilityMeasures(@Arg('year', () => Int) year: number, @Ctx() ctx: RequestContext): Promise<MeasureProposal> {
    return this.accountability.propose(ctx.db, year);
  }

  @Authorized(AccountabilityPermission.ACCOUNTABILITY_MANAGE)
  @Mutation(() => AccountabilityMeasure, { description: '确认问责(拟问责 → 已确认);限期整改须填整改时限' })
  confirmAccountabilityMeasure(@Arg('id', () => ID) id: string, @Arg('input') input: ConfirmMeasureInput, @Ctx() ctx: RequestContext): Promise<AccountabilityMeasure> {
    return this.accountability.confirm(ctx.db, ctx.principal!.userId, id, input);
  }

  @Authorized(AccountabilityPermission.ACCOUNTABILITY_MANAGE)
  @Mutation(() => AccountabilityMeasure, { description: '不予问责(拟问责 → 不予问责),须说明理由' })
  dismissAccountabilityMeasure(@Arg('id', () => ID) id: string, @Arg('input') input: DismissMeasureInput, @Ctx() ctx: RequestContext): Promise<AccountabilityMeasure> {
    return this.accountability.dismiss(ctx.db, ctx.principal!.userId, id, input);
  }
}
