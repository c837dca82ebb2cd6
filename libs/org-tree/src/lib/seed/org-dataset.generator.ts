import { Prng } from '@zeren/shared-prng';
import { composeIdNumber } from '@zeren/shared-rules';
import type { PlannedAgency } from '@zeren/tenancy';
import { Gender, MemberCategory } from '../member/party-member.entity';
import { OrgUnitKind } from '../org-unit/org-unit-kind.enum';
import { PostCode } from '../post/post-type.catalogue';
import { EDUCATION, ETHNICITIES, GIVEN_ANY, GIVEN_FEMALE, GIVEN_MALE, STAFF_TITLES, SURNAMES } from './chinese-names.data';
import { ACTION_BRANCH_TASK_FORCES } from './task-forces.data';

/** What the generator reads of a planned agency. */
export type AgencySeed = Pick<PlannedAgency, 'code' | 'name' | 'size' | 'partyCommittee'>;

/** The brief's figures (抓班子成员, 抓专兼职党务干部, 四个在一线) that the demo must reproduce exactly. */
export interface ExactFigures {
  /** Percent of 党支部 secretaries who sit on their agency's leadership team. */
  leaderSecretaryPercent: number;
  /** Distinct people holding a full- or part-time party-affairs post. */
  partyAffairsCadres: number;
  actionBranches: number;
}

export const BRIEF_FIGURES: ExactFigures = { leaderSecretaryPercent: 65, partyAffairsCadres: 3329, actionBranches: 32 };

/** How one agency's party organization is sized, before any names are drawn. */
export interface AgencyShape {
  seed: AgencySeed;
  members: number;
  branches: number;
  organCommittee: boolean;
  /** The leadership team (班子), the head (一把手) included. */
  leaders: number;
  /** Branch secretaries drawn from the leadership team. */
  leaderSecretaries: number;
  actionBranches: number;
  fullTimeCadres: number;
  partTimeCadres: number;
}

export interface UnitPlan {
  key: string;
  parentKey: string | null;
  kind: OrgUnitKind;
  name: string;
  code: string;
  establishedOn: string;
  taskForce: string | null;
  startsOn: string | null;
}

export interface MemberPlan {
  unitKey: string;
  name: string;
  gender: Gender;
  ethnicity: string;
  birthDate: string;
  education: string;
  joinedOn: string;
  category: MemberCategory;
  phone: string;
  leadershipMember: boolean;
  jobTitle: string;
  idNumber: string;
}

export interface AgencyPlan {
  units: UnitPlan[];
  members: MemberPlan[];
  posts: { member: number; unitKey: string; postCode: string; startsOn: string }[];
  transfers: { member: number; fromUnitKey: string; transferredOn: string }[];
  /** Members the demo users stand for: the admin, a branch secretary and an ordinary member. */
  people: { admin: number; secretary: number; member: number };
}

const MEMBERS_PER_BRANCH = 32;

/**
 * Sizes every agency. With `exact`, branch counts, leadership teams and cadre posts are adjusted
 * across agencies so the figures come out at those values; without it (benchmarks) each agency is
 * sized on its own.
 */
