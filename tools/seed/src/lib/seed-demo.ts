import type { DataSource } from 'typeorm';
import { LoginName, User, hashPassword, type Role } from '@zeren/auth';
import { Scope, Tenant, TenantDb, TenantKind, TenantStatus, newId } from '@zeren/tenancy';
import { AGENCY_USER_ROLES, COMMITTEE, COMMITTEE_USERS, DEMO_AGENCIES, DEMO_PASSWORD } from './demo-accounts';

export interface SeedResult {
  committee: Tenant;
  agencies: Tenant[];
}

/** True when the database holds no tenant yet: `npm start` seeds only then. */
export async function isEmpty(dataSource: DataSource): Promise<boolean> {
  return (await new TenantDb(dataSource, Scope.system('seed check')).global(Tenant).count()) === 0;
}

/**
 * The committee, the demo agencies and one user per role, through the scoped layer: each tenant's
 * rows are written with that tenant's own scope (the seeder acts for each in turn).
 */
export async function seedDemo(dataSource: DataSource): Promise<SeedResult> {
  const system = new TenantDb(dataSource, Scope.system('demo seed'));
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return system.transaction(async (db) => {
    const committee = await addTenant(db, COMMITTEE.code, COMMITTEE.name, TenantKind.COMMITTEE);
    await addUsers(db, committee, COMMITTEE_USERS, passwordHash);
    const agencies: Tenant[] = [];
    for (const agency of DEMO_AGENCIES) {
      const tenant = await addTenant(db, agency.code, agency.name, TenantKind.AGENCY);
      const prefix = agency.code.toLowerCase();
      await addUsers(
        db,
        tenant,
        AGENCY_USER_ROLES.map((u) => ({ username: `${prefix}_${u.suffix}`, displayName: `${agency.name}${u.title}`, roles: u.roles })),
        passwordHash,
      );
      agencies.push(tenant);
    }
    return { committee, agencies };
  });
}

async function addTenant(db: TenantDb, code: string, name: string, kind: TenantKind): Promise<Tenant> {
  const tenant = Object.assign(new Tenant(), { id: newId(), code, name, kind, status: TenantStatus.ACTIVE, createdAt: new Date() });
  await db.global(Tenant).insert(tenant);
  return tenant;
}

async function addUsers(
  db: TenantDb,
  tenant: Tenant,
  users: readonly { username: string; displayName: string; roles: readonly Role[] }[],
  passwordHash: string,
): Promise<void> {
  const own = db.withScope(db.scope.actingFor(tenant.id));
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
  await db.global(LoginName).insert(rows.map((u) => ({ username: u.username, tenantId: tenant.id, userId: u.id })));
}
