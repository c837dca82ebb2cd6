import { localYear } from '@zeren/shared-periods';
import { NotFoundError } from '@zeren/shared-errors';
import type { TenantDb } from '@zeren/tenancy';
import { DutyTemplate, TemplateStatus } from '../template/duty-template.entity';

/** The local (Asia/Shanghai) year now. */
export const currentYear = (now = new Date()): number => localYear(now);

/**
 * The published template a list, record or figure is read against: the one named, or the one
 * published for a year (this year by default); null when that year has none published yet.
 */
export async function listTemplate(db: TenantDb, args: { templateId?: string | null; year?: number | null }): Promise<DutyTemplate | null> {
  if (args.templateId) {
    const template = await db.reference(DutyTemplate).findOneBy({ id: args.templateId, status: TemplateStatus.PUBLISHED });
    if (!template) throw new NotFoundError('已发布的责任清单');
    return template;
  }
  return db.reference(DutyTemplate).findOneBy({ year: args.year ?? currentYear(), status: TemplateStatus.PUBLISHED });
}
