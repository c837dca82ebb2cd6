import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { hasPermission, type RequestContext } from '@zeren/auth';
import { groupByKeys } from '@zeren/tenancy';
import { WorkPermission } from '../work.permissions';
import { WorkPlan, WorkPoint } from './work-plan.entity';
import { PlanService } from './plan.service';
import { WorkPlanInput, WorkPlanTitleInput, WorkPointInput } from '../dto/work.input';

const editor = (ctx: RequestContext) => hasPermission(ctx.principal, WorkPermission.TASKS_MANAGE);

@Resolver(() => WorkPlan)
export class PlanResolver {
  constructor(private readonly plans: PlanService) {}

  @Authorized(WorkPermission.TASKS_READ)
  @Query(() => [WorkPlan], { description: '年度党建工作要点,新的在前(草稿仅工委可见)' })
  workPlans(@Ctx() ctx: RequestContext): Promise<WorkPlan[]> {
    return this.plans.plans(ctx.db, editor(ctx));
  }

  @Authorized(WorkPermission.TASKS_READ)
  @Query(() => WorkPlan, { description: '一份年度工作要点' })
  workPlan(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<WorkPlan> {
    return this.plans.plan(ctx.db, id, editor(ctx));
  }

  @FieldResolver(() => [WorkPoint], { description: '条目,按序号' })
  points(@Root() plan: WorkPlan, @Ctx() ctx: RequestContext): Promise<WorkPoint[]> | WorkPoint[] {
    return ctx.loaders
      .get<string, WorkPoint[]>('work.pointsOfPlan', ctx.db, async (db, ids) => groupByKeys(ids, await this.plans.points(db, ids), (p) => p.planId))
      .load(plan.id);
  }

  @Authorized(WorkPermission.TASKS_MANAGE)
  @Mutation(() => WorkPlan, { description: '新建年度工作要点(草稿)' })
  createWorkPlan(@Arg('input') input: WorkPlanInput, @Ctx() ctx: RequestContext): Promise<WorkPlan> {
    return this.plans.create(ctx.db, input);
  }

  @Authorized(WorkPermission.TASKS_MANAGE)
  @Mutation(() => WorkPlan, { description: '修改工作要点的标题(草稿)' })
  renameWorkPlan(@Arg('id', () => ID) id: string, @Arg('input') input: WorkPlanTitleInput, @Ctx() ctx: RequestContext): Promise<WorkPlan> {
    return this.plans.rename(ctx.db, id, input.title);
  }

  @Authorized(WorkPermission.TASKS_MANAGE)
  @Mutation(() => WorkPlan, { description: '印发工作要点:此后条目不再修改,重点任务据此确定' })
  publishWorkPlan(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<WorkPlan> {
    return this.plans.publish(ctx.db, id);
  }

  @Authorized(WorkPermission.TASKS_MANAGE)
  @Mutation(() => WorkPoint, { description: '为草稿添加条目' })
  addWorkPoint(@Arg('planId', () => ID) planId: string, @Arg('input') input: WorkPointInput, @Ctx() ctx: RequestContext): Promise<WorkPoint> {
    return this.plans.addPoint(ctx.db, planId, input);
  }

  @Authorized(WorkPermission.TASKS_MANAGE)
  @Mutation(() => WorkPoint, { description: '修改草稿的条目' })
  updateWorkPoint(@Arg('id', () => ID) id: string, @Arg('input') input: WorkPointInput, @Ctx() ctx: RequestContext): Promise<WorkPoint> {
    return this.plans.updatePoint(ctx.db, id, input);
  }

  @Authorized(WorkPermission.TASKS_MANAGE)
  @Mutation(() => WorkPoint, { description: '删除草稿的条目(已有任务服务于它时不能删除)' })
  removeWorkPoint(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<WorkPoint> {
    return this.plans.removePoint(ctx.db, id);
  }
}
