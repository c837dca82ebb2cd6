import { In } from 'typeorm';
import { ConflictError, NotFoundError, refuse, required } from '@zeren/shared-errors';
import { activeAgencyIds, newId, type NewRow, type TenantDb } from '@zeren/tenancy';
import type { Page } from '@zeren/shared-graphql';
import { AssessmentScheme, type GradeBand, type SchemeComponent } from './assessment-scheme.entity';
import { AssessmentResult } from './assessment-result.entity';
import { AssessmentAdjustment } from './assessment-adjustment.entity';
import { ComponentKind, GRADE_ORDER, SchemeStatus } from './assessment.enums';
import { COMPONENT_DEFINITIONS, DEFAULT_COMPONENTS, DEFAULT_GRADE_BANDS, gradeOf, ranks, scoreAgency } from './assessment-scoring';
import { agencyFigures } from './assessment-inputs';
import type { AssessmentAdjustmentInput, AssessmentResultArgs, AssessmentSchemeInput } from './dto/assessment.input';

const SCHEME = '考核方案';
const RESULT = '考核结果';
const ADJUSTMENT = '加减分';

/** The scheme's components checked: known weighted kinds, each once, weights adding up to 100. */
function componentsOf(input: AssessmentSchemeInput): SchemeComponent[] {
  const list = input.components ?? DEFAULT_COMPONENTS;
  if (list.length === 0) refuse('components', '请至少设置一项考核指标');
  if (list.some((c) => c.kind === ComponentKind.ADJUSTMENT)) refuse('components', '加减分不设权重,按方案的加减分上限直接计入总分');
  if (new Set(list.map((c) => c.kind)).size !== list.length) refuse('components', '同一类指标只能设置一项');
  const sum = list.reduce((n, c) => n + c.weight, 0);
  if (sum !== 100) refuse('components', `各指标权重合计应为 100(现为 ${sum})`);
  return list.map((c) => ({ kind: c.kind, label: c.label.trim() || c.kind, weight: c.weight, definition: COMPONENT_DEFINITIONS[c.kind] }));
}

/** Every grade once, minimums falling from 好 to 差, and 差 from 0 so that every total has a grade. */
function bandsOf(input: AssessmentSchemeInput): GradeBand[] {
  const list = input.gradeBands ?? DEFAULT_GRADE_BANDS;
  const sorted = [...list].sort((a, b) => GRADE_ORDER.indexOf(a.grade) - GRADE_ORDER.indexOf(b.grade));
  if (sorted.length !== GRADE_ORDER.length || sorted.some((b, i) => b.grade !== GRADE_ORDER[i])) refuse('gradeBands', '请为好、较好、一般、差各设一条分数线');
  if (sorted.some((b, i) => i > 0 && b.min >= sorted[i - 1].min)) refuse('gradeBands', '分数线应由好到差依次降低');
  if (sorted[sorted.length - 1].min !== 0) refuse('gradeBands', '“差”的分数线应为 0');
  return sorted.map((b) => ({ grade: b.grade, min: b.min }));
}

/**
 * 考核: the yearly scheme, the computed results of every agency, 加减分, and publication. The
 * committee computes and publishes; an agency reads its own result and adjustments once published.
 */
export class AssessmentService {
  schemes(db: TenantDb): Promise<AssessmentScheme[]> {
    // An agency reads a scheme once it is published (the rules it is assessed by), never a draft.
    const where = db.scope.kind === 'tenant' ? { status: In([SchemeStatus.PUBLISHED, SchemeStatus.RESULTS_PUBLISHED]) } : {};
    return db.reference(AssessmentScheme).find({ where, order: { year: 'DESC' } });
  }

  async scheme(db: TenantDb, year: number): Promise<AssessmentScheme> {
    const scheme = await db.reference(AssessmentScheme).findOneBy({ year });
    if (!scheme || (db.scope.kind === 'tenant' && scheme.status === SchemeStatus.DRAFT)) throw new NotFoundError(SCHEME);
    return scheme;
  }

  async createScheme(db: TenantDb, userId: string, input: AssessmentSchemeInput, now = new Date()): Promise<AssessmentScheme> {
    const components = componentsOf(input);
    const gradeBands = bandsOf(input);
    if (await db.reference(AssessmentScheme).existsBy({ year: input.year })) throw new ConflictError(`${input.year}年已有考核方案`);
    const scheme: AssessmentScheme = {
      id: newId(),
      year: input.year,
      title: input.title.trim(),
      components,
      gradeBands,
      adjustmentLimit: input.adjustmentLimit,
      status: SchemeStatus.DRAFT,
      publishedAt: null,
      computedAt: null,
      resultsPublishedAt: null,
      createdById: userId,
      createdAt: now,
      updatedAt: now,
    };
    await db.register(AssessmentScheme).insert(scheme);
    return scheme;
  }

