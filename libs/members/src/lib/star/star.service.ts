import { In } from 'typeorm';
import { ConflictError, NotFoundError, refuse, required } from '@zeren/shared-errors';
import { OrgUnit, OrgUnitKind } from '@zeren/org-tree';
import { localDateOf } from '@zeren/shared-periods';
import type { Page } from '@zeren/shared-graphql';
import { newId, type TenantDb } from '@zeren/tenancy';
import { type CriterionScore, StarObjection, StarRating, StarScheme } from './star.entity';
import { StarObjectionStatus, StarRatingStatus as S, StarSchemeStatus } from './star.enums';
import { checkScheme, quotaPlaces, starsOf, totalTenthsOf } from './star.rules';
import { evidenceOf, prefilledScores } from './star-evidence';
import type { StarRatingArgs, StarSchemeInput, StarScoresInput } from './dto/star.input';

const SCHEME = '星级评定方案';
const RATING = '星级评定';
const OBJECTION = '星级公示异议';
export const STAR_NAMES = ['', '一星', '二星', '三星', '四星', '五星'] as const;
/** The states after 工委复核: what a quota counts. */
const CONFIRMED: readonly S[] = [S.COMMITTEE_CONFIRMED, S.PUBLICIZED, S.NAMED];

/** A new rating carries none of the committee's fields (its review comes later). */
const NO_COMMITTEE_FIELDS = { committeeReturnReason: null, confirmedById: null, publicizedUntil: null, namedOn: null, namedStars: null };

export const RATING_ORDER = { stars: 'DESC', totalTenths: 'DESC', id: 'ASC' } as const;

/** The starRatings filters as one condition (the scoped repository adds the reach): the page, the figures and the .xlsx read the same rows. */
export function ratingWhere(filter: Omit<StarRatingArgs, 'offset' | 'limit'>): Record<string, unknown> {
  const where: Record<string, unknown> = { year: filter.year };
  if (filter.tenantId) where['tenantId'] = filter.tenantId;
  if (filter.stars) where['stars'] = filter.stars;
  if (filter.status) where['status'] = filter.status;
  return where;
}

/** The stars named for these branches in a year (branches not named are absent): one statement, in the caller's reach. */
export async function namedStarsOf(db: TenantDb, unitIds: readonly string[], year: number): Promise<Map<string, number>> {
  if (!unitIds.length) return new Map();
  const rows = await db.repo(StarRating).find({ where: { year, unitId: In([...unitIds]), status: S.NAMED }, select: { id: true, tenantId: true, unitId: true, namedStars: true } as never });
  return new Map(rows.map((r) => [r.unitId, r.namedStars ?? 0]));
}

/**
 * 党支部星级管理: the committee's yearly scheme; per branch 自评 (prefilled from the records) → 党委评 →
 * 工委复核 (quotas) → 公示 (objections answered) → 命名. Which ratings a caller reaches is the scoped
 * layer's (star.policies.ts); each side's transitions are the dispatch policy's.
 */
export class StarService {
  schemes(db: TenantDb): Promise<StarScheme[]> {
    return db.reference(StarScheme).find({ order: { year: 'DESC' } });
  }

  async scheme(db: TenantDb, year: number): Promise<StarScheme> {
    const scheme = await db.reference(StarScheme).findOneBy({ year });
    if (!scheme) throw new NotFoundError(SCHEME);
    return scheme;
  }

  async createScheme(db: TenantDb, input: StarSchemeInput): Promise<StarScheme> {
    db.scope.assertWritable();
    const fields = schemeFields(input);
    if (await db.reference(StarScheme).findOneBy({ year: input.year })) refuse('year', `${input.year}年度已有星级评定方案`);
    const now = new Date();
    const row = Object.assign(new StarScheme(), { id: newId(), createdAt: now, updatedAt: now, ...fields, status: StarSchemeStatus.DRAFT });
    await db.register(StarScheme).insert(row);
    return row;
  }

  async updateScheme(db: TenantDb, id: string, input: StarSchemeInput): Promise<StarScheme> {
    db.scope.assertWritable();
    const scheme = await this.schemeById(db, id);
    const fields = schemeFields(input);
    if (input.year !== scheme.year) refuse('year', '方案的年度不能修改');
    if (scheme.status !== StarSchemeStatus.DRAFT) throw new ConflictError('方案已发布,不能再修改');
    return this.moveScheme(db, scheme, StarSchemeStatus.DRAFT, fields);
  }

  async openScheme(db: TenantDb, id: string): Promise<StarScheme> {
    db.scope.assertWritable();
    const scheme = await this.schemeById(db, id);
    if (scheme.status !== StarSchemeStatus.DRAFT) throw new ConflictError('只能发布草稿状态的方案');
    return this.moveScheme(db, scheme, StarSchemeStatus.DRAFT, { status: StarSchemeStatus.OPEN });
  }

