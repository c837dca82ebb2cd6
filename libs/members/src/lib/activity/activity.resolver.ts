import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '@zeren/auth';
import { OrgUnit, PartyMember, inSubtree, orgLoaders } from '@zeren/org-tree';
import { StoredFile, evidenceFiles, evidenceIntact } from '@zeren/files';
import { Paginated, toPage, type Page } from '@zeren/shared-graphql';
import { pageWithTotal } from '@zeren/tenancy';
import { oneAgency } from '../one-agency';
import { ActivityPermission } from './activity.permissions';
import { ActivityService } from './activity.service';
import { CoverageService } from './coverage.service';
import { ActivityCoverage, BranchCoverage } from './coverage.type';
import { AutomaticPointsRun, DutyPointsService } from '../automatic/duty-points.service';
import { StageActivity } from './stage-activity.entity';
import { ActivityAttendanceInput, CancelActivityInput, CoverageArgs, NewStageActivityInput, StageActivityInput, StageActivitySearchArgs } from './dto/activity.input';

const StageActivityPage = Paginated(StageActivity);

const members = async (ctx: RequestContext, ids: readonly string[]): Promise<PartyMember[]> =>
  (await Promise.all(ids.map((id) => orgLoaders.member(ctx).load(id)))).filter((m): m is PartyMember => m !== null);

@Resolver(() => StageActivity)
export class StageActivityResolver {
  constructor(
    private readonly activities: ActivityService,
    private readonly coverages: CoverageService,
    private readonly duties: DutyPointsService,
  ) {}

  @Authorized(ActivityPermission.AUTOMATIC_RUN)
  @Mutation(() => AutomaticPointsRun, { description: '按月运行履责纪实自动积分(可重复运行,只记新的)' })
  runAutomaticPoints(@Arg('month') month: string, @Ctx() ctx: RequestContext): Promise<AutomaticPointsRun> {
    return this.duties.run(ctx.db, month, ctx.principal!.userId);
  }

  @Authorized(ActivityPermission.ACTIVITIES_READ)
  @Query(() => StageActivityPage, { description: '讲台活动(按数据权限:支部书记本支部的,党务管理员全单位的),新的在前' })
  async stageActivities(@Args() args: StageActivitySearchArgs, @Ctx() ctx: RequestContext): Promise<Page<StageActivity>> {
    const qb = ctx.db.repo(StageActivity).queryBuilder('a');
    if (args.tenantId) qb.andWhere('a.tenantId = :tenantId', { tenantId: args.tenantId });
    if (args.year) qb.andWhere('a.heldOn >= :from AND a.heldOn < :to', { from: `${args.year}-01-01`, to: `${args.year + 1}-01-01` });
    if (args.kind) qb.andWhere('a.kind = :kind', { kind: args.kind });
    if (args.status) qb.andWhere('a.status = :status', { status: args.status });
    if (args.unitId) {
      const unit = await ctx.db.repo(OrgUnit).get(args.unitId, '党组织');
      const [where, params] = inSubtree('u', unit);
      qb.innerJoin(OrgUnit, 'u', 'u.tenantId = a.tenantId AND u.id = a.unitId').andWhere(where, params);
    }
    qb.orderBy('a.heldOn', 'DESC').addOrderBy('a.createdAt', 'DESC').addOrderBy('a.id', 'DESC');
    return toPage(await pageWithTotal(qb, args.offset, args.limit), args);
  }

