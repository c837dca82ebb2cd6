import { Arg, Authorized, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { BadInputError } from '@zeren/shared-errors';
import type { RequestContext } from '@zeren/auth';
import { DutyPermission } from '../responsibility.permissions';
import { AgencyListService } from '../list/agency-list.service';
import { listTemplate } from '../list/current-template';
import { oneAgency } from '../list/one-agency';
import { CompletionGrouping, CompletionRow } from './completion.type';
import { CompletionService } from './completion.service';

@Resolver()
export class CompletionResolver {
  constructor(
    private readonly completion: CompletionService,
    private readonly lists: AgencyListService,
  ) {}

  @Authorized(DutyPermission.FIGURES_READ)
  @Query(() => [CompletionRow], {
    description: '履责完成情况:工委按单位看全部单位;按事项、岗位、层级、类别、党组织或责任人看一个单位。按截至今天应完成的计算',
  })
  async dutyCompletion(
    @Arg('grouping', () => CompletionGrouping) grouping: CompletionGrouping,
    @Ctx() ctx: RequestContext,
    @Arg('tenantId', () => ID, { nullable: true, description: '单位(工委查看一个单位时)' }) tenantId?: string,
    @Arg('year', () => Int, { nullable: true }) year?: number,
  ): Promise<CompletionRow[]> {
    if (grouping === CompletionGrouping.AGENCY && tenantId) throw new BadInputError('按单位分组时不能只选一个单位', [{ field: 'tenantId', message: '按单位分组时不选单位' }]);
    const db = grouping === CompletionGrouping.AGENCY ? ctx.db : oneAgency(ctx.db, tenantId);
    const template = await listTemplate(db, { year });
    if (!template) return [];
    if (grouping === CompletionGrouping.UNIT || grouping === CompletionGrouping.PERSON) {
      return this.completion.bySubjects(db, template, await this.lists.duties(db, template.id), grouping);
    }
    const rows = await this.completion.byCounts(db, template, grouping);
    return rows.sort((a, b) => (a.rate ?? 2) - (b.rate ?? 2) || a.label.localeCompare(b.label, 'zh-CN'));
  }
}
