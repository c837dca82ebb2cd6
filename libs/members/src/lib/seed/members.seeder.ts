import { COMMITTEE_USERS, LoginName, SEEDED_AGENCY_USERS } from '@zeren/auth';
import { MemberStatus, PartyMember } from '@zeren/org-tree';
import { DAY_MS, localDateOf, localYear } from '@zeren/shared-periods';
import { Prng } from '@zeren/shared-prng';
import { newId, SEEDED_COMMITTEE, SeedKey, type ModuleSeeder, type NewRow } from '@zeren/tenancy';
import { EntryOrigin, EntryStatus, PointsMode, RuleOwner } from '../members.enums';
import { toTenths } from '../points';
import { AgencyPointsRule, CommitteePointsRule } from '../rule/points-rule.entity';
import type { RuleSpecFields } from '../rule/rule-spec';
import { PointsEntry } from '../ledger/points-entry.entity';
import { entryRow } from '../ledger/entry-row';
import { activityRules, seedActivities } from './activity.seeder';
import { createHonoursSeeder } from './honours.seeder';
import { ArchiveService } from '../archive/archive.service';
import { createStarsSeeder } from './stars.seeder';
import { AGENCY_RULES, COMMITTEE_RULES, DEMO_NOTE, MEETINGS, READING, REJECT_REASON, STUDY } from './points-rules.data';

export interface MembersSeedOptions {
  /** The seed's 'now'; the run's date by default, fixed in tests. */
  now?: () => Date;
  /** See HonoursSeedOptions. */
  briefHonours?: boolean;
}

interface SeededRules {
  today: string;
  committeeAdminId: string;
  /** The committee's rules by year. */
  rules: ReadonlyMap<number, readonly CommitteePointsRule[]>;
}

const RULES = new SeedKey<SeededRules>('members.rules');
/** Entries go back this many days; the last PENDING_DAYS of them partly still wait for the secretary. */
const HISTORY_DAYS = 90;
const PENDING_DAYS = 14;

type Rule = CommitteePointsRule | AgencyPointsRule;
type NewEntry = NewRow<PointsEntry>;

/**
 * 党员积分 for the demo: the committee's default rules for last year and this year; for each agency
 * two rules of its own and three months of entries for about half its members, in a few statements
 * per agency (one read of its members, one insert of its rules, one of its entries). In the demo
 * agencies the member account has approved entries and one rejected (to appeal), and members of the
 * same branch have entries waiting for the demo secretary. Every agency but the first has archived last year.
 */
