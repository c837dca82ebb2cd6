import { LessThan } from 'typeorm';
import { ConflictError, NotFoundError } from '@zeren/shared-errors';
import { activeAgencyIds, newId, type TenantDb } from '@zeren/tenancy';
import { checkedSpec } from '../duty/duty-rules';
import { specOf } from '../duty/duty-spec';
import type { DutySpecInput } from '../duty/dto/duty-spec.input';
import { AgencyDutyList } from '../list/agency-duty-list.entity';
import { DutyItem } from './duty-item.entity';
import { DutyTemplate, TemplateStatus } from './duty-template.entity';
import type { CreateDutyTemplateInput, UpdateDutyTemplateInput } from './dto/template.input';

export const DEFAULT_YELLOW_DAYS = 5;
const PUBLISHED_READ_ONLY = '已发布的模板为只读,请新建下一年度的版本修改';

/** 明责: the committee's yearly templates and their items. */
export class TemplateService {
  list(db: TenantDb): Promise<DutyTemplate[]> {
    return db.reference(DutyTemplate).find({ order: { year: 'DESC' } });
  }

  async get(db: TenantDb, id: string): Promise<DutyTemplate> {
    const template = await db.reference(DutyTemplate).findOneBy({ id });
    if (!template) throw new NotFoundError('责任清单模板');
    return template;
  }

  /** The published template of a year (the current year's by default), or null before the committee publishes one. */
  async published(db: TenantDb, year: number): Promise<DutyTemplate | null> {
    return db.reference(DutyTemplate).findOneBy({ year, status: TemplateStatus.PUBLISHED });
  }

  items(db: TenantDb, templateId: string): Promise<DutyItem[]> {
    return db.reference(DutyItem).find({ where: { templateId }, order: { level: 'ASC', sortOrder: 'ASC', id: 'ASC' } });
  }

  /** A new draft; the next year starts as a copy of the latest version before it (all its items, new ids). */
  async create(db: TenantDb, input: CreateDutyTemplateInput): Promise<DutyTemplate> {
    const templates = db.register(DutyTemplate);
    if (await templates.existsBy({ year: input.year })) throw new ConflictError(`${input.year} 年度的模板已存在`);
    const source = !input.copy
      ? null
      : input.copyFromId
        ? await this.get(db, input.copyFromId)
        : ((await templates.find({ where: { year: LessThan(input.year) }, order: { year: 'DESC' }, take: 1 }))[0] ?? null);
    const now = new Date();
    const template: DutyTemplate = {
      id: newId(),
      year: input.year,
      title: input.title?.trim() || `${input.year}年度党建责任清单`,
      status: TemplateStatus.DRAFT,
      basedOnId: source?.id ?? null,
      yellowWithinDays: source?.yellowWithinDays ?? DEFAULT_YELLOW_DAYS,
      publishedAt: null,
      createdAt: now,
      updatedAt: now,
    };
    await templates.insert(template);
    if (source) {
      const copies = (await this.items(db, source.id)).map((item) => ({ ...specOf(item), id: newId(), templateId: template.id }));
      await db.register(DutyItem).insert(copies);
    }
    return template;
  }

  async update(db: TenantDb, id: string, input: UpdateDutyTemplateInput): Promise<DutyTemplate> {
    const template = await this.get(db, id);
    if (input.title !== undefined && template.status !== TemplateStatus.DRAFT) throw new ConflictError(PUBLISHED_READ_ONLY);
    const patch: Partial<DutyTemplate> = {
      ...(input.title !== undefined ? { title: input.title.trim() } : {}),
      ...(input.yellowWithinDays !== undefined ? { yellowWithinDays: input.yellowWithinDays } : {}),
      updatedAt: new Date(),
    };
    await db.register(DutyTemplate).update({ id }, patch);
    return Object.assign(template, patch);
  }

  async addItem(db: TenantDb, templateId: string, input: DutySpecInput): Promise<DutyItem> {
    const template = await this.draft(db, templateId);
    const count = await db.register(DutyItem).count({ where: { templateId } });
    const item: DutyItem = { ...(await checkedSpec(db, input, template.year, (count + 1) * 10)), id: newId(), templateId };
    await db.register(DutyItem).insert(item);
    return item;
  }

  async updateItem(db: TenantDb, id: string, input: DutySpecInput): Promise<DutyItem> {
    const item = await this.item(db, id);
    const template = await this.draft(db, item.templateId);
    const spec = await checkedSpec(db, input, template.year, item.sortOrder);
    await db.register(DutyItem).update({ id }, spec);
    return Object.assign(item, spec);
  }

  async removeItem(db: TenantDb, id: string): Promise<DutyItem> {
    const item = await this.item(db, id);
    await this.draft(db, item.templateId);
    await db.register(DutyItem).delete({ id });
    return item;
  }

  /**
   * Publishes a draft: read-only from now on, and every active agency gets its list for the year in
   * one set-based write (rows per agency, no round trip per agency). Agencies created later read the
   * same mandated items; their list row is written when they are first issued one.
   */
  async publish(db: TenantDb, id: string): Promise<DutyTemplate> {
    const template = await this.draft(db, id);
    if ((await db.reference(DutyItem).count({ where: { templateId: id } })) === 0) throw new ConflictError('模板还没有责任事项,不能发布');
    const now = new Date();
    const changed = await db.register(DutyTemplate).update({ id, status: TemplateStatus.DRAFT }, { status: TemplateStatus.PUBLISHED, publishedAt: now, updatedAt: now });
    if (changed === 0) throw new ConflictError('模板已被他人发布,请刷新后重试');
    await this.issueLists(db, Object.assign(template, { status: TemplateStatus.PUBLISHED, publishedAt: now, updatedAt: now }), now);
    return template;
  }

  /**
   * Gives the published template's list to every active agency that has none yet — the agencies
   * created after the publish — in one set-based write; returns how many got one.
   */
  async issueMissing(db: TenantDb, id: string): Promise<number> {
    const template = await this.get(db, id);
    if (template.status !== TemplateStatus.PUBLISHED) throw new ConflictError('模板尚未发布');
    return this.issueLists(db, template, new Date());
  }

  private async issueLists(db: TenantDb, template: DutyTemplate, now: Date): Promise<number> {
    const [agencies, issued] = await Promise.all([
      activeAgencyIds(db),
      db.repo(AgencyDutyList).find({ where: { templateId: template.id }, select: { tenantId: true } as never }),
    ]);
    const have = new Set(issued.map((l) => l.tenantId));
    const ids = agencies.filter((tenantId) => !have.has(tenantId));
    if (ids.length > 0) await db.dispatch(ids).repo(AgencyDutyList).fanOut(ids, { templateId: template.id, year: template.year, issuedAt: now });
    return ids.length;
  }

  private async item(db: TenantDb, id: string): Promise<DutyItem> {
    const item = await db.reference(DutyItem).findOneBy({ id });
    if (!item) throw new NotFoundError('责任事项');
    return item;
  }

  private async draft(db: TenantDb, id: string): Promise<DutyTemplate> {
    const template = await this.get(db, id);
    if (template.status !== TemplateStatus.DRAFT) throw new ConflictError(PUBLISHED_READ_ONLY);
    return template;
  }
}
