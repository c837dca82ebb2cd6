import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateScalar } from '@zeren/shared-graphql';
import { WithDutySpec, specOf } from '../duty/duty-spec';
import type { DutyItem } from '../template/duty-item.entity';
import type { AgencyDutyItem } from './agency-duty-item.entity';
import type { DutyTightening } from './duty-tightening.entity';

export enum DutySource {
  MANDATED = 'MANDATED',
  OWN = 'OWN',
}
registerEnumType(DutySource, {
  name: 'DutySource',
  description: '事项来源',
  valuesConfig: { MANDATED: { description: '工委规定(继承,不可删除)' }, OWN: { description: '本单位自定' } },
});

class Root {}

/**
 * A duty as it stands in one agency's list: a template item with the agency's tightening applied,
 * or one of the agency's own items. What records, figures and reminders are computed against.
 */
@ObjectType({ description: '单位责任清单中的事项(规定事项已按本单位从严要求计算)' })
export class Duty extends WithDutySpec(Root) {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  templateId: string;

  @Field(() => ID, { description: '单位' })
  tenantId: string;

  @Field(() => DutySource)
  source: DutySource;

  @Field({ description: '本单位是否从严要求' })
  tightened: boolean;

  @Field(() => Int, { nullable: true, description: '工委规定的完成时限(从严前)' })
  mandatedDueOffsetDays: number | null;

  @Field(() => LocalDateScalar, { nullable: true, description: '工委规定的完成日期(从严前)' })
  mandatedDueOn: string | null;

  @Field(() => Int, { nullable: true, description: '工委规定的印证资料最少件数(从严前)' })
  mandatedMinEvidence: number | null;

  @Field(() => String, { nullable: true, description: '本单位补充要求' })
  extraRequirement: string | null;
}

export function mandatedDuty(tenantId: string, item: DutyItem, tightening: DutyTightening | undefined): Duty {
  const duty = Object.assign(new Duty(), specOf(item), {
    id: item.id,
    templateId: item.templateId,
    tenantId,
    source: DutySource.MANDATED,
    tightened: Boolean(tightening),
    mandatedDueOffsetDays: item.dueOffsetDays,
    mandatedDueOn: item.dueOn,
    mandatedMinEvidence: item.minEvidence,
    extraRequirement: tightening?.extraRequirement ?? null,
  });
  if (tightening) {
    if (tightening.dueOffsetDays !== null) duty.dueOffsetDays = tightening.dueOffsetDays;
    if (tightening.dueOn !== null) duty.dueOn = tightening.dueOn;
    if (tightening.minEvidence !== null) duty.minEvidence = tightening.minEvidence;
  }
  return duty;
}

export function ownDuty(item: AgencyDutyItem): Duty {
  return Object.assign(new Duty(), specOf(item), {
    id: item.id,
    templateId: item.templateId,
    tenantId: item.tenantId,
    source: DutySource.OWN,
    tightened: false,
    mandatedDueOffsetDays: null,
    mandatedDueOn: null,
    mandatedMinEvidence: null,
    extraRequirement: null,
  });
}
