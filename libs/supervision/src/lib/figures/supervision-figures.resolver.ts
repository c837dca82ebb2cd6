import { Arg, Authorized, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '@zeren/auth';
import { localYear } from '@zeren/shared-periods';
import { SupervisionPermission } from '../supervision.permissions';
import { SupervisionFiguresService } from './supervision-figures.service';
import { FindingFigures, FindingGrouping, RectificationFigures, RectificationGrouping } from './supervision-figures.type';

@Resolver()
export class SupervisionFiguresResolver {
  constructor(private readonly figures: SupervisionFiguresService) {}

  @Authorized(SupervisionPermission.INSPECTIONS_READ)
  @Query(() => [RectificationFigures], { description: '整改统计(在读者范围内):销号率、按时整改率、逾期,按单位、类别、月份或来源' })
  rectificationFigures(
    @Arg('grouping', () => RectificationGrouping) grouping: RectificationGrouping,
    @Ctx() ctx: RequestContext,
    @Arg('year', () => Int, { nullable: true, description: '年度,默认今年' }) year?: number,
    @Arg('tenantId', () => ID, { nullable: true, description: '只看一个单位' }) tenantId?: string,
  ): Promise<RectificationFigures[]> {
    return this.figures.rectifications(ctx.db, year ?? localYear(), grouping, tenantId ?? null);
  }

  @Authorized(SupervisionPermission.INSPECTIONS_READ)
  @Query(() => [FindingFigures], { description: '督查问题统计(在读者范围内):按单位、类别或程度,含重复发生' })
  findingFigures(
    @Arg('grouping', () => FindingGrouping) grouping: FindingGrouping,
    @Ctx() ctx: RequestContext,
    @Arg('year', () => Int, { nullable: true, description: '年度,默认今年' }) year?: number,
    @Arg('tenantId', () => ID, { nullable: true, description: '只看一个单位' }) tenantId?: string,
  ): Promise<FindingFigures[]> {
    return this.figures.findings(ctx.db, year ?? localYear(), grouping, tenantId ?? null);
  }
}
