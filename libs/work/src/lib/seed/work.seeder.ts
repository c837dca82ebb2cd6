import { In, IsNull } from 'typeorm';
import { COMMITTEE_USERS, LoginName, SEEDED_AGENCY_USERS } from '@zeren/auth';
import { EvidenceKind, StoredFile, type EvidenceRef } from '@zeren/files';
import { PostAssignment, PostCode } from '@zeren/org-tree';
import { endOfLocalDay, localDateOf, localYear } from '@zeren/shared-periods';
import { Prng } from '@zeren/shared-prng';
import { newId, SEEDED_AGENCY, SEEDED_COMMITTEE, SeedKey, Tenant, TenantKind, TenantStatus, type ModuleSeeder, type TenantDb } from '@zeren/tenancy';
import { WorkPlan, WorkPoint } from '../plan/work-plan.entity';
import { TaskDeadlineChange, WorkTask } from '../task/work-task.entity';
import { TaskReceipt } from '../task/task-receipt.entity';
import { BreakthroughProject, ProjectMilestone, ProjectProgress } from '../project/breakthrough-project.entity';
import { PlanStatus, ReceiptStatus, TaskStatus, TaskTarget } from '../work.enums';
import { DEADLINE_REASON, MONTHLY_TASKS, WORK_POINTS, type TaskSpec } from './work-catalogue.data';
import { buildProjects, onDesk, planProjects, type PlannedProject } from './project-spread';
import { spreadReceipts, type NewReceipt, type ReceiptAgency } from './receipt-spread';
import { DAY, HOUR, SeedCalendar, atLocal, localDay, whole } from './seed-clock';

export interface WorkSeedOptions {
  /** The seed's 'now' (what has happened so far); the run's date by default, fixed in tests. */
  now?: () => Date;
}

interface SeededWork {
  calendar: SeedCalendar;
  /** This year's published points, by number. */
  points: ReadonlyMap<number, WorkPoint>;
  committeeAdminId: string;
  /** Per agency (plan order), the projects its secretary led. */
  projects: readonly (readonly PlannedProject[])[];
}

const WORK = new SeedKey<SeededWork>('work.seed');

/** Of the sample-targeted tasks (指定单位), how many agencies get one. */
const SAMPLE = 0.12;
/** Written first, so that an agency's lowest receipt id (the isolation sweep's own()) is one it can act on. */
const STATE_ORDER = [ReceiptStatus.IN_PROGRESS, ReceiptStatus.UNSIGNED, ReceiptStatus.SIGNED, ReceiptStatus.RETURNED, ReceiptStatus.REPORTED, ReceiptStatus.APPROVED];
const KIND_OF_MIME: Record<string, EvidenceKind> = { 'image/jpeg': EvidenceKind.IMAGE, 'image/png': EvidenceKind.IMAGE, 'application/pdf': EvidenceKind.PDF };

/**
 * 项目化任务推送 and 书记突破项目 for the demo. The committee step issues last year's and this year's
 * 工作要点; each agency step writes that agency's projects since 2022 (356 implemented across the
 * Dongying demo, the brief's figure), filed as drafts by the agency and moved through the state
 * machine by the side each transition names; the finish step sends this year's monthly key tasks,
 * every task's receipts in a few statements whatever the number of agencies, spread over every state.
 */
