import { OrgUnit, OrgUnitKind, type PartyMember } from '@zeren/org-tree';
import type { Prng } from '@zeren/shared-prng';
import { newId, type NewRow, type TenantDb } from '@zeren/tenancy';
import { ActivityKind, ActivityStatus, PointsTrigger } from '../activity/activity.enums';
import { ACTIVITY_UNIT_KINDS } from '../activity/activity.service';
import { StageActivity } from '../activity/stage-activity.entity';
import { entryRow } from '../ledger/entry-row';
import { PointsEntry } from '../ledger/points-entry.entity';
import { EntryOrigin, EntryStatus, PointsAwarder, PointsMode, PointsPeriod, RuleOwner } from '../members.enums';
import { CommitteePointsRule } from '../rule/points-rule.entity';

/** The committee's AUTOMATIC rules for 讲台活动 (added each year the seed writes rules, if missing). */
export const ACTIVITY_RULES = [
  { trigger: PointsTrigger.ACTIVITY_ATTEND, name: '参加“人人上讲台”活动', pointsTenths: 10, capTenths: 20 },
  { trigger: PointsTrigger.ACTIVITY_SPEAK, name: '在“人人上讲台”活动中主讲', pointsTenths: 20, capTenths: 40 },
] as const;

const KINDS = [ActivityKind.STAGE, ActivityKind.THEORY, ActivityKind.REFLECTION, ActivityKind.WORK_REPORT];
const TOPICS = ['学习贯彻党的二十届四中全会精神', '我身边的优秀共产党员', '立足岗位作贡献', '学习《中国共产党章程》', '谈谈机关作风建设', '述本岗位年度工作'];
const PLACES = ['支部活动室', '三楼会议室', '党员之家'];

/** The rule rows for the years, skipping a trigger a year already has. */
export function activityRules(years: readonly number[], existing: readonly CommitteePointsRule[], now: Date): CommitteePointsRule[] {
  return years.flatMap((year) =>
    ACTIVITY_RULES.filter((r) => !existing.some((e) => e.year === year && e.autoTrigger === r.trigger)).map((r) =>
      Object.assign(new CommitteePointsRule(), {
        id: newId(),
        year,
        category: '学习教育',
        name: r.name,
        description: '讲台活动举行后自动计分',
        pointsTenths: r.pointsTenths,
        capTenths: r.capTenths,
        capPeriod: PointsPeriod.MONTH,
        evidenceRequired: false,
        awarder: PointsAwarder.SECRETARY,
        mode: PointsMode.AUTOMATIC,
        autoTrigger: r.trigger,
        createdAt: now,
        updatedAt: now,
      }),
    ),
  );
}

/**
 * Two years of sessions for every branch (one a quarter, one or two speakers, about half the branch
 * present), the last quarter's still planned when its date is ahead, one cancelled now and then; and
 * their automatic points, as the service would write them (a quarter a session: no cap is reached).
 * Two statements (the units, the sessions); the entries are returned, for the ledger's one insert.
 */
export async function seedActivities(own: TenantDb, members: readonly Pick<PartyMember, 'id' | 'unitId' | 'userId'>[], rules: readonly CommitteePointsRule[], today: string, recorder: string, rng: Prng): Promise<NewRow<PointsEntry>[]> {
  const units = new Map((await own.repo(OrgUnit).find({ select: { id: true, kind: true, parentId: true } })).map((u) => [u.id, u]));
  const byBranch = new Map<string, Pick<PartyMember, 'id' | 'unitId' | 'userId'>[]>();
  for (const m of members) {
    const unit = units.get(m.unitId);
    const branchId = unit?.kind === OrgUnitKind.PARTY_CELL && unit.parentId ? unit.parentId : m.unitId;
    if (!ACTIVITY_UNIT_KINDS.includes(units.get(branchId)?.kind as OrgUnitKind)) continue;
    byBranch.set(branchId, [...(byBranch.get(branchId) ?? []), m]);
  }
  const year = Number(today.slice(0, 4));
  const ruleOf = (y: number, trigger: PointsTrigger) => rules.find((r) => r.year === y && r.autoTrigger === trigger);
  const sessions: (NewRow<StageActivity> & { id: string })[] = [];
  const entries: NewRow<PointsEntry>[] = [];
  for (const [unitId, people] of byBranch) {
    for (let q = 0; q < 8; q++) {
      const y = year - 1 + Math.floor(q / 4);
      const heldOn = `${y}-${String((q % 4) * 3 + 2).padStart(2, '0')}-${String(rng.int(10, 25)).padStart(2, '0')}`;
      const cancelled = rng.chance(0.05);
      const status = heldOn > today ? ActivityStatus.PLANNED : cancelled ? ActivityStatus.CANCELLED : ActivityStatus.HELD;
      const speakers = [...new Set([people[rng.int(0, people.length - 1)].id, ...(rng.chance(0.4) ? [people[rng.int(0, people.length - 1)].id] : [])])];
      const attendees = status === ActivityStatus.HELD ? [...new Set([...people.filter(() => rng.chance(0.5)).map((p) => p.id), ...speakers])] : [];
      const id = newId();
      const topic = TOPICS[(q + sessions.length) % TOPICS.length];
      sessions.push({
        id,
        unitId,
        kind: KINDS[q % KINDS.length],
        topic,
        heldOn,
        place: PLACES[q % PLACES.length],
        status,
        speakerIds: speakers,
        attendeeIds: attendees,
        notes: '',
        evidence: [],
        cancelReason: status === ActivityStatus.CANCELLED ? '与上级集中培训时间冲突,另行安排' : null,
        pointsNotes: [],
        recordedById: recorder,
      });
      if (status !== ActivityStatus.HELD) continue;
      const write = (memberId: string, trigger: PointsTrigger) => {
        const rule = ruleOf(y, trigger);
        const member = people.find((p) => p.id === memberId)!;
        if (!rule) return;
        entries.push({
          ...entryRow({ member, rule, ruleOwner: RuleOwner.COMMITTEE, occurredOn: heldOn, origin: EntryOrigin.AUTOMATIC, status: EntryStatus.APPROVED, note: `讲台活动“${topic}”`, recordedById: recorder }),
          decidedById: recorder,
          decidedAt: new Date(`${heldOn}T18:00:00+08:00`),
          sourceKey: `act:${id}:${trigger}:${memberId}:0`,
        });
      };
      for (const m of attendees) write(m, PointsTrigger.ACTIVITY_ATTEND);
      for (const m of speakers) write(m, PointsTrigger.ACTIVITY_SPEAK);
    }
  }
  if (sessions.length) await own.repo(StageActivity).insert(sessions);
  return entries;
}

