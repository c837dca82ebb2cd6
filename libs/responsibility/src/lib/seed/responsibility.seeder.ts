import { COMMITTEE_USERS, LoginName, SEEDED_AGENCY_USERS } from '@zeren/auth';
import { StoredFile } from '@zeren/files';
import { PostCode } from '@zeren/org-tree';
import { Cadence } from '@zeren/shared-periods';
import { Prng } from '@zeren/shared-prng';
import { In } from 'typeorm';
import { SEEDED_AGENCY, SEEDED_COMMITTEE, SeedKey, type ModuleSeeder, type TenantDb } from '@zeren/tenancy';
import type { DutySpecInput } from '../duty/dto/duty-spec.input';
import { specOf } from '../duty/duty-spec';
import { TemplateService } from '../template/template.service';
import { DutyTemplate } from '../template/duty-template.entity';
import type { DutyItem } from '../template/duty-item.entity';
import { AgencyListService } from '../list/agency-list.service';
import { AgencyDutyList } from '../list/agency-duty-list.entity';
import { AgencyStructure, isMemberDuty, type Subject } from '../list/agency-structure';
import { currentYear } from '../list/current-template';
import { FulfilmentRecord } from '../fulfilment/fulfilment-record.entity';
import { DutyCompletion } from '../figures/duty-completion.entity';
import { DUTY_CATALOGUE, NEXT_YEAR_CHANGES, OWN_ITEM, TIGHTENED, type CatalogueItem } from './duty-catalogue.data';
import { completionOf, spreadRecords, type NewRecord, type SpreadSubject } from './record-spread';

export interface ResponsibilitySeedOptions {
  /** The seed's 'now' (what is due so far); the run's date by default, fixed in tests. */
  now?: () => Date;
  /** Members per unit whose own (党员) duties get records; every member owes them, a sample answers. */
  membersPerUnit?: number;
}

interface SeededTemplates {
  /** Last year's, then this year's: both published. */
  templates: { template: DutyTemplate; items: DutyItem[] }[];
  now: Date;
  committeeAdminId: string;
  committeeReviewerId: string;
}

const TEMPLATES = new SeedKey<SeededTemplates>('responsibility.templates');

/**
 * Every tenth agency (the first included) adds an own item and tightens a mandated one; in a plan
 * of a few agencies (the isolation sweep's world) every agency does, so each table has rows of each.
 */
const CUSTOMISES = (index: number, agencies: number) => index % 10 === 0 || agencies <= 5;

const templates = new TemplateService();
const lists = new AgencyListService();

/**
 * 明责·确责·尽责 for the demo: two published yearly templates of the 三级两类九岗 catalogue (last year's
 * and this year's, a copy with a few items changed), every agency's lists, a few agencies' own items
 * and tightenings, and fulfilment records with a seeded spread up to `now`, with their summary rows.
 */
