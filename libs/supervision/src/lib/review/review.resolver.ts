import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { In } from 'typeorm';
import { hasPermission, tenantLoader, type RequestContext } from '@zeren/auth';
import { StoredFile, evidenceFiles, evidenceIntact } from '@zeren/files';
import { LocalDateScalar, Paginated } from '@zeren/shared-graphql';
import { Tenant, byKeys, groupByKeys } from '@zeren/tenancy';
import { ReviewPermission } from './review.permissions';
import { ReviewGroup, ReviewSession } from './review-session.entity';
import { ReviewComment, ReviewParticipant, ReviewRating } from './review-participant.entity';
import { ReviewService } from './review.service';
import { Rectification } from '../rectification/rectification.entity';
import { visibleStandings, type ReviewStanding } from './review-scores';
import { ReviewDocxService } from './review-docx.service';
import { ReviewFigures, ReviewResult, resultOf } from './review-result.type';
import { ReviewSessionStatus } from './review.enums';
import { ReviewCommentArgs, ReviewCommentInput, ReviewGroupInput, ReviewParticipantArgs, ReviewParticipantsInput, ReviewReportInput, ReviewSessionInput, ReviewSheetInput } from './review.input';

@ObjectType()
class ReviewParticipantPage extends Paginated(ReviewParticipant) {}

@ObjectType()
class ReviewCommentPage extends Paginated(ReviewComment) {}

const sessionLoader = (ctx: RequestContext) =>
  ctx.loaders.get<string, ReviewSession | null>('review.session', ctx.db, async (db, ids) => byKeys(ids, await db.reference(ReviewSession).find({ where: { id: In([...ids]) } }), (s) => s.id));

/** What the caller may see of a session's standings: the live ones only with the ratings' read permission. */
const standings = (ctx: RequestContext, session: ReviewSession) => visibleStandings(ctx.db, session, hasPermission(ctx.principal, ReviewPermission.RATINGS_READ));

const standingsLoader = (ctx: RequestContext) =>
  ctx.loaders.get<string, Map<string, ReviewStanding>>('review.standings', ctx.db, (_db, sessionIds) =>
    Promise.all(
      sessionIds.map(async (id) => {
        const session = await sessionLoader(ctx).load(id);
        return new Map((session ? await standings(ctx, session) : []).map((s) => [s.participant.id, s]));
      }),
    ),
  );

const ranked = (rows: ReviewResult[]) => rows.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.participantId.localeCompare(b.participantId));

@Resolver(() => ReviewSession)
export class ReviewSessionResolver {
  constructor(private readonly reviews: ReviewService) {}

  @Authorized(ReviewPermission.READ)
  @Query(() => [ReviewSession], { description: '述职评议,新的年度在前' })
  reviewSessions(@Ctx() ctx: RequestContext): Promise<ReviewSession[]> {
    return this.reviews.sessions(ctx.db);
  }

