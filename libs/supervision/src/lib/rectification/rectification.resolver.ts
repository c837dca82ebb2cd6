import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { tenantLoader, type RequestContext } from '@zeren/auth';
import { StoredFile, evidenceFiles, evidenceIntact } from '@zeren/files';
import { PartyMember, orgLoaders } from '@zeren/org-tree';
import { DeadlineStatus, WarningLevel, hasOverdueMark, warningLevel } from '@zeren/shared-periods';
import { Paginated } from '@zeren/shared-graphql';
import { Tenant, groupByKeys } from '@zeren/tenancy';
import { SupervisionPermission } from '../supervision.permissions';
import { FindingCategory } from '../inspection/inspection.entity';
import { categoryLoader } from '../inspection/inspection.resolver';
import { Rectification, RectificationExtension } from './rectification.entity';
import { RectificationService, rectificationDeadline } from './rectification.service';
import {
  ExtensionDecisionInput,
  ExtensionRequestInput,
  RectificationArgs,
  RectificationCloseInput,
  RectificationPlanInput,
  RectificationReportInput,
  RectificationVerifyInput,
} from '../dto/inspection.input';

/** 黄 from this many days before a rectification's deadline (the brief's "三天内到期"). */
export const RECTIFICATION_YELLOW_WITHIN_DAYS = 3;

@ObjectType()
class RectificationPage extends Paginated(Rectification) {}

@Resolver(() => Rectification)
export class RectificationResolver {
  constructor(private readonly service: RectificationService) {}

  @Authorized(SupervisionPermission.INSPECTIONS_READ)
  @Query(() => RectificationPage, { description: '整改台账:单位看本单位的,工委看各单位的(时限近的在前)' })
  rectifications(@Args() args: RectificationArgs, @Ctx() ctx: RequestContext) {
    return this.service.rectifications(ctx.db, args);
  }

