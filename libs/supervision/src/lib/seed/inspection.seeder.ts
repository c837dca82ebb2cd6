import { In, IsNull } from 'typeorm';
import { COMMITTEE_USERS, LoginName, SEEDED_AGENCY_USERS } from '@zeren/auth';
import { StoredFile, type EvidenceRef } from '@zeren/files';
import { PostAssignment, PostCode } from '@zeren/org-tree';
import { endOfLocalDay, localDateOf, localYear, startOfLocalDay, type LocalDate } from '@zeren/shared-periods';
import { Prng } from '@zeren/shared-prng';
import { newId, SEEDED_AGENCY, SEEDED_COMMITTEE, SeedKey, TenantStatus, type ModuleSeeder, type NewRow } from '@zeren/tenancy';
import { FindingCategory, InspectionCampaign, InspectionFinding, InspectionTeam, InspectionVisit } from '../inspection/inspection.entity';
import { Rectification, RectificationExtension } from '../rectification/rectification.entity';
import { ensureFindingCategories } from '../inspection/finding-category.catalogue';
import { CampaignStatus, ExtensionStatus, FindingSeverity, RectificationSource, RectificationStatus as S } from '../supervision.enums';
import { newRectification } from '../rectification/rectification.service';
import {
  CLOSE_NOTES,
  EXTENSION_REASONS,
  EXTENSION_REJECTED,
  FINDING_TEXTS,
  MEASURES,
  REPORTS,
  REPORTS_AGAIN,
  VERIFY_FAILED,
  VERIFY_PASSED,
  VISIT_NOTES,
  VISIT_NOTES_CLEAN,
} from './inspection-catalogue.data';

