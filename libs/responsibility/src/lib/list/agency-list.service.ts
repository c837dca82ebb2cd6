import { ConflictError, BadInputError, NotFoundError } from '@zeren/shared-errors';
import { In } from 'typeorm';
import type { TenantDb } from '@zeren/tenancy';
import { checkDue, checkedSpec } from '../duty/duty-rules';
import type { DutySpecInput } from '../duty/dto/duty-spec.input';
import { DutyItem } from '../template/duty-item.entity';
import { DutyTemplate, TemplateStatus } from '../template/duty-template.entity';
import { FulfilmentRecord } from '../fulfilment/fulfilment-record.entity';
import { AgencyDutyItem } from './agency-duty-item.entity';
import { AgencyDutyList } from './agency-duty-list.entity';
import { DutyTightening } from './duty-tightening.entity';
import { Duty, mandatedDuty, ownDuty } from './duty.type';
import { agencyOf } from './one-agency';
import type { TightenDutyInput } from './dto/tightening.input';

const MANDATED_STAYS = '工委规定的事项不能删除,可以从严要求';

/** Every agency's list: the template's mandated items (with the agency's tightenings) and its own items. */
export class AgencyListService {
  /** The duties of one agency (a single-agency handle) for a template, mandated first within each level. */
  async duties(db: TenantDb, templateId: string): Promise<Duty[]> {
    const tenantId = agencyOf(db);
    const [items, tightenings, own] = await Promise.all([
      db.reference(DutyItem).find({ where: { templateId } }),
      db.repo(DutyTightening).find({ where: { templateId } }),
      db.repo(AgencyDutyItem).find({ where: { templateId } }),
    ]);
    const tighteningOf = new Map(tightenings.map((t) => [t.itemId, t]));
    return sortDuties([...items.map((item) => mandatedDuty(tenantId, item, tighteningOf.get(item.id))), ...own.map(ownDuty)]);
  }

  /** One duty of the agency's list; NOT_FOUND alike for a missing id and another agency's own item. */
  async duty(db: TenantDb, id: string): Promise<Duty> {
    const item = await db.reference(DutyItem).findOneBy({ id });
    if (item) {
      const tightening = await db.repo(DutyTightening).findOne({ itemId: id });
      return mandatedDuty(agencyOf(db), item, tightening ?? undefined);
    }
    return ownDuty(await db.repo(AgencyDutyItem).get(id, '责任事项'));
  }

  /** An item of the agency's own on its list (the list the committee issued: its id names the year). */
  /**
   * Duties by agency and id, as records cite them: three statements for any number (the template
   * items, the tightenings of those items, the agencies' own items). Missing ones are left out.
   */
  async dutiesByRef(db: TenantDb, refs: readonly { tenantId: string; dutyId: string }[]): Promise<Map<string, Duty>> {
    const ids = [...new Set(refs.map((r) => r.dutyId))];
    const out = new Map<string, Duty>();
    if (ids.length === 0) return out;
    const items = await db.reference(DutyItem).find({ where: { id: In(ids) } });
    const mandated = new Set(items.map((i) => i.id));
    const [tightenings, own] = await Promise.all([
      items.length ? db.repo(DutyTightening).find({ where: { itemId: In([...mandated]) } }) : Promise.resolve([]),
      ids.length > mandated.size ? db.repo(AgencyDutyItem).find({ where: { id: In(ids.filter((id) => !mandated.has(id))) } }) : Promise.resolve([]),
    ]);
    const itemOf = new Map(items.map((i) => [i.id, i]));
    const tighteningOf = new Map(tightenings.map((t) => [`${t.tenantId}|${t.itemId}`, t]));
    for (const o of own) out.set(`${o.tenantId}|${o.id}`, ownDuty(o));
    for (const { tenantId, dutyId } of refs) {
      const item = itemOf.get(dutyId);
      if (item) out.set(`${tenantId}|${dutyId}`, mandatedDuty(tenantId, item, tighteningOf.get(`${tenantId}|${dutyId}`)));
    }
    return out;
  }

  async addOwn(db: TenantDb, listId: string, input: DutySpecInput): Promise<Duty> {
    const list = await db.repo(AgencyDutyList).getWritable(listId, '责任清单');
    const template = await publishedTemplate(db, list.templateId);
    const count = await db.repo(AgencyDutyItem).count({ templateId: template.id });
    const spec = await checkedSpec(db, input, template.year, 1000 + (count + 1) * 10);
    return ownDuty(await db.repo(AgencyDutyItem).insertOne({ ...spec, templateId: template.id }));
  }

