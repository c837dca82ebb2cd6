import { In } from 'typeorm';
import { ConflictError, NotFoundError, required } from '@zeren/shared-errors';
import { newId, type TenantDb } from '@zeren/tenancy';
import { WorkPlan, WorkPoint } from './work-plan.entity';
import { WorkTask } from '../task/work-task.entity';
import { PlanStatus } from '../work.enums';
import type { WorkPlanInput, WorkPointInput } from '../dto/work.input';

const PLAN = '工作要点';
const POINT = '工作要点条目';

/** 年度党建工作要点: the committee drafts a year's numbered points and issues them; then they are fixed. */
export class PlanService {
  /** Newest year first; drafts only for the committee's editors. */
  plans(db: TenantDb, withDrafts: boolean): Promise<WorkPlan[]> {
    return db.reference(WorkPlan).find({ where: withDrafts ? {} : { status: PlanStatus.PUBLISHED }, order: { year: 'DESC' } });
  }

  async plan(db: TenantDb, id: string, withDrafts: boolean): Promise<WorkPlan> {
    const plan = await db.reference(WorkPlan).findOneBy({ id });
    if (!plan || (!withDrafts && plan.status !== PlanStatus.PUBLISHED)) throw new NotFoundError(PLAN);
    return plan;
  }

  points(db: TenantDb, planIds: readonly string[]): Promise<WorkPoint[]> {
    return db.reference(WorkPoint).find({ where: { planId: In([...planIds]) }, order: { number: 'ASC' } });
  }

  async point(db: TenantDb, id: string): Promise<WorkPoint> {
    const point = await db.reference(WorkPoint).findOneBy({ id });
    if (!point) throw new NotFoundError(POINT);
    return point;
  }

  async create(db: TenantDb, input: WorkPlanInput): Promise<WorkPlan> {
    const now = new Date();
    const plan: WorkPlan = { id: newId(), year: input.year, title: required(input.title, 'title', '请填写标题'), status: PlanStatus.DRAFT, publishedAt: null, createdAt: now, updatedAt: now };
    if (await db.reference(WorkPlan).existsBy({ year: input.year })) throw new ConflictError(`${input.year}年度的工作要点已经存在`);
    await db.register(WorkPlan).insert(plan);
    return plan;
  }

  async rename(db: TenantDb, id: string, title: string): Promise<WorkPlan> {
    const plan = await this.draft(db, id);
    const patch = { title: required(title, 'title', '请填写标题'), updatedAt: new Date() };
    await db.register(WorkPlan).update({ id, status: PlanStatus.DRAFT }, patch);
    return Object.assign(plan, patch);
  }

  /** DRAFT → PUBLISHED (印发): from now on the points are what tasks refer to, and they are fixed. */
  async publish(db: TenantDb, id: string): Promise<WorkPlan> {
    const plan = await this.draft(db, id);
    if (!(await db.reference(WorkPoint).existsBy({ planId: id }))) throw new ConflictError('工作要点还没有条目,不能印发');
    const now = new Date();
    const changed = await db.register(WorkPlan).update({ id, status: PlanStatus.DRAFT }, { status: PlanStatus.PUBLISHED, publishedAt: now, updatedAt: now });
    if (changed === 0) throw new ConflictError('该工作要点已被他人印发,请刷新后重试');
    return Object.assign(plan, { status: PlanStatus.PUBLISHED, publishedAt: now, updatedAt: now });
  }

  async addPoint(db: TenantDb, planId: string, input: WorkPointInput): Promise<WorkPoint> {
    await this.draft(db, planId);
    const last = await db.reference(WorkPoint).find({ where: { planId }, order: { number: 'DESC' }, take: 1 });
    const now = new Date();
    const point: WorkPoint = { id: newId(), planId, number: input.number ?? (last[0]?.number ?? 0) + 1, ...this.text(input), createdAt: now, updatedAt: now };
    // The unique (plan, number) key turns a taken number into CONFLICT.
    await db.register(WorkPoint).insert(point);
    return point;
  }

  async updatePoint(db: TenantDb, id: string, input: WorkPointInput): Promise<WorkPoint> {
    const point = await this.point(db, id);
    await this.draft(db, point.planId);
    const patch = { ...this.text(input), number: input.number ?? point.number, updatedAt: new Date() };
    await db.register(WorkPoint).update({ id }, patch);
    return Object.assign(point, patch);
  }

  async removePoint(db: TenantDb, id: string): Promise<WorkPoint> {
    const point = await this.point(db, id);
    await this.draft(db, point.planId);
    if (await db.reference(WorkTask).existsBy({ pointId: id })) throw new ConflictError('已有重点任务服务于该条目,不能删除');
    await db.register(WorkPoint).delete({ id });
    return point;
  }

  private text(input: WorkPointInput) {
    return { title: required(input.title, 'title', '请填写要点'), content: input.content.trim() };
  }

  private async draft(db: TenantDb, id: string): Promise<WorkPlan> {
    const plan = await this.plan(db, id, true);
    if (plan.status !== PlanStatus.DRAFT) throw new ConflictError('已印发的工作要点不能修改');
    return plan;
  }
}
