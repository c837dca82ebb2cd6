import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { In } from 'typeorm';
import { User, tenantLoader, userLoader, type RequestContext } from '@zeren/auth';
import { Paginated } from '@zeren/shared-graphql';
import { Tenant, byKeys, groupByKeys } from '@zeren/tenancy';
import { SupervisionPermission } from '../supervision.permissions';
import { FindingCategory, InspectionCampaign, InspectionFinding, InspectionTeam, InspectionVisit } from './inspection.entity';
import { InspectionService } from './inspection.service';
import { Rectification } from '../rectification/rectification.entity';
import { CampaignStatus } from '../supervision.enums';
import {
  FindingCategoryInput,
  InspectionCampaignInput,
  InspectionFindingArgs,
  InspectionFindingInput,
  InspectionTeamInput,
  InspectionVisitInput,
  InspectionVisitUpdateInput,
} from '../dto/inspection.input';

@ObjectType()
class InspectionFindingPage extends Paginated(InspectionFinding) {}

@ObjectType({ description: '督查覆盖情况' })
export class CampaignCoverageFigures {
  @Field(() => Int, { description: '在用的部门单位数' })
  agencies: number;

  @Field(() => Int, { description: '已督查的单位数' })
  inspected: number;

  @Field({ description: '覆盖率(已督查 ÷ 在用单位,0-1)' })
  rate: number;

  @Field(() => [Tenant], { description: '尚未督查的单位' })
  notInspected: Tenant[];
}

export const categoryLoader = (ctx: RequestContext) =>
  ctx.loaders.get<string, FindingCategory | null>('supervision.category', ctx.db, async (db, ids) => byKeys(ids, await db.reference(FindingCategory).find({ where: { id: In([...ids]) } }), (c) => c.id));

export const campaignLoader = (ctx: RequestContext) =>
  ctx.loaders.get<string, InspectionCampaign | null>('supervision.campaign', ctx.db, async (db, ids) => byKeys(ids, await db.reference(InspectionCampaign).find({ where: { id: In([...ids]) } }), (c) => c.id));

@Resolver(() => FindingCategory)
export class FindingCategoryResolver {
  constructor(private readonly inspections: InspectionService) {}

  @Authorized(SupervisionPermission.INSPECTIONS_READ)
  @Query(() => [FindingCategory], { description: '督查问题类别(默认不含已停用的)' })
  findingCategories(@Ctx() ctx: RequestContext, @Arg('includeRetired', { nullable: true }) includeRetired?: boolean): Promise<FindingCategory[]> {
    return this.inspections.categories(ctx.db, includeRetired ?? false);
  }

  @Authorized(SupervisionPermission.INSPECTIONS_MANAGE)
  @Mutation(() => FindingCategory, { description: '新增问题类别' })
  addFindingCategory(@Arg('input') input: FindingCategoryInput, @Ctx() ctx: RequestContext): Promise<FindingCategory> {
    return this.inspections.addCategory(ctx.db, input);
  }

  @Authorized(SupervisionPermission.INSPECTIONS_MANAGE)
  @Mutation(() => FindingCategory, { description: '修改问题类别' })
  updateFindingCategory(@Arg('id', () => ID) id: string, @Arg('input') input: FindingCategoryInput, @Ctx() ctx: RequestContext): Promise<FindingCategory> {
    return this.inspections.updateCategory(ctx.db, id, input);
  }

  @Authorized(SupervisionPermission.INSPECTIONS_MANAGE)
  @Mutation(() => FindingCategory, { description: '停用或恢复问题类别' })
  retireFindingCategory(@Arg('id', () => ID) id: string, @Arg('retired') retired: boolean, @Ctx() ctx: RequestContext): Promise<FindingCategory> {
    return this.inspections.retireCategory(ctx.db, id, retired);
  }
}

@Resolver(() => InspectionCampaign)
export class InspectionCampaignResolver {
  constructor(private readonly inspections: InspectionService) {}

  @Authorized(SupervisionPermission.INSPECTIONS_READ)
  @Query(() => [InspectionCampaign], { description: '历年党务督查,新的在前' })
  inspectionCampaigns(@Ctx() ctx: RequestContext): Promise<InspectionCampaign[]> {
    return this.inspections.campaigns(ctx.db);
  }

