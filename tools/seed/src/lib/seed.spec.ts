import type { ZerenModule } from '@zeren/api';
import { SEEDED_AGENCY, SEEDED_COMMITTEE, SeedKey, Tenant, tenancyModule, type SeedPlan } from '@zeren/tenancy';
import { openTestDatabase, type TestDatabase } from '@zeren/tenancy/testing';
import { isEmpty, seed } from './seed';

const PLAN: SeedPlan = {
  seed: 1,
  committee: { code: 'GW', name: '市直机关工委' },
  agencies: [
    { code: 'A', name: '单位甲', size: 1, demoUsers: false },
    { code: 'B', name: '单位乙', size: 1, demoUsers: false },
  ],
  members: 0,
  briefFigures: false,
};

// Two made-up libs: "grids" builds on tenancy, "showcase" on grids (and so on tenancy too).
const GRIDS = new SeedKey<string[]>('grids.names');
const GRID_OF_AGENCY = new SeedKey<string>('grids.ofAgency');

function fakeModules(log: string[]): { grids: ZerenModule; showcase: ZerenModule } {
  const grids: ZerenModule = {
    name: 'grids',
    dependsOn: ['tenancy'],
    seed: {
      async committee({ shared }) {
        log.push(`grids committee after ${shared.get(SEEDED_COMMITTEE).code}`);
        shared.set(GRIDS, ['第一网格', '第二网格']);
      },
      async agency({ shared, index }) {
        log.push(`grids agency ${shared.get(SEEDED_AGENCY).code}`);
        shared.set(GRID_OF_AGENCY, shared.get(GRIDS)[index]);
      },
    },
  };
  const showcase: ZerenModule = {
    name: 'showcase',
    dependsOn: ['grids'],
    seed: {
      async committee({ shared }) {
        log.push(`showcase committee sees ${shared.get(GRIDS).join('、')}`);
      },
      async agency({ shared }) {
        log.push(`showcase agency ${shared.get(SEEDED_AGENCY).code} in ${shared.get(GRID_OF_AGENCY)}`);
      },
    },
  };
  return { grids, showcase };
}

const tenantCodes = async (db: TestDatabase) =>
  ((await db.dataSource.query('SELECT code FROM tenant ORDER BY code')) as { code: string }[]).map((t) => t.code);

describe('seed', () => {
  let db: TestDatabase;

  beforeEach(async () => {
    db = await openTestDatabase({ entities: [Tenant] });
  });
  afterEach(() => db.close());

  it('runs a new module’s seeder after the modules it depends on, whatever the list order, with what they published', async () => {
    const log: string[] = [];
    const { grids, showcase } = fakeModules(log);
    await seed(db.dataSource, PLAN, { modules: [showcase, grids, tenancyModule] });
    expect(log).toEqual([
      'grids committee after GW',
      'showcase committee sees 第一网格、第二网格',
      'grids agency A',
      'showcase agency A in 第一网格',
      'grids agency B',
      'showcase agency B in 第二网格',
    ]);
    expect(await tenantCodes(db)).toEqual(['A', 'B', 'GW']);
  });

  it('runs the same steps with one transaction per agency', async () => {
    const log: string[] = [];
    const { grids, showcase } = fakeModules(log);
    const seen: string[] = [];
    await seed(db.dataSource, PLAN, {
      modules: [tenancyModule, grids, showcase],
      transactions: 'per-agency',
      onAgency: (index, values) => seen.push(`${index}: ${values.get(SEEDED_AGENCY).code} ${values.get(GRID_OF_AGENCY)}`),
    });
    expect(log.at(-1)).toBe('showcase agency B in 第二网格');
    expect(seen).toEqual(['0: A 第一网格', '1: B 第二网格']);
  });

  it('runs every finish step once, after every agency, in either transaction mode; each agency step may write as the agency itself', async () => {
    for (const transactions of ['one', 'per-agency'] as const) {
      await db.dataSource.query('DELETE FROM tenant');
      const log: string[] = [];
      const sender: ZerenModule = {
        name: 'sender',
        dependsOn: ['tenancy'],
        seed: {
          async agency({ shared, asAgency }) {
            const { id, code } = shared.get(SEEDED_AGENCY);
            const own = asAgency().scope;
            log.push(`agency ${code}: ${own.kind} scope writing ${own.writeTenantId === id ? 'itself' : 'elsewhere'}`);
          },
          async finish({ db: system, shared }) {
            log.push(`finish after ${await system.reference(Tenant).count()} tenants, for ${shared.get(SEEDED_COMMITTEE).code}`);
          },
        },
      };
      await seed(db.dataSource, PLAN, { modules: [sender, tenancyModule], transactions });
      expect(log).toEqual(['agency A: tenant scope writing itself', 'agency B: tenant scope writing itself', 'finish after 3 tenants, for GW']);
    }
  });

  it('refuses a value from a module the reader does not depend on, even when that module ran first, and writes nothing', async () => {
    const { grids } = fakeModules([]);
    const stray: ZerenModule = {
      name: 'stray',
      dependsOn: ['tenancy'],
      seed: {
        async committee({ shared }) {
          shared.get(GRIDS);
        },
      },
    };
    await expect(seed(db.dataSource, PLAN, { modules: [tenancyModule, grids, stray] })).rejects.toThrow(
      'Seed value grids.names read by stray is published by grids, which stray does not depend on',
    );
    expect(await isEmpty(db.dataSource)).toBe(true);
  });

  it('refuses a value nobody published yet, naming the key and the reader', async () => {
    const early: ZerenModule = {
      name: 'early',
      seed: {
        async committee({ shared }) {
          shared.get(SEEDED_COMMITTEE);
        },
      },
    };
    await expect(seed(db.dataSource, PLAN, { modules: [early, tenancyModule] })).rejects.toThrow(
      'Seed value tenancy.committee read by early was not published (yet)',
    );
  });

  it('keeps the agencies written before a failure when each has its own transaction, and none in one transaction', async () => {
    const failing: ZerenModule = {
      name: 'failing',
      dependsOn: ['tenancy'],
      seed: {
        async agency({ index }) {
          if (index === 1) throw new Error('broken agency');
        },
      },
    };
    await expect(seed(db.dataSource, PLAN, { modules: [tenancyModule, failing], transactions: 'per-agency' })).rejects.toThrow('broken agency');
    expect(await tenantCodes(db)).toEqual(['A', 'GW']);
    await db.dataSource.query('DELETE FROM tenant');
    await expect(seed(db.dataSource, PLAN, { modules: [tenancyModule, failing] })).rejects.toThrow('broken agency');
    expect(await tenantCodes(db)).toEqual([]);
  });
});
