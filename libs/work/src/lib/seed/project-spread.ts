import type { EvidenceRef } from '@zeren/files';
import { Cadence, localDateOf, periodOf, type LocalDate } from '@zeren/shared-periods';
import { Prng } from '@zeren/shared-prng';
import { newId, type NewRow, type PlannedAgency } from '@zeren/tenancy';
import type { BreakthroughProject, ProjectMilestone, ProjectProgress } from '../project/breakthrough-project.entity';
import { ProblemCategory, ProjectStatus } from '../work.enums';
import { ACCEPTANCE_COMMENTS, PROGRESS_PHRASES, PROJECT_APPROVE_COMMENTS, PROJECT_CATALOGUE, PROJECT_RETURN_COMMENTS, TERMINATION_REASONS } from './work-catalogue.data';
import { DAY, HOUR, atLocal, localDay, whole, type SeedCalendar } from './seed-clock';
import { UNFILED } from '../project/project.service';

/**
 * Implemented projects (实施中, 待结项验收, 已销号) per year, oldest first, for the Dongying demo's 99
 * agencies: 356 in all, the brief's figure. Other plans get the same shares of their agencies.
 */
export const IMPLEMENTED_BY_YEAR = [52, 66, 74, 82, 82] as const;
const DEMO_AGENCIES = 99;
/** This year's projects that do not count: waiting for 立项审核, returned, drafts (shares of the agencies). */
const THIS_YEAR = { applied: 0.07, returned: 0.04, drafts: 0.02 } as const;
/** Projects ended without result each year (终止), as shares of the agencies. */
const TERMINATED = 0.02;
/** Of this year's running projects, how many have a milestone past its date and not done. */
const BEHIND = 0.12;
/** Plans this small (the isolation sweep's) give every agency the demo users' set, so each table has rows of each. */
const SMALL_PLAN = 5;

const CATEGORY_WEIGHTS: readonly (readonly [ProblemCategory, number])[] = [
  [ProblemCategory.ORGANIZATION, 20],
  [ProblemCategory.STAFF, 20],
  [ProblemCategory.FUNDING, 15],
  [ProblemCategory.VENUE, 20],
  [ProblemCategory.ACTIVITY, 25],
];

export interface PlannedProject {
  year: number;
  status: ProjectStatus;
  category: ProblemCategory;
  /** Which of the category's catalogue entries. */
  spec: number;
  /** Running with a milestone past its date and not done (进度滞后). */
  behind: boolean;
  /** One of the set of an agency with demo users: dated around now, so that it is on their desk. */
  desk: boolean;
}

/** Whether an agency gets the demo users' set: this year a running project, one applied and one returned. */
export const onDesk = (agency: Pick<PlannedAgency, 'demoUsers'>, agencies: number): boolean => agency.demoUsers || agencies <= SMALL_PLAN;

/**
 * Which agency's secretary led which projects, by year: past years' mostly closed (销号), this
 * year's mostly running; a few terminated; this year a few applied, returned or drafted only, and a
 * handful of secretaries with none (the committee's 未领题 list). Planned for all agencies at once.
 */
export function planProjects(agencies: readonly PlannedAgency[], seed: number, year: number): PlannedProject[][] {
  const n = agencies.length;
  const plans = agencies.map((): PlannedProject[] => []);
  const desk = agencies.map((a) => onDesk(a, n));
  const share = (s: number) => Math.round(n * s);
  IMPLEMENTED_BY_YEAR.forEach((quota, i) => {
    const y = year - IMPLEMENTED_BY_YEAR.length + 1 + i;
    const current = y === year;
    const rng = Prng.derive(seed, 'work', 'projects', y);
    const order = rng.shuffle([...agencies.keys()]);
    const first = current ? order.filter((a) => desk[a]) : [];
    const rest = order.filter((a) => !first.includes(a));
    const count = Math.min(n, Math.max(first.length, Math.round((n * quota) / DEMO_AGENCIES)));
    let next = count - first.length;
    const take = (k: number) => rest.slice(next, (next += k));
    const add = (a: number, status: ProjectStatus, behind = false, mine = false) =>
      plans[a].push({ year: y, status, category: rng.weighted(CATEGORY_WEIGHTS), spec: rng.int(0, 4), behind, desk: mine });
    const implemented = [...first, ...rest.slice(0, next)];
    for (const a of implemented) {
      if (!current) add(a, ProjectStatus.CLOSED);
      else if (desk[a]) add(a, ProjectStatus.IMPLEMENTING, false, true);
      else {
        const status = rng.weighted([
          [ProjectStatus.IMPLEMENTING, 80],
          [ProjectStatus.ACCEPTANCE, 13],
          [ProjectStatus.CLOSED, 7],
        ] as const);
        add(a, status, status === ProjectStatus.IMPLEMENTING && rng.chance(BEHIND));
      }
    }
    if (current) {
      for (const a of first) {
        add(a, ProjectStatus.APPLIED, false, true);
        add(a, ProjectStatus.RETURNED, false, true);
      }
      for (const a of take(share(THIS_YEAR.applied))) add(a, ProjectStatus.APPLIED);
      for (const a of take(share(THIS_YEAR.returned))) add(a, ProjectStatus.RETURNED);
      for (const a of take(share(THIS_YEAR.drafts))) add(a, ProjectStatus.DRAFT);
      // A second project this year that the committee ended.
      for (const a of implemented.filter((x) => !desk[x]).slice(0, share(TERMINATED))) add(a, ProjectStatus.TERMINATED);
    } else {
      // An agency whose only project that year was ended.
      for (const a of take(share(TERMINATED))) add(a, ProjectStatus.TERMINATED);
    }
  });
  return plans;
}