  async closeScheme(db: TenantDb, id: string): Promise<StarScheme> {
    db.scope.assertWritable();
    const scheme = await this.schemeById(db, id);
    if (scheme.status !== StarSchemeStatus.OPEN) throw new ConflictError('只能结束评定中的方案');
    const unnamed = await db.repo(StarRating).count({ year: scheme.year, status: In([S.COMMITTEE_CONFIRMED, S.PUBLICIZED]) });
    if (unnamed > 0) throw new ConflictError(`还有 ${unnamed} 个党支部已复核但未命名,命名后才能结束`);
    return this.moveScheme(db, scheme, StarSchemeStatus.OPEN, { status: StarSchemeStatus.CLOSED });
  }

  // —— ratings ——

  async ratings(db: TenantDb, args: StarRatingArgs): Promise<Page<StarRating>> {
    const [items, total] = await db.repo(StarRating).findAndCount({ where: ratingWhere(args), order: RATING_ORDER, skip: args.offset, take: args.limit });
    return { items, total, offset: args.offset, limit: args.limit };
  }

  rating(db: TenantDb, id: string): Promise<StarRating> {
    return db.repo(StarRating).get(id, RATING);
  }

  /**
   * 开始自评: a rating for each branch the caller may write (a secretary their own, the 党委 all of the
   * agency's) not yet started in the open year, its scores prefilled from the records. The same handful
   * of statements for one branch or a hundred.
   */
  async start(db: TenantDb, year: number): Promise<StarRating[]> {
    db.scope.assertWritable();
    const scheme = await this.openSchemeOf(db, year);
    const branches = (await db.repo(OrgUnit).find({ where: { kind: OrgUnitKind.BRANCH }, order: { id: 'ASC' } })).filter((u) => !u.dissolvedOn && db.repo(OrgUnit).mayWrite(u));
    if (!branches.length) throw new ConflictError('没有可以开始自评的党支部');
    const started = new Set((await db.repo(StarRating).find({ where: { year, unitId: In(branches.map((b) => b.id)) }, select: { id: true, tenantId: true, unitId: true } as never })).map((r) => r.unitId));
    const fresh = branches.filter((b) => !started.has(b.id));
    if (!fresh.length) throw new ConflictError(`${year}年度的星级自评已经开始`);
    const evidence = await evidenceOf(db, fresh.map((b) => b.id), year);
    return db.repo(StarRating).insert(
      fresh.map((b) => {
        const scores = prefilledScores(scheme.criteria, evidence.get(b.id)!);
        return { schemeId: scheme.id, year, unitId: b.id, scores, satisfaction: null, innovationProject: null, ...this.outcome(scheme, scores, null, null), status: S.DRAFT, partyReturnReason: null, selfSubmittedById: null, partyReviewedById: null, ...NO_COMMITTEE_FIELDS };
      }),
    );
  }

  /** 自评: the branch's scores, each differing from the prefilled value with its reason; while 自评中. */
  async saveSelf(db: TenantDb, id: string, input: StarScoresInput): Promise<StarRating> {
    const rating = await db.repo(StarRating).getWritable(id, RATING);
    const scheme = await this.openSchemeOf(db, rating.year);
    if (rating.status !== S.DRAFT) throw new ConflictError('只能修改自评中的星级评定');
    const scores = scored(scheme, rating.scores, input, 'self');
    const satisfaction = input.satisfaction === undefined ? rating.satisfaction : input.satisfaction;
    const innovationProject = input.innovationProject === undefined ? rating.innovationProject : input.innovationProject?.trim() || null;
    const patch = { scores, satisfaction, innovationProject, ...this.outcome(scheme, scores, satisfaction, innovationProject) };
    if ((await db.repo(StarRating).update({ id, status: S.DRAFT }, patch)) === 0) throw new ConflictError('该星级评定已被他人处理,请刷新后重试');
    return Object.assign(rating, patch);
  }

  /** 自评 → 党委: every criterion scored and the satisfaction given. */
  async submitSelf(db: TenantDb, userId: string, id: string): Promise<StarRating> {
    const rating = await db.repo(StarRating).getWritable(id, RATING);
    await this.openSchemeOf(db, rating.year);
    if (rating.status === S.DRAFT) {
      if (rating.scores.some((s) => s.selfScore === null)) refuse('scores', '请为每项指标评分后再提交');
      if (rating.satisfaction === null) refuse('satisfaction', '请填写群众满意度后再提交');
    }
    return db.repo(StarRating).transition(id, S.SELF_SUBMITTED, { selfSubmittedById: userId, partyReturnReason: null }, RATING);
  }

