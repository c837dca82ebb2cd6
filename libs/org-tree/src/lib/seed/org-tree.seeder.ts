import { SEEDED_AGENCY_USERS, User } from '@zeren/auth';
import { SEEDED_AGENCY, SeedKey, type ModuleSeeder } from '@zeren/tenancy';
import { ensurePostCatalogue } from '../post/post.service';
import { BRIEF_FIGURES, buildAgency, planShapes, type AgencyShape } from './org-dataset.generator';
import { writeAgencyPlan } from './org-dataset.writer';

/** How many party members the current agency got (for progress lines). */
export const SEEDED_MEMBER_COUNT = new SeedKey<number>('org-tree.members');

// Shapes are sized across all agencies at once (the brief's figures are totals), then built one by one.
const SHAPES = new SeedKey<readonly { shape: AgencyShape; taskForceOffset: number }[]>('org-tree.shapes');

/**
 * Writes the post catalogue, then each agency's party tree, members, posts and transfers; links the
 * agency's demo users to the members they stand for.
 */
export const orgTreeSeeder: ModuleSeeder = {
  async committee({ db, plan, shared }) {
    await ensurePostCatalogue(db);
    const shapes = planShapes(plan.agencies, plan.members, plan.seed, plan.briefFigures ? BRIEF_FIGURES : undefined);
    let taskForces = 0;
    shared.set(
      SHAPES,
      shapes.map((shape) => {
        const taskForceOffset = taskForces;
        taskForces += shape.actionBranches;
        return { shape, taskForceOffset };
      }),
    );
  },
  async agency({ db, plan, index, shared }) {
    const { shape, taskForceOffset } = shared.get(SHAPES)[index];
    const agencyPlan = buildAgency(shape, plan.seed, taskForceOffset);
    const tenant = shared.get(SEEDED_AGENCY);
    const people = shared.get(SEEDED_AGENCY_USERS).flatMap((u) => (u.person ? [{ userId: u.id, member: agencyPlan.people[u.person] }] : []));
    await writeAgencyPlan(db, tenant.id, agencyPlan, new Map(people.map((p) => [p.member, p.userId])));
    // A demo user is the member they stand for, so they carry that member's name.
    const users = db.actingFor(tenant.id).repo(User);
    for (const p of people) await users.update({ id: p.userId }, { displayName: agencyPlan.members[p.member].name });
    shared.set(SEEDED_MEMBER_COUNT, agencyPlan.members.length);
  },
};
