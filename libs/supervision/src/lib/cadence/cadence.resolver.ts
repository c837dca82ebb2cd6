import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '@zeren/auth';
import { CadenceKind } from '../supervision.enums';
import { SupervisionPermission } from '../supervision.permissions';
import { CadenceReport } from './cadence-report.entity';
import { CadenceContent } from './cadence-content.type';
import { CadenceService } from './cadence.service';
import { CadenceDocxService } from './cadence-docx.service';

const LIVE = { defaultValue: false, description: '按当前数据重新计算,不读已印发的内容(与印发时对照)' };

/** 每月一调度 · 每季一分析 · 半年一排查: the committee's reports, live until issued, frozen after. */
@Resolver(() => CadenceReport)
export class CadenceResolver {
  constructor(
    private readonly cadence: CadenceService,
    private readonly docx: CadenceDocxService,
  ) {}

  @Authorized(SupervisionPermission.CADENCE_READ)
  @Query(() => CadenceContent, { description: '每月一调度:截至月末各单位未销号的整改事项,逾期的在前;已印发的读印发时的内容' })
  monthlyDispatch(@Arg('year', () => Int) year: number, @Arg('month', () => Int, { description: '月份 1-12' }) month: number, @Ctx() ctx: RequestContext, @Arg('live', () => Boolean, LIVE) live: boolean): Promise<CadenceContent> {
    return this.cadence.report(ctx.db, CadenceKind.MONTHLY, year, month, live);
  }

  @Authorized(SupervisionPermission.CADENCE_READ)
  @Query(() => CadenceContent, { description: '每季一分析:本季度的问题和整改按类别、按单位统计,本年各季度趋势和上年同期;已印发的读印发时的内容' })
  quarterlyAnalysis(@Arg('year', () => Int) year: number, @Arg('quarter', () => Int, { description: '季度 1-4' }) quarter: number, @Ctx() ctx: RequestContext, @Arg('live', () => Boolean, LIVE) live: boolean): Promise<CadenceContent> {
    return this.cadence.report(ctx.db, CadenceKind.QUARTERLY, year, quarter, live);
  }

  @Authorized(SupervisionPermission.CADENCE_READ)
  @Query(() => CadenceContent, { description: '半年一排查:有逾期、重复发生或未销号问题的单位及其问题;已印发的读印发时的内容' })
  halfYearSweep(@Arg('year', () => Int) year: number, @Arg('half', () => Int, { description: '1 上半年,2 下半年' }) half: number, @Ctx() ctx: RequestContext, @Arg('live', () => Boolean, LIVE) live: boolean): Promise<CadenceContent> {
    return this.cadence.report(ctx.db, CadenceKind.HALF_YEAR, year, half, live);
  }

  @Authorized(SupervisionPermission.CADENCE_READ)
  @Query(() => [CadenceReport], { description: '某年度已印发的督查通报' })
  cadenceReports(@Arg('year', () => Int) year: number, @Ctx() ctx: RequestContext): Promise<CadenceReport[]> {
    return this.cadence.issued(ctx.db, year);
  }

  @Authorized(SupervisionPermission.CADENCE_READ)
  @Query(() => CadenceContent, { description: '已印发的督查通报的内容' })
  cadenceReportContent(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<CadenceContent> {
    return this.cadence.issuedContent(ctx.db, id);
  }

  @Authorized(SupervisionPermission.CADENCE_READ)
  @Query(() => String, { description: '督查通报(.docx,base64 编码):已印发的按印发内容,未印发的按当前数据生成草稿' })
  async cadenceReportDocx(
    @Arg('kind', () => CadenceKind) kind: CadenceKind,
    @Arg('year', () => Int) year: number,
    @Arg('period', () => Int, { description: '月份、季度或半年' }) period: number,
    @Ctx() ctx: RequestContext,
  ): Promise<string> {
    return (await this.docx.render(await this.cadence.report(ctx.db, kind, year, period))).toString('base64');
  }

  @Authorized(SupervisionPermission.CADENCE_ISSUE)
  @Mutation(() => CadenceReport, { description: '印发督查通报:按当前数据固定内容并编文号,每期只能印发一次' })
  issueCadenceReport(
    @Arg('kind', () => CadenceKind) kind: CadenceKind,
    @Arg('year', () => Int) year: number,
    @Arg('period', () => Int, { description: '月份、季度或半年' }) period: number,
    @Ctx() ctx: RequestContext,
  ): Promise<CadenceReport> {
    return this.cadence.issue(ctx.db, ctx.principal!.userId, kind, year, period);
  }

  // The 文号 is part of the frozen content (it is what the paper says), so the list reads it from there.
  @FieldResolver(() => String, { description: '文号' })
  documentNumber(@Root() report: CadenceReport): string {
    return (JSON.parse(report.content) as CadenceContent).documentNumber ?? '';
  }
}