  /** A draft only: a published scheme is what agencies were told, and results were computed by it. */
  async updateScheme(db: TenantDb, id: string, input: AssessmentSchemeInput): Promise<AssessmentScheme> {
    const scheme = await this.schemeById(db, id);
    const components = componentsOf(input);
    const gradeBands = bandsOf(input);
    if (scheme.status !== SchemeStatus.DRAFT) throw new ConflictError('考核方案已发布,不能修改');
    if (input.year !== scheme.year) refuse('year', '方案的年度不能修改');
    const patch = { title: input.title.trim(), components, gradeBands, adjustmentLimit: input.adjustmentLimit, updatedAt: new Date() };
    await db.register(AssessmentScheme).update({ id, status: SchemeStatus.DRAFT }, patch);
    return Object.assign(scheme, patch);
  }

  /** 草稿 → 已发布: locked from now on. */
  async publishScheme(db: TenantDb, id: string, now = new Date()): Promise<AssessmentScheme> {
    const scheme = await this.schemeById(db, id);
    if (scheme.status !== SchemeStatus.DRAFT) throw new ConflictError('考核方案已发布');
    const patch = { status: SchemeStatus.PUBLISHED, publishedAt: now, updatedAt: now };
    if ((await db.register(AssessmentScheme).update({ id, status: SchemeStatus.DRAFT }, patch)) === 0) throw new ConflictError('状态已被他人变更,请刷新后重试');
    return Object.assign(scheme, patch);
  }

  /**
   * Computes every active agency's result of the year and replaces the year's rows: a fixed number of
   * grouped reads for the inputs, one DELETE and one bulk INSERT per ~1 000 agencies, whatever their
   * number. Refused before the scheme is published and after the results are.
   */
  async compute(db: TenantDb, year: number, now = new Date()): Promise<AssessmentScheme> {
    return db.transaction(async (tx) => {
      const scheme = await this.schemeOfYear(tx, year);
      if (scheme.status === SchemeStatus.DRAFT) throw new ConflictError('考核方案发布后才能计算结果');
      if (scheme.status === SchemeStatus.RESULTS_PUBLISHED) throw new ConflictError('考核结果已公布,不能重新计算');
      const agencies = await activeAgencyIds(tx);
      const figures = await agencyFigures(tx, year, agencies, now);
      const scored = new Map(agencies.map((id) => [id, scoreAgency(scheme.components, figures.get(id)!, scheme.adjustmentLimit)]));
      const rankOf = ranks(new Map([...scored].map(([id, s]) => [id, s.total])));
      const assesses = (kind: ComponentKind) => scheme.components.some((c) => c.kind === kind);
      const rows: [string, NewRow<AssessmentResult>][] = agencies.map((id) => {
        const s = scored.get(id)!;
        const f = figures.get(id)!;
        const row = {
          year,
          schemeId: scheme.id,
          components: s.components,
          adjustmentCenti: Math.round(s.adjustment * 100),
          totalCenti: Math.round(s.total * 100),
          rank: rankOf.get(id)!,
          rankedOf: agencies.length,
          grade: gradeOf(s.total, scheme.gradeBands),
          // Kept for the accountability rules only where the scheme assesses them: a component left out counts for nothing.
          overdueMarks: assesses(ComponentKind.DUTY_FULFILMENT) && f.duty ? f.duty.late + f.duty.overdue : 0,
          openRectifications: assesses(ComponentKind.INSPECTION) ? f.inspection.open : 0,
          computedAt: now,
        };
        return [id, row as NewRow<AssessmentResult>];
      });
      // The agencies with last round's rows too, so that an agency suspended since loses its stale result.
      const stale = await tx.repo(AssessmentResult).queryBuilder('r').select('DISTINCT r.tenantId', 'tenantId').andWhere('r.year = :year', { year }).getRawMany<{ tenantId: string }>();
      const targets = [...new Set([...agencies, ...stale.map((s) => s.tenantId)])];
      if (targets.length) {
        const results = tx.dispatch(targets).repo(AssessmentResult);
        await results.delete({ year });
        if (rows.length) await results.insertInto(rows);
      }
      await tx.register(AssessmentScheme).update({ id: scheme.id }, { computedAt: now, updatedAt: now });
      return Object.assign(scheme, { computedAt: now });
    });
  }

  /** 已发布 (computed) → 结果已公布: final, and each agency reads its own. */
  async publishResults(db: TenantDb, year: number, now = new Date()): Promise<AssessmentScheme> {
    const scheme = await this.schemeOfYear(db, year);
    if (scheme.status !== SchemeStatus.PUBLISHED || !scheme.computedAt) throw new ConflictError(scheme.status === SchemeStatus.RESULTS_PUBLISHED ? '考核结果已公布' : '请先发布方案并计算结果');
    const patch = { status: SchemeStatus.RESULTS_PUBLISHED, resultsPublishedAt: now, updatedAt: now };
    if ((await db.register(AssessmentScheme).update({ id: scheme.id, status: SchemeStatus.PUBLISHED }, patch)) === 0) throw new ConflictError('状态已被他人变更,请刷新后重试');
    return Object.assign(scheme, patch);
  }