  @Authorized(ActivityPermission.ACTIVITIES_READ)
  @Query(() => StageActivity, { description: '一次讲台活动' })
  stageActivity(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<StageActivity> {
    return ctx.db.repo(StageActivity).get(id, '讲台活动');
  }

  @Authorized(ActivityPermission.ACTIVITIES_READ)
  @Query(() => ActivityCoverage, { description: '“人人上讲台”覆盖率(按党支部,按数据权限;工委须选择单位)' })
  stageCoverage(@Args() args: CoverageArgs, @Ctx() ctx: RequestContext): Promise<ActivityCoverage> {
    return this.coverages.coverageOf(oneAgency(ctx.db, args.tenantId), null, args.year);
  }

  @Authorized(ActivityPermission.ACTIVITIES_MANAGE)
  @Mutation(() => StageActivity, { description: '计划一次讲台活动' })
  planStageActivity(@Arg('input') input: NewStageActivityInput, @Ctx() ctx: RequestContext): Promise<StageActivity> {
    return this.activities.plan(ctx.db, ctx.principal!.userId, input);
  }

  @Authorized(ActivityPermission.ACTIVITIES_MANAGE)
  @Mutation(() => StageActivity, { description: '修改已计划的讲台活动' })
  updateStageActivity(@Arg('id', () => ID) id: string, @Arg('input') input: StageActivityInput, @Ctx() ctx: RequestContext): Promise<StageActivity> {
    return this.activities.update(ctx.db, id, input);
  }

  @Authorized(ActivityPermission.ACTIVITIES_MANAGE)
  @Mutation(() => StageActivity, { description: '记为已举行:记录出席和主讲,自动计分' })
  holdStageActivity(@Arg('id', () => ID) id: string, @Arg('input') input: ActivityAttendanceInput, @Ctx() ctx: RequestContext): Promise<StageActivity> {
    return this.activities.hold(ctx.db, ctx.principal!.userId, id, input);
  }

  @Authorized(ActivityPermission.ACTIVITIES_MANAGE)
  @Mutation(() => StageActivity, { description: '更正已举行活动的出席和主讲(自动积分随之补记或冲正)' })
  correctStageActivityAttendance(@Arg('id', () => ID) id: string, @Arg('input') input: ActivityAttendanceInput, @Ctx() ctx: RequestContext): Promise<StageActivity> {
    return this.activities.correctAttendance(ctx.db, ctx.principal!.userId, id, input);
  }

  @Authorized(ActivityPermission.ACTIVITIES_MANAGE)
  @Mutation(() => StageActivity, { description: '取消讲台活动(已举行的,其自动积分冲正)' })
  cancelStageActivity(@Arg('id', () => ID) id: string, @Arg('input') input: CancelActivityInput, @Ctx() ctx: RequestContext): Promise<StageActivity> {
    return this.activities.cancel(ctx.db, ctx.principal!.userId, id, input.reason);
  }

  @FieldResolver(() => OrgUnit, { nullable: true, description: '党支部' })
  async unit(@Root() a: StageActivity, @Ctx() ctx: RequestContext): Promise<OrgUnit | null> {
    return orgLoaders.unit(ctx).load(a.unitId);
  }

  @FieldResolver(() => [PartyMember], { description: '主讲人' })
  speakers(@Root() a: StageActivity, @Ctx() ctx: RequestContext): Promise<PartyMember[]> {
    return members(ctx, a.speakerIds);
  }

  @FieldResolver(() => [PartyMember], { description: '出席党员' })
  attendees(@Root() a: StageActivity, @Ctx() ctx: RequestContext): Promise<PartyMember[]> {
    return members(ctx, a.attendeeIds);
  }

  @FieldResolver(() => [StoredFile], { description: '活动材料文件(本人可见的)' })
  files(@Root() a: StageActivity, @Ctx() ctx: RequestContext): Promise<StoredFile[]> {
    return evidenceFiles(ctx, a.evidence);
  }

  @FieldResolver(() => Boolean, { description: '活动材料是否仍与上传时一致(SHA-256 未变)' })
  evidenceIntact(@Root() a: StageActivity, @Ctx() ctx: RequestContext): Promise<boolean> {
    return evidenceIntact(ctx, a.evidence);
  }
}

@Resolver(() => BranchCoverage)
export class BranchCoverageResolver {
  @FieldResolver(() => OrgUnit, { nullable: true, description: '党支部' })
  async unit(@Root() row: BranchCoverage, @Ctx() ctx: RequestContext): Promise<OrgUnit | null> {
    return orgLoaders.unit(ctx).load(row.unitId);
  }

  @FieldResolver(() => [PartyMember], { description: '尚未上讲台的党员' })
  notYet(@Root() row: BranchCoverage, @Ctx() ctx: RequestContext): Promise<PartyMember[]> {
    return members(ctx, row.notYetIds);
  }
}