export function planShapes(agencies: readonly AgencySeed[], membersTotal: number, seed: number, exact?: ExactFigures): AgencyShape[] {
  const rng = Prng.derive(seed, 'shapes');
  const weights = agencies.map((a) => a.size * (0.85 + rng.next() * 0.3));
  const members = apportion(membersTotal, weights).map((m) => Math.max(m, 12));
  const shapes: AgencyShape[] = agencies.map((agency, i) => {
    const branches = Math.max(2, Math.round(members[i] / MEMBERS_PER_BRANCH));
    const organCommittee = members[i] >= 150 || !!agency.partyCommittee;
    return {
      seed: agency,
      members: members[i],
      branches,
      organCommittee,
      leaders: Math.min(11, 5 + Math.round(members[i] / 150) + rng.int(0, 2)),
      leaderSecretaries: 0,
      actionBranches: 0,
      fullTimeCadres: organCommittee ? rng.int(1, 2) + (members[i] > 600 ? 1 : 0) : rng.chance(0.3) ? 1 : 0,
      partTimeCadres: 0,
    };
  });
  const byMembers = [...shapes].sort((a, b) => b.members - a.members);

  if (exact) {
    // A share of exactly p % needs a branch count whose p % is whole.
    const step = 100 / gcd(exact.leaderSecretaryPercent, 100);
    let surplus = sum(shapes.map((s) => s.branches)) % step;
    for (let i = 0; surplus !== 0; i++) {
      const shape = byMembers[i % byMembers.length];
      if (surplus <= step / 2 && shape.branches > 2) {
        shape.branches--;
        surplus--;
      } else if (surplus > step / 2) {
        shape.branches++;
        surplus = (surplus + 1) % step;
      }
    }
  }
  const totalBranches = sum(shapes.map((s) => s.branches));
  const percent = exact?.leaderSecretaryPercent ?? 65;
  const wanted = exact ? (totalBranches * percent) / 100 : 0;
  // Each leader but the head (who leads the organ committee) can lead at most one branch.
  const capacity = (s: AgencyShape) => Math.min(s.leaders - 1, s.branches);
  if (exact) {
    while (sum(shapes.map(capacity)) < wanted) {
      const room = shapes.filter((s) => s.leaders - 1 < s.branches).sort((a, b) => b.branches - b.leaders - (a.branches - a.leaders))[0];
      if (!room) throw new Error('too few branches for the leader-secretary share');
      room.leaders++;
    }
    apportion(wanted, shapes.map(capacity), shapes.map(capacity)).forEach((k, i) => (shapes[i].leaderSecretaries = k));
  } else {
    for (const s of shapes) s.leaderSecretaries = Math.min(capacity(s), Math.round((s.branches * percent) / 100));
  }

  const actionBranches = exact?.actionBranches ?? Math.round(shapes.length / 3);
  const order = rng.shuffle(shapes.map((_, i) => i));
  for (let i = 0; i < actionBranches; i++) shapes[order[i % order.length]].actionBranches++;

  if (exact) {
    const fullTime = sum(shapes.map((s) => s.fullTimeCadres + (s.organCommittee ? 1 : 0)));
    const partTime = exact.partyAffairsCadres - fullTime;
    apportion(partTime, shapes.map((s) => s.branches)).forEach((n, i) => (shapes[i].partTimeCadres = n));
  } else {
    for (const s of shapes) s.partTimeCadres = Math.round(s.branches * 3.7);
  }
  return shapes;
}

