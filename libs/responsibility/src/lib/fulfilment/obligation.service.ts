import { In } from 'typeorm';
import { OrgUnit, PartyMember, PostAssignment } from '@zeren/org-tree';
import { DeadlineStatus, deadlineStatus, dueAt, isOverdue, warningLevel, type Period } from '@zeren/shared-periods';
import type { TenantDb } from '@zeren/tenancy';
import { dueRuleOf, periodsOfYear } from '../duty/duty-rules';
import type { DutyTemplate } from '../template/duty-template.entity';
import { AgencyListService } from '../list/agency-list.service';
import { AgencyStructure, isMemberDuty, type Subject } from '../list/agency-structure';
import type { Duty } from '../list/duty.type';
import { FulfilmentRecord, RecordStatus } from './fulfilment-record.entity';
import { Obligation } from './obligation.type';

/**
 * The periods of a duty that matter now: every period of the year whose deadline has passed, and the
 * one open now (the next to fall due). Later periods are not owed yet.
 */
export function periodsDueBy(duty: Duty, year: number, now: Date): { period: Period; dueAt: Date }[] {
  const all = periodsOfYear(duty.cadence, year).map((period) => ({ period, dueAt: dueAt(period, dueRuleOf(duty)) }));
  const past = all.filter((p) => p.dueAt.getTime() <= now.getTime());
  const next = all.find((p) => p.dueAt.getTime() > now.getTime() && (p.period.start === null || p.period.start.getTime() <= now.getTime()));
  return next ? [...past, next] : past;
}

/** 确责 made concrete: who owes what, period by period, with the record that answers it. */
export class ObligationService {
  constructor(private readonly lists: AgencyListService = new AgencyListService()) {}

  /**
   * 我的责任: the caller's own duties — every member's, those of the posts they hold now, and the
   * organisation duties of the units they are secretary of. `own` is the caller's whole agency.
   */
  async mine(own: TenantDb, userId: string, template: DutyTemplate, now = new Date()): Promise<Obligation[]> {
    const member = await own.repo(PartyMember).findOne({ userId });
    if (!member) return [];
    const [duties, structure] = await Promise.all([this.lists.duties(own, template.id), AgencyStructure.load(own, { members: false })]);
    const memberSubject: Subject = { unitId: member.unitId, memberId: member.id, holderKey: member.id, holderMemberId: member.id };
    const pairs = duties.flatMap((duty) =>
      isMemberDuty(duty) ? [{ duty, subject: memberSubject }] : structure.subjects(duty).filter((s) => s.holderMemberId === member.id).map((subject) => ({ duty, subject })),
    );
    return this.withRecords(own, template, pairs, now);
  }

  /** The duties that fall on one unit (its organisation duties and those of the posts held there), with their holders. */
  async ofUnit(db: TenantDb, unitId: string, template: DutyTemplate, now = new Date()): Promise<Obligation[]> {
    const unit = await db.repo(OrgUnit).get(unitId, '党组织');
    const [duties, structure] = await Promise.all([this.lists.duties(db, template.id), AgencyStructure.load(db, { members: false })]);
    const pairs = duties.flatMap((duty) => (isMemberDuty(duty) ? [] : structure.subjects(duty).filter((s) => s.unitId === unit.id).map((subject) => ({ duty, subject }))));
    return this.withRecords(db, template, pairs, now);
  }

  /** Everyone who holds a duty now, and — for a post with one holder — who held it before and when. */
  async holders(db: TenantDb, duty: Duty): Promise<Subject[]> {
    const structure = await AgencyStructure.load(db, { members: isMemberDuty(duty) });
    return structure.subjects(duty);
  }

  /** Every term of a post at a unit, past ones included, newest first: who held a duty when. */
  postHistory(db: TenantDb, unitId: string, postCode: string): Promise<PostAssignment[]> {
    return db.repo(PostAssignment).find({ where: { unitId, postCode }, order: { startsOn: 'DESC' } });
  }

  private async withRecords(db: TenantDb, template: DutyTemplate, pairs: { duty: Duty; subject: Subject }[], now: Date): Promise<Obligation[]> {
    if (pairs.length === 0) return [];
    const records = await db.repo(FulfilmentRecord).find({
      where: { templateId: template.id, current: true, dutyId: In([...new Set(pairs.map((p) => p.duty.id))]), unitId: In([...new Set(pairs.map((p) => p.subject.unitId))]) },
    });
    const recordOf = new Map(records.map((r) => [`${r.dutyId}|${r.periodKey}|${r.unitId}|${r.holderKey}`, r]));
    const obligations: Obligation[] = [];
    for (const { duty, subject } of pairs) {
      const periods = periodsDueBy(duty, template.year, now);
      periods.forEach(({ period, dueAt: deadline }, i) => {
        const record = recordOf.get(`${duty.id}|${period.key}|${subject.unitId}|${subject.holderKey}`) ?? null;
        const done = record !== null && record.status !== RecordStatus.RETURNED;
        // A past period already answered needs nothing more; the latest period is always listed.
        if (done && i < periods.length - 1) return;
        obligations.push(
          Object.assign(new Obligation(), {
            duty,
            periodKey: period.key,
            periodLabel: period.label,
            unitId: subject.unitId,
            memberId: subject.memberId,
            holderMemberId: subject.holderMemberId,
            dueAt: deadline,
            status: done ? (record.late ? DeadlineStatus.LATE : DeadlineStatus.ON_TIME) : deadlineStatus(deadline, now),
            warning: done ? null : warningLevel(deadline, now, { yellowWithinDays: template.yellowWithinDays }),
            overdueMark: done ? record.late : isOverdue(deadline, now),
            record,
          }),
        );
      });
    }
    return obligations.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime() || a.duty.sortOrder - b.duty.sortOrder);
  }
}

