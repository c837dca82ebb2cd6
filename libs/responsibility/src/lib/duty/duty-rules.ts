import { BadInputError, refuse } from '@zeren/shared-errors';
import { Cadence, ONCE_PERIOD, dueAt, periodOf, type DueRule, type Period } from '@zeren/shared-periods';
import { PostType, type OrgUnitKind } from '@zeren/org-tree';
import type { TenantDb } from '@zeren/tenancy';
import { DUTY_LEVEL_LABELS, LEVEL_OF_NINE_POSTS, LEVEL_UNIT_KINDS } from './duty-level.enum';
import type { DutySpecFields } from './duty-spec';
import type { DutySpecInput } from './dto/duty-spec.input';


/** The due rule a spec names: an explicit date for a one-off item, days after the period's end otherwise. */
export const dueRuleOf = (spec: Pick<DutySpecFields, 'dueOn' | 'dueOffsetDays'>): DueRule =>
  spec.dueOn ? { on: spec.dueOn } : { offsetDays: spec.dueOffsetDays ?? 0 };

/** The periods of a duty in its template's year (ISO weeks whose Thursday falls in it; the one period of a one-off item). */
export function periodsOfYear(cadence: Cadence, year: number): Period[] {
  if (cadence === Cadence.ONCE) return [ONCE_PERIOD];
  const periods: Period[] = [];
  let period = periodOf(cadence, new Date(Date.UTC(year, 0, 4)));
  while (period.key.startsWith(String(year))) {
    periods.push(period);
    period = periodOf(cadence, period.end as Date);
  }
  return periods;
}

/** The organizations a duty falls on: the item's kinds, or its level's. */
export const unitKindsOf = (spec: Pick<DutySpecFields, 'level' | 'unitKinds'>): readonly OrgUnitKind[] =>
  spec.unitKinds?.length ? spec.unitKinds : LEVEL_UNIT_KINDS[spec.level];

/**
 * Checks a duty as written (template item or an agency's own item) against the post catalogue and
 * the periods helper, and returns it normalised. Each refusal names its field.
 */
export async function checkedSpec(db: TenantDb, input: DutySpecInput, year: number, sortOrder: number): Promise<DutySpecFields> {
  const post = await db.reference(PostType).findOneBy({ code: input.postCode });
  if (!post) return refuse('postCode', '责任岗位不存在');
  const level = input.level;
  const nineLevel = LEVEL_OF_NINE_POSTS[post.code];
  if (nineLevel && nineLevel !== level) refuse('postCode', `“${post.name}”属于${DUTY_LEVEL_LABELS[nineLevel]}层级`);
  const levelKinds = LEVEL_UNIT_KINDS[level];
  const postKinds = post.unitKinds ?? levelKinds;
  if (!nineLevel && !postKinds.some((k) => levelKinds.includes(k))) refuse('postCode', `${DUTY_LEVEL_LABELS[level]}不设“${post.name}”`);
  const unitKinds = input.unitKinds?.length ? [...new Set(input.unitKinds)] : null;
  if (unitKinds?.some((k) => !levelKinds.includes(k) || !postKinds.includes(k))) refuse('unitKinds', `适用的党组织类型超出了${DUTY_LEVEL_LABELS[level]}层级或该岗位的范围`);
  if (input.cadence === Cadence.ONCE && !input.dueOn) refuse('dueOn', '一次性事项须填写完成日期');
  if (input.cadence !== Cadence.ONCE && input.dueOn) refuse('dueOn', '周期性事项的完成时限填周期末后的天数');
  const spec: DutySpecFields = {
    level,
    postCode: post.code,
    unitKinds,
    area: input.area.trim(),
    title: input.title.trim(),
    content: input.content.trim(),
    requirement: input.requirement.trim(),
    cadence: input.cadence,
    dueOffsetDays: input.cadence === Cadence.ONCE ? null : (input.dueOffsetDays ?? 0),
    dueOn: input.cadence === Cadence.ONCE ? (input.dueOn ?? null) : null,
    evidenceKinds: input.evidenceKinds?.length ? [...new Set(input.evidenceKinds)] : null,
    minEvidence: input.minEvidence,
    weight: input.weight,
    supervisor: input.supervisor.trim(),
    sortOrder: input.sortOrder ?? sortOrder,
  };
  checkDue(spec, year);
  return spec;
}

/** Every period of the year must have a deadline after its start (the periods helper says why not). */
export function checkDue(spec: Pick<DutySpecFields, 'cadence' | 'dueOn' | 'dueOffsetDays'>, year: number): void {
  if (spec.dueOn && !spec.dueOn.startsWith(String(year)) && spec.dueOn.slice(0, 4) !== String(year + 1)) {
    refuse('dueOn', `完成日期应在 ${year} 年内(或次年初)`);
  }
  try {
    for (const period of periodsOfYear(spec.cadence, year)) dueAt(period, dueRuleOf(spec));
  } catch (error) {
    if (error instanceof BadInputError) refuse(spec.dueOn ? 'dueOn' : 'dueOffsetDays', error.message);
    throw error;
  }
}