/** One agency's units, members and posts, drawn from its own generator so agencies can be built one at a time. */
export function buildAgency(shape: AgencyShape, seed: number, taskForceOffset = 0): AgencyPlan {
  const rng = Prng.derive(seed, 'agency', shape.seed.code);
  const { name } = shape.seed;
  // 市财政局 → 东营市财政局; a name that already says 中共 (the party school) must not say it twice.
  const full = (name.startsWith('市') ? `东营${name}` : name).replace(/^中共/, '');
  const committee = !!shape.seed.partyCommittee;
  const [headTitle, deputyTitle] = titlesFor(name);
  const units: UnitPlan[] = [];
  const unit = (u: Omit<UnitPlan, 'establishedOn' | 'taskForce' | 'startsOn'> & Partial<UnitPlan>) => {
    units.push({ establishedOn: rng.date(1995, 2018), taskForce: null, startsOn: null, ...u });
    return u.key;
  };

  const root = unit({ key: 'root', parentKey: null, kind: committee ? OrgUnitKind.PARTY_COMMITTEE : OrgUnitKind.PARTY_GROUP, name: `中共${full}${committee ? '委员会' : '党组'}`, code: committee ? 'DW' : 'DZ' });
  const organ = shape.organCommittee
    ? unit({ key: 'organ', parentKey: root, kind: OrgUnitKind.ORGAN_PARTY_COMMITTEE, name: `中共${full}机关委员会`, code: 'JGDW' })
    : null;
  const branchParentTop = organ ?? root;
  // Larger agencies group their branches under general branches (党总支): five levels in all.
  const generals: string[] = [];
  if (shape.branches >= 10) {
    const count = Math.ceil(shape.branches / 5);
    for (let g = 0; g < count; g++) {
      generals.push(unit({ key: `g${g}`, parentKey: branchParentTop, kind: OrgUnitKind.GENERAL_BRANCH, name: `机关第${cn(g + 1)}党总支`, code: `DZZ${g + 1}` }));
    }
  }
  const branchSizes = apportion(shape.members - shape.leaders - shape.fullTimeCadres - (organ ? 1 : 0), Array.from({ length: shape.branches }, () => 0.7 + rng.next() * 0.6));
  const branches: string[] = [];
  const memberUnits: string[][] = [];
  for (let b = 0; b < shape.branches; b++) {
    const retirees = b === shape.branches - 1 && shape.branches >= 4;
    const key = unit({
      key: `b${b}`,
      parentKey: generals.length ? generals[b % generals.length] : branchParentTop,
      kind: OrgUnitKind.BRANCH,
      name: retirees ? '离退休干部党支部' : `机关第${cn(b + 1)}党支部`,
      code: `ZB${b + 1}`,
    });
    branches.push(key);
    // Large branches split into party cells; without an organ committee the first one does too, so
    // every tree is at least three levels deep.
    const cells = branchSizes[b] >= 40 ? 2 + (branchSizes[b] >= 60 ? 1 : 0) : b === 0 && !organ ? 2 : 0;
    const cellKeys = Array.from({ length: cells }, (_, c) =>
      unit({ key: `${key}c${c}`, parentKey: key, kind: OrgUnitKind.PARTY_CELL, name: `第${cn(c + 1)}党小组`, code: `ZB${b + 1}-${c + 1}` }),
    );
    memberUnits.push(cells ? cellKeys : [key]);
  }
  for (let x = 0; x < shape.actionBranches; x++) {
    const startsOn = rng.date(2021, 2024);
    const taskForce = ACTION_BRANCH_TASK_FORCES[(taskForceOffset + x) % ACTION_BRANCH_TASK_FORCES.length];
    unit({ key: `x${x}`, parentKey: branchParentTop, kind: OrgUnitKind.ACTION_BRANCH, name: `${taskForce}行动支部`, code: `XDZB${x + 1}`, establishedOn: startsOn, startsOn, taskForce });
  }

  const members: Omit<MemberPlan, 'idNumber'>[] = [];
  const add = (unitKey: string, leader: boolean, jobTitle?: string, fullMember = false) => {
    const drawn = person(rng, unitKey, leader, jobTitle ?? rng.weighted(STAFF_TITLES));
    // An elected post's holder is a full member (the catalogue's rule); the draw itself stays the same.
    const joinedYear = Math.min(2024, Number(drawn.birthDate.slice(0, 4)) + 22);
    members.push(fullMember && drawn.category !== MemberCategory.FULL ? { ...drawn, category: MemberCategory.FULL, joinedOn: `${joinedYear}-07-01` } : drawn);
    return members.length - 1;
  };
  const posts: AgencyPlan['posts'] = [];
  const post = (member: number, unitKey: string, postCode: string) => posts.push({ member, unitKey, postCode, startsOn: rng.date(2019, 2024) });

  // The leadership team: the head leads the party group and (一把手兼任) the organ committee;
  // deputies lead branches of their own divisions.
  const head = add(branches[0], true, headTitle);
  post(head, root, PostCode.PARTY_GROUP_SECRETARY);
  if (organ) post(head, organ, PostCode.ORGAN_COMMITTEE_SECRETARY);
  const leaderBranches = rng.shuffle(branches.map((_, i) => i)).slice(0, shape.leaderSecretaries);
  const secretaryOf = new Map<number, number>();
  for (let l = 1; l < shape.leaders; l++) {
    const b = leaderBranches[l - 1];
    const leader = add(branches[b ?? rng.int(0, branches.length - 1)], true, deputyTitle);
    post(leader, root, PostCode.PARTY_GROUP_MEMBER);
    if (b !== undefined) secretaryOf.set(b, leader);
  }
  let admin = head;
  if (organ) {
    admin = add(branches[0], false, '机关党委专职副书记', true);
    post(admin, organ, PostCode.ORGAN_COMMITTEE_FULL_TIME_DEPUTY);
  }
  for (let f = 0; f < shape.fullTimeCadres; f++) {
    const cadre = add(branches[0], false, '机关党委办公室干事');
    post(cadre, organ ?? root, PostCode.FULL_TIME_CADRE);
    if (!organ && f === 0) admin = cadre;
  }

  // Everyone else, branch by branch; each branch keeps a pool of members without a post yet.
  const pools = branchSizes.map((size, b) => {
    const pool: number[] = [];
    for (let m = 0; m < size; m++) pool.push(add(memberUnits[b][m % memberUnits[b].length], false));
    return pool;
  });
  const take = (b: number) => {
    const pool = pools[b].length ? pools[b] : pools.find((p) => p.length)!;
    return pool.splice(rng.int(0, pool.length - 1), 1)[0];
  };
  // Elected posts go to full members, as the catalogue's rules say (one draw either way, so the rest
  // of the dataset does not move).
  const takeFull = (b: number) => {
    const pool = pools[b].length ? pools[b] : pools.find((p) => p.length)!;
    const full = pool.filter((m) => members[m].category === MemberCategory.FULL);
    const pick = (full.length ? full : pool)[rng.int(0, (full.length ? full : pool).length - 1)];
    pool.splice(pool.indexOf(pick), 1);
    return pick;
  };
  let secretary = -1;
  let secretaryBranch = 0;
  branches.forEach((key, b) => {
    const holder = secretaryOf.get(b) ?? takeFull(b);
    if (!secretaryOf.has(b) && secretary < 0) {
      secretary = holder;
      secretaryBranch = b;
    }
    post(holder, key, PostCode.BRANCH_SECRETARY);
    if (branchSizes[b] >= 15) for (const code of [PostCode.ORGANIZATION_MEMBER, PostCode.PUBLICITY_MEMBER, PostCode.DISCIPLINE_MEMBER]) post(takeFull(b), key, code);
  });
  for (let p = 0; p < shape.partTimeCadres; p++) {
    const b = p % branches.length;
    post(take(b), branches[b], PostCode.PART_TIME_CADRE);
  }
  // A 党总支's secretary comes from a branch under it (branch g sits under general branch g).
  generals.forEach((key, g) => post(takeFull(g % branches.length), key, PostCode.GENERAL_BRANCH_SECRETARY));
  for (let x = 0; x < shape.actionBranches; x++) post(takeFull(rng.int(0, branches.length - 1)), `x${x}`, PostCode.BRANCH_SECRETARY);

  // A few members came from another branch of the agency: their history shows the move.
  const transfers: AgencyPlan['transfers'] = [];
  for (let t = 0; t < Math.min(3, branches.length - 1); t++) {
    const member = take(t + 1);
    transfers.push({ member, fromUnitKey: branches[t], transferredOn: rng.date(2022, 2025) });
  }
  // The demo member belongs to the demo secretary's branch, so the secretary's data scope shows them.
  const member = take(secretaryBranch);
  return { units, members: withIdNumbers(members), posts, transfers, people: { admin, secretary: secretary < 0 ? head : secretary, member } };
}