export function createResponsibilitySeeder(options: ResponsibilitySeedOptions = {}): ModuleSeeder {
  const membersPerUnit = options.membersPerUnit ?? 3;
  return {
    async committee({ db, shared }) {
      const now = options.now?.() ?? new Date();
      const year = currentYear(now);
      const previous = await writeTemplate(db, year - 1, DUTY_CATALOGUE, false, now);
      const current = await writeTemplate(db, year, [], true, now);
      const committee = shared.get(SEEDED_COMMITTEE);
      const logins = await db.reference(LoginName).find({ where: { tenantId: committee.id, username: In(COMMITTEE_USERS.map((u) => u.username)) } });
      const idOf = (username: string) => logins.find((l) => l.username === username)?.userId;
      const [admin, , liaison] = COMMITTEE_USERS.map((u) => idOf(u.username));
      if (!admin) throw new Error('The responsibility seed needs the committee admin user (auth seeds it)');
      shared.set(TEMPLATES, { templates: [previous, current], now, committeeAdminId: admin, committeeReviewerId: liaison ?? admin });
    },

    async agency({ db, plan, agency, index, shared }) {
      const seeded = shared.get(TEMPLATES);
      const tenant = shared.get(SEEDED_AGENCY);
      const own = db.actingFor(tenant.id);
      // What publishing writes for an agency that exists then: its list row per template, one statement.
      const issued = await db
        .dispatch([tenant.id])
        .repo(AgencyDutyList)
        .insert(seeded.templates.map(({ template }) => ({ templateId: template.id, year: template.year, issuedAt: template.publishedAt! })));

      const files = await own.repo(StoredFile).find();
      const evidence = files.map((f) => ({ ref: { fileId: f.id, sha256: f.sha256 }, kind: f.mimeType.startsWith('image/') ? 'image' : f.mimeType === 'application/pdf' ? 'pdf' : 'office' }));
      const current = seeded.templates.at(-1)!;
      const list = issued.find((l) => l.templateId === current.template.id)!;
      if (CUSTOMISES(index, plan.agencies.length)) await customise(own, list.id, current, evidence.length > 0);

      const structure = await AgencyStructure.load(own, { members: true });
      const users = shared.get(SEEDED_AGENCY_USERS);
      const actors = actorsOf(structure, users, seeded);
      // Records for this year's periods due so far: last year's list predates the platform's records.
      const { template } = current;
      const rng = Prng.derive(plan.seed, 'responsibility', agency.code, template.year);
      const returnOne = new Map(actors.demoMembers.map((m) => [m, { pending: true }]));
      const rows: NewRecord[] = [];
      for (const duty of await lists.duties(own, template.id)) {
        const bySubject = new Map<string, SpreadSubject[]>();
        for (const s of sortedSubjects(structure, duty, membersPerUnit, actors.demoMembers).map((s) => actors.subject(s, isMemberDuty(duty)))) {
          // Each demo user gets one returned record of their own to answer.
          const key = s.demo ? s.holderMemberId! : '';
          bySubject.set(key, [...(bySubject.get(key) ?? []), s]);
        }
        for (const [holder, group] of bySubject) {
          rows.push(...spreadRecords({ templateId: template.id, year: template.year, now: seeded.now, rng, evidence }, duty, group, returnOne.get(holder) ?? { pending: false }));
        }
      }
      const completions = completionOf(template.id, rows);
      // Set-based: the repository chunks the rows into as few INSERTs as the engines' limits allow.
      await own.repo(FulfilmentRecord).insert(rows);
      await own.repo(DutyCompletion).insert(completions);
    },
  };
}

/** The seeder the module ships: 'now' is the run's date. */
export const responsibilitySeeder: ModuleSeeder = createResponsibilitySeeder();

/**
 * A year's template through the committee's own service: a new draft (a copy of the previous year's
 * when `copy`), its items, published. Dated as if published in mid-January of its year.
 */
async function writeTemplate(db: TenantDb, year: number, catalogue: readonly CatalogueItem[], copy: boolean, now: Date): Promise<{ template: DutyTemplate; items: DutyItem[] }> {
  const draft = await templates.create(db, { year, copy, title: `${year}年度市直机关党建工作责任清单` });
  let order = 0;
  for (const item of catalogue) await templates.addItem(db, draft.id, specInput(item, year, (order += 10)));
  if (copy) {
    const copies = await templates.items(db, draft.id);
    const byTitle = new Map(copies.map((c) => [c.title, c]));
    for (const { title, patch } of NEXT_YEAR_CHANGES.update) {
      const copy = byTitle.get(title)!;
      await templates.updateItem(db, copy.id, specInput({ ...catalogueOf(copy), ...patch }, year, copy.sortOrder));
    }
    for (const title of NEXT_YEAR_CHANGES.remove) await templates.removeItem(db, byTitle.get(title)!.id);
    order = Math.max(...copies.map((c) => c.sortOrder));
    for (const item of NEXT_YEAR_CHANGES.add) await templates.addItem(db, draft.id, specInput(item, year, (order += 10)));
  }
  const published = await templates.publish(db, draft.id);
  const at = new Date(Math.min(now.getTime(), Date.UTC(year, 0, 15, 1)));
  const dates = { createdAt: new Date(at.getTime() - 10 * 24 * 3_600_000), publishedAt: at, updatedAt: at };
  await db.register(DutyTemplate).update({ id: draft.id }, dates);
  return { template: Object.assign(published, dates), items: await templates.items(db, draft.id) };
}

function specInput(item: CatalogueItem, year: number, sortOrder: number | null): DutySpecInput {
  const { due, unitKinds, ...fields } = item;
  const once = item.cadence === Cadence.ONCE;
  return { ...fields, unitKinds: unitKinds ?? null, dueOffsetDays: once ? null : (due as number), dueOn: once ? `${year}-${due}` : null, sortOrder };
}

/** A template item back in the catalogue's shape, to patch it. */
function catalogueOf(item: DutyItem): CatalogueItem {
  const { dueOffsetDays, dueOn, unitKinds, sortOrder: _order, ...fields } = specOf(item);
  return { ...fields, unitKinds: unitKinds ?? undefined, due: dueOn ? (dueOn.slice(5) as CatalogueItem['due']) : dueOffsetDays! };
}

