import type { DataSource } from 'typeorm';
import { hashPassword } from '@zeren/auth';
import { ensurePostCatalogue } from '@zeren/org-tree';
import { Scope, TenantDb, TenantKind, type Tenant } from '@zeren/tenancy';
import { COMMITTEE, COMMITTEE_USERS, DEMO_PASSWORD } from './demo-accounts';
import type { AgencySeed } from './dongying-agencies.data';
import { buildAgency, planShapes } from './org-dataset.generator';
import { writeAgencyPlan } from './org-dataset.writer';
import { Prng } from '@zeren/shared-prng';
import { addAgencyUsers, addTenant, addUsers, type SeedResult } from './seed-demo';

export interface SyntheticOptions {
  agencies: number;
  members: number;
  seed: number;
  /** How many of the first agencies get one user per role (default 1). */
  agenciesWithUsers?: number;
  /** Called after each agency is committed. */
  onProgress?: (progress: { agencies: number; members: number }) => void;
}

/**
 * A dataset of any size for benchmarks, shaped like the demo (same generator) but with numbered
 * agencies and no calibrated figures. Each agency is one transaction, so memory stays flat and a
 * run can be watched. The committee's users and the first agency's users log in as in the demo.
 */
export async function seedSynthetic(dataSource: DataSource, options: SyntheticOptions): Promise<SeedResult> {
  const system = new TenantDb(dataSource, Scope.system('synthetic seed'));
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const rng = Prng.derive(options.seed, 'synthetic');
  const width = String(options.agencies).length;
  const seeds: AgencySeed[] = Array.from({ length: options.agencies }, (_, i) => {
    const n = String(i + 1).padStart(Math.max(4, width), '0');
    return { code: `S${n}`, name: `合成单位${n}`, size: 0.3 + rng.next() ** 2 * 3, committee: rng.chance(0.15) };
  });
  const shapes = planShapes(seeds, options.members, options.seed);
  const committee = await system.transaction(async (db) => {
    await ensurePostCatalogue(db);
    const tenant = await addTenant(db, COMMITTEE.code, COMMITTEE.name, TenantKind.COMMITTEE);
    await addUsers(db, tenant, COMMITTEE_USERS, passwordHash);
    return tenant;
  });
  const agencies: Tenant[] = [];
  let members = 0;
  let taskForces = 0;
  for (const [i, shape] of shapes.entries()) {
    const plan = buildAgency(shape, options.seed, taskForces);
    taskForces += shape.actionBranches;
    agencies.push(
      await system.transaction(async (db) => {
        const tenant = await addTenant(db, shape.seed.code, shape.seed.name, TenantKind.AGENCY);
        const userOf = i < (options.agenciesWithUsers ?? 1) ? await addAgencyUsers(db, tenant, plan, passwordHash) : undefined;
        await writeAgencyPlan(db, tenant.id, plan, userOf);
        return tenant;
      }),
    );
    members += plan.members.length;
    options.onProgress?.({ agencies: i + 1, members });
  }
  return { committee, agencies };
}