  @Authorized(ReviewPermission.READ)
  @Query(() => ReviewSession, { description: '一次述职评议' })
  reviewSession(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<ReviewSession> {
    return this.reviews.session(ctx.db, id);
  }

  @Authorized(ReviewPermission.READ)
  @Query(() => [ReviewResult], { description: '评议结果,按名次:通报后单位只看本单位的;通报前只有工委可看(实时)' })
  async reviewResults(@Arg('sessionId', () => ID) sessionId: string, @Ctx() ctx: RequestContext): Promise<ReviewResult[]> {
    const session = await this.reviews.session(ctx.db, sessionId);
    return ranked((await standings(ctx, session)).map(resultOf));
  }

  @Authorized(ReviewPermission.RATINGS_READ)
  @Query(() => ReviewFigures, { description: '述职评议统计:述职报告报送情况和各等次票数' })
  async reviewFigures(@Arg('sessionId', () => ID) sessionId: string, @Ctx() ctx: RequestContext): Promise<ReviewFigures> {
    return this.reviews.figures(ctx.db, await this.reviews.session(ctx.db, sessionId));
  }

  @Authorized(ReviewPermission.RATINGS_READ)
  @Query(() => [ReviewRating], { description: '评议打分明细(工委)' })
  reviewRatings(
    @Arg('sessionId', () => ID) sessionId: string,
    @Ctx() ctx: RequestContext,
    @Arg('participantId', () => ID, { nullable: true }) participantId?: string,
    @Arg('reviewerUserId', () => ID, { nullable: true }) reviewerUserId?: string,
  ): Promise<ReviewRating[]> {
    return this.reviews.ratings(ctx.db, sessionId, participantId, reviewerUserId);
  }

  @Authorized(ReviewPermission.RATINGS_READ)
  @Query(() => String, { description: '导出述职评议汇总(.docx,base64 编码):评议结果按名次、报送和票数、现场点评及整改;结果通报前为实时结果' })
  async reviewSummaryDocx(@Arg('sessionId', () => ID) sessionId: string, @Ctx() ctx: RequestContext): Promise<string> {
    return (await new ReviewDocxService(this.reviews).summary(ctx.db, sessionId)).toString('base64');
  }

  @FieldResolver(() => [ReviewGroup], { description: '述职小组,按述职顺序' })
  groups(@Root() session: ReviewSession, @Ctx() ctx: RequestContext) {
    return ctx.loaders
      .get<string, ReviewGroup[]>('review.groups', ctx.db, async (db, ids) => groupByKeys(ids, await this.reviews.groups(db, ids), (g) => g.sessionId))
      .load(session.id);
  }

  @FieldResolver(() => Boolean, { description: '当前用户是否为本次评议的评议人(且有打分权限)' })
  amReviewer(@Root() session: ReviewSession, @Ctx() ctx: RequestContext): boolean {
    return hasPermission(ctx.principal, ReviewPermission.RATE) && session.reviewerUserIds.includes(ctx.principal!.userId);
  }

  @Authorized(ReviewPermission.MANAGE)
  @Mutation(() => ReviewSession, { description: '筹备年度述职评议' })
  createReviewSession(@Arg('input') input: ReviewSessionInput, @Ctx() ctx: RequestContext): Promise<ReviewSession> {
    return this.reviews.create(ctx.db, ctx.principal!.userId, ctx.principal!.tenantId, input);
  }

  @Authorized(ReviewPermission.MANAGE)
  @Mutation(() => ReviewSession, { description: '修改述职评议(评议等次和评议人在开始打分前可改)' })
  updateReviewSession(@Arg('id', () => ID) id: string, @Arg('input') input: ReviewSessionInput, @Ctx() ctx: RequestContext): Promise<ReviewSession> {
    return this.reviews.update(ctx.db, ctx.principal!.tenantId, id, input);
  }

  @Authorized(ReviewPermission.MANAGE)
  @Mutation(() => ReviewSession, { description: '开始报送述职报告(筹备中 → 述职报告报送中)' })
  openReviewReporting(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<ReviewSession> {
    return this.reviews.advance(ctx.db, id, ReviewSessionStatus.REPORTING);
  }

  @Authorized(ReviewPermission.MANAGE)
  @Mutation(() => ReviewSession, { description: '召开述职评议会,开始点评和打分(述职报告报送中 → 评议打分中)' })
  startReviewRating(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<ReviewSession> {
    return this.reviews.advance(ctx.db, id, ReviewSessionStatus.RATING);
  }

  @Authorized(ReviewPermission.MANAGE)
  @Mutation(() => ReviewSession, { description: '通报评议结果(评议打分中 → 已通报结果):每个单位的结果写入本单位' })
  closeReviewSession(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<ReviewSession> {
    return this.reviews.advance(ctx.db, id, ReviewSessionStatus.CLOSED);
  }
}

@Resolver(() => ReviewGroup)
export class ReviewGroupResolver {
  constructor(private readonly reviews: ReviewService) {}

  @FieldResolver(() => Int, { description: '组内述职单位数(在读者范围内)' })
  participantCount(@Root() group: ReviewGroup, @Ctx() ctx: RequestContext) {
    return ctx.loaders
      .get<string, number>('review.groupCounts', ctx.db, async (db, ids) => {
        const rows = await db
          .repo(ReviewParticipant)
          .queryBuilder('p')
          .select(['p.groupId AS groupId', 'COUNT(*) AS n'])
          .andWhere('p.groupId IN (:...ids)', { ids: [...ids] })
          .groupBy('p.groupId')
          .getRawMany<Record<string, unknown>>();
        const counts = new Map(rows.map((r) => [String(r['groupId']), Number(r['n'])]));
        return ids.map((id) => counts.get(id) ?? 0);
      })
      .load(group.id);
  }

  @Authorized(ReviewPermission.MANAGE)
  @Mutation(() => ReviewGroup, { description: '新建述职小组' })
  createReviewGroup(@Arg('sessionId', () => ID) sessionId: string, @Arg('input') input: ReviewGroupInput, @Ctx() ctx: RequestContext): Promise<ReviewGroup> {
    return this.reviews.createGroup(ctx.db, sessionId, input);
  }

  @Authorized(ReviewPermission.MANAGE)
  @Mutation(() => ReviewGroup, { description: '修改述职小组' })
  updateReviewGroup(@Arg('id', () => ID) id: string, @Arg('input') input: ReviewGroupInput, @Ctx() ctx: RequestContext): Promise<ReviewGroup> {
    return this.reviews.updateGroup(ctx.db, id, input);
  }

  @Authorized(ReviewPermission.MANAGE)
  @Mutation(() => ReviewGroup, { description: '删除没有述职单位的小组' })
  removeReviewGroup(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<ReviewGroup> {
    return this.reviews.removeGroup(ctx.db, id);
  }
}

@Resolver(() => ReviewParticipant)
export class ReviewParticipantResolver {
  constructor(private readonly reviews: ReviewService) {}

  @Authorized(ReviewPermission.READ)
  @Query(() => ReviewParticipantPage, { description: '述职单位:单位看本单位的,工委看各单位的(可按小组、状态、单位筛选)' })
  reviewParticipants(@Args() args: ReviewParticipantArgs, @Ctx() ctx: RequestContext) {
    return this.reviews.participants(ctx.db, args);
  }

  @Authorized(ReviewPermission.READ)
  @Query(() => ReviewParticipant, { description: '一个述职单位' })
  reviewParticipant(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<ReviewParticipant> {
    return this.reviews.participant(ctx.db, id);
  }

  @FieldResolver(() => Tenant, { nullable: true, description: '单位' })
  tenant(@Root() participant: ReviewParticipant, @Ctx() ctx: RequestContext) {
    return tenantLoader(ctx).load(participant.tenantId);
  }

  @FieldResolver(() => ReviewGroup, { nullable: true, description: '述职小组' })
  group(@Root() participant: ReviewParticipant, @Ctx() ctx: RequestContext) {
    return ctx.loaders
      .get<string, ReviewGroup | null>('review.group', ctx.db, async (db, ids) => byKeys(ids, await db.reference(ReviewGroup).find({ where: { id: In([...ids]) } }), (g) => g.id))
      .load(participant.groupId);
  }

  @FieldResolver(() => [StoredFile], { description: '述职报告文件' })
  files(@Root() participant: ReviewParticipant, @Ctx() ctx: RequestContext): Promise<StoredFile[]> {
    return evidenceFiles(ctx, participant.reportFiles);
  }

  @FieldResolver(() => Boolean, { description: '述职报告文件是否仍与报送时一致(SHA-256 未变)' })
  evidenceIntact(@Root() participant: ReviewParticipant, @Ctx() ctx: RequestContext): Promise<boolean> {
    return evidenceIntact(ctx, participant.reportFiles);
  }

  @FieldResolver(() => [ReviewComment], { description: '现场点评' })
  comments(@Root() participant: ReviewParticipant, @Ctx() ctx: RequestContext) {
    return ctx.loaders
      .get<string, ReviewComment[]>('review.comments', ctx.db, async (db, ids) => groupByKeys(ids, await this.reviews.commentsOf(db, ids), (c) => c.participantId))
      .load(participant.id);
  }

  @FieldResolver(() => ReviewResult, { nullable: true, description: '评议结果:通报后单位可见本单位的;通报前只有工委可见' })
  async result(@Root() participant: ReviewParticipant, @Ctx() ctx: RequestContext): Promise<ReviewResult | null> {
    const standing = (await standingsLoader(ctx).load(participant.sessionId)).get(participant.id);
    return standing ? resultOf(standing) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: '当前评议人给出的等次代码(评议人打分表用)' })
  async myRating(@Root() participant: ReviewParticipant, @Ctx() ctx: RequestContext): Promise<string | null> {
    if (!hasPermission(ctx.principal, ReviewPermission.RATE)) return null;
    const userId = ctx.principal!.userId;
    const rating = await ctx.loaders
      .get<string, ReviewRating | null>('review.myRating', ctx.db, async (db, ids) =>
        byKeys(ids, await db.repo(ReviewRating).find({ where: { participantId: In([...ids]), reviewerUserId: userId } }), (r) => r.participantId),
      )
      .load(participant.id);
    return rating?.code ?? null;
  }

  @Authorized(ReviewPermission.MANAGE)
  @Mutation(() => [ReviewParticipant], { description: '安排述职单位到小组:所选单位,或不选时全部尚未安排的在用单位' })
  addReviewParticipants(@Arg('input') input: ReviewParticipantsInput, @Ctx() ctx: RequestContext): Promise<ReviewParticipant[]> {
    return this.reviews.addParticipants(ctx.db, ctx.principal!.userId, input.groupId, input.tenantIds);
  }

  @Authorized(ReviewPermission.MANAGE)
  @Mutation(() => ReviewParticipant, { description: '移出述职单位(开始打分前)' })
  removeReviewParticipant(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<ReviewParticipant> {
    return this.reviews.removeParticipant(ctx.db, id);
  }

  @Authorized(ReviewPermission.REPORT)
  @Mutation(() => ReviewParticipant, { description: '报送述职报告(待报送或退回修改 → 已报送)' })
  submitReviewReport(@Arg('id', () => ID) id: string, @Arg('input') input: ReviewReportInput, @Ctx() ctx: RequestContext): Promise<ReviewParticipant> {
    return this.reviews.submit(ctx.db, ctx.principal!.userId, id, input);
  }

  @Authorized(ReviewPermission.MANAGE)
  @Mutation(() => ReviewParticipant, { description: '退回述职报告并说明原因(已报送 → 退回修改)' })
  returnReviewReport(@Arg('id', () => ID) id: string, @Arg('reason') reason: string, @Ctx() ctx: RequestContext): Promise<ReviewParticipant> {
    return this.reviews.returnReport(ctx.db, id, reason);
  }

  @Authorized(ReviewPermission.RATE)
  @Mutation(() => [ReviewRating], { description: '评议人打分:一张表评议一组单位,再次评议替换本人此前的等次' })
  rateReviewParticipants(@Arg('input') input: ReviewSheetInput, @Ctx() ctx: RequestContext): Promise<ReviewRating[]> {
    return this.reviews.rate(ctx.db, ctx.principal!.userId, input.ratings);
  }
}

@Resolver(() => ReviewComment)
export class ReviewCommentResolver {
  constructor(private readonly reviews: ReviewService) {}

  @Authorized(ReviewPermission.READ)
  @Query(() => ReviewCommentPage, { description: '现场点评:单位看本单位的,工委看各单位的' })
  reviewComments(@Args() args: ReviewCommentArgs, @Ctx() ctx: RequestContext) {
    return this.reviews.comments(ctx.db, args);
  }

  @FieldResolver(() => Tenant, { nullable: true, description: '单位' })
  tenant(@Root() comment: ReviewComment, @Ctx() ctx: RequestContext) {
    return tenantLoader(ctx).load(comment.tenantId);
  }

  @Authorized(ReviewPermission.MANAGE)
  @Mutation(() => ReviewComment, { description: '记录现场点评(述职评议会开始后)' })
  addReviewComment(@Arg('participantId', () => ID) participantId: string, @Arg('input') input: ReviewCommentInput, @Ctx() ctx: RequestContext): Promise<ReviewComment> {
    return this.reviews.addComment(ctx.db, ctx.principal!.userId, participantId, input);
  }

  @Authorized(ReviewPermission.MANAGE)
  // The id only: the removed comment names its agency's participant, which the answer has no need to repeat.
  @Mutation(() => ID, { description: '删除现场点评(未列入整改台账的),返回其 id' })
  async removeReviewComment(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<string> {
    return (await this.reviews.removeComment(ctx.db, id)).id;
  }

  @Authorized(ReviewPermission.MANAGE)
  @Mutation(() => Rectification, { description: '把点评列入整改台账:向该单位下发整改事项(来源为述职评议),返回该事项' })
  followUpReviewComment(
    @Arg('id', () => ID) id: string,
    @Arg('dueOn', () => LocalDateScalar, { description: '整改时限' }) dueOn: string,
    @Ctx() ctx: RequestContext,
    @Arg('problem', () => String, { nullable: true, description: '问题;不填为点评意见' }) problem?: string,
  ): Promise<Rectification> {
    return this.reviews.followUp(ctx.db, ctx.principal!.userId, id, dueOn, problem);
  }
}
