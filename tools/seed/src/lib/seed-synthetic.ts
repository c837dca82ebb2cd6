import type { DataSource } from 'typeorm';
import { SEEDED_MEMBER_COUNT } from '@zeren/org-tree';
import { SEEDED_AGENCY, SEEDED_COMMITTEE, type Tenant } from '@zeren/tenancy';
import { seed, type SeedResult } from './seed';
import { syntheticPlan, type SyntheticPlanOptions } from './seed-plan';

export interface SyntheticOptions extends SyntheticPlanOptions {
  /** Called after each agency is committed. */
  onProgress?: (progress: { agencies: number; members: number }) => void;
}

/**
 * A dataset of any size for benchmarks, shaped like the demo (same seeders) but with numbered
 * agencies and no calibrated figures. Each agency is one transaction, so memory stays flat and a
 * run can be watched. The committee's users and the first agency's users log in as in the demo.
 */
export async function seedSynthetic(dataSource: DataSource, options: SyntheticOptions): Promise<SeedResult> {
  const agencies: Tenant[] = [];
  let members = 0;
  const run = await seed(dataSource, syntheticPlan(options), {
    transactions: 'per-agency',
    onAgency: (index, values) => {
      agencies.push(values.get(SEEDED_AGENCY));
      members += values.get(SEEDED_MEMBER_COUNT);
      options.onProgress?.({ agencies: index + 1, members });
    },
  });
  return { committee: run.get(SEEDED_COMMITTEE), agencies };
}
