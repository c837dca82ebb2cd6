import { In, Like } from 'typeorm';
import { PartyMember } from '@zeren/org-tree';
import type { TenantDb } from '@zeren/tenancy';
import { PointsTrigger } from '../activity/activity.enums';
import { ActivityStatus } from '../activity/activity.enums';
import type { StageActivity } from '../activity/stage-activity.entity';
import { entryRow, reversalRow } from '../ledger/entry-row';
import { earnedUnder, exceedsCap } from '../ledger/cap';
import { PointsEntry } from '../ledger/points-entry.entity';
import { EntryOrigin, EntryStatus, PointsMode, RuleOwner } from '../members.enums';
import { formatPoints } from '../points';
import { AgencyPointsRule, CommitteePointsRule } from '../rule/points-rule.entity';
import { ArchiveService } from '../archive/archive.service';

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
  constructor(private readonly archive: ArchiveService = new ArchiveService()) {}

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
    // Holding, correcting or cancelling a session of an archived year would change that year's points.
    await this.archive.assertOpen(db, Number(activity.heldOn.slice(0, 4)));
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
      .map((e) => reversalRow(e, held ? '出席或主讲记录更正,自动冲正' : '活动取消,自动冲正', recordedById, now));
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
      // Serialises with the ledger's approvals for these members, so that the cap checked is the cap kept.
      await db.repo(PartyMember).lockAllForUpdate(missing, '党员');
      const earned = await earnedUnder(db, rule, missing, activity.heldOn);
      for (const id of missing) {
        const member = members.get(id)!;
        if (!takeWithinCap(rule, earned, member, notes)) continue;
        const times = written.filter((e) => e.memberId === id && triggerOf(e.sourceKey!) === trigger).length;
        rows.push(automaticEntry(member, rule, activity.heldOn, `讲台活动“${activity.topic}”`, recordedById, `${prefixOf(activity.id)}${trigger}:${id}:${times}`, now));
      }
    }
    if (rows.length) await repo.insert(rows);
    return notes;
  }
}

const triggerOf = (sourceKey: string): PointsTrigger => sourceKey.split(':')[2] as PointsTrigger;

/**
 * Whether one more award of the rule fits the member's cap; counted into `earned` when it does, and
 * the member named in `notes` when it does not (an automatic entry is skipped, not refused).
 */
export function takeWithinCap(rule: Rule, earned: Map<string, number>, member: Pick<PartyMember, 'id' | 'name'>, notes: string[]): boolean {
  if (exceedsCap(rule, earned.get(member.id) ?? 0, rule.pointsTenths)) {
    notes.push(`${member.name}:“${rule.name}”已达上限 ${formatPoints(rule.capTenths ?? 0)} 分,本次未计分`);
    return false;
  }
  earned.set(member.id, (earned.get(member.id) ?? 0) + rule.pointsTenths);
  return true;
}

/** An automatic entry: approved as written, by whoever ran it, keyed by its source so it is written once. */
export function automaticEntry(member: Pick<PartyMember, 'id' | 'unitId' | 'userId'>, rule: Rule, occurredOn: string, note: string, recordedById: string, sourceKey: string, now: Date) {
  return {
    ...entryRow({
      member,
      rule,
      ruleOwner: rule instanceof AgencyPointsRule ? RuleOwner.AGENCY : RuleOwner.COMMITTEE,
      occurredOn,
      origin: EntryOrigin.AUTOMATIC,
      status: EntryStatus.APPROVED,
      note,
      recordedById,
    }),
    decidedById: recordedById,
    decidedAt: now,
    sourceKey,
  };
}
