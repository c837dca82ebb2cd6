import { SEEDED_AGENCY, SEEDED_COMMITTEE, SeedKey, type ModuleSeeder, type Tenant, type TenantDb } from '@zeren/tenancy';
import { hashPassword } from '../password/password';
import type { Role } from '../session/role.enum';
import { LoginName, User } from '../user/user.entity';
import { AGENCY_USER_ROLES, COMMITTEE_USERS, DEMO_PASSWORD } from './demo-accounts';

export interface SeededUser {
  id: string;
  username: string;
  /** The party member the account stands for, if any (`AGENCY_USER_ROLES`). */
  person: (typeof AGENCY_USER_ROLES)[number]['person'];
}

/** The current agency's demo users (empty when the plan gives it none). */
export const SEEDED_AGENCY_USERS = new SeedKey<readonly SeededUser[]>('auth.agencyUsers');

// Hashing is deliberately slow: once per run, not once per agency.
const PASSWORD_HASH = new SeedKey<string>('auth.passwordHash');

/** Writes the demo accounts: the committee's, then one per agency role for each agency with `demoUsers`. */
export const authSeeder: ModuleSeeder = {
  async committee({ db, shared }) {
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    shared.set(PASSWORD_HASH, passwordHash);
    await addUsers(db, shared.get(SEEDED_COMMITTEE), COMMITTEE_USERS, passwordHash);
  },
  async agency({ db, agency, shared }) {
    if (!agency.demoUsers) {
      shared.set(SEEDED_AGENCY_USERS, []);
      return;
    }
    const tenant = shared.get(SEEDED_AGENCY);
    const prefix = tenant.code.toLowerCase();
    // Named by their role until a module links them to the person they are.
    const accounts = AGENCY_USER_ROLES.map((u) => ({ username: `${prefix}_${u.suffix}`, displayName: `${tenant.name}${u.title}`, roles: u.roles }));
    const users = await addUsers(db, tenant, accounts, shared.get(PASSWORD_HASH));
    shared.set(
      SEEDED_AGENCY_USERS,
      users.map((user, i) => ({ id: user.id, username: user.username, person: AGENCY_USER_ROLES[i].person })),
    );
  },
};

async function addUsers(
  db: TenantDb,
  tenant: Tenant,
  users: readonly { username: string; displayName: string; roles: readonly Role[] }[],
  passwordHash: string,
): Promise<User[]> {
  const now = new Date();
  const rows = await db.actingFor(tenant.id).repo(User).insert(
    users.map((u) => ({
      username: u.username,
      displayName: u.displayName,
      roles: [...u.roles],
      disabled: false,
      passwordHash,
      passwordChangedAt: now,
      sessionVersion: 0,
      lastLoginAt: null,
    })),
  );
  await db.register(LoginName).insert(rows.map((u) => ({ username: u.username, tenantId: tenant.id, userId: u.id })));
  return rows;
}