export function createWorkSeeder(options: WorkSeedOptions = {}): ModuleSeeder {
  return {
    async committee({ db, plan, shared }) {
      const now = options.now?.() ?? new Date();
      const calendar = new SeedCalendar(now, localYear(now));
      const committee = shared.get(SEEDED_COMMITTEE);
      const admin = await db.reference(LoginName).findOneBy({ tenantId: committee.id, username: COMMITTEE_USERS[0].username });
      if (!admin) throw new Error('The work seed needs the committee admin user (auth seeds it)');
      const points = await writePlans(db, calendar);
      shared.set(WORK, { calendar, points, committeeAdminId: admin.userId, projects: planProjects(plan.agencies, plan.seed, calendar.year) });
    },

    async agency({ db, plan, agency, index, shared, asAgency }) {
      const seeded = shared.get(WORK);
      const planned = seeded.projects[index];
      if (planned.length === 0) return;
      const tenant = shared.get(SEEDED_AGENCY);
      const own = asAgency();
      // The 党组(党委)书记 now in post leads every year's project (past years' too: the demo keeps no history of the post).
      const post = await own.repo(PostAssignment).findOne({ postCode: PostCode.PARTY_GROUP_SECRETARY, endsOn: IsNull() });
      if (!post) throw new Error(`The work seed found no 党组(党委)书记 in ${tenant.name}`);
      const files = evidenceFiles(await own.repo(StoredFile).find({ order: { name: 'ASC' } }));
      const admin = shared.get(SEEDED_AGENCY_USERS).find((u) => u.person === 'admin');
      const built = buildProjects(
        planned,
        { unitId: post.unitId, memberId: post.memberId },
        {
          createdById: admin?.id ?? seeded.committeeAdminId,
          reviewerId: seeded.committeeAdminId,
          proposal: files.filter((f) => f.kind === EvidenceKind.PDF).map((f) => f.ref),
          photo: files.find((f) => f.kind === EvidenceKind.IMAGE)?.ref ?? null,
        },
        seeded.calendar,
        Prng.derive(plan.seed, 'work', agency.code),
      );
      // Filed by the agency as drafts in one statement, their plans and reports likewise.
      await own.repo(BreakthroughProject).insert(built.projects);
      await own.repo(ProjectMilestone).insert(built.milestones);
      await own.repo(ProjectProgress).insert(built.progress);
      // Then each through the state machine, one transition at a time, by the side the policy names.
      const agencySide = own.repo(BreakthroughProject);
      const committeeSide = db.dispatch([tenant.id]).repo(BreakthroughProject);
      for (const s of built.steps) await (s.by === 'agency' ? agencySide : committeeSide).transition(s.id, s.to, s.patch, '突破项目');
    },

    async finish({ db, plan, shared }) {
      const seeded = shared.get(WORK);
      const agencies = await receiptAgencies(db, plan.agencies, seeded.committeeAdminId);
      if (agencies.length === 0) return;
      const tasks = await writeTasks(db, seeded, agencies, plan.seed);
      await sendTasks(db, seeded, tasks, plan.seed);
    },
  };
}

/** The seeder the module ships: 'now' is the run's date. */
export const workSeeder: ModuleSeeder = createWorkSeeder();

/** Last year's and this year's 工作要点, issued in early January (or just now, early in January). */
async function writePlans(db: TenantDb, calendar: SeedCalendar): Promise<Map<number, WorkPoint>> {
  const plans: WorkPlan[] = [];
  const points: WorkPoint[] = [];
  for (const year of [calendar.year - 1, calendar.year]) {
    const publishedAt = whole(Math.min(atLocal(`${year}-01-08`, 10), calendar.now.getTime() - HOUR));
    const createdAt = new Date(publishedAt.getTime() - 7 * DAY);
    const id = newId();
    plans.push({ id, year, title: `${year}年市直机关党的建设工作要点`, status: PlanStatus.PUBLISHED, publishedAt, createdAt, updatedAt: publishedAt });
    WORK_POINTS.forEach((p, i) => points.push({ id: newId(), planId: id, number: i + 1, title: p.title, content: p.content(year), createdAt, updatedAt: createdAt }));
  }
  await db.register(WorkPlan).insert(plans);
  await db.register(WorkPoint).insert(points);
  const current = plans[1].id;
  return new Map(points.filter((p) => p.planId === current).map((p) => [p.number, p]));
}

