import { In } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';
import { refuse } from '@zeren/shared-errors';
import { MemberStatus, PartyMember } from '@zeren/org-tree';
import { FulfilmentRecord, RecordStatus } from '@zeren/responsibility';
import { Cadence, localDateOf, parsePeriodKey } from '@zeren/shared-periods';
import type { TenantDb } from '@zeren/tenancy';
import { PointsTrigger } from '../activity/activity.enums';
import { PointsEntry } from '../ledger/points-entry.entity';
import { AutomaticPointsService, automaticEntry, takeWithinCap } from './automatic-points.service';
import { earnedUnder } from '../ledger/cap';
import { ArchiveService } from '../archive/archive.service';

@ObjectType({ description: '自动积分运行结果' })
export class AutomaticPointsRun {
  @Field({ description: '月份' })
  month: string;

  @Field(() => Int, { description: '本次新记的积分条数' })
  written: number;

  @Field(() => [String], { description: '说明(超出上限未计分的党员等)' })
  notes: string[];
}

/**
 * DUTY_FULFILLED points: a pull from libs/responsibility (which knows nothing of members). A member's
 * current, accepted fulfilment record of their own duty dated in the month earns the rule's points once
 * per duty, period and member (`sourceKey` duty:…), so the run may be repeated: it writes only what is
 * new. Caps apply. Statements are constant: the archive check, records, members, rule, existing keys, the lock, sums, one insert.
 */
export class DutyPointsService {
  constructor(
    private readonly automatic: AutomaticPointsService = new AutomaticPointsService(),
    private readonly archive: ArchiveService = new ArchiveService(),
  ) {}

  async run(db: TenantDb, month: string, recordedById: string): Promise<AutomaticPointsRun> {
    let period;
    try {
      period = parsePeriodKey(month);
    } catch (error) {
      return refuse('month', (error as Error).message);
    }
    if (period.cadence !== Cadence.MONTH) refuse('month', '请填写月份,如 2026-11');
    const from = localDateOf(period.start!);
    const to = localDateOf(period.end!);
    await this.archive.assertOpen(db, Number(from.slice(0, 4)));
    const records = await db
      .repo(FulfilmentRecord)
      .queryBuilder('r')
      .andWhere('r.current = :current AND r.status = :accepted AND r.memberId IS NOT NULL AND r.happenedOn >= :from AND r.happenedOn < :to', { current: true, accepted: RecordStatus.ACCEPTED, from, to })
      .orderBy('r.happenedOn', 'ASC')
      .addOrderBy('r.id', 'ASC')
      .getMany();
    const run: AutomaticPointsRun = { month: period.key, written: 0, notes: [] };
    if (!records.length) return run;
    const rule = await this.automatic.ruleFor(db, Number(from.slice(0, 4)), PointsTrigger.DUTY_FULFILLED);
    if (!rule) return { ...run, notes: [`${from.slice(0, 4)}年度未设置“履责纪实通过”自动积分规则,未计分`] };
    const members = new Map((await db.repo(PartyMember).find({ where: { id: In([...new Set(records.map((r) => r.memberId!))]), status: MemberStatus.ACTIVE } })).map((m) => [m.id, m]));
    const keyOf = (r: FulfilmentRecord) => `duty:${r.dutyId}:${r.periodKey}:${r.memberId}`;
    const known = new Set((await db.repo(PointsEntry).find({ where: { sourceKey: In(records.map(keyOf)) }, select: { id: true, sourceKey: true } })).map((e) => e.sourceKey));
    const fresh = records.filter((r) => members.has(r.memberId!) && !known.has(keyOf(r)));
    const awarded = [...new Set(fresh.map((r) => r.memberId!))];
    // Serialises with the ledger's approvals for these members, so that the cap checked is the cap kept.
    await db.repo(PartyMember).lockAllForUpdate(awarded, '党员');
    const earned = await earnedUnder(db, rule, awarded, from);
    const now = new Date();
    const rows = [];
    const seen = new Set<string>();
    for (const r of fresh) {
      if (seen.has(keyOf(r))) continue;
      seen.add(keyOf(r));
      const member = members.get(r.memberId!)!;
      if (!takeWithinCap(rule, earned, member, run.notes)) continue;
      rows.push(automaticEntry(member, rule, r.happenedOn, `履责纪实(${r.periodKey})`, recordedById, keyOf(r), now));
    }
    if (rows.length) await db.repo(PointsEntry).insert(rows);
    return { ...run, written: rows.length };
  }
}
