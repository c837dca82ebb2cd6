import type { DataSource } from 'typeorm';
import { Scope, TenantDb, newId } from '@zeren/tenancy';
import { localDateOf, localYear } from '@zeren/shared-periods';
import { CommitteePointsRule, EntryOrigin, EntryStatus, PointsEntry, RuleOwner, entryRow } from '@zeren/members';
import { seedMembers, seedSyntheticAgency } from './statement-tenants.seeder';

export interface RankingTenant {
  tenantId: string;
  members: number;
  entries: number;
  /** The ranked period: this year. */
  periodKey: string;
}

/** Fifty members to a unit, as in a large 机关党委's branches. */
const MEMBERS_PER_UNIT = 50;
const CHUNK = 2000;

/**
 * Agencies of `members` active members each (10 and 25 000 by default), with zero to four approved
 * entries a member of this year's committee rules, dated in this year up to today: the 积分排行 and
 * its statement count are measured on them (issue 16 asks for 25 000 members). Written in bulk
 * through the scoped layer, like the seed.
 */
export async function seedRankingTenants(dataSource: DataSource, sizes: readonly number[], now = new Date()): Promise<RankingTenant[]> {
  const system = new TenantDb(dataSource, Scope.system('bench ranking tenants'));
  const year = localYear(now);
  const rules = (await system.reference(CommitteePointsRule).findBy({ year })).filter((r) => r.pointsTenths > 0);
  if (!rules.length) throw new Error(`no committee points rules for ${year}: was the members seed run?`);
  const today = localDateOf(now);
  const made: RankingTenant[] = [];
  for (const count of sizes) {
    const units = Math.max(2, Math.ceil(count / MEMBERS_PER_UNIT) + 1);
    const { own, tenantId, rows } = await seedSyntheticAgency(system, `BENCHRANK${count}`, `基准测试单位(${count} 名党员积分)`, units);
    const members = await seedMembers(own, rows.slice(1), count);
    const recorder = newId();
    const entries = members.flatMap((member, i) =>
      Array.from({ length: i % 5 }, (_, k) => {
        const rule = rules[(i + k) % rules.length];
        // Spread over the year so far: month k+1 where it has come, else today.
        const month = `${year}-${String(k + 1).padStart(2, '0')}-1${i % 9}`;
        const occurredOn = month <= today ? month : today;
        return {
          ...entryRow({ member, rule, ruleOwner: RuleOwner.COMMITTEE, occurredOn, origin: EntryOrigin.AWARDED, status: EntryStatus.APPROVED, note: '基准测试', recordedById: recorder }),
          decidedById: recorder,
          decidedAt: new Date(`${occurredOn}T10:00:00+08:00`),
        };
      }),
    );
    for (let from = 0; from < entries.length; from += CHUNK) await own.repo(PointsEntry).insert(entries.slice(from, from + CHUNK));
    made.push({ tenantId, members: count, entries: entries.length, periodKey: String(year) });
  }
  return made;
}
