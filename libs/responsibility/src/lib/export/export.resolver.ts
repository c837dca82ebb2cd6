import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '@zeren/auth';
import { DutyPermission } from '../responsibility.permissions';
import { RecordSearchArgs } from '../fulfilment/dto/record.input';
import { DutySheetService, MAX_DUTY_SHEET_BYTES, MAX_DUTY_SHEET_ROWS } from './duty-sheet.service';
import { LedgerSheetService, MAX_LEDGER_ROWS } from './ledger-sheet.service';
import { DutyItemImportResult } from './dto/import-result.type';

/** The responsibility loop's sheets (DESIGN.md seam 8): files travel as base64, as the member import's do. */
@Resolver()
export class ExportResolver {
  constructor(
    private readonly duties: DutySheetService,
    private readonly ledger: LedgerSheetService,
  ) {}

  @Authorized()
  @Query(() => String, { description: '导出模板的责任事项(.xlsx,base64 编码),表头和取值为中文;可改后导入草稿模板' })
  async dutyTemplateXlsx(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<string> {
    return (await this.duties.export(ctx.db, id)).toString('base64');
  }

  @Authorized(DutyPermission.TEMPLATES_MANAGE)
  @Mutation(() => DutyItemImportResult, {
    description: `从 .xlsx 向草稿模板导入责任事项(base64 编码,不超过 ${MAX_DUTY_SHEET_BYTES / 1024} KB、${MAX_DUTY_SHEET_ROWS} 行):先按 addDutyItem 的规则校验全部行,有错则一条也不导入`,
  })
  async importDutyItems(@Arg('templateId', () => ID) templateId: string, @Arg('fileBase64') fileBase64: string, @Ctx() ctx: RequestContext): Promise<DutyItemImportResult> {
    return { created: await this.duties.import(ctx.db, templateId, fileBase64) };
  }

  @Authorized(DutyPermission.LISTS_READ)
  @Query(() => String, {
    description: `导出履责纪实台账(.xlsx,base64 编码):与 fulfilmentRecords 相同的筛选条件和数据权限;分页参数不起作用,导出全部(最多 ${MAX_LEDGER_ROWS} 条)`,
  })
  async fulfilmentLedgerXlsx(@Args() args: RecordSearchArgs, @Ctx() ctx: RequestContext): Promise<string> {
    return (await this.ledger.export(ctx.db, args)).toString('base64');
  }
}