  async updateOwn(db: TenantDb, id: string, input: DutySpecInput): Promise<Duty> {
    if (await db.reference(DutyItem).existsBy({ id })) throw new ConflictError('工委规定的事项不能修改,可以从严要求');
    const item = await db.repo(AgencyDutyItem).getWritable(id, '责任事项');
    const template = await publishedTemplate(db, item.templateId);
    const spec = await checkedSpec(db, input, template.year, item.sortOrder);
    return ownDuty(await db.repo(AgencyDutyItem).updateOne(id, spec, '责任事项'));
  }

  async removeOwn(db: TenantDb, id: string): Promise<Duty> {
    if (await db.reference(DutyItem).existsBy({ id })) throw new ConflictError(MANDATED_STAYS);
    const item = await db.repo(AgencyDutyItem).getWritable(id, '责任事项');
    // Nothing is lost: a duty somebody has already recorded against stays on the list.
    if (await db.repo(FulfilmentRecord).exists({ dutyId: id })) throw new ConflictError('该事项已有履责纪实,不能删除');
    await db.repo(AgencyDutyItem).delete({ id });
    return ownDuty(item);
  }

  /** Stricter terms for a mandated item: earlier, more evidence, more requirement — never looser. */
  async tighten(db: TenantDb, itemId: string, input: TightenDutyInput): Promise<Duty> {
    const item = await db.reference(DutyItem).findOneBy({ id: itemId });
    if (!item) throw new NotFoundError('规定事项');
    const template = await publishedTemplate(db, item.templateId);
    const refuse = (field: string, message: string): never => {
      throw new BadInputError(message, [{ field, message }]);
    };
    const dueOffsetDays = input.dueOffsetDays ?? null;
    const dueOn = input.dueOn ?? null;
    const minEvidence = input.minEvidence ?? null;
    if (dueOffsetDays !== null && (item.dueOffsetDays === null || dueOffsetDays > item.dueOffsetDays)) refuse('dueOffsetDays', '完成时限只能提前,不能晚于工委规定');
    if (dueOn !== null && (item.dueOn === null || dueOn > item.dueOn)) refuse('dueOn', '完成日期只能提前,不能晚于工委规定');
    if (minEvidence !== null && minEvidence < item.minEvidence) refuse('minEvidence', `印证资料不能少于工委规定的 ${item.minEvidence} 件`);
    const extraRequirement = input.extraRequirement?.trim() || null;
    if (dueOffsetDays === null && dueOn === null && minEvidence === null && extraRequirement === null) refuse('dueOffsetDays', '请至少填写一项从严要求');
    checkDue({ cadence: item.cadence, dueOn: dueOn ?? item.dueOn, dueOffsetDays: dueOffsetDays ?? item.dueOffsetDays }, template.year);
    const patch = { dueOffsetDays, dueOn, minEvidence, extraRequirement };
    const repo = db.repo(DutyTightening);
    const existing = await repo.findOne({ itemId });
    const tightening = existing ? await repo.updateOne(existing.id, patch) : await repo.insertOne({ itemId, templateId: item.templateId, ...patch });
    return mandatedDuty(agencyOf(db), item, tightening);
  }

  async clearTightening(db: TenantDb, itemId: string): Promise<Duty> {
    const item = await db.reference(DutyItem).findOneBy({ id: itemId });
    if (!item) throw new NotFoundError('规定事项');
    db.scope.assertWritable();
    await db.repo(DutyTightening).delete({ itemId });
    return mandatedDuty(agencyOf(db), item, undefined);
  }
}

export function sortDuties(duties: Duty[]): Duty[] {
  const levelOrder = { PARTY_GROUP: 0, ORGAN_COMMITTEE: 1, BRANCH: 2 } as const;
  return duties.sort((a, b) => levelOrder[a.level] - levelOrder[b.level] || a.sortOrder - b.sortOrder || a.id.localeCompare(b.id));
}

async function publishedTemplate(db: TenantDb, id: string): Promise<DutyTemplate> {
  const template = await db.reference(DutyTemplate).findOneBy({ id });
  if (!template) throw new NotFoundError('责任清单模板');
  if (template.status !== TemplateStatus.PUBLISHED) throw new ConflictError('该年度的责任清单尚未下达');
  return template;
}