  /** 党委考核评星: scores changed from the branch's with reasons; then 工委复核. */
  async partyReview(db: TenantDb, userId: string, id: string, input: StarScoresInput): Promise<StarRating> {
    const rating = await db.repo(StarRating).getWritable(id, RATING);
    const scheme = await this.openSchemeOf(db, rating.year);
    if (rating.status !== S.SELF_SUBMITTED) throw new ConflictError('只能考核已自评的星级评定');
    const scores = scored(scheme, rating.scores, input, 'party');
    const satisfaction = input.satisfaction ?? rating.satisfaction;
    const patch = { scores, satisfaction, ...this.outcome(scheme, scores, satisfaction, rating.innovationProject), partyReviewedById: userId };
    return db.repo(StarRating).transition(id, S.PARTY_REVIEWED, patch, RATING);
  }

  async returnSelf(db: TenantDb, id: string, reason: string): Promise<StarRating> {
    const rating = await db.repo(StarRating).getWritable(id, RATING);
    await this.openSchemeOf(db, rating.year);
    const text = required(reason, 'text', '退回时请填写理由');
    return db.repo(StarRating).transition(id, S.DRAFT, { partyReturnReason: text }, RATING);
  }

  /** 工委复核定星, within the scheme's quota for the rating's stars. */
  async confirm(db: TenantDb, userId: string, id: string): Promise<StarRating> {
    const rating = await this.rating(db, id);
    db.scope.assertWritable();
    const scheme = await this.openSchemeOf(db, rating.year);
    const quota = scheme.quotas.find((q) => q.stars === rating.stars);
    if (quota && rating.status === S.PARTY_REVIEWED) {
      const repo = db.repo(StarRating);
      const [rated, held] = await Promise.all([repo.count({ year: rating.year }), repo.count({ year: rating.year, stars: rating.stars, status: In([...CONFIRMED]) })]);
      const places = quotaPlaces(quota, rated);
      if (held >= places) {
        const name = STAR_NAMES[rating.stars];
        throw new ConflictError(`${name}名额为参评党支部的 ${quota.percent}%(${rated} 个参评,最多 ${places} 个),已确定 ${held} 个,不能再确定`);
      }
    }
    return committeeSide(db, rating.tenantId).repo(StarRating).transition(id, S.COMMITTEE_CONFIRMED, { confirmedById: userId, committeeReturnReason: null }, RATING);
  }

  async returnParty(db: TenantDb, id: string, reason: string): Promise<StarRating> {
    const rating = await this.rating(db, id);
    db.scope.assertWritable();
    await this.openSchemeOf(db, rating.year);
    const text = required(reason, 'text', '退回时请填写理由');
    return committeeSide(db, rating.tenantId).repo(StarRating).transition(id, S.SELF_SUBMITTED, { committeeReturnReason: text }, RATING);
  }

  async publicize(db: TenantDb, id: string, until: string, now = new Date()): Promise<StarRating> {
    const rating = await this.rating(db, id);
    db.scope.assertWritable();
    await this.openSchemeOf(db, rating.year);
    if (until < localDateOf(now)) refuse('until', '公示截止日期不能早于今天');
    return committeeSide(db, rating.tenantId).repo(StarRating).transition(id, S.PUBLICIZED, { publicizedUntil: until }, RATING);
  }

  /** 命名亮星: the publicity period over (its last day counts) and every objection answered. */
  async name(db: TenantDb, id: string, now = new Date()): Promise<StarRating> {
    const rating = await this.rating(db, id);
    db.scope.assertWritable();
    await this.openSchemeOf(db, rating.year);
    const today = localDateOf(now);
    if (rating.status === S.PUBLICIZED) {
      if (rating.publicizedUntil && today < rating.publicizedUntil) throw new ConflictError(`公示期至 ${rating.publicizedUntil},期满后才能命名`);
      const open = await db.repo(StarObjection).count({ ratingId: id, status: StarObjectionStatus.OPEN });
      if (open > 0) throw new ConflictError(`还有 ${open} 条公示异议未答复,答复后才能命名`);
    }
    return committeeSide(db, rating.tenantId).repo(StarRating).transition(id, S.NAMED, { namedOn: today, namedStars: rating.stars }, RATING);
  }

  // —— objections ——

  async object(db: TenantDb, userId: string, ratingId: string, content: string, now = new Date()): Promise<StarObjection> {
    db.scope.assertWritable();
    const rating = await this.rating(db, ratingId);
    const text = required(content, 'text', '请填写异议内容');
    if (rating.status !== S.PUBLICIZED || (rating.publicizedUntil && localDateOf(now) > rating.publicizedUntil)) throw new ConflictError('该星级评定不在公示期内,不能提出异议');
    return db.repo(StarObjection).insertOne({ ratingId, unitId: rating.unitId, content: text, createdById: userId, status: StarObjectionStatus.OPEN, answer: null, answeredById: null, answeredAt: null });
  }

