import type { DataSource } from 'typeorm';
import { inDependencyOrder, type ZerenModule } from '@zeren/api';
import { MODULES } from '@zeren/modules';
import { SEEDED_AGENCY, Scope, SeedValues, Tenant, TenantDb, type SeedPlan } from '@zeren/tenancy';

export interface SeedResult {
  committee: Tenant;
  agencies: Tenant[];
}

export interface SeedOptions {
  /**
   * 'one' (the demo): the whole plan in one transaction. 'per-agency' (synthetic sets): the committee
   * steps in one, then each agency in its own, so memory stays flat and a long run can be watched.
   */
  transactions?: 'one' | 'per-agency';
  /** Whose seeders run (default MODULES), put in dependency order here. */
  modules?: readonly ZerenModule[];
  /** After each agency's steps (committed, with 'per-agency'), with what they published. */
  onAgency?: (index: number, values: SeedValues) => void;
}

/**
 * Writes the plan through each module's seeder, in dependency order: every module's committee step,
 * then for each agency every module's agency step, then every module's finish step. Returns what the
 * committee steps published.
 */
export async function seed(dataSource: DataSource, plan: SeedPlan, options: SeedOptions = {}): Promise<SeedValues> {
  const modules = inDependencyOrder(options.modules ?? MODULES);
  const seeders = modules.flatMap((m) => (m.seed ? [{ name: m.name, seeder: m.seed, readable: dependenciesOf(m, modules) }] : []));
  const system = new TenantDb(dataSource, Scope.system('seed'));
  const run = new SeedValues();
  const committee = async (db: TenantDb) => {
    for (const s of seeders) await s.seeder.committee?.({ db, plan, shared: run.viewFor(s.name, s.readable) });
  };
  const agency = async (db: TenantDb, index: number) => {
    const values = run.layer();
    // The agency's own side for its seeders; tools may make scopes, domain libs may not (DESIGN.md seam 2).
    const asAgency = () => {
      const { id } = values.get(SEEDED_AGENCY);
      return db.withScope(Scope.tenant(id, { userId: null, tenantId: id, reason: 'seed' }));
    };
    for (const s of seeders) {
      await s.seeder.agency?.({ db, plan, shared: values.viewFor(s.name, s.readable), agency: plan.agencies[index], index, asAgency });
    }
    return values;
  };
  const finish = async (db: TenantDb) => {
    for (const s of seeders) await s.seeder.finish?.({ db, plan, shared: run.viewFor(s.name, s.readable) });
  };
  const everyAgency = async (write: (index: number) => Promise<SeedValues>) => {
    for (const index of plan.agencies.keys()) {
      const values = await write(index);
      options.onAgency?.(index, values);
    }
  };
  if (options.transactions === 'per-agency') {
    await system.transaction(committee);
    await everyAgency((index) => system.transaction((db) => agency(db, index)));
    await system.transaction(finish);
  } else {
    await system.transaction(async (db) => {
      await committee(db);
      await everyAgency((index) => agency(db, index));
      await finish(db);
    });
  }
  return run;
}

/** True when the database holds no tenant yet: `npm start` seeds only then. */
export async function isEmpty(dataSource: DataSource): Promise<boolean> {
  return (await new TenantDb(dataSource, Scope.system('seed check')).register(Tenant).count()) === 0;
}

/** Every module `module` builds on, directly or through others: whose published values it may read. */
function dependenciesOf(module: ZerenModule, modules: readonly ZerenModule[]): Set<string> {
  const byName = new Map(modules.map((m) => [m.name, m]));
  const found = new Set<string>();
  const visit = (m: ZerenModule) => {
    for (const dep of m.dependsOn ?? []) {
      if (found.has(dep)) continue;
      found.add(dep);
      const target = byName.get(dep);
      if (target) visit(target);
    }
  };
  visit(module);
  return found;
}