/** Who writes an agency's projects and what they cite. */
export interface ProjectActors {
  /** The agency's admin, or the committee's admin entering for an agency without accounts yet (工委代录). */
  createdById: string;
  reviewerId: string;
  proposal: EvidenceRef[];
  photo: EvidenceRef | null;
}

/** A state change of a project, by the side that makes it, in the order made. */
export interface ProjectStep {
  id: string;
  to: ProjectStatus;
  by: 'agency' | 'committee';
  patch: Partial<BreakthroughProject>;
}

export interface BuiltProjects {
  projects: NewRow<BreakthroughProject>[];
  milestones: NewRow<ProjectMilestone>[];
  progress: NewRow<ProjectProgress>[];
  steps: ProjectStep[];
}

const APPROVED = new Set<ProjectStatus>([ProjectStatus.IMPLEMENTING, ProjectStatus.ACCEPTANCE, ProjectStatus.CLOSED, ProjectStatus.TERMINATED]);
const ACCEPTED = new Set<ProjectStatus>([ProjectStatus.ACCEPTANCE, ProjectStatus.CLOSED]);
/** Editable ones first: the lowest id of an agency is what the isolation sweep's own() hands its fixtures. */
const RANK: Partial<Record<ProjectStatus, number>> = { [ProjectStatus.RETURNED]: 0, [ProjectStatus.DRAFT]: 1 };

/**
 * One agency's projects as rows written as drafts, the milestones and quarterly reports, and the
 * transitions that bring each project to its planned state (applied by the agency, approved with
 * scores by the committee, and so on), with dates before `now`.
 */
