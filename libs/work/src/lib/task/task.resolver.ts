import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { In } from 'typeorm';
import { tenantLoader, type RequestContext } from '@zeren/auth';
import { StoredFile, evidenceFiles, evidenceIntact } from '@zeren/files';
import { DeadlineStatus, WarningLevel, hasOverdueMark, warningLevel } from '@zeren/shared-periods';
import { Paginated } from '@zeren/shared-graphql';
import { Tenant, byKeys, groupByKeys } from '@zeren/tenancy';
import { WorkPermission } from '../work.permissions';
import { WorkPoint } from '../plan/work-plan.entity';
import { TaskDeadlineChange, WorkTask } from './work-task.entity';
import { TaskReceipt } from './task-receipt.entity';
import { TASKS_PER_MONTH, TaskService } from './task.service';
import { ReceiptService, receiptDeadline } from './receipt.service';
import { WorkFiguresService } from '../figures/work-figures.service';
import { ReceiptFigures } from '../figures/work-figures.type';
import { TaskStatus } from '../work.enums';
import { ReviewInput, TaskDeadlineInput, TaskReceiptArgs, TaskResponseInput, WorkTaskInput } from '../dto/work.input';

/** 黄 from this many days before a task's deadline. */
export const TASK_YELLOW_WITHIN_DAYS = 3;

@ObjectType()
class TaskReceiptPage extends Paginated(TaskReceipt) {}

const taskLoader = (ctx: RequestContext) =>
  ctx.loaders.get<string, WorkTask | null>('work.task', ctx.db, async (db, ids) => byKeys(ids, await db.reference(WorkTask).find({ where: { id: In([...ids]) } }), (t) => t.id));

@Resolver(() => WorkTask)
export class TaskResolver {
  constructor(
    private readonly tasks: TaskService,
    private readonly figures: WorkFiguresService,
  ) {}

  @Authorized(WorkPermission.TASKS_READ)
  @Query(() => [WorkTask], { description: '重点任务,新的月份在前:工委看全部(含草稿),单位看收到的' })
  workTasks(
    @Ctx() ctx: RequestContext,
    @Arg('year', () => Int, { nullable: true }) year?: number,
    @Arg('month', () => Int, { nullable: true }) month?: number,
    @Arg('status', () => TaskStatus, { nullable: true }) status?: TaskStatus,
  ): Promise<WorkTask[]> {
    return this.tasks.tasks(ctx.db, { year, month, status });
  }

