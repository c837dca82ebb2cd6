import { Arg, Args, Authorized, Ctx, FieldResolver, Float, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { tenantLoader, type RequestContext } from '@zeren/auth';
import { OrgUnit, orgLoaders } from '@zeren/org-tree';
import { Paginated, type Page } from '@zeren/shared-graphql';
import { MAX_EXPORT_ROWS } from '@zeren/shared-office';
import { In } from 'typeorm';
import { Tenant, type TenantDb } from '@zeren/tenancy';
import { StarPermission } from './star.permissions';
import { StarObjection, StarRating, StarScheme } from './star.entity';
import { StarMovement } from './star.enums';
import { StarService, namedStarsOf, ratingWhere } from './star.service';
import { StarAgencyRow, StarFigures } from './star-figures.type';
import { currentStars, movementOf, starFiguresOf } from './star.figures';
import { ratingsSheet } from './star-sheet';
import { StarPublicizeInput, StarRatingArgs, StarSchemeInput, StarScoresInput, StarTextInput } from './dto/star.input';

@ObjectType()
class StarRatingPage extends Paginated(StarRating) {}

const userOf = (ctx: RequestContext) => ctx.principal!.userId;

/** Last year's named stars of a rating's branch, batched per request (one statement per year on the page). */
async function previousStars(ctx: RequestContext, row: StarRating): Promise<number | null> {
  const loader = ctx.loaders.get('members.previousStars', ctx.db, async (db: TenantDb, keys: readonly string[]) => {
    const byYear = new Map<number, string[]>();
    for (const key of keys) {
      const [year, unitId] = key.split('|');
      byYear.set(Number(year), [...(byYear.get(Number(year)) ?? []), unitId]);
    }
    const found = new Map<string, number>();
    for (const [year, unitIds] of byYear) for (const [unitId, stars] of await namedStarsOf(db, unitIds, year)) found.set(`${year}|${unitId}`, stars);
    return keys.map((k) => found.get(k) ?? null);
  });
  return await loader.load(`${row.year - 1}|${row.unitId}`);
}

@Resolver(() => StarScheme)
export class StarSchemeResolver {
  constructor(private readonly stars: StarService) {}

  @Authorized(StarPermission.STARS_READ)
  @Query(() => [StarScheme], { description: '星级评定方案,新的在前' })
  starSchemes(@Ctx() ctx: RequestContext): Promise<StarScheme[]> {
    return this.stars.schemes(ctx.db);
  }

  @Authorized(StarPermission.STARS_READ)
  @Query(() => StarScheme, { description: '某年度的星级评定方案' })
  starScheme(@Arg('year', () => Int) year: number, @Ctx() ctx: RequestContext): Promise<StarScheme> {
    return this.stars.scheme(ctx.db, year);
  }

  @Authorized(StarPermission.STARS_SCHEME)
  @Mutation(() => StarScheme, { description: '制定星级评定方案(草稿)' })
  createStarScheme(@Arg('input') input: StarSchemeInput, @Ctx() ctx: RequestContext): Promise<StarScheme> {
    return this.stars.createScheme(ctx.db, input);
  }

  @Authorized(StarPermission.STARS_SCHEME)
  @Mutation(() => StarScheme, { description: '修改星级评定方案(发布前)' })
  updateStarScheme(@Arg('id', () => ID) id: string, @Arg('input') input: StarSchemeInput, @Ctx() ctx: RequestContext): Promise<StarScheme> {
    return this.stars.updateScheme(ctx.db, id, input);
  }

  @Authorized(StarPermission.STARS_SCHEME)
  @Mutation(() => StarScheme, { description: '发布星级评定方案:党支部开始自评' })
  openStarScheme(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<StarScheme> {
    return this.stars.openScheme(ctx.db, id);
  }

  @Authorized(StarPermission.STARS_SCHEME)
  @Mutation(() => StarScheme, { description: '结束星级评定(已复核的须已命名)' })
  closeStarScheme(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<StarScheme> {
    return this.stars.closeScheme(ctx.db, id);
  }
}

@Resolver(() => StarRating)
export class StarRatingResolver {
  constructor(private readonly stars: StarService) {}

  @Authorized(StarPermission.STARS_READ)
  @Query(() => StarRatingPage, { description: '某年度的党支部星级评定:工委看各单位的,单位看本单位的,支部书记看本支部的' })
  starRatings(@Args() args: StarRatingArgs, @Ctx() ctx: RequestContext): Promise<Page<StarRating>> {
    return this.stars.ratings(ctx.db, args);
  }

  @Authorized(StarPermission.STARS_READ)
  @Query(() => String, { description: `导出某年度的星级评定(.xlsx,base64 编码):与 starRatings 相同的筛选条件;分页参数不起作用,导出全部(最多 ${MAX_EXPORT_ROWS} 条)` })
  async starRatingsXlsx(@Args() args: StarRatingArgs, @Ctx() ctx: RequestContext): Promise<string> {
    return (await ratingsSheet(ctx.db, args)).toString('base64');
  }

  @Authorized(StarPermission.STARS_READ)
  @Query(() => StarFigures, { description: '星级统计:各星级党支部数、按单位、比上年升降星' })
  async starFigures(@Args() args: StarRatingArgs, @Ctx() ctx: RequestContext): Promise<StarFigures> {
    const ratings = await ctx.db.repo(StarRating).find({ where: ratingWhere(args), order: { id: 'ASC' } });
    return starFiguresOf(args.year, ratings, await namedStarsOf(ctx.db, [...new Set(ratings.map((r) => r.unitId))], args.year - 1));
  }

  @Authorized(StarPermission.STARS_READ)
  @Query(() => StarRating, { description: '一个党支部的星级评定' })
  starRating(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<StarRating> {
    return this.stars.rating(ctx.db, id);
  }

  @Authorized(StarPermission.STARS_SELF)
  @Mutation(() => [StarRating], { description: '开始星级自评:为可管理的党支部建立评定,按系统数据预填得分' })
  startStarRatings(@Arg('year', () => Int) year: number, @Ctx() ctx: RequestContext): Promise<StarRating[]> {
    return this.stars.start(ctx.db, year);
  }

  @Authorized(StarPermission.STARS_SELF)
  @Mutation(() => StarRating, { description: '保存星级自评(与预填分不同的须填写理由)' })
  saveStarSelfAssessment(@Arg('id', () => ID) id: string, @Arg('input') input: StarScoresInput, @Ctx() ctx: RequestContext): Promise<StarRating> {
    return this.stars.saveSelf(ctx.db, id, input);
  }

  @Authorized(StarPermission.STARS_SELF)
  @Mutation(() => StarRating, { description: '提交星级自评(自评荐星)' })
  submitStarSelfAssessment(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<StarRating> {
    return this.stars.submitSelf(ctx.db, userOf(ctx), id);
  }

  @Authorized(StarPermission.STARS_PARTY)
  @Mutation(() => StarRating, { description: '党委考核评星(改分须填写理由),报工委复核' })
  partyReviewStarRating(@Arg('id', () => ID) id: string, @Arg('input') input: StarScoresInput, @Ctx() ctx: RequestContext): Promise<StarRating> {
    return this.stars.partyReview(ctx.db, userOf(ctx), id, input);
  }

  @Authorized(StarPermission.STARS_PARTY)
  @Mutation(() => StarRating, { description: '党委退回支部自评(须填写理由)' })
  returnStarSelfAssessment(@Arg('id', () => ID) id: string, @Arg('input') input: StarTextInput, @Ctx() ctx: RequestContext): Promise<StarRating> {
    return this.stars.returnSelf(ctx.db, id, input.text);
  }

  @Authorized(StarPermission.STARS_COMMITTEE)
  @Mutation(() => StarRating, { description: '工委复核定星(受星级名额限制)' })
  confirmStarRating(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<StarRating> {
    return this.stars.confirm(ctx.db, userOf(ctx), id);
  }

  @Authorized(StarPermission.STARS_COMMITTEE)
  @Mutation(() => StarRating, { description: '工委退回党委考核(须填写理由)' })
  returnStarPartyReview(@Arg('id', () => ID) id: string, @Arg('input') input: StarTextInput, @Ctx() ctx: RequestContext): Promise<StarRating> {
    return this.stars.returnParty(ctx.db, id, input.text);
  }

  @Authorized(StarPermission.STARS_COMMITTEE)
  @Mutation(() => StarRating, { description: '公示星级(至公示截止日期)' })
  publicizeStarRating(@Arg('id', () => ID) id: string, @Arg('input') input: StarPublicizeInput, @Ctx() ctx: RequestContext): Promise<StarRating> {
    return this.stars.publicize(ctx.db, id, input.until);
  }

  @Authorized(StarPermission.STARS_COMMITTEE)
  @Mutation(() => StarRating, { description: '命名星级(公示期满、异议均已答复)' })
  nameStarRating(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<StarRating> {
    return this.stars.name(ctx.db, id);
  }

  @Authorized(StarPermission.STARS_OBJECT)
  @Mutation(() => StarObjection, { description: '对公示中的星级提出异议' })
  objectToStarRating(@Arg('id', () => ID) id: string, @Arg('input') input: StarTextInput, @Ctx() ctx: RequestContext): Promise<StarObjection> {
    return this.stars.object(ctx.db, userOf(ctx), id, input.text);
  }

  @FieldResolver(() => StarScheme, { nullable: true, description: '评定方案(指标名称、分值)' })
  async scheme(@Root() row: StarRating, @Ctx() ctx: RequestContext): Promise<StarScheme | null> {
    const loader = ctx.loaders.get('members.starScheme', ctx.db, async (db: TenantDb, keys: readonly string[]) => {
      const rows = await db.reference(StarScheme).find();
      return keys.map((k) => rows.find((s) => s.id === k) ?? null);
    });
    return loader.load(row.schemeId);
  }

  @FieldResolver(() => Float, { description: '总分(加权满意度后)' })
  total(@Root() row: StarRating): number {
    return row.totalTenths / 10;
  }

  @FieldResolver(() => Int, { nullable: true, description: '上年命名星级' })
  previousStars(@Root() row: StarRating, @Ctx() ctx: RequestContext): Promise<number | null> {
    return previousStars(ctx, row);
  }

  @FieldResolver(() => StarMovement, { description: '与上年命名星级相比' })
  async movement(@Root() row: StarRating, @Ctx() ctx: RequestContext): Promise<StarMovement> {
    return movementOf(currentStars(row), (await previousStars(ctx, row)) ?? undefined);
  }

  @FieldResolver(() => [StarObjection], { description: '公示异议' })
  async objections(@Root() row: StarRating, @Ctx() ctx: RequestContext): Promise<StarObjection[]> {
    const loader = ctx.loaders.get('members.starObjections', ctx.db, async (db: TenantDb, keys: readonly string[]) => {
      const rows = await db.repo(StarObjection).find({ where: { ratingId: In([...keys]) }, order: { createdAt: 'ASC', id: 'ASC' } });
      return keys.map((k) => rows.filter((o) => o.ratingId === k));
    });
    return await loader.load(row.id);
  }

  @FieldResolver(() => OrgUnit, { nullable: true })
  async unit(@Root() row: StarRating, @Ctx() ctx: RequestContext): Promise<OrgUnit | null> {
    return (await orgLoaders.unit(ctx).load(row.unitId)) ?? null;
  }

  @FieldResolver(() => Tenant, { nullable: true, description: '单位' })
  tenant(@Root() row: StarRating, @Ctx() ctx: RequestContext) {
    return tenantLoader(ctx).load(row.tenantId);
  }
}

@Resolver(() => StarObjection)
export class StarObjectionResolver {
  constructor(private readonly stars: StarService) {}

  @Authorized(StarPermission.STARS_COMMITTEE)
  @Mutation(() => StarObjection, { description: '答复星级公示异议' })
  answerStarObjection(@Arg('id', () => ID) id: string, @Arg('input') input: StarTextInput, @Ctx() ctx: RequestContext): Promise<StarObjection> {
    return this.stars.answer(ctx.db, userOf(ctx), id, input.text);
  }
}

@Resolver(() => StarAgencyRow)
export class StarAgencyRowResolver {
  @FieldResolver(() => Tenant, { nullable: true, description: '单位' })
  tenant(@Root() row: StarAgencyRow, @Ctx() ctx: RequestContext) {
    return tenantLoader(ctx).load(row.tenantId);
  }
}