export function buildProjects(
  planned: readonly PlannedProject[],
  secretary: { unitId: string; memberId: string },
  actors: ProjectActors,
  calendar: SeedCalendar,
  rng: Prng,
): BuiltProjects {
  const built: BuiltProjects = { projects: [], milestones: [], progress: [], steps: [] };
  const now = calendar.now.getTime();
  const today = localDateOf(calendar.now);
  const ordered = [...planned].sort((a, b) => (RANK[a.status] ?? 2) - (RANK[b.status] ?? 2));
  for (const p of ordered) {
    const spec = PROJECT_CATALOGUE[p.category][p.spec];
    const y = p.year;
    const yearStart = atLocal(`${y}-01-01`, 0);
    const yearEnd = atLocal(`${y}-12-31`, 23);
    const happened = (t: number) => whole(calendar.happened(t));
    const id = newId();
    const step = (to: ProjectStatus, by: ProjectStep['by'], patch: Partial<BreakthroughProject>) => built.steps.push({ id, to, by, patch });

    // When it was filed and approved, and when the work ended (acceptance requested, or terminated).
    const appliedPlan = atLocal(localDay(y, 1, rng.int(10, 50)), rng.int(9, 16));
    const approvedPlan = appliedPlan + rng.int(10, 25) * DAY;
    let appliedAt: Date | null = happened(appliedPlan);
    const approvedAt = happened(approvedPlan);
    let requestedAt: Date | null = null;
    let closedAt: Date | null = null;
    let terminatedAt: Date | null = null;
    if (p.status === ProjectStatus.CLOSED) {
      const planned = atLocal(y < calendar.year ? localDay(y, 12, rng.int(12, 24)) : localDay(y, 9, rng.int(10, 30)), 15);
      requestedAt = happened(planned);
      closedAt = happened(planned + rng.int(y < calendar.year ? 8 : 7, y < calendar.year ? 30 : 20) * DAY);
    } else if (p.status === ProjectStatus.ACCEPTANCE) {
      requestedAt = happened(atLocal(localDay(y, 11, rng.int(5, 22)), 15));
    } else if (p.status === ProjectStatus.TERMINATED) {
      terminatedAt = happened(approvedPlan + rng.int(90, 150) * DAY);
    } else if (p.status === ProjectStatus.DRAFT) {
      appliedAt = null;
    } else if (!APPROVED.has(p.status)) {
      // Filed late in the year (补报), or just now for a desk's own.
      const lateFiling = p.status === ProjectStatus.APPLIED ? atLocal(localDay(y, 11, rng.int(8, 20)), 10) : atLocal(localDay(y, 10, rng.int(8, 20)), 10);
      appliedAt = p.desk ? whole(Math.max(yearStart + HOUR, now - (p.status === ProjectStatus.APPLIED ? 3 : 20) * DAY)) : happened(lateFiling);
    }

    // Milestones spread over the work's span; the desk's running one has its last coming due soon.
    const count = rng.chance(0.3) ? 3 : 4;
    const titles = count === 4 ? spec.milestones : [spec.milestones[0], spec.milestones[1], spec.milestones[3]];
    const from = APPROVED.has(p.status) ? approvedAt.getTime() : Math.max(appliedAt?.getTime() ?? now, yearStart);
    let to = requestedAt ? requestedAt.getTime() - 3 * DAY : atLocal(localDay(y, 12, 15), 0);
    if (p.status === ProjectStatus.IMPLEMENTING && p.desk) to = Math.min(now + 10 * DAY, yearEnd);
    if (!APPROVED.has(p.status)) to = Math.max(to, from + 30 * DAY);
    const milestones = titles.map((title, i) => {
      const due = Math.min(yearEnd, from + ((i + 1) / count) * (to - from));
      return { title, dueAt: due, dueOn: localDateOf(new Date(due)), doneOn: null as LocalDate | null };
    });
    const doneOn = (due: number) => localDateOf(new Date(Math.max(from, due - rng.int(0, 5) * DAY)));
    if (requestedAt) for (const m of milestones) m.doneOn = doneOn(m.dueAt);
    if (terminatedAt) for (const m of milestones) if (m.dueAt < terminatedAt.getTime()) m.doneOn = doneOn(m.dueAt);
    if (p.status === ProjectStatus.IMPLEMENTING) {
      const past = milestones.filter((m) => m.dueOn < today);
      for (const m of past) m.doneOn = doneOn(m.dueAt);
      if (p.behind && past.length) past[past.length - 1].doneOn = null;
    }
    milestones.forEach((m, i) => built.milestones.push({ projectId: id, title: m.title, dueOn: m.dueOn, doneOn: m.doneOn, sortOrder: (i + 1) * 10 }));

    // A report each quarter from approval to the end of the work; this quarter's may not be in yet.
    if (APPROVED.has(p.status)) {
      const end = requestedAt ?? terminatedAt ?? calendar.now;
      const current = periodOf(Cadence.QUARTER, calendar.now).key;
      let quarter = periodOf(Cadence.QUARTER, approvedAt);
      for (let i = 0; quarter.start && quarter.start.getTime() <= end.getTime(); i++) {
        const last = quarter.end!;
        const m = milestones[Math.min(i, milestones.length - 1)];
        const done = m.doneOn !== null && m.doneOn < localDateOf(last);
        const report = `${PROGRESS_PHRASES[Math.min(i, PROGRESS_PHRASES.length - 1)]}。${done ? `节点“${m.title}”已完成。` : `正在推进“${m.title}”。`}`;
        if (!(p.status === ProjectStatus.IMPLEMENTING && quarter.key === current && rng.chance(0.35))) {
          built.progress.push({ projectId: id, periodKey: quarter.key, content: report, evidence: actors.photo && rng.chance(0.5) ? [actors.photo] : [], reportedById: actors.createdById });
        }
        quarter = periodOf(Cadence.QUARTER, last);
      }
    }

    built.projects.push({
      id,
      year: y,
      unitId: secretary.unitId,
      secretaryMemberId: secretary.memberId,
      title: spec.title,
      category: p.category,
      problem: spec.problem,
      measures: spec.measures,
      expectedOutcome: spec.expectedOutcome,
      proposal: actors.proposal,
      ...UNFILED,
      createdById: actors.createdById,
    });
    if (!appliedAt) continue;
    step(ProjectStatus.APPLIED, 'agency', { appliedAt });
    const reviewedById = actors.reviewerId;
    if (p.status === ProjectStatus.RETURNED) step(ProjectStatus.RETURNED, 'committee', { reviewComment: rng.pick(PROJECT_RETURN_COMMENTS), reviewedById });
    if (!APPROVED.has(p.status)) continue;
    const score = () => rng.int(72, 98);
    step(ProjectStatus.IMPLEMENTING, 'committee', {
      necessityScore: score(),
      timelinessScore: score(),
      leverageScore: score(),
      reviewComment: rng.pick(PROJECT_APPROVE_COMMENTS),
      approvedAt,
      reviewedById,
    });
    if (terminatedAt) step(ProjectStatus.TERMINATED, 'committee', { terminationReason: rng.pick(TERMINATION_REASONS), terminatedAt, reviewedById });
    if (!ACCEPTED.has(p.status)) continue;
    step(ProjectStatus.ACCEPTANCE, 'agency', { outcome: spec.outcome, acceptanceRequestedAt: requestedAt });
    if (closedAt) step(ProjectStatus.CLOSED, 'committee', { acceptanceScore: rng.int(78, 98), acceptanceComment: rng.pick(ACCEPTANCE_COMMENTS), closedAt, reviewedById });
  }
  return built;
}