  @Authorized(SupervisionPermission.INSPECTIONS_READ)
  @Query(() => InspectionCampaign, { description: '一次党务督查' })
  inspectionCampaign(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<InspectionCampaign> {
    return this.inspections.campaign(ctx.db, id);
  }

  @Authorized(SupervisionPermission.INSPECTIONS_MANAGE)
  @FieldResolver(() => [InspectionTeam], { description: '督查组(工委可见)' })
  teams(@Root() campaign: InspectionCampaign, @Ctx() ctx: RequestContext) {
    return ctx.loaders
      .get<string, InspectionTeam[]>('supervision.teams', ctx.db, async (db, ids) => groupByKeys(ids, await this.inspections.teams(db, ids), (t) => t.campaignId))
      .load(campaign.id);
  }

  @Authorized(SupervisionPermission.INSPECTIONS_READ)
  @FieldResolver(() => [InspectionVisit], { description: '督查走访(单位只看到本单位的)' })
  visits(@Root() campaign: InspectionCampaign, @Ctx() ctx: RequestContext, @Arg('tenantId', () => ID, { nullable: true }) tenantId?: string): Promise<InspectionVisit[]> {
    return this.inspections.visits(ctx.db, campaign.id, tenantId);
  }

  @Authorized(SupervisionPermission.CADENCE_READ)
  @FieldResolver(() => CampaignCoverageFigures, { description: '覆盖情况:每个在用单位都应督查一次' })
  async coverage(@Root() campaign: InspectionCampaign, @Ctx() ctx: RequestContext): Promise<CampaignCoverageFigures> {
    const c = await this.inspections.coverage(ctx.db, campaign.id);
    return { ...c, rate: c.agencies ? c.inspected / c.agencies : 0 };
  }

  @Authorized(SupervisionPermission.INSPECTIONS_MANAGE)
  @Mutation(() => InspectionCampaign, { description: '新建年度党务督查' })
  createInspectionCampaign(@Arg('input') input: InspectionCampaignInput, @Ctx() ctx: RequestContext): Promise<InspectionCampaign> {
    return this.inspections.createCampaign(ctx.db, ctx.principal!.userId, input);
  }

  @Authorized(SupervisionPermission.INSPECTIONS_MANAGE)
  @Mutation(() => InspectionCampaign, { description: '修改党务督查' })
  updateInspectionCampaign(@Arg('id', () => ID) id: string, @Arg('input') input: InspectionCampaignInput, @Ctx() ctx: RequestContext): Promise<InspectionCampaign> {
    return this.inspections.updateCampaign(ctx.db, id, input);
  }

  @Authorized(SupervisionPermission.INSPECTIONS_MANAGE)
  @Mutation(() => InspectionCampaign, { description: '开始督查(筹备中 → 督查中)' })
  startInspectionCampaign(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<InspectionCampaign> {
    return this.inspections.moveCampaign(ctx.db, id, CampaignStatus.UNDERWAY);
  }

  @Authorized(SupervisionPermission.INSPECTIONS_MANAGE)
  @Mutation(() => InspectionCampaign, { description: '结束督查(督查中 → 已结束)' })
  closeInspectionCampaign(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<InspectionCampaign> {
    return this.inspections.moveCampaign(ctx.db, id, CampaignStatus.CLOSED);
  }

  @Authorized(SupervisionPermission.INSPECTIONS_MANAGE)
  @Mutation(() => InspectionTeam, { description: '新建或修改督查组' })
  saveInspectionTeam(
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('input') input: InspectionTeamInput,
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { nullable: true }) id?: string,
  ): Promise<InspectionTeam> {
    return this.inspections.saveTeam(ctx.db, campaignId, id ?? null, input);
  }

  @Authorized(SupervisionPermission.INSPECTIONS_MANAGE)
  @Mutation(() => InspectionTeam, { description: '删除尚无走访记录的督查组' })
  removeInspectionTeam(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<InspectionTeam> {
    return this.inspections.removeTeam(ctx.db, id);
  }
}

@Resolver(() => InspectionTeam)
export class InspectionTeamResolver {
  @FieldResolver(() => User, { nullable: true, description: '组长' })
  leader(@Root() team: InspectionTeam, @Ctx() ctx: RequestContext) {
    return userLoader(ctx).load(team.leaderUserId);
  }

  @FieldResolver(() => [User], { description: '组员' })
  async members(@Root() team: InspectionTeam, @Ctx() ctx: RequestContext): Promise<User[]> {
    const users = await Promise.all(team.memberUserIds.map((id) => userLoader(ctx).load(id)));
    return users.filter((u): u is User => u !== null);
  }

  @FieldResolver(() => [Tenant], { description: '负责督查的单位(在读者范围内)' })
  async agencies(@Root() team: InspectionTeam, @Ctx() ctx: RequestContext): Promise<Tenant[]> {
    // The committee viewing one agency learns only whether that agency is on the team's list.
    const reach = ctx.db.scope.readTenantIds;
    const ids = reach === null ? team.tenantIds : team.tenantIds.filter((id) => reach.includes(id));
    const tenants = await Promise.all(ids.map((id) => tenantLoader(ctx).load(id)));
    return tenants.filter((t): t is Tenant => t !== null);
  }
}

@Resolver(() => InspectionVisit)
export class InspectionVisitResolver {
  constructor(private readonly inspections: InspectionService) {}

  @FieldResolver(() => Tenant, { nullable: true, description: '被督查单位' })
  tenant(@Root() visit: InspectionVisit, @Ctx() ctx: RequestContext) {
    return tenantLoader(ctx).load(visit.tenantId);
  }

  @FieldResolver(() => String, { nullable: true, description: '督查组名称' })
  async teamName(@Root() visit: InspectionVisit, @Ctx() ctx: RequestContext): Promise<string | null> {
    if (!visit.teamId) return null;
    const team = await ctx.loaders
      .get<string, InspectionTeam | null>('supervision.team', ctx.db, async (db, ids) => byKeys(ids, await db.reference(InspectionTeam).find({ where: { id: In([...ids]) } }), (t) => t.id))
      .load(visit.teamId);
    return team?.name ?? null;
  }

  @FieldResolver(() => [InspectionFinding], { description: '本次走访发现的问题' })
  findings(@Root() visit: InspectionVisit, @Ctx() ctx: RequestContext) {
    return ctx.loaders
      .get<string, InspectionFinding[]>('supervision.visitFindings', ctx.db, async (db, ids) =>
        groupByKeys(ids, await db.repo(InspectionFinding).find({ where: { visitId: In([...ids]) }, order: { createdAt: 'ASC', id: 'ASC' } }), (f) => f.visitId!),
      )
      .load(visit.id);
  }

  @Authorized(SupervisionPermission.INSPECTIONS_MANAGE)
  @Mutation(() => InspectionVisit, { description: '记录督查走访' })
  recordInspectionVisit(@Arg('campaignId', () => ID) campaignId: string, @Arg('input') input: InspectionVisitInput, @Ctx() ctx: RequestContext): Promise<InspectionVisit> {
    return this.inspections.recordVisit(ctx.db, ctx.principal!.userId, campaignId, input);
  }

  @Authorized(SupervisionPermission.INSPECTIONS_MANAGE)
  @Mutation(() => InspectionVisit, { description: '修改督查走访的日期和情况' })
  updateInspectionVisit(@Arg('id', () => ID) id: string, @Arg('input') input: InspectionVisitUpdateInput, @Ctx() ctx: RequestContext): Promise<InspectionVisit> {
    return this.inspections.updateVisit(ctx.db, id, input);
  }

  @Authorized(SupervisionPermission.INSPECTIONS_MANAGE)
  @Mutation(() => InspectionVisit, { description: '删除误记的督查走访(尚未记录问题时)' })
  removeInspectionVisit(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<InspectionVisit> {
    return this.inspections.removeVisit(ctx.db, id);
  }
}

@Resolver(() => InspectionFinding)
export class InspectionFindingResolver {
  constructor(private readonly inspections: InspectionService) {}

  @Authorized(SupervisionPermission.INSPECTIONS_READ)
  @Query(() => InspectionFindingPage, { description: '督查发现的问题:单位看本单位的,工委看各单位的' })
  inspectionFindings(@Args() args: InspectionFindingArgs, @Ctx() ctx: RequestContext) {
    return this.inspections.findings(ctx.db, args);
  }

  @FieldResolver(() => Tenant, { nullable: true, description: '单位' })
  tenant(@Root() finding: InspectionFinding, @Ctx() ctx: RequestContext) {
    return tenantLoader(ctx).load(finding.tenantId);
  }

  @FieldResolver(() => FindingCategory, { nullable: true, description: '问题类别' })
  category(@Root() finding: InspectionFinding, @Ctx() ctx: RequestContext) {
    return categoryLoader(ctx).load(finding.categoryId);
  }

  @FieldResolver(() => Boolean, { description: '上年同类问题重复发生' })
  repeated(@Root() finding: InspectionFinding): boolean {
    return finding.repeatOfId !== null;
  }

  @FieldResolver(() => Rectification, { nullable: true, description: '整改事项' })
  rectification(@Root() finding: InspectionFinding, @Ctx() ctx: RequestContext) {
    return ctx.loaders
      .get<string, Rectification | null>('supervision.findingRectification', ctx.db, async (db, ids) => byKeys(ids, await db.repo(Rectification).find({ where: { sourceId: In([...ids]) } }), (r) => r.sourceId))
      .load(finding.id);
  }

  @Authorized(SupervisionPermission.INSPECTIONS_MANAGE)
  @Mutation(() => InspectionFinding, { description: '记录督查发现的问题,同时向单位下发整改' })
  recordInspectionFinding(@Arg('input') input: InspectionFindingInput, @Ctx() ctx: RequestContext): Promise<InspectionFinding> {
    return this.inspections.recordFinding(ctx.db, ctx.principal!.userId, input);
  }

  @Authorized(SupervisionPermission.INSPECTIONS_MANAGE)
  @Mutation(() => InspectionFinding, { description: '删除误记的问题(单位尚未开始整改时),整改一并撤回' })
  removeInspectionFinding(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<InspectionFinding> {
    return this.inspections.removeFinding(ctx.db, id);
  }
}