/** The agencies the tasks go to, in plan order, with who acts for each and the files each can cite. */
async function receiptAgencies(db: TenantDb, planned: readonly { code: string; demoUsers: boolean }[], committeeAdminId: string): Promise<ReceiptAgency[]> {
  const tenants = await db.reference(Tenant).find({ where: { kind: TenantKind.AGENCY, status: TenantStatus.ACTIVE } });
  const byCode = new Map(tenants.map((t) => [t.code, t]));
  const adminNames = planned.filter((a) => a.demoUsers).map((a) => `${a.code.toLowerCase()}_admin`);
  const admins = adminNames.length ? await db.reference(LoginName).find({ where: { username: In(adminNames) } }) : [];
  const files = await db.repo(StoredFile).find({ order: { name: 'ASC' } });
  return planned.flatMap((a) => {
    const tenant = byCode.get(a.code);
    if (!tenant) return [];
    const admin = admins.find((l) => l.tenantId === tenant.id);
    return [{ tenantId: tenant.id, code: a.code, actorId: admin?.userId ?? committeeAdminId, files: evidenceFiles(files.filter((f) => f.tenantId === tenant.id)), desk: onDesk(a, planned.length) }];
  });
}

function evidenceFiles(files: readonly StoredFile[]): { ref: EvidenceRef; kind: EvidenceKind }[] {
  return files.flatMap((f) => (KIND_OF_MIME[f.mimeType] ? [{ ref: { fileId: f.id, sha256: f.sha256 }, kind: KIND_OF_MIME[f.mimeType] }] : []));
}

/**
 * This year's tasks up to this month, sent on the first days of their month (next month's is still
 * a draft); a task asking for evidence goes only to agencies with files to cite, a sample task to a
 * sample. One task's deadline was moved, with the reason.
 */
async function writeTasks(db: TenantDb, seeded: SeededWork, agencies: readonly ReceiptAgency[], seed: number): Promise<{ task: WorkTask; targets: ReceiptAgency[] }[]> {
  const { calendar, points } = seeded;
  const now = calendar.now.getTime();
  const month = Number(localDateOf(calendar.now).slice(5, 7));
  const rng = Prng.derive(seed, 'work', 'tasks', calendar.year);
  const sample = new Set(rng.shuffle([...agencies]).slice(0, Math.max(1, Math.round(agencies.length * SAMPLE))));
  const out: { task: WorkTask; targets: ReceiptAgency[] }[] = [];
  const changes: TaskDeadlineChange[] = [];
  const countInMonth = new Map<number, number>();
  for (const spec of MONTHLY_TASKS.filter((t) => t.month <= month + 1)) {
    const k = countInMonth.get(spec.month) ?? 0;
    countInMonth.set(spec.month, k + 1);
    const targets = targetsOf(spec, agencies, sample);
    if (targets.length === 0) continue;
    const day = spec.month === 1 ? 10 : 1;
    const planned = atLocal(localDay(calendar.year, spec.month, day + (k === 2 ? 1 : 0)), [9.5, 15, 10][k] ?? 10);
    const sent = spec.month <= month && planned < now - HOUR;
    const id = newId();
    let dueOn = localDay(calendar.year, spec.month + spec.due[0], spec.due[1]);
    const sentAt = sent ? whole(planned) : null;
    const createdAt = whole(Math.min(planned - 3 * DAY, now - DAY));
    // A deadline moved with its reason, announced three days before the first one.
    const changedAt = endOfLocalDay(dueOn).getTime() - 3 * DAY;
    if (sentAt && spec.extendedBy && changedAt < now) {
      const amended = localDay(calendar.year, spec.month + spec.due[0], spec.due[1] + spec.extendedBy);
      changes.push({ id: newId(), taskId: id, fromDueOn: dueOn, toDueOn: amended, reason: DEADLINE_REASON, changedById: seeded.committeeAdminId, createdAt: whole(changedAt) });
      dueOn = amended;
    }
    const chosen = spec.chosen ? targets.map((t) => t.tenantId) : null;
    const task: WorkTask = {
      id,
      year: calendar.year,
      month: spec.month,
      pointId: points.get(spec.point)!.id,
      title: spec.title,
      requirement: spec.requirement,
      dueOn,
      dueAt: endOfLocalDay(dueOn),
      evidenceKinds: spec.evidenceKinds ? [...spec.evidenceKinds] : null,
      minEvidence: spec.minEvidence,
      target: chosen ? TaskTarget.CHOSEN : TaskTarget.ALL,
      targetTenantIds: chosen,
      status: sentAt ? TaskStatus.SENT : TaskStatus.DRAFT,
      sentAt,
      receiptCount: sentAt ? targets.length : 0,
      recalledAt: null,
      createdById: seeded.committeeAdminId,
      createdAt,
      updatedAt: sentAt ?? createdAt,
    };
    out.push({ task, targets });
  }
  await db.register(WorkTask).insert(out.map((t) => t.task));
  if (changes.length) await db.register(TaskDeadlineChange).insert(changes);
  return out.filter((t) => t.task.status === TaskStatus.SENT);
}

