import type { DataSource } from 'typeorm';
import { SEEDED_AGENCY, SEEDED_COMMITTEE, type Tenant } from '@zeren/tenancy';
import { seed, type SeedResult } from './seed';
import { demoPlan, type SeedDemoOptions } from './seed-plan';

/**
 * The working committee and about a hundred Dongying agencies with their party trees, ~25 000 members
 * and posts sized so that the committee's orgOverview shows the brief's figures (65 %, 3 329, 32);
 * demo users for every role in the DEMO_AGENCIES. Every module's seeder writes its part through the
 * scoped layer, each tenant's rows with that tenant's own scope, in one transaction.
 */
export async function seedDemo(dataSource: DataSource, options: SeedDemoOptions = {}): Promise<SeedResult> {
  const agencies: Tenant[] = [];
  const run = await seed(dataSource, demoPlan(options), { onAgency: (_, values) => agencies.push(values.get(SEEDED_AGENCY)) });
  return { committee: run.get(SEEDED_COMMITTEE), agencies };
}