/** An own item and a tightening, through the agency's own list service (as its admin would). */
async function customise(own: TenantDb, listId: string, { template, items }: SeededTemplates['templates'][number], hasFiles: boolean): Promise<void> {
  await lists.addOwn(own, listId, specInput(OWN_ITEM, template.year, null));
  const item = items.find((i) => i.title === TIGHTENED.title)!;
  // More evidence only where the agency has files to cite (agencies with demo users).
  await lists.tighten(own, item.id, { dueOffsetDays: TIGHTENED.dueOffsetDays, extraRequirement: TIGHTENED.extraRequirement, minEvidence: hasFiles ? 1 : null });
}

/**
 * Subjects in a stable order (unit code, then identity number: ids are random), so that one seed
 * draws the same spread on every engine. Member duties keep a sample per unit, demo users always in.
 */
function sortedSubjects(structure: AgencyStructure, duty: Parameters<AgencyStructure['subjects']>[0], perUnit: number, demoMembers: readonly string[]): Subject[] {
  const unitCode = (s: Subject) => structure.units.get(s.unitId)?.code ?? '';
  const idNumber = (s: Subject) => (s.memberId ? (structure.members.get(s.memberId)?.idNumber ?? s.memberId) : '');
  const sorted = structure.subjects(duty).sort((a, b) => unitCode(a).localeCompare(unitCode(b)) || idNumber(a).localeCompare(idNumber(b)));
  if (duty.postCode !== PostCode.PARTY_MEMBER) return sorted;
  const taken = new Map<string, number>();
  return sorted.filter((s) => {
    const n = taken.get(s.unitId) ?? 0;
    if (demoMembers.includes(s.memberId!)) return true;
    if (n >= perUnit) return false;
    taken.set(s.unitId, n + 1);
    return true;
  });
}

/**
 * Who records and who reviews: a demo member their own duties (reviewed by the secretary), the demo
 * secretary everything in their branch's subtree (reviewed by the admin), the admin the rest of an
 * agency with users (reviewed by the committee, the 上级党组织). An agency without accounts yet had its
 * records entered by the committee admin (工委代录) and reviewed by another committee user.
 */
function actorsOf(structure: AgencyStructure, users: readonly { id: string; person: string | null }[], seeded: SeededTemplates) {
  const userOf = (person: string) => users.find((u) => u.person === person)?.id ?? null;
  const [adminUser, secretaryUser, memberUser] = [userOf('admin'), userOf('secretary'), userOf('member')];
  const memberOfUser = new Map([...structure.members.values()].flatMap((m) => (m.userId ? [[m.userId, m.id] as const] : [])));
  const secretaryMember = secretaryUser ? memberOfUser.get(secretaryUser) : undefined;
  const branchPaths = structure.assignments
    .filter((a) => a.memberId === secretaryMember && a.postCode === PostCode.BRANCH_SECRETARY)
    .map((a) => structure.units.get(a.unitId)!.path);
  const inSecretaryBranch = (unitId: string) => branchPaths.some((p) => structure.units.get(unitId)!.path.startsWith(p));
  const demoMembers = [secretaryUser, memberUser].flatMap((u) => (u && memberOfUser.get(u) ? [memberOfUser.get(u)!] : []));
  const reviewerOf = (recorder: string) =>
    recorder === memberUser ? (secretaryUser ?? adminUser!) : recorder === secretaryUser ? (adminUser ?? seeded.committeeAdminId) : recorder === adminUser ? seeded.committeeAdminId : seeded.committeeReviewerId;
  return {
    demoMembers,
    subject(s: Subject, memberDuty: boolean): SpreadSubject {
      const holder = s.holderMemberId ? structure.members.get(s.holderMemberId) : undefined;
      const subjectUserId = holder?.userId ?? null;
      const recordedById =
        memberDuty && subjectUserId && subjectUserId === memberUser
          ? subjectUserId
          : secretaryUser && inSecretaryBranch(s.unitId)
            ? secretaryUser
            : (adminUser ?? seeded.committeeAdminId);
      const unit = structure.units.get(s.unitId)!;
      return {
        ...s,
        subjectUserId,
        recordedById,
        reviewedById: reviewerOf(recordedById),
        demo: !!s.holderMemberId && demoMembers.includes(s.holderMemberId),
        participants: memberDuty ? null : `${unit.name}党员`,
      };
    },
  };
}