  async answer(db: TenantDb, userId: string, id: string, answer: string): Promise<StarObjection> {
    const objection = await db.repo(StarObjection).get(id, OBJECTION);
    db.scope.assertWritable();
    const text = required(answer, 'text', '请填写答复');
    return committeeSide(db, objection.tenantId).repo(StarObjection).transition(id, StarObjectionStatus.ANSWERED, { answer: text, answeredById: userId, answeredAt: new Date() }, OBJECTION);
  }

  // —— helpers ——

  private outcome(scheme: StarScheme, scores: CriterionScore[], satisfaction: number | null, innovationProject: string | null) {
    const totalTenths = totalTenthsOf(scheme, scores, satisfaction);
    return { totalTenths, stars: starsOf(scheme, { totalTenths, satisfaction, innovationProject }) };
  }

  private async schemeById(db: TenantDb, id: string): Promise<StarScheme> {
    const scheme = await db.reference(StarScheme).findOneBy({ id });
    if (!scheme) throw new NotFoundError(SCHEME);
    return scheme;
  }

  /** Ratings move only while their year's scheme is open. */
  private async openSchemeOf(db: TenantDb, year: number): Promise<StarScheme> {
    const scheme = await db.reference(StarScheme).findOneBy({ year });
    if (!scheme || scheme.status === StarSchemeStatus.DRAFT) throw new ConflictError(`${year}年度的星级评定方案尚未发布`);
    if (scheme.status === StarSchemeStatus.CLOSED) throw new ConflictError(`${year}年度的星级评定已结束`);
    return scheme;
  }

  private async moveScheme(db: TenantDb, scheme: StarScheme, from: StarSchemeStatus, patch: Partial<StarScheme>): Promise<StarScheme> {
    const changed = { ...patch, updatedAt: new Date() };
    if ((await db.register(StarScheme).update({ id: scheme.id, status: from }, changed)) === 0) throw new ConflictError('方案已被他人处理,请刷新后重试');
    return Object.assign(scheme, changed);
  }
}

/** The committee's write into the rating's agency; a handle dispatching already (the seed's) writes as it is. */
function committeeSide(db: TenantDb, tenantId: string): TenantDb {
  return db.scope.kind === 'dispatch' ? db : db.dispatch([tenantId]);
}

function schemeFields(input: StarSchemeInput) {
  const fields = {
    year: input.year,
    title: required(input.title, 'title', '请填写名称'),
    criteria: input.criteria.map((c) => ({ key: c.key.trim(), name: c.name.trim(), maxScore: c.maxScore, source: c.source })),
    bands: [...input.bands].sort((a, b) => a.minScore - b.minScore).map((b) => ({ minScore: b.minScore, stars: b.stars })),
    satisfactionWeight: input.satisfactionWeight,
    satisfactionCaps: input.satisfactionCaps.map((c) => ({ below: c.below, maxStars: c.maxStars })),
    quotas: input.quotas.map((q) => ({ stars: q.stars, percent: q.percent })),
    fiveStarNeedsInnovation: input.fiveStarNeedsInnovation,
  };
  checkScheme(fields);
  return fields;
}

/**
 * The scores with the input applied: each within its criterion's maximum; a branch's score differing
 * from the prefilled value, or a 党委's from the branch's, only with a reason.
 */
function scored(scheme: StarScheme, current: readonly CriterionScore[], input: StarScoresInput, side: 'self' | 'party'): CriterionScore[] {
  const criteria = new Map(scheme.criteria.map((c) => [c.key, c]));
  const next = current.map((s) => ({ ...s }));
  for (const given of input.scores) {
    const criterion = criteria.get(given.key);
    const row = next.find((s) => s.key === given.key);
    if (!criterion || !row) return refuse('scores', `方案中没有指标“${given.key}”`);
    if (given.score > criterion.maxScore) refuse('scores', `“${criterion.name}”最多 ${criterion.maxScore} 分`);
    const reason = given.reason?.trim() || null;
    if (side === 'self') {
      if (row.prefilled !== null && given.score !== row.prefilled && !reason) refuse('scores', `“${criterion.name}”的自评分与系统预填分(${row.prefilled} 分)不同,请填写理由`);
      Object.assign(row, { selfScore: given.score, selfReason: reason });
    } else if (given.score === row.selfScore) {
      Object.assign(row, { partyScore: null, partyReason: null });
    } else {
      if (!reason) refuse('scores', `“${criterion.name}”的评分与支部自评分(${row.selfScore ?? 0} 分)不同,请填写理由`);
      Object.assign(row, { partyScore: given.score, partyReason: reason });
    }
  }
  return next;
}
