import { In, Like } from 'typeorm';
import { PartyMember } from '@zeren/org-tree';
import { localDateOf, periodOf, startOfLocalDay } from '@zeren/shared-periods';
import type { TenantDb } from '@zeren/tenancy';
import { PointsTrigger } from '../activity/activity.enums';
import { ActivityStatus } from '../activity/activity.enums';
import type { StageActivity } from '../activity/stage-activity.entity';
import { entryRow } from '../ledger/entry-row';
import { PointsEntry } from '../ledger/points-entry.entity';
import { CADENCE_OF, EntryOrigin, EntryStatus, PointsMode, RuleOwner } from '../members.enums';
import { formatPoints } from '../points';
import { AgencyPointsRule, CommitteePointsRule } from '../rule/points-rule.entity';

type Rule = CommitteePointsRule | AgencyPointsRule;

const ACTIVITY_TRIGGERS = [PointsTrigger.ACTIVITY_ATTEND, PointsTrigger.ACTIVITY_SPEAK] as const;
const prefixOf = (activityId: string) => `act:${activityId}:`;

/**
 * 自动积分: the AUTOMATIC rules (found by their `trigger`, the agency's own before the committee's)
 * write approved ledger entries. Each entry carries a `sourceKey` (source, trigger, member, and how many
 * times that member was counted and reversed before), unique per agency, so a second run writes nothing.
 * A member no longer present is answered by a REVERSAL entry; nothing is edited.
 */
export class AutomaticPointsService {
  /** The year's AUTOMATIC rule for a trigger: the agency's own if it has one, else the committee's. */
  async ruleFor(db: TenantDb, year: number, trigger: PointsTrigger): Promise<Rule | null> {
    const own = await db.repo(AgencyPointsRule).findOne({ year, mode: PointsMode.AUTOMATIC, autoTrigger: trigger });
    return own ?? (await db.reference(CommitteePointsRule).findOneBy({ year, mode: PointsMode.AUTOMATIC, autoTrigger: trigger }));
  }

  /**
   * Makes the ledger agree with the activity: points for its attendees and speakers when held, none
   * when cancelled. Returns the notes for the activity (members beyond a cap, a missing rule).
   */
  async syncActivity(db: TenantDb, activity: StageActivity, recordedById: string): Promise<string[]> {
    const held = activity.status === ActivityStatus.HELD;
    const wanted = new Map<PointsTrigger, Set<string>>([
      [PointsTrigger.ACTIVITY_ATTEND, new Set(held ? activity.attendeeIds : [])],
      [PointsTrigger.ACTIVITY_SPEAK, new Set(held ? activity.speakerIds : [])],
    ]);
    const repo = db.repo(PointsEntry);
    const written = await repo.find({ where: { sourceKey: Like(`${prefixOf(activity.id)}%`) } });
    const reversed = new Set(written.length ? (await repo.find({ where: { reversesId: In(written.map((e) => e.id)) } })).map((e) => e.reversesId) : []);
    const notes: string[] = [];
    const now = new Date();
    // Reversals first: whoever is no longer present or speaking, or everyone of a cancelled session.
    const reversals = written
      .filter((e) => !reversed.has(e.id) && !wanted.get(triggerOf(e.sourceKey!))!.has(e.memberId))
      .map((e) => {
        const { id: _id, tenantId: _t, createdAt: _c, updatedAt: _u, ...kept } = e;
        const note = held ? '出席或主讲记录更正,自动冲正' : '活动取消,自动冲正';
        return { ...kept, pointsTenths: -e.pointsTenths, origin: EntryOrigin.REVERSAL, note, recordedById, decidedById: recordedById, decidedAt: now, reversesId: e.id, sourceKey: null };
      });
    if (reversals.length) await repo.insert(reversals);
    if (!held) return notes;

    const members = new Map((await db.repo(PartyMember).find({ where: { id: In([...activity.attendeeIds, ...activity.speakerIds]) } })).map((m) => [m.id, m]));
    const rows = [];
    for (const trigger of ACTIVITY_TRIGGERS) {
      const live = new Set(written.filter((e) => triggerOf(e.sourceKey!) === trigger && !reversed.has(e.id)).map((e) => e.memberId));
      const missing = [...wanted.get(trigger)!].filter((id) => !live.has(id) && members.has(id));
      if (!missing.length) continue;
      const rule = await this.ruleFor(db, Number(activity.heldOn.slice(0, 4)), trigger);
      if (!rule) {
        notes.push(`${activity.heldOn.slice(0, 4)}年度未设置“${trigger === PointsTrigger.ACTIVITY_SPEAK ? '讲台活动主讲' : '参加讲台活动'}”自动积分规则,未计分`);
        continue;
      }
      const earned = await this.earnedUnder(db, rule, missing, activity.heldOn);
      const sign = Math.sign(rule.pointsTenths);
      for (const id of missing) {
        const member = members.get(id)!;
        const before = (earned.get(id) ?? 0) * sign;
        if (rule.capTenths !== null && before + rule.pointsTenths * sign > rule.capTenths) {
          notes.push(`${member.name}:“${rule.name}”已达上限 ${formatPoints(rule.capTenths)} 分,本次未计分`);
          continue;
        }
        earned.set(id, (earned.get(id) ?? 0) + rule.pointsTenths);
        const times = written.filter((e) => e.memberId === id && triggerOf(e.sourceKey!) === trigger).length;
        rows.push({
          ...entryRow({
            member,
            rule,
            ruleOwner: rule instanceof AgencyPointsRule ? RuleOwner.AGENCY : RuleOwner.COMMITTEE,
            occurredOn: activity.heldOn,
            origin: EntryOrigin.AUTOMATIC,
            status: EntryStatus.APPROVED,
            note: `讲台活动“${activity.topic}”`,
            recordedById,
          }),
          decidedById: recordedById,
          decidedAt: now,
          sourceKey: `${prefixOf(activity.id)}${trigger}:${id}:${times}`,
        });
      }
    }
    if (rows.length) await repo.insert(rows);
    return notes;
  }

  /** The approved points of these members under the rule in the cap's period of the date: one grouped statement. */
  async earnedUnder(db: TenantDb, rule: Rule, memberIds: readonly string[], on: string): Promise<Map<string, number>> {
    if (rule.capTenths === null || rule.capPeriod === null || !memberIds.length) return new Map();
    const period = periodOf(CADENCE_OF[rule.capPeriod], startOfLocalDay(on));
    const rows: { memberId: string; total: unknown }[] = await db
      .repo(PointsEntry)
      .queryBuilder('e')
      .select('e.memberId', 'memberId')
      .addSelect('COALESCE(SUM(e.pointsTenths), 0)', 'total')
      .andWhere('e.memberId IN (:...ids) AND e.ruleId = :rule AND e.status = :approved AND e.occurredOn >= :from AND e.occurredOn < :to', {
        ids: [...memberIds],
        rule: rule.id,
        approved: EntryStatus.APPROVED,
        from: localDateOf(period.start!),
        to: localDateOf(period.end!),
      })
      .groupBy('e.memberId')
      .getRawMany();
    return new Map(rows.map((r) => [r.memberId, Number(r.total)]));
  }
}

const triggerOf = (sourceKey: string): PointsTrigger => sourceKey.split(':')[2] as PointsTrigger;
