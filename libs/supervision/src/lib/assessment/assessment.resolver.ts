import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { tenantLoader, type RequestContext } from '@zeren/auth';
import { Paginated } from '@zeren/shared-graphql';
import { Tenant } from '@zeren/tenancy';
import { AssessmentPermission } from './assessment.permissions';
import { AssessmentScheme } from './assessment-scheme.entity';
import { AssessmentResult } from './assessment-result.entity';
import { AssessmentAdjustment } from './assessment-adjustment.entity';
import { AssessmentService } from './assessment.service';
import { AssessmentDocxService } from './assessment-docx.service';
import { AssessmentSheetService } from './assessment-sheet.service';
import { AssessmentAdjustmentInput, AssessmentResultArgs, AssessmentSchemeInput } from './dto/assessment.input';

@ObjectType()
class AssessmentResultPage extends Paginated(AssessmentResult) {}

@Resolver(() => AssessmentScheme)
export class AssessmentSchemeResolver {
  constructor(
    private readonly assessments: AssessmentService,
    private readonly sheets: AssessmentSheetService,
    private readonly papers: AssessmentDocxService,
  ) {}

  @Authorized(AssessmentPermission.ASSESSMENTS_READ)
  @Query(() => [AssessmentScheme], { description: '党建考核方案,新的年度在前(单位只看已发布的)' })
  assessmentSchemes(@Ctx() ctx: RequestContext): Promise<AssessmentScheme[]> {
    return this.assessments.schemes(ctx.db);
  }

  @Authorized(AssessmentPermission.ASSESSMENTS_READ)
  @Query(() => AssessmentScheme, { description: '某一年度的考核方案' })
  assessmentScheme(@Arg('year', () => Int) year: number, @Ctx() ctx: RequestContext): Promise<AssessmentScheme> {
    return this.assessments.scheme(ctx.db, year);
  }

  @Authorized(AssessmentPermission.ASSESSMENTS_READ)
  @Query(() => String, { description: '导出某一年度的考核结果(.xlsx,base64 编码),供市委综合考核:各项得分、加减分、总分、名次、等次;单位只导出本单位已公布的' })
  async assessmentResultsXlsx(@Arg('year', () => Int) year: number, @Ctx() ctx: RequestContext): Promise<string> {
    return (await this.sheets.results(ctx.db, year)).toString('base64');
  }

  @Authorized(AssessmentPermission.ASSESSMENTS_READ)
  @Query(() => String, { description: '导出某一年度的考核结果通报(.docx,base64 编码):考核方案、等次分布、各单位名次和得分、加减分及理由;结果公布前注明供审定;单位只含本单位已公布的' })
  async assessmentResultsDocx(@Arg('year', () => Int) year: number, @Ctx() ctx: RequestContext): Promise<string> {
    return (await this.papers.results(ctx.db, year)).toString('base64');
  }

  @Authorized(AssessmentPermission.ASSESSMENTS_MANAGE)
  @Mutation(() => AssessmentScheme, { description: '起草年度考核方案(指标、权重、等次分数线)' })
  createAssessmentScheme(@Arg('input') input: AssessmentSchemeInput, @Ctx() ctx: RequestContext): Promise<AssessmentScheme> {
    return this.assessments.createScheme(ctx.db, ctx.principal!.userId, input);
  }

  @Authorized(AssessmentPermission.ASSESSMENTS_MANAGE)
  @Mutation(() => AssessmentScheme, { description: '修改草稿方案' })
  updateAssessmentScheme(@Arg('id', () => ID) id: string, @Arg('input') input: AssessmentSchemeInput, @Ctx() ctx: RequestContext): Promise<AssessmentScheme> {
    return this.assessments.updateScheme(ctx.db, id, input);
  }

  @Authorized(AssessmentPermission.ASSESSMENTS_MANAGE)
  @Mutation(() => AssessmentScheme, { description: '发布考核方案(草稿 → 已发布),此后不能修改' })
  publishAssessmentScheme(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<AssessmentScheme> {
    return this.assessments.publishScheme(ctx.db, id);
  }

  @Authorized(AssessmentPermission.ASSESSMENTS_MANAGE)
  @Mutation(() => AssessmentScheme, { description: '计算年度考核结果:每个单位的各项得分、总分、名次和等次,替换该年度此前的结果' })
  computeAssessment(@Arg('year', () => Int) year: number, @Ctx() ctx: RequestContext): Promise<AssessmentScheme> {
    return this.assessments.compute(ctx.db, year);
  }

  @Authorized(AssessmentPermission.ASSESSMENTS_MANAGE)
  @Mutation(() => AssessmentScheme, { description: '公布年度考核结果(已发布 → 结果已公布):各单位可查看本单位结果,此后不能重新计算' })
  publishAssessmentResults(@Arg('year', () => Int) year: number, @Ctx() ctx: RequestContext): Promise<AssessmentScheme> {
    return this.assessments.publishResults(ctx.db, year);
  }
}

@Resolver(() => AssessmentResult)
export class AssessmentResultResolver {
  constructor(private readonly assessments: AssessmentService) {}

  @Authorized(AssessmentPermission.ASSESSMENTS_READ)
  @Query(() => AssessmentResultPage, { description: '年度考核结果,按名次:工委看各单位的,单位看本单位已公布的' })
  assessmentResults(@Args() args: AssessmentResultArgs, @Ctx() ctx: RequestContext) {
    return this.assessments.results(ctx.db, args);
  }

  @Authorized(AssessmentPermission.ASSESSMENTS_READ)
  @Query(() => AssessmentResult, { description: '一个单位的年度考核结果' })
  assessmentResult(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<AssessmentResult> {
    return this.assessments.result(ctx.db, id);
  }

  @FieldResolver(() => Tenant, { nullable: true, description: '单位' })
  tenant(@Root() result: AssessmentResult, @Ctx() ctx: RequestContext) {
    return tenantLoader(ctx).load(result.tenantId);
  }
}

@Resolver(() => AssessmentAdjustment)
export class AssessmentAdjustmentResolver {
  constructor(private readonly assessments: AssessmentService) {}

  @Authorized(AssessmentPermission.ASSESSMENTS_READ)
  @Query(() => [AssessmentAdjustment], { description: '年度加减分:工委看各单位的(可选一个单位),单位看本单位的(结果公布后)' })
  assessmentAdjustments(@Arg('year', () => Int) year: number, @Ctx() ctx: RequestContext, @Arg('tenantId', () => ID, { nullable: true }) tenantId?: string): Promise<AssessmentAdjustment[]> {
    return this.assessments.adjustments(ctx.db, year, tenantId);
  }

  @FieldResolver(() => Tenant, { nullable: true, description: '单位' })
  tenant(@Root() row: AssessmentAdjustment, @Ctx() ctx: RequestContext) {
    return tenantLoader(ctx).load(row.tenantId);
  }

  @Authorized(AssessmentPermission.ASSESSMENTS_MANAGE)
  @Mutation(() => AssessmentAdjustment, { description: '为一个单位加减分,注明理由;重新计算时计入' })
  addAssessmentAdjustment(@Arg('input') input: AssessmentAdjustmentInput, @Ctx() ctx: RequestContext): Promise<AssessmentAdjustment> {
    return this.assessments.addAdjustment(ctx.db, ctx.principal!.userId, input);
  }

  @Authorized(AssessmentPermission.ASSESSMENTS_MANAGE)
  @Mutation(() => AssessmentAdjustment, { description: '撤销一条加减分(结果公布前)' })
  removeAssessmentAdjustment(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<AssessmentAdjustment> {
    return this.assessments.removeAdjustment(ctx.db, id);
  }
}