/**
 * Identity numbers that pass their check, with the member's birth date and gender and a Dongying
 * district's region code: counted per birth date and gender, never drawn, so that the random
 * sequence (and with it every figure of the demo) stays what it was before members had them.
 */
function withIdNumbers(members: Omit<MemberPlan, 'idNumber'>[]): MemberPlan[] {
  const seen = new Map<string, number>();
  return members.map((m) => {
    const key = `${m.birthDate}${m.gender}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return { ...m, idNumber: composeIdNumber(370502 + Math.floor(n / 500), m.birthDate, n, m.gender) };
  });
}

function person(rng: Prng, unitKey: string, leader: boolean, jobTitle: string): Omit<MemberPlan, 'idNumber'> {
  const gender = rng.chance(leader ? 0.8 : 0.58) ? Gender.MALE : Gender.FEMALE;
  const given = gender === Gender.MALE ? GIVEN_MALE : GIVEN_FEMALE;
  const name = rng.weighted(SURNAMES) + rng.pick([...given]) + (rng.chance(0.7) ? rng.pick([...given, ...GIVEN_ANY]) : '');
  const birthYear = leader ? rng.int(1965, 1980) : rng.int(1963, 2000);
  const birthDate = rng.date(birthYear, birthYear);
  const probationary = !leader && birthYear >= 1995 && rng.chance(0.15);
  const joinedYear = probationary ? 2025 : Math.min(2024, birthYear + rng.int(19, 32));
  return {
    unitKey,
    name,
    gender,
    ethnicity: rng.weighted(ETHNICITIES),
    birthDate,
    education: rng.weighted(EDUCATION),
    joinedOn: rng.date(joinedYear, joinedYear),
    category: probationary ? MemberCategory.PROBATIONARY : MemberCategory.FULL,
    phone: `1${rng.pick(['3', '5', '7', '8', '9'])}${String(rng.int(0, 999_999_999)).padStart(9, '0')}`,
    leadershipMember: leader,
    jobTitle,
  };
}

/** The head's and a deputy's title, from the kind of body the name ends with. */
function titlesFor(name: string): [string, string] {
  const rules: [RegExp, string][] = [
    [/管委会$/, '主任'], [/(学院|医院|研究院|保健院|法院|检察院)$/, '院长'], [/党校$/, '常务副校长'], [/中学$/, '校长'],
    [/局$/, '局长'], [/(委员会|办公室|中心)$/, '主任'], [/部$/, '部长'], [/(联合会|总工会|红十字会|联合社)$/, '主席'],
    [/社$/, '社长'], [/馆$/, '馆长'], [/市委$/, '书记'], [/机关$/, '秘书长'],
  ];
  const head = rules.find(([re]) => re.test(name))?.[1] ?? '主要负责人';
  return [head, head.startsWith('常务副') ? '副校长' : `副${head}`];
}

function cn(n: number): string {
  const digits = '零一二三四五六七八九';
  if (n < 10) return digits[n];
  if (n < 20) return `十${n % 10 ? digits[n % 10] : ''}`;
  return `${digits[Math.floor(n / 10)]}十${n % 10 ? digits[n % 10] : ''}`;
}

/** Splits `total` into whole parts by weight (largest remainder), each at most `caps[i]` if given. */
export function apportion(total: number, weights: readonly number[], caps?: readonly number[]): number[] {
  const w = sum(weights);
  const exact = weights.map((x) => (w ? (total * x) / w : 0));
  const parts = exact.map((x, i) => Math.min(Math.floor(x), caps?.[i] ?? Infinity));
  let left = total - sum(parts);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  while (left > 0) {
    let moved = false;
    for (const [, i] of order) {
      if (left === 0) break;
      if (parts[i] < (caps?.[i] ?? Infinity)) {
        parts[i]++;
        left--;
        moved = true;
      }
    }
    if (!moved) throw new Error(`cannot apportion ${total} within the caps`);
  }
  return parts;
}

const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);
const gcd = (a: number, b: number): number => (b ? gcd(b, a % b) : a);
