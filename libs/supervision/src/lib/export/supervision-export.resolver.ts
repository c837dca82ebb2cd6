import { Arg, Args, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '@zeren/auth';
import { MAX_EXPORT_ROWS } from '@zeren/shared-office';
import { SupervisionPermission } from '../supervision.permissions';
import { RectificationArgs } from '../dto/inspection.input';
import { RectificationSheetService } from './rectification-sheet.service';

/** The inspections' ledgers (.xlsx), DESIGN.md seam 8: files travel as base64. */
@Resolver()
export class SupervisionExportResolver {
  constructor(private readonly sheets: RectificationSheetService) {}

  @Authorized(SupervisionPermission.INSPECTIONS_READ)
  @Query(() => String, {
    description: `导出整改台账(.xlsx,base64 编码):与 rectifications 相同的筛选条件,单位导出本单位的,工委导出各单位的;分页参数不起作用,导出全部(最多 ${MAX_EXPORT_ROWS} 条)`,
  })
  async rectificationLedgerXlsx(@Args() args: RectificationArgs, @Ctx() ctx: RequestContext): Promise<string> {
    return (await this.sheets.ledger(ctx.db, args)).toString('base64');
  }

  @Authorized(SupervisionPermission.INSPECTIONS_READ)
  @Query(() => String, { description: '导出整改统计(.xlsx,base64 编码):与 rectificationFigures 相同,一张按单位、一张按类别,各有合计行' })
  async rectificationFiguresXlsx(@Ctx() ctx: RequestContext, @Arg('year', () => Int, { nullable: true, description: '年度,默认今年' }) year?: number): Promise<string> {
    return (await this.sheets.figuresWorkbook(ctx.db, year ?? undefined)).toString('base64');
  }
}
