import { Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '@zeren/auth';
import { OrgUnit, PartyMember, orgLoaders } from '@zeren/org-tree';
import { MembersPermission } from '../members.permissions';
import { oneAgency } from '../one-agency';
import { RankingService } from './ranking.service';
import { PeriodArgs, PointsParticipation, PointsRank, PointsRanking, RankingArgs } from './ranking.type';

@Resolver(() => PointsRank)
// Rankings and participation are per agency: the committee names one.
export class PointsRankingResolver {
  constructor(private readonly rankings: RankingService) {}

  @Authorized(MembersPermission.POINTS_READ)
  @Query(() => PointsRanking, { description: '党员积分排行(按年度、季度或月份;同分同名次;按数据权限)' })
  pointsRanking(@Args() args: RankingArgs, @Ctx() ctx: RequestContext): Promise<PointsRanking> {
    return this.rankings.ranking(oneAgency(ctx.db, args.tenantId), args.periodKey, args.offset, args.limit);
  }

  @Authorized(MembersPermission.POINTS_READ)
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
