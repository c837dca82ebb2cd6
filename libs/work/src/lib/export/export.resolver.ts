import { Arg, Args, Authorized, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '@zeren/auth';
import { MAX_EXPORT_ROWS } from '@zeren/shared-office';
import { WorkPermission } from '../work.permissions';
import { ProjectArgs, TaskReceiptArgs } from '../dto/work.input';
import { ReceiptSheetService } from './receipt-sheet.service';
import { ProjectSheetService } from './project-sheet.service';
import { ProjectDocxService } from './project-docx.service';

/** The work module's ledgers (.xlsx) and formal documents (.docx), DESIGN.md seam 8: files travel as base64. */
@Resolver()
export class WorkExportResolver {
  constructor(
    private readonly receipts: ReceiptSheetService,
    private readonly projectSheets: ProjectSheetService,
    private readonly projectDocs: ProjectDocxService,
  ) {}

  @Authorized(WorkPermission.TASKS_READ)
  @Query(() => String, {
    description: `导出任务回执台账(.xlsx,base64 编码):与 taskReceipts 相同的筛选条件,单位导出本单位的,工委导出各单位的;分页参数不起作用,导出全部(最多 ${MAX_EXPORT_ROWS} 条)`,
  })
  async taskReceiptLedgerXlsx(@Args() args: TaskReceiptArgs, @Ctx() ctx: RequestContext): Promise<string> {
    return (await this.receipts.ledger(ctx.db, args)).toString('base64');
  }

  @Authorized(WorkPermission.TASKS_READ)
  @Query(() => String, { description: '导出回执统计(.xlsx,base64 编码):与 taskReceiptFigures 相同,一张按单位、一张按月份,各有合计行' })
  async taskReceiptFiguresXlsx(@Ctx() ctx: RequestContext, @Arg('year', () => Int, { nullable: true, description: '年度,默认今年' }) year?: number): Promise<string> {
    return (await this.receipts.figuresWorkbook(ctx.db, year ?? undefined)).toString('base64');
  }

  @Authorized(WorkPermission.PROJECTS_READ)
  @Query(() => String, {
    description: `导出突破项目台账(.xlsx,base64 编码):与 breakthroughProjects 相同的筛选条件,含评分、节点完成情况和状态;分页参数不起作用,导出全部(最多 ${MAX_EXPORT_ROWS} 条)`,
  })
  async breakthroughProjectLedgerXlsx(@Args() args: ProjectArgs, @Ctx() ctx: RequestContext): Promise<string> {
    return (await this.projectSheets.ledger(ctx.db, args)).toString('base64');
  }

  @Authorized(WorkPermission.PROJECTS_READ)
  @Query(() => String, { description: '突破项目立项书(.docx,base64 编码):项目内容、节点安排,立项后含立项评审' })
  async breakthroughProjectProposalDocx(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<string> {
    return (await this.projectDocs.proposal(ctx.db, id)).toString('base64');
  }

  @Authorized(WorkPermission.PROJECTS_READ)
  @Query(() => String, { description: '年度突破项目台账(.docx,base64 编码):该年度已申报的项目一览及按问题类别的合计;单位为本单位的' })
  async breakthroughProjectYearLedgerDocx(@Ctx() ctx: RequestContext, @Arg('year', () => Int, { nullable: true, description: '年度,默认今年' }) year?: number): Promise<string> {
    return (await this.projectDocs.yearLedger(ctx.db, year ?? undefined)).toString('base64');
  }
}
