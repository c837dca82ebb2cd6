import { In } from 'typeorm';
import type { DueReminder, ReminderProvider } from '@zeren/api';
import { PartyMember } from '@zeren/org-tree';
import { dueAt } from '@zeren/shared-periods';
import type { TenantDb } from '@zeren/tenancy';
import { dueRuleOf, periodsOfYear } from './duty/duty-rules';
import { DutyItem } from './template/duty-item.entity';
import { AgencyDutyItem } from './list/agency-duty-item.entity';
import { DutyTightening } from './list/duty-tightening.entity';
import { AgencyDutyList } from './list/agency-duty-list.entity';
import { AgencyStructure, isMemberDuty } from './list/agency-structure';
import { listTemplate, currentYear } from './list/current-template';
import { mandatedDuty, ownDuty, type Duty } from './list/duty.type';
import { FulfilmentRecord, RecordStatus } from './fulfilment/fulfilment-record.entity';

/**
 * The duties falling due in the window that nobody has answered yet, each to the person who answers
 * for it now (the post's holder, the unit's secretary, the member) when they have an account. Read
 * across every agency at once: the same handful of statements for one agency as for all of them.
 */
export const responsibilityReminders: ReminderProvider = async (db: TenantDb, { now, until }) => {
  const template = await listTemplate(db, { year: currentYear(now) });
  if (!template) return [];
  const [items, tightenings, own, lists] = await Promise.all([
    db.reference(DutyItem).find({ where: { templateId: template.id } }),
    db.repo(DutyTightening).find({ where: { templateId: template.id } }),
    db.repo(AgencyDutyItem).find({ where: { templateId: template.id } }),
    db.repo(AgencyDutyList).find({ where: { templateId: template.id }, select: { tenantId: true } as never }),
  ]);
  const tighteningOf = new Map(tightenings.map((t) => [`${t.tenantId}|${t.itemId}`, t]));
  const dueInWindow = (duty: Duty) =>
    periodsOfYear(duty.cadence, template.year)
      .map((period) => ({ period, deadline: dueAt(period, dueRuleOf(duty)) }))
      .filter(({ deadline }) => deadline.getTime() > now.getTime() && deadline.getTime() <= until.getTime());
  const owed = lists.flatMap(({ tenantId }) =>
    [...items.map((item) => mandatedDuty(tenantId, item, tighteningOf.get(`${tenantId}|${item.id}`))), ...own.filter((o) => o.tenantId === tenantId).map(ownDuty)]
      .map((duty) => ({ duty, due: dueInWindow(duty) }))
      .filter((d) => d.due.length > 0),
  );
  if (owed.length === 0) return [];
  const structure = await AgencyStructure.load(db, { members: owed.some((o) => isMemberDuty(o.duty)) });
  const periodKeys = [...new Set(owed.flatMap((o) => o.due.map((d) => d.period.key)))];
  const answered = await db.repo(FulfilmentRecord).find({
    where: { templateId: template.id, current: true, periodKey: In(periodKeys), status: In([RecordStatus.SUBMITTED, RecordStatus.ACCEPTED]) },
    select: { tenantId: true, dutyId: true, periodKey: true, unitId: true, holderKey: true } as never,
  });
  const done = new Set(answered.map((r) => `${r.tenantId}|${r.dutyId}|${r.periodKey}|${r.unitId}|${r.holderKey}`));
  const pending: (Omit<DueReminder, 'userIds'> & { memberId: string })[] = [];
  for (const { duty, due } of owed) {
    for (const subject of structure.subjects(duty)) {
      if (structure.units.get(subject.unitId)?.tenantId !== duty.tenantId || !subject.holderMemberId) continue;
      for (const { period, deadline } of due) {
        if (done.has(`${duty.tenantId}|${duty.id}|${period.key}|${subject.unitId}|${subject.holderKey}`)) continue;
        pending.push({
          key: `duty:${duty.id}:${period.key}:${subject.unitId}:${subject.holderKey}`,
          tenantId: duty.tenantId,
          memberId: subject.holderMemberId,
          title: `填报履责纪实:${duty.title}(${period.label})`,
          dueAt: deadline,
          link: '/duties/mine',
        });
      }
    }
  }
  const memberIds = [...new Set(pending.map((p) => p.memberId))];
  const users = new Map<string, string | null>();
  for (const m of structure.members.values()) users.set(m.id, m.userId);
  const unknown = memberIds.filter((id) => !users.has(id));
  for (let i = 0; i < unknown.length; i += 5000) {
    const rows = await db.repo(PartyMember).find({ where: { id: In(unknown.slice(i, i + 5000)) }, select: { id: true, userId: true } as never });
    for (const m of rows) users.set(m.id, m.userId);
  }
  return pending.flatMap(({ memberId, ...reminder }) => {
    const userId = users.get(memberId);
    return userId ? [{ ...reminder, userIds: [userId] }] : [];
  });
};
