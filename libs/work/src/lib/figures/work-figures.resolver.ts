import { Arg, Authorized, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '@zeren/auth';
import { localYear } from '@zeren/shared-periods';
import { WorkPermission } from '../work.permissions';
import { WorkFiguresService } from './work-figures.service';
import { ProjectFigures, ProjectGrouping, ReceiptFigures, ReceiptGrouping } from './work-figures.type';

@Resolver()
export class WorkFiguresResolver {
  constructor(private readonly figures: WorkFiguresService) {}

  @Authorized(WorkPermission.TASKS_READ)
  @Query(() => [ReceiptFigures], { description: '重点任务回执统计(按单位、月份或任务):签收、报送、按时报送率、逾期' })
  taskReceiptFigures(
    @Arg('grouping', () => ReceiptGrouping) grouping: ReceiptGrouping,
    @Ctx() ctx: RequestContext,
    @Arg('year', () => Int, { nullable: true, description: '年度,默认今年' }) year?: number,
    @Arg('tenantId', () => ID, { nullable: true, description: '只看一个单位(工委从单位行下钻,如按月份)' }) tenantId?: string,
  ): Promise<ReceiptFigures[]> {
    return this.figures.receipts(ctx.db, year ?? localYear(), grouping, tenantId ?? null);
  }

  @Authorized(WorkPermission.PROJECTS_READ)
  @Query(() => [ProjectFigures], { description: '书记突破项目统计(按年度、问题类别、状态或单位)' })
  projectFigures(
    @Arg('grouping', () => ProjectGrouping) grouping: ProjectGrouping,
    @Ctx() ctx: RequestContext,
    @Arg('year', () => Int, { nullable: true, description: '只看某一年度(按年度统计时不适用)' }) year?: number,
  ): Promise<ProjectFigures[]> {
    return this.figures.projects(ctx.db, grouping, year);
  }

  @Authorized(WorkPermission.PROJECTS_READ)
  @Query(() => Int, { description: '已实施的书记突破项目总数(历年,立项后未终止的)' })
  implementedProjectCount(@Ctx() ctx: RequestContext): Promise<number> {
    return this.figures.implementedProjects(ctx.db);
  }
}
