import { Arg, Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { MAX_EXPORT_ROWS } from '@zeren/shared-office';
import type { RequestContext } from '@zeren/auth';
import { MemberStatus, OrgUnit, PartyMember, orgLoaders } from '@zeren/org-tree';
import { MembersPermission } from '../members.permissions';
import { oneAgency } from '../one-agency';
import { RankingService } from './ranking.service';
import { rankingSheet } from './ranking-sheet';
import { PeriodArgs, PointsParticipation, PointsRank, PointsRanking, PointsStanding, RankingArgs, RankingSheetArgs } from './ranking.type';

// Rankings and participation are per agency: the committee names one.
@Resolver(() => PointsRank)
export class PointsRankingResolver {
  constructor(private readonly rankings: RankingService) {}

  @Authorized(MembersPermission.POINTS_OVERSEE)
  @Query(() => PointsRanking, { description: '党员积分排行(按年度、季度或月份;同分同名次;按数据权限)' })
  pointsRanking(@Args() args: RankingArgs, @Ctx() ctx: RequestContext): Promise<PointsRanking> {
    return this.rankings.ranking(oneAgency(ctx.db, args.tenantId), args.periodKey, args.offset, args.limit, args.unitId);
  }

  @Authorized(MembersPermission.POINTS_OVERSEE)
  @Query(() => String, { description: `导出积分排行(.xlsx,base64 编码):与 pointsRanking 相同的周期和数据权限,全部名次(最多 ${MAX_EXPORT_ROWS} 人)` })
  async pointsRankingXlsx(@Args() args: RankingSheetArgs, @Ctx() ctx: RequestContext): Promise<string> {
    return (await rankingSheet(this.rankings, oneAgency(ctx.db, args.tenantId), args.periodKey, args.unitId)).toString('base64');
  }

  @Authorized(MembersPermission.POINTS_DECLARE)
  @Query(() => PointsStanding, { nullable: true, description: '本人的积分情况(合计、全单位和本支部名次);账号未关联在册党员时为空' })
  async myPointsStanding(@Arg('periodKey') periodKey: string, @Ctx() ctx: RequestContext): Promise<PointsStanding | null> {
    // ctx.own is the caller's whole agency: ranks are among all its members, while only this member's
    // figures leave the server.
    const own = ctx.own;
    if (!own) return null;
    const member = await own.repo(PartyMember).findOne({ userId: ctx.principal!.userId, status: MemberStatus.ACTIVE });
    return member ? this.rankings.standing(own, member, periodKey) : null;
  }

  @Authorized(MembersPermission.POINTS_OVERSEE)
  @Query(() => PointsParticipation, { description: '积分参与率:有已通过积分的党员 ÷ 在册党员(按数据权限)' })
  pointsParticipation(@Args() args: PeriodArgs, @Ctx() ctx: RequestContext): Promise<PointsParticipation> {
    return this.rankings.participation(oneAgency(ctx.db, args.tenantId), args.periodKey);
  }

  @FieldResolver(() => PartyMember, { nullable: true })
  async member(@Root() row: PointsRank, @Ctx() ctx: RequestContext): Promise<PartyMember | null> {
    return orgLoaders.member(ctx).load(row.memberId);
  }

  @FieldResolver(() => OrgUnit, { nullable: true, description: '所在支部' })
  async branch(@Root() row: PointsRank, @Ctx() ctx: RequestContext): Promise<OrgUnit | null> {
    return orgLoaders.unit(ctx).load(row.branchId);
  }
}