export function createMembersSeeder(options: MembersSeedOptions = {}): ModuleSeeder {
  const points: ModuleSeeder = {
    async committee({ db, shared }) {
      const now = options.now?.() ?? new Date();
      const year = localYear(now);
      const committee = shared.get(SEEDED_COMMITTEE);
      const admin = await db.reference(LoginName).findOneBy({ tenantId: committee.id, username: COMMITTEE_USERS[0].username });
      if (!admin) throw new Error('The members seed needs the committee admin user (auth seeds it)');
      const rows = [year - 1, year].flatMap((y) => COMMITTEE_RULES.map((r) => Object.assign(new CommitteePointsRule(), { id: newId(), ...spec(r, y), createdAt: now, updatedAt: now })));
      // 讲台活动's AUTOMATIC rules (activity.seeder.ts), beside the defaults.
      rows.push(...activityRules([year - 1, year], rows, now));
      await db.register(CommitteePointsRule).insert(rows);
      const rules = new Map([year - 1, year].map((y) => [y, rows.filter((r) => r.year === y)]));
      shared.set(RULES, { today: localDateOf(now), committeeAdminId: admin.userId, rules });
    },

    async agency({ plan, agency, index, shared, asAgency }) {
      const seeded = shared.get(RULES);
      const own = asAgency();
      const year = Number(seeded.today.slice(0, 4));
      const added = await own.repo(AgencyPointsRule).insert(AGENCY_RULES.map((r) => spec(r, year)));
      const members = await own.repo(PartyMember).find({ where: { status: MemberStatus.ACTIVE }, select: { id: true, unitId: true, userId: true }, order: { id: 'ASC' } });
      if (members.length === 0) return;
      const users = shared.get(SEEDED_AGENCY_USERS);
      const userOf = (person: string) => users.find((u) => u.person === person)?.id ?? null;
      const recorder = userOf('admin') ?? seeded.committeeAdminId;
      const secretary = userOf('secretary');
      const rng = Prng.derive(plan.seed, 'members', agency.code);
      const agencyRuleIds = new Set(added.map((r) => r.id));
      // Seeded entries cite no files, so they use the rules that ask for none.
      const usable = (y: number): Rule[] => [...(seeded.rules.get(y) ?? []), ...(y === year ? added : [])].filter((r) => r.mode === PointsMode.DECLARED && !r.evidenceRequired);
      const named = (name: string) => usable(year).find((r) => r.name === name)!;
      const entries: NewEntry[] = [];
      const write = (member: Pick<PartyMember, 'id' | 'unitId' | 'userId'>, rule: Rule, occurredOn: string, status: EntryStatus, declared = false) =>
        entries.push({
          ...entryRow({
            member,
            rule,
            ruleOwner: agencyRuleIds.has(rule.id) ? RuleOwner.AGENCY : RuleOwner.COMMITTEE,
            occurredOn,
            origin: declared ? EntryOrigin.DECLARED : EntryOrigin.AWARDED,
            status,
            note: DEMO_NOTE,
            recordedById: declared && member.userId ? member.userId : recorder,
          }),
          // The secretary decides what is decided, where the agency has one; else the admin entered it decided.
          decidedById: status === EntryStatus.PENDING ? null : (secretary ?? recorder),
          decidedAt: status === EntryStatus.PENDING ? null : new Date(`${occurredOn}T10:00:00+08:00`),
          rejectReason: status === EntryStatus.REJECTED ? REJECT_REASON : null,
        });
      const demoMember = members.find((m) => m.userId && m.userId === userOf('member'));
      // The demo accounts' entries are written below, as the demo needs them.
      const isDemo = (m: Pick<PartyMember, 'userId'>) => m === demoMember || (secretary !== null && m.userId === secretary);
      for (const member of members) {
        if (isDemo(member) || !rng.chance(0.55)) continue;
        for (const [i, days] of daysBack(rng).entries()) {
          const occurredOn = localDateOf(new Date(Date.parse(`${seeded.today}T12:00:00+08:00`) - days * DAY_MS));
          const rules = usable(Number(occurredOn.slice(0, 4))).filter((r) => r.pointsTenths > 0 || rng.chance(0.05));
          const chosen = rules[(i * 5 + rng.int(0, rules.length - 1)) % rules.length];
          const status = days < PENDING_DAYS && rng.chance(0.4) ? EntryStatus.PENDING : rng.chance(0.03) ? EntryStatus.REJECTED : EntryStatus.APPROVED;
          write(member, chosen, occurredOn, status);
        }
      }
      if (demoMember) {
        const day = (n: number) => maxDate(`${year}-01-01`, localDateOf(new Date(Date.parse(`${seeded.today}T12:00:00+08:00`) - n * DAY_MS)));
        write(demoMember, named(STUDY), day(40), EntryStatus.APPROVED, true);
        write(demoMember, named(MEETINGS), day(20), EntryStatus.APPROVED, true);
        write(demoMember, named(STUDY), day(6), EntryStatus.REJECTED, true);
        // Waiting for the demo secretary: three members of the demo member's branch.
        for (const [i, m] of members.filter((m) => m.unitId === demoMember.unitId && !isDemo(m)).slice(0, 3).entries()) {
          write(m, named([STUDY, MEETINGS, READING][i]), day(2 + i), EntryStatus.PENDING);
        }
      }
      // 讲台活动 and their automatic points (activity.seeder.ts), in the same insert of entries.
      entries.push(...(await seedActivities(own, members, [...seeded.rules.values()].flat(), seeded.today, secretary ?? recorder, Prng.derive(plan.seed, 'members.activities', agency.code))));
      if (entries.length) await own.repo(PointsEntry).insert(entries);
      // Last year is archived, as an agency does in January, except in the first agency, whose admin
      // is left to try it; and only with nothing of that year still waiting (a seed run in early January).
      const waiting = entries.some((e) => e.year === year - 1 && e.status === EntryStatus.PENDING);
      if (index > 0 && !waiting) await new ArchiveService().archive(own, recorder, year - 1);
    },
  };
  return inSequence(points, createHonoursSeeder(options), createStarsSeeder(options));
}

/** Two parts' seeders as one: each step of the first, then the same step of the second. */
function inSequence(...parts: ModuleSeeder[]): ModuleSeeder {
  return {
    committee: async (ctx) => {
      for (const p of parts) await p.committee?.(ctx);
    },
    agency: async (ctx) => {
      for (const p of parts) await p.agency?.(ctx);
    },
    finish: async (ctx) => {
      for (const p of parts) await p.finish?.(ctx);
    },
  };
}

/** The seeder the module ships: 'now' is the run's date. */
export const membersSeeder: ModuleSeeder = createMembersSeeder();

function spec(r: (typeof COMMITTEE_RULES)[number], year: number): RuleSpecFields {
  return {
    year,
    category: r.category,
    name: r.name,
    description: r.description ?? null,
    pointsTenths: toTenths(r.points),
    capTenths: r.cap === null ? null : toTenths(r.cap),
    capPeriod: r.capPeriod,
    evidenceRequired: r.evidenceRequired,
    awarder: r.awarder,
    mode: r.mode ?? PointsMode.DECLARED,
    ...(r.autoTrigger ? { autoTrigger: r.autoTrigger } : {}),
  };
}

/** One to three days in the last three months, newest first, a month or more apart so no cap is reached. */
function daysBack(rng: Prng): number[] {
  const n = rng.int(1, 3);
  return Array.from({ length: n }, (_, i) => i * 30 + rng.int(0, 29)).filter((d) => d < HISTORY_DAYS);
}

const maxDate = (a: string, b: string) => (a > b ? a : b);