  @Authorized(SupervisionPermission.INSPECTIONS_READ)
  @Query(() => Rectification, { description: '一项整改事项' })
  rectification(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Rectification> {
    return this.service.rectification(ctx.db, id);
  }

  @Authorized(SupervisionPermission.RECTIFICATIONS_VERIFY)
  @Query(() => [RectificationExtension], { description: '待审批的延期申请,早的在前' })
  pendingRectificationExtensions(@Ctx() ctx: RequestContext): Promise<RectificationExtension[]> {
    return this.service.pendingExtensions(ctx.db, 200);
  }

  @FieldResolver(() => Tenant, { nullable: true, description: '单位' })
  tenant(@Root() row: Rectification, @Ctx() ctx: RequestContext) {
    return tenantLoader(ctx).load(row.tenantId);
  }

  @FieldResolver(() => FindingCategory, { nullable: true, description: '问题类别' })
  category(@Root() row: Rectification, @Ctx() ctx: RequestContext) {
    return row.categoryId ? categoryLoader(ctx).load(row.categoryId) : null;
  }

  @FieldResolver(() => PartyMember, { nullable: true, description: '责任人' })
  responsibleMember(@Root() row: Rectification, @Ctx() ctx: RequestContext) {
    return row.responsibleMemberId ? orgLoaders.member(ctx).load(row.responsibleMemberId) : null;
  }

  @FieldResolver(() => [StoredFile], { description: '印证资料文件' })
  files(@Root() row: Rectification, @Ctx() ctx: RequestContext): Promise<StoredFile[]> {
    return evidenceFiles(ctx, row.evidence);
  }

  @FieldResolver(() => Boolean, { description: '印证资料是否仍与报送时一致(SHA-256 未变)' })
  evidenceIntact(@Root() row: Rectification, @Ctx() ctx: RequestContext): Promise<boolean> {
    return evidenceIntact(ctx, row.evidence);
  }

  @FieldResolver(() => DeadlineStatus, { description: '按期情况:未到期、逾期未整改、按时整改、逾期整改' })
  deadline(@Root() row: Rectification): DeadlineStatus {
    return rectificationDeadline(row, new Date());
  }

  @FieldResolver(() => Boolean, { description: '逾期标记(逾期未整改或逾期报送,永久保留)' })
  overdueMark(@Root() row: Rectification): boolean {
    return row.late || hasOverdueMark(row.dueAt, new Date(), row.firstRectifiedAt);
  }

  @FieldResolver(() => WarningLevel, { nullable: true, description: '未报送时的预警:蓝、黄(三天内到期)、红(逾期)' })
  warning(@Root() row: Rectification): WarningLevel | null {
    if (row.firstRectifiedAt) return null;
    return warningLevel(row.dueAt, new Date(), { yellowWithinDays: RECTIFICATION_YELLOW_WITHIN_DAYS });
  }

  @FieldResolver(() => [RectificationExtension], { description: '延期申请记录' })
  extensions(@Root() row: Rectification, @Ctx() ctx: RequestContext) {
    return ctx.loaders
      .get<string, RectificationExtension[]>('supervision.extensions', ctx.db, async (db, ids) => groupByKeys(ids, await this.service.extensions(db, ids), (e) => e.rectificationId))
      .load(row.id);
  }

  @Authorized(SupervisionPermission.RECTIFICATIONS_RESPOND)
  @Mutation(() => Rectification, { description: '制定整改方案:措施和责任人(待整改 → 整改中;整改中可修改)' })
  planRectification(@Arg('id', () => ID) id: string, @Arg('input') input: RectificationPlanInput, @Ctx() ctx: RequestContext): Promise<Rectification> {
    return this.service.plan(ctx.db, id, input);
  }

  @Authorized(SupervisionPermission.RECTIFICATIONS_RESPOND)
  @Mutation(() => Rectification, { description: '报送整改情况和印证资料(整改中 → 已整改待验收)' })
  reportRectification(@Arg('id', () => ID) id: string, @Arg('input') input: RectificationReportInput, @Ctx() ctx: RequestContext): Promise<Rectification> {
    return this.service.report(ctx.db, ctx.principal!.userId, id, input);
  }

  @Authorized(SupervisionPermission.RECTIFICATIONS_RESPOND)
  @Mutation(() => RectificationExtension, { description: '申请延期,说明理由(整改完成前,一次一项)' })
  requestRectificationExtension(@Arg('id', () => ID) id: string, @Arg('input') input: ExtensionRequestInput, @Ctx() ctx: RequestContext): Promise<RectificationExtension> {
    return this.service.requestExtension(ctx.db, ctx.principal!.userId, id, input);
  }

  @Authorized(SupervisionPermission.RECTIFICATIONS_VERIFY)
  @Mutation(() => Rectification, { description: '验收整改:通过,或不通过并说明原因(退回整改中)' })
  verifyRectification(@Arg('id', () => ID) id: string, @Arg('input') input: RectificationVerifyInput, @Ctx() ctx: RequestContext): Promise<Rectification> {
    return this.service.verify(ctx.db, ctx.principal!.userId, id, input.pass, input.comment);
  }

  @Authorized(SupervisionPermission.RECTIFICATIONS_VERIFY)
  @Mutation(() => Rectification, { description: '回访销号(验收通过 → 已销号)' })
  closeRectification(@Arg('id', () => ID) id: string, @Arg('input') input: RectificationCloseInput, @Ctx() ctx: RequestContext): Promise<Rectification> {
    return this.service.close(ctx.db, ctx.principal!.userId, id, input.note);
  }

  @Authorized(SupervisionPermission.RECTIFICATIONS_VERIFY)
  @Mutation(() => RectificationExtension, { description: '审批延期申请:同意(时限顺延)或不同意并说明原因' })
  decideRectificationExtension(@Arg('id', () => ID) id: string, @Arg('input') input: ExtensionDecisionInput, @Ctx() ctx: RequestContext): Promise<RectificationExtension> {
    return this.service.decideExtension(ctx.db, ctx.principal!.userId, id, input.approve, input.comment);
  }
}

@Resolver(() => RectificationExtension)
export class RectificationExtensionResolver {
  @FieldResolver(() => Tenant, { nullable: true, description: '单位' })
  tenant(@Root() row: RectificationExtension, @Ctx() ctx: RequestContext) {
    return tenantLoader(ctx).load(row.tenantId);
  }
}
