import { periodOf, localDateOf, startOfLocalDay, type BoundedPeriod } from '@zeren/shared-periods';
import type { TenantDb } from '@zeren/tenancy';
import { CADENCE_OF, EntryStatus, type PointsPeriod } from '../members.enums';
import { PointsEntry } from './points-entry.entity';

export interface CappedRule {
  id: string;
  pointsTenths: number;
  capTenths: number | null;
  capPeriod: PointsPeriod | null;
}

/** The cap's period around a date (the month, quarter or year the cap counts in). */
export function capPeriodOf(capPeriod: PointsPeriod, on: string): BoundedPeriod {
  return periodOf(CADENCE_OF[capPeriod], startOfLocalDay(on)) as BoundedPeriod;
}

/**
 * The approved points of these members under the rule in the cap's period of `on` (reversals
 * included), in one grouped statement; empty when the rule has no cap.
 */
export async function earnedUnder(db: TenantDb, rule: CappedRule, memberIds: readonly string[], on: string): Promise<Map<string, number>> {
  if (rule.capTenths === null || rule.capPeriod === null || !memberIds.length) return new Map();
  const period = capPeriodOf(rule.capPeriod, on);
  const rows: { memberId: string; total: unknown }[] = await db
    .repo(PointsEntry)
    .queryBuilder('e')
    .select('e.memberId', 'memberId')
    .addSelect('COALESCE(SUM(e.pointsTenths), 0)', 'total')
    .andWhere('e.memberId IN (:...ids) AND e.ruleId = :rule AND e.status = :approved AND e.occurredOn >= :from AND e.occurredOn < :to', {
      ids: [...memberIds],
      rule: rule.id,
      approved: EntryStatus.APPROVED,
      from: localDateOf(period.start),
      to: localDateOf(period.end),
    })
    .groupBy('e.memberId')
    .getRawMany();
  return new Map(rows.map((r) => [r.memberId, Number(r.total)]));
}

/**
 * Whether `addTenths` more would take a member holding `earnedTenths` under the rule past its cap.
 * Caps bound the magnitude: a deduction rule's cap limits how much it takes away.
 */
export function exceedsCap(rule: CappedRule, earnedTenths: number, addTenths: number): boolean {
  const sign = Math.sign(rule.pointsTenths);
  return rule.capTenths !== null && earnedTenths * sign + addTenths * sign > rule.capTenths;
}
