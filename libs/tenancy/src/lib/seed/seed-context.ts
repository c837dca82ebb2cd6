import type { TenantDb } from '../scoped-db/tenant-db';

/** What world the seed builds: the same plan always writes the same rows. Made by tools/seed. */
export interface SeedPlan {
  /** The PRNG seed every module's seeder derives its draws from. */
  seed: number;
  /** The working committee's tenant. */
  committee: { code: string; name: string };
  /** The agencies, in the order they are written. */
  agencies: readonly PlannedAgency[];
  /** Party members across all agencies. */
  members: number;
  /** The full demo: each module makes the brief's figures come out exactly. */
  briefFigures: boolean;
}

export interface PlannedAgency {
  code: string;
  name: string;
  /** Relative size of the agency's staff and party membership. */
  size: number;
  /** Its party organization is a party committee (党委) rather than a party group (党组). */
  partyCommittee?: boolean;
  /** It gets one demo user per agency role. */
  demoUsers: boolean;
}

/**
 * A module's seeder (DESIGN.md seam 1). The seed runs every module's `committee` step in dependency
 * order, then for each agency every module's `agency` step in the same order, then every module's
 * `finish` step, so a small demo can be one transaction and a big synthetic set one transaction per
 * agency (and one for the finish).
 */
export interface ModuleSeeder {
  /** Reference rows and the committee's own rows, once, before any agency. */
  committee?: (context: SeedContext) => Promise<void>;
  /** One agency's rows, after the same agency's rows of the modules this one depends on. */
  agency?: (context: AgencySeedContext) => Promise<void>;
  /**
   * Once, after every agency: what the committee writes into many agencies at once (a task sent to
   * all of them is one statement, as the API writes it). Agency values are gone by then.
   */
  finish?: (context: SeedContext) => Promise<void>;
}

export interface SeedContext {
  /** A system handle inside the seed's transaction; `db.actingFor(tenantId)` writes as a tenant. */
  db: TenantDb;
  plan: SeedPlan;
  /** What this module and the modules it depends on have published, by their keys. */
  shared: SeedShared;
}

export interface AgencySeedContext extends SeedContext {
  agency: PlannedAgency;
  /** The agency's position in `plan.agencies`. */
  index: number;
  /**
   * The agency's own side, as its users write (a tenant scope with no user behind it, made by the
   * seed runner): for what only the agency may write, such as what it files itself (dispatchable
   * `createdBy: 'agency'`) and its own transitions. Available once tenancy's step registered the agency.
   */
  asAgency(): TenantDb;
}

/** A typed name for a value that one module's seeder publishes; the publishing module exports it. */
export class SeedKey<T> {
  // Only for the type checker: a key for a Tenant cannot be read as a number.
  declare private readonly type: T;

  constructor(readonly name: string) {}
}

export interface SeedShared {
  /** The value, or an error naming the key when it is not published or not the reader's to read. */
  get<T>(key: SeedKey<T>): T;
  /** Publishes a value; during an agency step it lasts until that agency is done. */
  set<T>(key: SeedKey<T>, value: T): void;
}

interface Entry {
  value: unknown;
  by: string;
}

/**
 * The seed's published values: one layer for the whole run and, per agency, a layer dropped when the
 * agency is done (memory stays flat on a synthetic set of 10 000 agencies).
 */
export class SeedValues {
  private readonly entries = new Map<SeedKey<unknown>, Entry>();

  constructor(private readonly parent?: SeedValues) {}

  /** A fresh layer for one agency on top of this one. */
  layer(): SeedValues {
    return new SeedValues(this);
  }

  /** For the runner: any published value, whoever published it. */
  get<T>(key: SeedKey<T>): T {
    const entry = this.entry(key);
    if (!entry) throw new Error(`Seed value ${key.name} was not published`);
    return entry.value as T;
  }

  /**
   * What `module`'s seeder sees. It may read only what it or a module in `readable` (its dependencies)
   * published: a value that is there only because of the list's order would break when it changes.
   */
  viewFor(module: string, readable: ReadonlySet<string>): SeedShared {
    return {
      get: <T>(key: SeedKey<T>): T => {
        const entry = this.entry(key);
        if (!entry) throw new Error(`Seed value ${key.name} read by ${module} was not published (yet): does ${module} depend on the module that publishes it?`);
        if (entry.by !== module && !readable.has(entry.by)) {
          throw new Error(`Seed value ${key.name} read by ${module} is published by ${entry.by}, which ${module} does not depend on`);
        }
        return entry.value as T;
      },
      set: <T>(key: SeedKey<T>, value: T): void => {
        if (this.entries.has(key)) throw new Error(`Seed value ${key.name} published twice (${this.entries.get(key)?.by}, ${module})`);
        this.entries.set(key, { value, by: module });
      },
    };
  }

  private entry(key: SeedKey<unknown>): Entry | undefined {
    return this.entries.get(key) ?? this.parent?.entry(key);
  }
}
