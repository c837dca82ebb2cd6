import { In, IsNull } from 'typeorm';
import { COMMITTEE_USERS, LoginName, SEEDED_AGENCY_USERS } from '@zeren/auth';
import { MemberStatus, OrgUnit, PartyMember, PostAssignment } from '@zeren/org-tree';
import { DAY_MS, localDateOf } from '@zeren/shared-periods';
import { newId, SEEDED_COMMITTEE, SeedKey, type ModuleSeeder, type NewRow, type TenantDb } from '@zeren/tenancy';
import { DisciplineRecord, HonourNomination, HonourRound, OutsideHonour } from '../honour/honour.entity';
import { DisciplineKind, EligibilityRuleKind, HonourCategory, HonourLevel, HonourRoundStatus, NominationStatus } from '../honour/honour.enums';
import { BASIC_UNITS } from '../honour/honour.service';

/** The brief: "近两年来…178名共产党员、87名党务工作者、81个基层党组织受到市级以上表彰". */
export const BRIEF_HONOURS = { members: 178, partyWorkers: 87, organisations: 81 } as const;

export interface HonoursSeedOptions {
  now?: () => Date;
  /** The brief's 178 / 87 / 81 whatever the plan (for a spec on a small plan); else when the plan asks for the brief's figures. */
  briefHonours?: boolean;
}

interface SeededRounds {
  today: string;
  committeeAdminId: string;
  /** Published two and one years back (inside the brief's window), three back (outside it), and the open one. */
  earlier: HonourRound;
  last: HonourRound;
  old: HonourRound;
  current: HonourRound;
}

const ROUNDS = new SeedKey<SeededRounds>('members.honourRounds');
const DEEDS = '该同志(组织)政治坚定、作风过硬,在推进本单位中心工作和党建工作中发挥了先锋模范(战斗堡垒)作用,群众认可度高。';
const REJECT = '推荐材料中的主要事迹不够具体,不符合本次评选标准';

/**
 * 表彰 for the demo: four committee rounds (three published, one open for nominations now) and, per
 * agency, its share of the results over the two years before today (approved nominations and outside
 * honours), with the brief's 178 / 87 / 81 across all agencies when the plan asks for the brief's
 * figures; a rejected nomination, results outside the window, and two discipline records (one within
 * its influence period). Per agency: three reads, three inserts, and one transition per decision.
 */
