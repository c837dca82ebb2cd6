import type { DataSource } from 'typeorm';
import { LoginName, User, hashPassword, type Role } from '@zeren/auth';
import { ensurePostCatalogue } from '@zeren/org-tree';
import { Scope, Tenant, TenantDb, TenantKind, TenantStatus, newId } from '@zeren/tenancy';
import { AGENCY_USER_ROLES, COMMITTEE, COMMITTEE_USERS, DEMO_AGENCIES, DEMO_PASSWORD } from './demo-accounts';
import { DONGYING_AGENCIES } from './dongying-agencies.data';
import { BRIEF_FIGURES, buildAgency, planShapes, type AgencyPlan } from './org-dataset.generator';
import { writeAgencyPlan } from './org-dataset.writer';

export interface SeedResult {
  committee: Tenant;
  agencies: Tenant[];
}

/** The Dongying demo: one seed, the same data on every run. */
export const DEMO_SEED = 20_141_001;
export const DEMO_MEMBERS = 25_000;

export interface SeedDemoOptions {
  /**
   * Only the first n agencies (the demo-user agencies first), with their share of the members: for
   * tests that need the demo's shape but not its size. The brief's figures hold only for the full demo.
   */
  agencies?: number;
}

const sumOf = (xs: number[]) => xs.reduce((s, x) => s + x, 0);

/** True when the database holds no tenant yet: `npm start` seeds only then. */
export async function isEmpty(dataSource: DataSource): Promise<boolean> {
  return (await new TenantDb(dataSource, Scope.system('seed check')).register(Tenant).count()) === 0;
}

/**
 * The working committee and about a hundred Dongying agencies with their party trees, ~25 000 members
 * and posts sized so that the committee's orgOverview shows the brief's figures (65 %, 3 329, 32);
 * demo users for every role in the DEMO_AGENCIES. Everything goes through the scoped layer, each
 * tenant's rows written with that tenant's own scope, in one transaction.
 */
export async function seedDemo(dataSource: DataSource, options: SeedDemoOptions = {}): Promise<SeedResult> {
  const system = new TenantDb(dataSource, Scope.system('demo seed'));
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const count = Math.min(options.agencies ?? DONGYING_AGENCIES.length, DONGYING_AGENCIES.length);
  const full = count === DONGYING_AGENCIES.length;
  const agencySeeds = DONGYING_AGENCIES.slice(0, count);
  const members = full ? DEMO_MEMBERS : Math.round((DEMO_MEMBERS * sumOf(agencySeeds.map((a) => a.size))) / sumOf(DONGYING_AGENCIES.map((a) => a.size)));
  const shapes = planShapes(agencySeeds, members, DEMO_SEED, full ? BRIEF_FIGURES : undefined);
  return system.transaction(async (db) => {
    await ensurePostCatalogue(db);
    const committee = await addTenant(db, COMMITTEE.code, COMMITTEE.name, TenantKind.COMMITTEE);
    await addUsers(db, committee, COMMITTEE_USERS, passwordHash);
    const agencies: Tenant[] = [];
    let taskForces = 0;
    for (const shape of shapes) {
      const tenant = await addTenant(db, shape.seed.code, shape.seed.name, TenantKind.AGENCY);
      const plan = buildAgency(shape, DEMO_SEED, taskForces);
      taskForces += shape.actionBranches;
      const demo = DEMO_AGENCIES.find((a) => a.code === shape.seed.code);
      const userOf = demo ? await addAgencyUsers(db, tenant, plan, passwordHash) : undefined;
      await writeAgencyPlan(db, tenant.id, plan, userOf);
      agencies.push(tenant);
    }
    return { committee, agencies };
  });
}

/** One user per agency role, named after the party member they are; returns member index → user id. */
export async function addAgencyUsers(db: TenantDb, tenant: Tenant, plan: AgencyPlan, passwordHash: string): Promise<Map<number, string>> {
  const prefix = tenant.code.toLowerCase();
  const users = await addUsers(
    db,
    tenant,
    AGENCY_USER_ROLES.map((u) => ({
      username: `${prefix}_${u.suffix}`,
      displayName: u.person ? plan.members[plan.people[u.person]].name : `${tenant.name}${u.title}`,
      roles: u.roles,
    })),
    passwordHash,
  );
  const userOf = new Map<number, string>();
  AGENCY_USER_ROLES.forEach((u, i) => {
    if (u.person) userOf.set(plan.people[u.person], users[i].id);
  });
  return userOf;
}

export async function addTenant(db: TenantDb, code: string, name: string, kind: TenantKind): Promise<Tenant> {
  const tenant = Object.assign(new Tenant(), { id: newId(), code, name, kind, status: TenantStatus.ACTIVE, createdAt: new Date() });
  await db.register(Tenant).insert(tenant);
  return tenant;
}

export async function addUsers(
  db: TenantDb,
  tenant: Tenant,
  users: readonly { username: string; displayName: string; roles: readonly Role[] }[],
  passwordHash: string,
): Promise<User[]> {
  const own = db.actingFor(tenant.id);
  const now = new Date();
  const rows = await own.repo(User).insert(
    users.map((u) => ({
      username: u.username,
      displayName: u.displayName,
      roles: [...u.roles],
      disabled: false,
      passwordHash,
      passwordChangedAt: now,
      lastLoginAt: null,
    })),
  );
  await db.register(LoginName).insert(rows.map((u) => ({ username: u.username, tenantId: tenant.id, userId: u.id })));
  return rows;
}