  @Authorized(WorkPermission.TASKS_READ)
  @Query(() => WorkTask, { description: '一项重点任务' })
  workTask(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<WorkTask> {
    return this.tasks.task(ctx.db, id);
  }

  @FieldResolver(() => WorkPoint, { nullable: true, description: '服务的工作要点条目' })
  point(@Root() task: WorkTask, @Ctx() ctx: RequestContext) {
    return ctx.loaders
      .get<string, WorkPoint | null>('work.point', ctx.db, async (db, ids) => byKeys(ids, await db.reference(WorkPoint).find({ where: { id: In([...ids]) } }), (p) => p.id))
      .load(task.pointId);
  }

  @FieldResolver(() => [ID], { nullable: true, description: '指定的单位(推送对象为指定单位时);单位用户只看到本单位' })
  targetTenantIds(@Root() task: WorkTask, @Ctx() ctx: RequestContext): string[] | null {
    const reach = ctx.db.scope.readTenantIds;
    if (!task.targetTenantIds || reach === null) return task.targetTenantIds;
    // Which other agencies got a task is the committee's to know.
    return task.targetTenantIds.filter((id) => reach.includes(id));
  }

  @FieldResolver(() => [TaskDeadlineChange], { description: '完成时限的调整记录(各单位可见)' })
  deadlineChanges(@Root() task: WorkTask, @Ctx() ctx: RequestContext) {
    return ctx.loaders
      .get<string, TaskDeadlineChange[]>('work.deadlineChanges', ctx.db, async (db, ids) => groupByKeys(ids, await this.tasks.deadlineChanges(db, ids), (c) => c.taskId))
      .load(task.id);
  }

  @FieldResolver(() => Int, { description: '同月的重点任务数(不含已撤回)' })
  async monthTaskCount(@Root() task: WorkTask, @Ctx() ctx: RequestContext): Promise<number> {
    const counts = await ctx.loaders
      .get<string, number>('work.monthCounts', ctx.db, async (db, months) => {
        const found = await this.tasks.monthCounts(db, months);
        return months.map((m) => found.get(m) ?? 0);
      })
      .load(`${task.year}-${task.month}`);
    return counts;
  }

  @FieldResolver(() => String, { nullable: true, description: '每月 1 至 2 项的提醒(超过时)' })
  async monthWarning(@Root() task: WorkTask, @Ctx() ctx: RequestContext): Promise<string | null> {
    const count = await this.monthTaskCount(task, ctx);
    return count > TASKS_PER_MONTH ? `${task.year}年${task.month}月已有 ${count} 项重点任务,每月宜确定 1 至 ${TASKS_PER_MONTH} 项` : null;
  }

  @Authorized(WorkPermission.TASKS_READ)
  @FieldResolver(() => ReceiptFigures, { nullable: true, description: '回执情况(在读者范围内:工委各单位的,单位本单位的;未推送时为空)' })
  async receiptFigures(@Root() task: WorkTask, @Ctx() ctx: RequestContext): Promise<ReceiptFigures | null> {
    if (task.status !== TaskStatus.SENT) return null;
    return ctx.loaders
      .get<string, ReceiptFigures | null>('work.taskFigures', ctx.db, async (db, ids) => {
        const rows = await this.figures.forTasks(db, ids);
        return ids.map((id) => rows.get(id) ?? null);
      })
      .load(task.id);
  }

  @Authorized(WorkPermission.TASKS_MANAGE)
  @Mutation(() => WorkTask, { description: '起草重点任务' })
  createWorkTask(@Arg('input') input: WorkTaskInput, @Ctx() ctx: RequestContext): Promise<WorkTask> {
    return this.tasks.create(ctx.db, ctx.principal!.userId, input);
  }

  @Authorized(WorkPermission.TASKS_MANAGE)
  @Mutation(() => WorkTask, { description: '修改草稿任务' })
  updateWorkTask(@Arg('id', () => ID) id: string, @Arg('input') input: WorkTaskInput, @Ctx() ctx: RequestContext): Promise<WorkTask> {
    return this.tasks.update(ctx.db, id, input);
  }

  @Authorized(WorkPermission.TASKS_MANAGE)
  @Mutation(() => WorkTask, { description: '删除草稿任务' })
  removeWorkTask(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<WorkTask> {
    return this.tasks.remove(ctx.db, id);
  }

  @Authorized(WorkPermission.TASKS_MANAGE)
  @Mutation(() => WorkTask, { description: '推送任务:每个对象单位同时收到一份回执' })
  sendWorkTask(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<WorkTask> {
    return this.tasks.send(ctx.db, id);
  }

  @Authorized(WorkPermission.TASKS_MANAGE)
  @Mutation(() => WorkTask, { description: '撤回任务(尚无单位报送时),回执一并撤回' })
  recallWorkTask(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<WorkTask> {
    return this.tasks.recall(ctx.db, id);
  }

  @Authorized(WorkPermission.TASKS_MANAGE)
  @Mutation(() => WorkTask, { description: '调整已推送任务的完成时限,注明原因(各单位可见)' })
  amendWorkTaskDeadline(@Arg('id', () => ID) id: string, @Arg('input') input: TaskDeadlineInput, @Ctx() ctx: RequestContext): Promise<WorkTask> {
    return this.tasks.amendDeadline(ctx.db, ctx.principal!.userId, id, input);
  }
}

@Resolver(() => TaskReceipt)
export class ReceiptResolver {
  constructor(private readonly receipts: ReceiptService) {}

  @Authorized(WorkPermission.TASKS_READ)
  @Query(() => TaskReceiptPage, { description: '任务回执:单位看本单位的,工委看各单位的(可按任务、单位、状态筛选)' })
  taskReceipts(@Args() args: TaskReceiptArgs, @Ctx() ctx: RequestContext) {
    return this.receipts.receipts(ctx.db, args);
  }

  @Authorized(WorkPermission.TASKS_READ)
  @Query(() => TaskReceipt, { description: '一份任务回执' })
  taskReceipt(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<TaskReceipt> {
    return this.receipts.receipt(ctx.db, id);
  }

  @FieldResolver(() => WorkTask, { nullable: true })
  task(@Root() receipt: TaskReceipt, @Ctx() ctx: RequestContext) {
    return taskLoader(ctx).load(receipt.taskId);
  }

  @FieldResolver(() => Tenant, { nullable: true, description: '单位' })
  tenant(@Root() receipt: TaskReceipt, @Ctx() ctx: RequestContext) {
    return tenantLoader(ctx).load(receipt.tenantId);
  }

  @FieldResolver(() => [StoredFile], { description: '印证资料文件' })
  files(@Root() receipt: TaskReceipt, @Ctx() ctx: RequestContext): Promise<StoredFile[]> {
    return evidenceFiles(ctx, receipt.evidence);
  }

  @FieldResolver(() => Boolean, { description: '印证资料是否仍与报送时一致(SHA-256 未变)' })
  evidenceIntact(@Root() receipt: TaskReceipt, @Ctx() ctx: RequestContext): Promise<boolean> {
    return evidenceIntact(ctx, receipt.evidence);
  }

  @FieldResolver(() => DeadlineStatus, { description: '按期情况:未到期、逾期未报送、按时报送、逾期报送' })
  async deadline(@Root() receipt: TaskReceipt, @Ctx() ctx: RequestContext): Promise<DeadlineStatus> {
    return receiptDeadline(receipt, await taskLoader(ctx).load(receipt.taskId), new Date());
  }

  @FieldResolver(() => Boolean, { description: '逾期标记(逾期未报送或逾期报送,永久保留)' })
  async overdueMark(@Root() receipt: TaskReceipt, @Ctx() ctx: RequestContext): Promise<boolean> {
    const task = await taskLoader(ctx).load(receipt.taskId);
    return receipt.late || (!!task && hasOverdueMark(task.dueAt, new Date(), receipt.firstReportedAt));
  }

  @FieldResolver(() => WarningLevel, { nullable: true, description: '未报送时的预警:蓝、黄(临近截止)、红(逾期)' })
  async warning(@Root() receipt: TaskReceipt, @Ctx() ctx: RequestContext): Promise<WarningLevel | null> {
    const task = await taskLoader(ctx).load(receipt.taskId);
    if (!task || receipt.firstReportedAt) return null;
    return warningLevel(task.dueAt, new Date(), { yellowWithinDays: TASK_YELLOW_WITHIN_DAYS });
  }

  @Authorized(WorkPermission.RECEIPTS_RESPOND)
  @Mutation(() => TaskReceipt, { description: '签收任务(未签收 → 已签收)' })
  signTaskReceipt(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<TaskReceipt> {
    return this.receipts.sign(ctx.db, ctx.principal!.userId, id);
  }

  @Authorized(WorkPermission.RECEIPTS_RESPOND)
  @Mutation(() => TaskReceipt, { description: '开始办理(已签收或已退回 → 办理中)' })
  startTaskReceipt(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<TaskReceipt> {
    return this.receipts.start(ctx.db, id);
  }

  @Authorized(WorkPermission.RECEIPTS_RESPOND)
  @Mutation(() => TaskReceipt, { description: '保存办理情况(办理中,尚不报送)' })
  saveTaskResponse(@Arg('id', () => ID) id: string, @Arg('input') input: TaskResponseInput, @Ctx() ctx: RequestContext): Promise<TaskReceipt> {
    return this.receipts.save(ctx.db, id, input);
  }

  @Authorized(WorkPermission.RECEIPTS_RESPOND)
  @Mutation(() => TaskReceipt, { description: '报送办理情况和印证资料(办理中 → 已报送)' })
  reportTaskReceipt(@Arg('id', () => ID) id: string, @Arg('input') input: TaskResponseInput, @Ctx() ctx: RequestContext): Promise<TaskReceipt> {
    return this.receipts.report(ctx.db, ctx.principal!.userId, id, input);
  }

  @Authorized(WorkPermission.RECEIPTS_REVIEW)
  @Mutation(() => TaskReceipt, { description: '审核回执:通过,或退回并说明原因(已报送 → 已通过 | 已退回)' })
  reviewTaskReceipt(@Arg('id', () => ID) id: string, @Arg('input') input: ReviewInput, @Ctx() ctx: RequestContext): Promise<TaskReceipt> {
    return this.receipts.review(ctx.db, ctx.principal!.userId, id, input.approve, input.comment);
  }
}