function targetsOf(spec: TaskSpec, agencies: readonly ReceiptAgency[], sample: ReadonlySet<ReceiptAgency>): ReceiptAgency[] {
  if (spec.chosen === 'sample') return agencies.filter((a) => sample.has(a));
  if (spec.chosen !== 'evidence') return [...agencies];
  return agencies.filter((a) => a.files.filter((f) => !spec.evidenceKinds?.length || spec.evidenceKinds.includes(f.kind)).length >= Math.max(1, spec.minEvidence));
}

/**
 * Every sent task's receipts, as the dispatch seam writes them: one fanOut per distinct row (the
 * agencies that signed, reported and were reviewed alike), so a task costs the same few statements
 * at 3 agencies as at 10 000. Each receipt is written in the state it has reached by now, because
 * the scoped layer moves a state only row by row (transition) and a side updates only its own
 * fields; the 1+N library's seeded receipts are written so too. The demo users' agencies keep their
 * newest task unsigned, the one before in progress and the third returned, to answer.
 */
async function sendTasks(db: TenantDb, seeded: SeededWork, tasks: readonly { task: WorkTask; targets: ReceiptAgency[] }[], seed: number): Promise<void> {
  // Per demo agency, its newest task, the one before and the third, newest first.
  const newest = [...tasks].sort((a, b) => b.task.sentAt!.getTime() - a.task.sentAt!.getTime());
  const desk = new Map<string, string[]>();
  for (const { task, targets } of newest) for (const a of targets) if (a.desk) desk.set(a.tenantId, [...(desk.get(a.tenantId) ?? []), task.id]);
  const FORCED = [ReceiptStatus.UNSIGNED, ReceiptStatus.IN_PROGRESS, ReceiptStatus.RETURNED];
  const groups = new Map<string, { row: NewReceipt; tenantIds: string[]; order: number }>();
  tasks.forEach(({ task, targets }, i) => {
    const rng = Prng.derive(seed, 'work', 'receipts', task.title);
    const rows = spreadReceipts(task, i, targets, undefined, seeded.committeeAdminId, seeded.calendar.now, rng);
    rows.forEach(({ tenantId, row }, t) => {
      const agency = targets[t];
      const state = agency.desk ? FORCED[desk.get(tenantId)!.indexOf(task.id)] : undefined;
      // Drawn apart from the spread, so that the other agencies' draws do not depend on which agencies have users.
      const final = state ? spreadReceipts(task, i, [agency], state, seeded.committeeAdminId, seeded.calendar.now, Prng.derive(seed, 'work', 'desk', task.title, agency.code))[0].row : row;
      const key = JSON.stringify(final);
      const group = groups.get(key) ?? { row: final, tenantIds: [], order: groups.size };
      group.tenantIds.push(tenantId);
      groups.set(key, group);
    });
  });
  const rank = (g: { row: NewReceipt; order: number }) => STATE_ORDER.indexOf(g.row.status) * 1e6 + g.order;
  for (const g of [...groups.values()].sort((a, b) => rank(a) - rank(b))) {
    await db.dispatch(g.tenantIds).repo(TaskReceipt).fanOut(g.tenantIds, g.row);
  }
}
