import { Tenant, TenantKind, TenantStatus } from '../tenant/tenant.entity';
import { newId } from '../database/ids';
import type { TenantDb } from '../scoped-db/tenant-db';
import { SeedKey, type ModuleSeeder } from './seed-context';

/** The committee's tenant row, published once for every later seeder. */
export const SEEDED_COMMITTEE = new SeedKey<Tenant>('tenancy.committee');
/** The current agency's tenant row, published in each agency step. */
export const SEEDED_AGENCY = new SeedKey<Tenant>('tenancy.agency');

/** Writes the tenant register for the plan: the committee first, then each agency as its step comes. */
export const tenancySeeder: ModuleSeeder = {
  async committee({ db, plan, shared }) {
    shared.set(SEEDED_COMMITTEE, await addTenant(db, plan.committee, TenantKind.COMMITTEE));
  },
  async agency({ db, agency, shared }) {
    shared.set(SEEDED_AGENCY, await addTenant(db, agency, TenantKind.AGENCY));
  },
};

async function addTenant(db: TenantDb, { code, name }: { code: string; name: string }, kind: TenantKind): Promise<Tenant> {
  const tenant = Object.assign(new Tenant(), { id: newId(), code, name, kind, status: TenantStatus.ACTIVE, createdAt: new Date() });
  await db.register(Tenant).insert(tenant);
  return tenant;
}