export interface InspectionSeedOptions {
  /** The seed's 'now' (what has happened so far); the run's date by default, fixed in tests. */
  now?: () => Date;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** The current year and the two before it. */
const YEARS = 3;
/** Of this year's campaign, the share of agencies visited so far (the rest is the 未督查 list). */
const VISITED_THIS_YEAR = 0.85;
/** Plans this small (the isolation sweep's) visit every agency this year and give each the demo users' set. */
const SMALL_PLAN = 5;
/** Posts that answer for a rectification, in order of preference (机关党委 first: it runs the agency's party work). */
const RESPONSIBLE_POSTS: readonly string[] = [PostCode.ORGAN_COMMITTEE_FULL_TIME_DEPUTY, PostCode.ORGAN_COMMITTEE_SECRETARY, PostCode.BRANCH_SECRETARY, PostCode.PARTY_GROUP_MEMBER, PostCode.PARTY_GROUP_SECRETARY];

/** Whole seconds: SQLite keeps no more, and both engines must hold the same values. */
const whole = (t: number): Date => new Date(Math.floor(t / 1000) * 1000);
const atLocal = (date: LocalDate, hour: number): number => startOfLocalDay(date).getTime() + Math.round(hour * 60) * 60_000;
const addDays = (date: LocalDate, days: number): LocalDate => localDateOf(new Date(startOfLocalDay(date).getTime() + days * DAY + 12 * HOUR));

interface SeededCampaign {
  year: number;
  id: string;
  teams: { id: string; leaderUserId: string; tenantIds: string[] }[];
}

interface SeededInspection {
  now: Date;
  year: number;
  campaigns: SeededCampaign[];
  categories: { id: string; name: string; weight: number }[];
  committeeAdminId: string;
  /** Agencies (plan positions) this year's campaign has reached so far. */
  visitedThisYear: ReadonlySet<number>;
}

const INSPECTION = new SeedKey<SeededInspection>('supervision.inspection.seed');

/**
 * How an agency goes about one rectification. Its timeline stops at `now`, so recent problems are
 * still being worked on by themselves; the stalled intents leave a few of past years open.
 */
type Intent = 'onTime' | 'late' | 'failedOnce' | 'reworking' | 'neverStarted' | 'stalled' | 'awaitingVerification' | 'awaitingClosure';
const PAST_YEAR: readonly (readonly [Intent, number])[] = [
  ['onTime', 72],
  ['late', 12],
  ['failedOnce', 8],
  ['reworking', 1],
  ['neverStarted', 1],
  ['stalled', 3],
  ['awaitingVerification', 2],
  ['awaitingClosure', 2],
];
const THIS_YEAR: readonly (readonly [Intent, number])[] = [
  ['onTime', 52],
  ['late', 15],
  ['failedOnce', 10],
  ['reworking', 5],
  ['neverStarted', 6],
  ['stalled', 7],
  ['awaitingVerification', 3],
  ['awaitingClosure', 4],
];
const SEVERITIES: readonly (readonly [FindingSeverity, number])[] = [
  [FindingSeverity.GENERAL, 60],
  [FindingSeverity.SERIOUS, 30],
  [FindingSeverity.GRAVE, 10],
];
const FINDINGS_PER_VISIT: readonly (readonly [number, number])[] = [
  [0, 14],
  [1, 30],
  [2, 30],
  [3, 17],
  [4, 9],
];
const TEAM_NAMES = ['第一督查组', '第二督查组', '第三督查组', '第四督查组', '第五督查组', '第六督查组'];

/**
 * The yearly 机关党建全覆盖督查 of the last three years and its 整改台账, for the demo. The committee
 * step writes the campaigns and their 4–6 teams of committee users; each agency step writes that
 * agency's visits, findings and rectifications of all three years in a few statements (the
 * committee's rows as the committee, through acting-for; what the agency answers as the agency,
 * through its own scope); the finish step names each team's agencies. Every active agency was
 * visited in past years, most of them this year.
 */
export function createInspectionSeeder(options: InspectionSeedOptions = {}): ModuleSeeder {
  return {
    async committee({ db, plan, shared }) {
      const now = options.now?.() ?? new Date();
      const year = localYear(now);
      await ensureFindingCategories(db);
      const categories = (await db.reference(FindingCategory).find({ where: { retired: false }, order: { position: 'ASC' } })).map((c) => ({
        id: c.id,
        name: c.name,
        // 其他 is what an inspector writes least: the named problems are the frame.
        weight: c.name === '其他' ? 1 : 3,
      }));
      const committee = shared.get(SEEDED_COMMITTEE);
      const users = await db.reference(LoginName).find({ where: { tenantId: committee.id, username: In(COMMITTEE_USERS.map((u) => u.username)) } });
      const admin = users.find((u) => u.username === COMMITTEE_USERS[0].username);
      if (!admin) throw new Error('The inspection seed needs the committee admin user (auth seeds it)');
      const userIds = COMMITTEE_USERS.map((u) => users.find((l) => l.username === u.username)?.userId).filter((id): id is string => !!id);
      const campaigns: SeededCampaign[] = [];
      const campaignRows: InspectionCampaign[] = [];
      const teamRows: InspectionTeam[] = [];
      const stamp = whole(now.getTime() - HOUR);
      for (let y = year - YEARS + 1; y <= year; y++) {
        const id = newId();
        const current = y === year;
        const startsOn = current ? localDateOf(new Date(Math.min(atLocal(`${y}-03-01`, 9), now.getTime() - 2 * DAY))) : `${y}-03-01`;
        campaignRows.push({
          id,
          year: y,
          title: `${y}年度机关党建全覆盖督查`,
          startsOn,
          endsOn: `${y}-11-30`,
          status: current ? CampaignStatus.UNDERWAY : CampaignStatus.CLOSED,
          createdById: admin.userId,
          createdAt: stamp,
          updatedAt: stamp,
        });
        const count = 4 + (y % 3);
        const teams = TEAM_NAMES.slice(0, count).map((name, k) => {
          const leaderUserId = userIds[k % userIds.length];
          const row: InspectionTeam = {
            id: newId(),
            campaignId: id,
            name,
            leaderUserId,
            memberUserIds: userIds.filter((u) => u !== leaderUserId),
            tenantIds: [],
            createdAt: stamp,
            updatedAt: stamp,
          };
          teamRows.push(row);
          return { id: row.id, leaderUserId, tenantIds: row.tenantIds };
        });
        campaigns.push({ year: y, id, teams });
      }
      await db.register(InspectionCampaign).insert(campaignRows);
      await db.register(InspectionTeam).insert(teamRows);
      // The agencies with demo users are visited first, so their admins find rectifications to answer.
      const order = Prng.derive(plan.seed, 'supervision', 'visited', year).shuffle([...plan.agencies.keys()]);
      const ranked = [...order.filter((i) => plan.agencies[i].demoUsers), ...order.filter((i) => !plan.agencies[i].demoUsers)];
      const n = plan.agencies.length;
      // At least one agency not yet inspected, so that the coverage list has rows.
      const visited = n <= SMALL_PLAN ? n : Math.min(n - 1, Math.round(n * VISITED_THIS_YEAR));
      shared.set(INSPECTION, { now, year, campaigns, categories, committeeAdminId: admin.userId, visitedThisYear: new Set(ranked.slice(0, visited)) });
    },

    async agency({ db, plan, agency, index, shared, asAgency }) {
      const seeded = shared.get(INSPECTION);
      const tenant = shared.get(SEEDED_AGENCY);
      if (tenant.status !== TenantStatus.ACTIVE) return;
      const own = asAgency();
      const posts = await own.repo(PostAssignment).find({ where: { endsOn: IsNull() } });
      const responsible = RESPONSIBLE_POSTS.map((code) => posts.find((p) => p.postCode === code)).find((p) => p) ?? posts[0];
      const admin = shared.get(SEEDED_AGENCY_USERS).find((u) => u.person === 'admin');
      // A report cites the agency's own files (the ledger asks for at least one piece of evidence).
      const files = await own.repo(StoredFile).find({ order: { name: 'ASC' }, take: 2 });
      const built = buildAgencyInspections(seeded, {
        tenantId: tenant.id,
        index,
        agencies: plan.agencies.length,
        // The demo users' agencies, and every agency of a small plan, get a set to act on this year.
        demo: agency.demoUsers || plan.agencies.length <= SMALL_PLAN,
        // The agency's admin reports; without accounts the committee's admin enters for it (工委代录).
        reporterId: admin?.id ?? seeded.committeeAdminId,
        responsible: responsible ? { memberId: responsible.memberId, postCode: responsible.postCode } : null,
        evidence: files.map((f) => ({ fileId: f.id, sha256: f.sha256 })),
        rng: Prng.derive(plan.seed, 'supervision', 'inspection', agency.code),
      });
      // The committee's rows in one statement per table, written as the committee into this agency.
      const committee = db.actingFor(tenant.id);
      await committee.repo(InspectionVisit).insert(built.visits);
      if (built.findings.length) await committee.repo(InspectionFinding).insert(built.findings);
      if (built.rectifications.length) await committee.repo(Rectification).insert(built.rectifications);
      // What the agency answered, each row's own: the scoped layer lets the agency write only its fields.
      const agencySide = own.repo(Rectification);
      for (const { id, patch } of built.answers) await agencySide.update({ id }, patch);
      if (built.extensions.length) {
        await own.repo(RectificationExtension).insert(built.extensions.map((e) => e.row));
        const decide = db.dispatch([tenant.id]).repo(RectificationExtension);
        for (const e of built.extensions) if (e.decision) await decide.transition(e.row.id, e.decision.status, e.decision.patch, '延期申请');
      }
    },

    async finish({ db, shared }) {
      const seeded = shared.get(INSPECTION);
      const teams = db.register(InspectionTeam);
      for (const campaign of seeded.campaigns) for (const team of campaign.teams) await teams.update({ id: team.id }, { tenantIds: team.tenantIds });
    },
  };
}

/** The seeder the module ships: 'now' is the run's date. */
export const inspectionSeeder: ModuleSeeder = createInspectionSeeder();

interface AgencyFacts {
  tenantId: string;
  index: number;
  agencies: number;
  demo: boolean;
  reporterId: string;
  responsible: { memberId: string; postCode: string } | null;
  evidence: EvidenceRef[];
  rng: Prng;
}

type RectificationAnswer = Pick<Rectification, 'measures' | 'responsibleMemberId' | 'responsiblePostCode' | 'startedAt' | 'report' | 'evidence' | 'firstRectifiedAt' | 'rectifiedAt' | 'rectifiedById' | 'late'>;

interface BuiltInspections {
  visits: NewRow<InspectionVisit>[];
  findings: NewRow<InspectionFinding>[];
  rectifications: NewRow<Rectification>[];
  answers: { id: string; patch: Partial<RectificationAnswer> }[];
  extensions: { row: NewRow<RectificationExtension> & { id: string }; decision: { status: ExtensionStatus; patch: Partial<RectificationExtension> } | null }[];
}

/** One agency's three years of visits, findings and rectifications as they stand at `now`. */
function buildAgencyInspections(seeded: SeededInspection, facts: AgencyFacts): BuiltInspections {
  const { rng } = facts;
  const now = seeded.now.getTime();
  const out: BuiltInspections = { visits: [], findings: [], rectifications: [], answers: [], extensions: [] };
  let lastYear: { id: string; categoryId: string }[] = [];
  for (const campaign of seeded.campaigns) {
    const current = campaign.year === seeded.year;
    const team = campaign.teams[facts.index % campaign.teams.length];
    // The team is to visit the agency whether or not it has been there yet.
    team.tenantIds.push(facts.tenantId);
    if (current && !seeded.visitedThisYear.has(facts.index)) {
      lastYear = [];
      continue;
    }
    // Visits from mid-March to late October in plan order; this year's squeezed into the part already past.
    const planned = atLocal(addDays(`${campaign.year}-03-15`, Math.floor((facts.index / Math.max(1, facts.agencies)) * 220) + rng.int(0, 3)), 9.5);
    const visitAt = current ? squeeze(planned, campaign.year, now) : planned;
    const visitedOn = localDateOf(new Date(visitAt));
    const visitId = newId();
    let count = rng.weighted(FINDINGS_PER_VISIT);
    if (current && facts.demo) count = Math.max(count, 3);
    out.visits.push({ id: visitId, campaignId: campaign.id, teamId: team.id, visitedOn, notes: count ? rng.pick(VISIT_NOTES) : VISIT_NOTES_CLEAN, createdById: team.leaderUserId });
    const found: { id: string; categoryId: string }[] = [];
    for (let k = 0; k < count; k++) {
      // A problem of last year's category that came back (重复发生), at most one per visit.
      const repeat = k === 0 && lastYear.length > 0 && rng.chance(0.35) ? rng.pick(lastYear) : null;
      const category = (repeat && seeded.categories.find((c) => c.id === repeat.categoryId)) || rng.weighted(seeded.categories.map((c) => [c, c.weight] as const));
      const texts = FINDING_TEXTS[category.name] ?? FINDING_TEXTS['其他'];
      const description = texts[(rng.int(0, texts.length - 1) + k) % texts.length];
      const id = newId();
      found.push({ id, categoryId: category.id });
      out.findings.push({
        id,
        campaignId: campaign.id,
        year: campaign.year,
        visitId,
        categoryId: category.id,
        severity: rng.weighted(SEVERITIES),
        description,
        repeatOfId: repeat?.id ?? null,
        createdById: team.leaderUserId,
      });
      // The desk's first problem this year is in progress with an extension waiting for the committee, its second not started.
      const desk = current && facts.demo && k < 2 ? (k === 0 ? 'stalled' : 'neverStarted') : null;
      addRectification(out, seeded, facts, { findingId: id, categoryId: category.id, problem: description, year: campaign.year, visitAt, visitedOn, current, desk });
    }
    lastYear = found;
  }
  return ranked(out, seeded);
}

const STATUS_RANK: readonly S[] = [S.IN_PROGRESS, S.PENDING, S.RECTIFIED, S.VERIFIED, S.CLOSED];

/**
 * The same rows with ids handed out again so that an agency's lowest id in each table is this year's
 * and one it can act on (in progress; an extension waiting): the isolation sweep's own() takes the
 * lowest, and a closed campaign's visit would refuse it for the wrong reason. Ids are time-ordered.
 */
function ranked(out: BuiltInspections, seeded: SeededInspection): BuiltInspections {
  const yearOf = new Map(seeded.campaigns.map((c) => [c.id, c.year]));
  const map = new Map<string, string>();
  const renumber = <T>(rows: T[], id: (r: T) => string, rank: (r: T) => number) => {
    const order = rows.map((r, i) => ({ r, i })).sort((x, y) => rank(x.r) - rank(y.r) || x.i - y.i);
    for (const { r } of order) map.set(id(r), newId());
  };
  const recent = (year: number) => (seeded.year - year) * 10;
  renumber(out.visits, (v) => v.id!, (v) => recent(yearOf.get(v.campaignId) ?? 0));
  // A finding whose rectification has not started first: the committee may still withdraw it.
  const statusOf = new Map(out.rectifications.map((r) => [r.sourceId, r.status]));
  renumber(out.findings, (f) => f.id!, (f) => recent(f.year) + (statusOf.get(f.id!) === S.PENDING ? 0 : 1));
  renumber(out.rectifications, (r) => r.id!, (r) => recent(r.year) + STATUS_RANK.indexOf(r.status));
  renumber(out.extensions, (e) => e.row.id, (e) => (e.decision ? 1 : 0));
  const to = (id: string) => map.get(id) ?? id;
  const maybe = (id: string | null) => (id === null ? null : to(id));
  return {
    visits: out.visits.map((v) => ({ ...v, id: to(v.id!) })),
    findings: out.findings.map((f) => ({ ...f, id: to(f.id!), visitId: maybe(f.visitId), repeatOfId: maybe(f.repeatOfId) })),
    rectifications: out.rectifications.map((r) => ({ ...r, id: to(r.id!), sourceId: to(r.sourceId) })),
    answers: out.answers.map((a) => ({ ...a, id: to(a.id) })),
    extensions: out.extensions.map((e) => ({ ...e, row: { ...e.row, id: to(e.row.id), rectificationId: to(e.row.rectificationId) } })),
  };
}

const failAtAll = (intent: Intent) => intent === 'failedOnce' || intent === 'reworking';

/** This year's plan (mid-March to late November) scaled into [1 January, now − 2 days]: a seed run in spring still finds visits. */
function squeeze(t: number, year: number, now: number): number {
  const start = atLocal(`${year}-01-01`, 9.5);
  const planned = atLocal(`${year}-11-25`, 0) - start;
  const past = Math.max(0, now - 2 * DAY - start);
  return Math.min(start + (t - start) * Math.min(1, past / planned), now - DAY);
}

function addRectification(
  out: BuiltInspections,
  seeded: SeededInspection,
  facts: AgencyFacts,
  f: { findingId: string; categoryId: string; problem: string; year: number; visitAt: number; visitedOn: LocalDate; current: boolean; desk: 'stalled' | 'neverStarted' | null },
): void {
  const { rng } = facts;
  const now = seeded.now.getTime() - HOUR;
  const happened = (t: number | null): t is number => t !== null && t <= now;
  const drawn = rng.weighted(f.current ? THIS_YEAR : PAST_YEAR);
  const intent: Intent = f.desk ?? drawn;
  const asksNow = f.desk === 'stalled';
  let dueOn = addDays(f.visitedOn, rng.pick([30, 45, 60]));
  const originalDue = endOfLocalDay(dueOn).getTime();
  const id = newId();

  // An extension asked five days before the deadline by an agency that will not make it.
  let extension: BuiltInspections['extensions'][number] | null = null;
  const asks = ['late', 'neverStarted', 'stalled'].includes(intent) && rng.chance(0.45);
  if (asks || asksNow) {
    // The desk's request is made by now even if its deadline is weeks away.
    const askedAt = Math.min(originalDue - 5 * DAY + rng.int(0, 8) * HOUR, asksNow ? now - DAY : Number.POSITIVE_INFINITY);
    if (happened(askedAt)) {
      const toDueOn = addDays(dueOn, 30);
      const decidedAt = askedAt + rng.int(1, 3) * DAY;
      const outcome = rng.weighted([
        [ExtensionStatus.APPROVED, 60],
        [ExtensionStatus.REJECTED, 30],
        [ExtensionStatus.REQUESTED, 10],
      ] as const);
      const decided = !asksNow && outcome !== ExtensionStatus.REQUESTED && happened(decidedAt);
      extension = {
        row: { id: newId(), rectificationId: id, fromDueOn: dueOn, toDueOn, reason: rng.pick(EXTENSION_REASONS), requestedById: facts.reporterId, status: ExtensionStatus.REQUESTED, decisionComment: null, decidedAt: null, decidedById: null },
        decision: decided
          ? {
              status: outcome,
              patch: { decisionComment: outcome === ExtensionStatus.REJECTED ? EXTENSION_REJECTED : null, decidedAt: whole(decidedAt), decidedById: seeded.committeeAdminId },
            }
          : null,
      };
      out.extensions.push(extension);
      // An approved extension moves the deadline the first report is measured against.
      if (decided && outcome === ExtensionStatus.APPROVED) dueOn = toDueOn;
    }
  }
  const dueAt = endOfLocalDay(dueOn).getTime();

  // The timeline the intent plans; each step happens only if it is before now.
  const startAt = intent === 'neverStarted' ? null : f.visitAt + rng.int(2, 7) * DAY + rng.int(0, 6) * HOUR;
  let firstReport: number | null = null;
  if (startAt !== null && intent !== 'stalled') {
    firstReport =
      intent === 'late' ? originalDue + rng.int(2, 18) * DAY : Math.max(startAt + 3 * DAY, (failAtAll(intent) ? originalDue - 14 * DAY : originalDue - 3 * DAY) - rng.int(0, 10) * DAY);
  }
  const failAt = failAtAll(intent) && firstReport !== null ? firstReport + rng.int(3, 7) * DAY : null;
  // Reworking: failed verification and not reported again yet, back in progress (返工).
  const secondReport = failAt !== null && intent !== 'reworking' ? failAt + rng.int(4, 10) * DAY : null;
  const lastReport = intent === 'reworking' ? null : (secondReport ?? firstReport);
  const verifyAt = lastReport !== null && intent !== 'awaitingVerification' ? lastReport + rng.int(3, 10) * DAY : null;
  const closeAt = verifyAt !== null && intent !== 'awaitingClosure' ? verifyAt + rng.int(10, 30) * DAY : null;

  const failed = happened(failAt);
  const reportedLast = failed ? (happened(secondReport) ? secondReport : null) : happened(firstReport) ? firstReport : null;
  const status = happened(closeAt) && reportedLast
    ? S.CLOSED
    : happened(verifyAt) && reportedLast
      ? S.VERIFIED
      : reportedLast !== null
        ? S.RECTIFIED
        : happened(startAt)
          ? S.IN_PROGRESS
          : S.PENDING;
  const at = (t: number | null) => (t === null ? null : whole(t));
  const verified = status === S.VERIFIED || status === S.CLOSED;
  // The agency's fields start empty (its answers follow through its own scope); the committee's as the timeline reached.
  out.rectifications.push({
    ...newRectification({ year: f.year, source: RectificationSource.INSPECTION, sourceId: f.findingId, categoryId: f.categoryId, problem: f.problem, dueOn }, seeded.committeeAdminId),
    id,
    status,
    failedCount: failed ? 1 : 0,
    verifyComment: failed ? VERIFY_FAILED : verified ? VERIFY_PASSED : null,
    verifiedAt: verified ? at(verifyAt) : failed ? at(failAt) : null,
    verifiedById: verified || failed ? seeded.committeeAdminId : null,
    closeNote: status === S.CLOSED ? rng.pick(CLOSE_NOTES) : null,
    closedAt: status === S.CLOSED ? at(closeAt) : null,
    closedById: status === S.CLOSED ? seeded.committeeAdminId : null,
  });
  if (status === S.PENDING) return;
  const reported = happened(firstReport) ? firstReport : null;
  out.answers.push({
    id,
    patch: {
      measures: rng.pick(MEASURES),
      responsibleMemberId: facts.responsible?.memberId ?? null,
      responsiblePostCode: facts.responsible?.postCode ?? null,
      startedAt: at(startAt),
      ...(reported !== null
        ? {
            report: failed && reportedLast !== null ? REPORTS_AGAIN : rng.pick(REPORTS),
            evidence: facts.evidence,
            firstRectifiedAt: at(reported),
            rectifiedAt: at(reportedLast ?? reported),
            rectifiedById: facts.reporterId,
            // The permanent mark: the first report at or after the deadline then in force.
            late: whole(reported).getTime() >= dueAt,
          }
        : {}),
    },
  });
}