  /** The year's results in reach, by rank: the committee every agency's, an agency its own once published. */
  async results(db: TenantDb, args: AssessmentResultArgs): Promise<Page<AssessmentResult>> {
    const empty = { items: [], total: 0, offset: args.offset, limit: args.limit };
    if (!(await this.visible(db, args.year))) return empty;
    const where = { year: args.year, ...(args.grade ? { grade: args.grade } : {}), ...(args.tenantId ? { tenantId: args.tenantId } : {}) };
    const [items, total] = await db.repo(AssessmentResult).findAndCount({ where, order: { rank: 'ASC', id: 'ASC' }, skip: args.offset, take: args.limit });
    return { items, total, offset: args.offset, limit: args.limit };
  }

  async result(db: TenantDb, id: string): Promise<AssessmentResult> {
    const row = await db.repo(AssessmentResult).get(id, RESULT);
    if (!(await this.visible(db, row.year))) throw new NotFoundError(RESULT);
    return row;
  }

  /** Every result of a year in reach (the export and the accountability rules). */
  async allResults(db: TenantDb, year: number): Promise<AssessmentResult[]> {
    if (!(await this.visible(db, year))) return [];
    return db.repo(AssessmentResult).find({ where: { year }, order: { rank: 'ASC', id: 'ASC' } });
  }

  async adjustments(db: TenantDb, year: number, tenantId?: string | null): Promise<AssessmentAdjustment[]> {
    if (!(await this.visible(db, year))) return [];
    return db.repo(AssessmentAdjustment).find({ where: { year, ...(tenantId ? { tenantId } : {}) }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** 加减分 into one active agency, with its reason; counted at the next compute. Refused once the year's results are published. */
  async addAdjustment(db: TenantDb, userId: string, input: AssessmentAdjustmentInput): Promise<AssessmentAdjustment> {
    // The agency first: one out of the caller's reach, unknown or inactive is not found, before anything about the year is told.
    if (!db.scope.canRead(input.tenantId) || (await activeAgencyIds(db, [input.tenantId])).length === 0) throw new NotFoundError('单位');
    const into = db.dispatch([input.tenantId]);
    const reason = required(input.reason, 'reason', '请填写加减分理由');
    const centi = Math.round(input.points * 100);
    if (!Number.isFinite(input.points) || centi === 0) refuse('points', '分值不能为 0');
    if (Math.abs(input.points * 100 - centi) > 1e-6) refuse('points', '分值最多两位小数');
    const scheme = await db.reference(AssessmentScheme).findOneBy({ year: input.year });
    if (!scheme) refuse('year', '该年度尚无考核方案');
    if (Math.abs(centi) > scheme.adjustmentLimit * 100) refuse('points', `分值超出方案的加减分上限 ${scheme.adjustmentLimit}`);
    if (scheme.status === SchemeStatus.RESULTS_PUBLISHED) throw new ConflictError('考核结果已公布,不能再加减分');
    return into.repo(AssessmentAdjustment).insertOne({ year: input.year, pointsCenti: centi, reason, createdById: userId } as NewRow<AssessmentAdjustment>);
  }

  async removeAdjustment(db: TenantDb, id: string): Promise<AssessmentAdjustment> {
    const row = await db.repo(AssessmentAdjustment).get(id, ADJUSTMENT);
    // A read-only view is refused before the year's state is told.
    const into = db.dispatch([row.tenantId]);
    const scheme = await db.reference(AssessmentScheme).findOneBy({ year: row.year });
    if (scheme?.status === SchemeStatus.RESULTS_PUBLISHED) throw new ConflictError('考核结果已公布,不能再撤销加减分');
    await into.repo(AssessmentAdjustment).delete({ id });
    return row;
  }

  /** The committee reads a year's results as soon as they are computed; an agency once they are published. */
  private async visible(db: TenantDb, year: number): Promise<boolean> {
    if (db.scope.kind !== 'tenant') return true;
    const scheme = await db.reference(AssessmentScheme).findOneBy({ year });
    return scheme?.status === SchemeStatus.RESULTS_PUBLISHED;
  }

  private async schemeById(db: TenantDb, id: string): Promise<AssessmentScheme> {
    const scheme = await db.reference(AssessmentScheme).findOneBy({ id });
    if (!scheme) throw new NotFoundError(SCHEME);
    return scheme;
  }

  private async schemeOfYear(db: TenantDb, year: number): Promise<AssessmentScheme> {
    const scheme = await db.reference(AssessmentScheme).findOneBy({ year });
    if (!scheme) throw new NotFoundError(`${year}年考核方案`);
    return scheme;
  }
}