export function createHonoursSeeder(options: HonoursSeedOptions = {}): ModuleSeeder {
  // What the agencies so far were given, within one run.
  const given = { members: 0, partyWorkers: 0, organisations: 0 };
  return {
    async committee({ db, shared }) {
      Object.assign(given, { members: 0, partyWorkers: 0, organisations: 0 });
      const now = options.now?.() ?? new Date();
      const today = localDateOf(now);
      const year = Number(today.slice(0, 4));
      const committee = shared.get(SEEDED_COMMITTEE);
      const admin = await db.reference(LoginName).findOneBy({ tenantId: committee.id, username: COMMITTEE_USERS[0].username });
      if (!admin) throw new Error('The honours seed needs the committee admin user (auth seeds it)');
      const round = (y: number, opened: number, closed: number, published: number | null, rules: HonourRound['rules']): HonourRound =>
        Object.assign(new HonourRound(), {
          id: newId(),
          createdAt: new Date(now.getTime() - (opened + 5) * DAY_MS),
          updatedAt: now,
          year: y,
          title: `${y}年度市直机关优秀共产党员、优秀党务工作者和先进基层党组织评选`,
          level: HonourLevel.MUNICIPAL,
          categories: [HonourCategory.MEMBER, HonourCategory.PARTY_WORKER, HonourCategory.ORGANISATION],
          quotaPerAgency: 6,
          quotaTotal: null,
          opensOn: daysBefore(today, opened),
          closesOn: daysBefore(today, closed),
          rules,
          status: published === null ? HonourRoundStatus.OPEN : HonourRoundStatus.PUBLISHED,
          publishedOn: published === null ? null : daysBefore(today, published),
        });
      const basic = [{ kind: EligibilityRuleKind.NOT_DISQUALIFIED, threshold: null }, { kind: EligibilityRuleKind.NO_DISCIPLINE, threshold: null }];
      const old = round(year - 3, 860, 830, 800, basic);
      const earlier = round(year - 2, 660, 630, 600, basic);
      const last = round(year - 1, 300, 270, 240, basic);
      const current = round(year, 7, -30, null, [...basic, { kind: EligibilityRuleKind.MIN_POINTS, threshold: 1 }, { kind: EligibilityRuleKind.MIN_STARS, threshold: 3 }]);
      await db.register(HonourRound).insert([old, earlier, last, current]);
      shared.set(ROUNDS, { today, committeeAdminId: admin.userId, earlier, last, old, current });
    },

    async agency({ plan, index, shared, asAgency, db }) {
      const seeded = shared.get(ROUNDS);
      const own = asAgency();
      const { today } = seeded;
      const members = await own.repo(PartyMember).find({ where: { status: MemberStatus.ACTIVE }, select: { id: true, unitId: true, userId: true }, order: { id: 'ASC' } });
      if (members.length === 0) return;
      const posts = await own.repo(PostAssignment).find({ where: { endsOn: IsNull() }, select: { memberId: true }, order: { memberId: 'ASC' } });
      const units = await own.repo(OrgUnit).find({ where: { kind: In([...BASIC_UNITS]), dissolvedOn: IsNull() }, select: { id: true }, order: { id: 'ASC' } });
      const users = shared.get(SEEDED_AGENCY_USERS);
      const createdById = users.find((u) => u.person === 'admin')?.id ?? seeded.committeeAdminId;
      const demo = new Set(users.map((u) => u.id));
      const n = plan.agencies.length;
      const target = (options.briefHonours ?? plan.briefFigures) ? BRIEF_HONOURS : { members: 2 * n, partyWorkers: n, organisations: n };
      // The demo accounts stay free of honours and sanctions, for the demo to nominate them.
      const plain = members.filter((m) => !m.userId || !demo.has(m.userId));
      const holders = [...new Set(posts.map((p) => p.memberId))].filter((id) => plain.some((m) => m.id === id));
      const others = plain.filter((m) => !holders.includes(m.id));
      // Each agency takes an even part of what is left, as far as it has people and units; the last ones make up the rest.
      const left = n - index;
      const part = (key: keyof typeof BRIEF_HONOURS, room: number) => {
        const wanted = Math.ceil((target[key] - given[key]) / left);
        const taken = Math.min(room, left === 1 ? target[key] - given[key] : Math.max(wanted, 0));
        given[key] += taken;
        return taken;
      };
      const honoured = others.slice(0, part('members', Math.max(0, others.length - 4)));
      const workers = holders.slice(0, part('partyWorkers', holders.length));
      const bodies = units.slice(0, part('organisations', units.length));
      if (left === 1 && (given.members !== target.members || given.partyWorkers !== target.partyWorkers || given.organisations !== target.organisations)) {
        throw new Error(`The honours seed could place only ${given.members} / ${given.partyWorkers} / ${given.organisations} of ${target.members} / ${target.partyWorkers} / ${target.organisations} results`);
      }
      const unitOf = new Map(members.map((m) => [m.id, m.unitId]));
      const nominations: NewRow<HonourNomination>[] = [];
      const outside: NewRow<OutsideHonour>[] = [];
      const decisions: { at: number; to: NominationStatus }[] = [];
      const nominate = (round: HonourRound, category: HonourCategory, memberId: string | null, unitId: string, to: NominationStatus | null) => {
        if (to) decisions.push({ at: nominations.length, to });
        nominations.push({ roundId: round.id, category, memberId, unitId, deeds: DEEDS, evidence: [], status: NominationStatus.SUBMITTED, createdById, rejectReason: null, decidedById: null, decidedAt: null });
      };
      const result = (j: number, category: HonourCategory, memberId: string | null, unitId: string) => {
        if (j % 3 === 0) return nominate(seeded.earlier, category, memberId, unitId, NominationStatus.APPROVED);
        if (j % 3 === 1) return nominate(seeded.last, category, memberId, unitId, NominationStatus.APPROVED);
        const level = j % 9 === 2 ? HonourLevel.NATIONAL : HonourLevel.PROVINCIAL;
        const title = category === HonourCategory.ORGANISATION ? '先进基层党组织' : category === HonourCategory.PARTY_WORKER ? '优秀党务工作者' : '优秀共产党员';
        outside.push({ category, level, memberId, unitId, title: `${level === HonourLevel.NATIONAL ? '全国' : '全省'}${title}`, conferredBy: level === HonourLevel.NATIONAL ? '中共中央组织部' : '中共山东省委组织部', conferredOn: daysBefore(today, 400 + (j % 50)), recordedById: createdById });
      };
      honoured.forEach((m, j) => result(j, HonourCategory.MEMBER, m.id, m.unitId));
      workers.forEach((id, j) => result(j + 1, HonourCategory.PARTY_WORKER, id, unitOf.get(id)!));
      bodies.forEach((u, j) => result(j + 2, HonourCategory.ORGANISATION, null, u.id));
      // Not counted: a rejection, a result of the round three years back, an outside honour before the window.
      const spare = plain.filter((m) => !honoured.includes(m) && !workers.includes(m.id));
      const first = spare[0] ?? plain[0];
      nominate(seeded.last, HonourCategory.MEMBER, first.id, first.unitId, NominationStatus.REJECTED);
      nominate(seeded.old, HonourCategory.MEMBER, first.id, first.unitId, NominationStatus.APPROVED);
      outside.push({ category: HonourCategory.MEMBER, level: HonourLevel.PROVINCIAL, memberId: first.id, unitId: first.unitId, title: '全省优秀共产党员', conferredBy: '中共山东省委组织部', conferredOn: daysBefore(today, 900), recordedById: createdById });
      // The open round: one agency in three has nominated someone already, waiting for the committee.
      const waiting = spare[1] ?? plain[0];
      if (index % 3 === 0) nominate(seeded.current, HonourCategory.MEMBER, waiting.id, waiting.unitId, null);
      const rows = await own.repo(HonourNomination).insert(nominations);
      if (outside.length) await own.repo(OutsideHonour).insert(outside);
      const sanctioned = spare[2] ?? plain[plain.length - 1];
      const cleared = spare[3] ?? plain[0];
      await own.repo(DisciplineRecord).insert([
        { memberId: sanctioned.id, kind: DisciplineKind.WARNING, decidedOn: daysBefore(today, 60), influenceEndsOn: daysBefore(today, -305), note: '违反工作纪律,给予党内警告处分', recordedById: createdById },
        { memberId: cleared.id, kind: DisciplineKind.SERIOUS_WARNING, decidedOn: daysBefore(today, 800), influenceEndsOn: daysBefore(today, 70), note: '违反廉洁纪律,给予党内严重警告处分(影响期已满)', recordedById: createdById },
      ]);
      await decide(db, rows, decisions, seeded.committeeAdminId);
    },
  };
}

/** The committee's decisions, one transition each, by its side of the dispatch policy. */
async function decide(db: TenantDb, rows: HonourNomination[], decisions: readonly { at: number; to: NominationStatus }[], userId: string): Promise<void> {
  if (rows.length === 0) return;
  const committee = db.dispatch([rows[0].tenantId]).repo(HonourNomination);
  for (const d of decisions) {
    const row = rows[d.at];
    const patch = d.to === NominationStatus.REJECTED ? { rejectReason: REJECT, decidedById: userId, decidedAt: row.createdAt } : { decidedById: userId, decidedAt: row.createdAt };
    await committee.transition(row.id, d.to, patch, '表彰提名');
  }
}

const daysBefore = (today: string, days: number) => localDateOf(new Date(Date.parse(`${today}T12:00:00+08:00`) - days * DAY_MS));
