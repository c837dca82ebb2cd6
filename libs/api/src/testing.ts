import 'reflect-metadata';
import { ApolloServer } from '@apollo/server';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import type { DataSource, MixedList } from 'typeorm';
import { SEEDED_AGENCY, Scope, SeedValues, Tenant, TenantDb, TenantKind, TenantStatus, newId, tenancyModule, type SeedPlan } from '@zeren/tenancy';
import { StatementCounter, openTestDatabase, type TestDatabase } from '@zeren/tenancy/testing';
import { LoginName, LoginThrottle, Role, User, authModule, createRequestContext, hashPassword, type RequestContext } from '@zeren/auth';
import { buildZerenSchema, createServices, type SchemaServices } from './lib/schema/build-schema';
import { formatError, unexpectedErrorPlugin } from './lib/schema/format-error';
import type { ZerenModule } from './lib/module/zeren-module';

/** The platform's own modules, which every server and every test API has. */
export const PLATFORM_MODULES: readonly ZerenModule[] = [tenancyModule, authModule];

export const TEST_PASSWORD = 'Test-pass-2026';
const TEST_SECRET = 'test-secret-of-at-least-thirty-two-characters';

export interface TestTenant {
  tenant: Tenant;
  /** One user per role that fits the tenant's kind, named `<code>_<role>` in lower case. */
  users: Partial<Record<Role, User>>;
}

export interface GqlResult<T = Record<string, any>> {
  data?: T | null;
  errors?: readonly GraphQLFormattedError[];
  /** SQL statements this one operation sent (context resolution included). */
  statements: number;
  /** The HTTP status Apollo would answer with (200 unless an error sets one). */
  status: number;
}

export interface Caller {
  run<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GqlResult<T>>;
}

export interface TestApi {
  db: TestDatabase;
  dataSource: DataSource;
  schema: GraphQLSchema;
  services: SchemaServices;
  counter: StatementCounter;
  /** Runs as the user with this username (logged in once, token cached), or anonymously. */
  as(username: string | null, options?: { viewTenantId?: string }): Caller;
  /** A committee or agency tenant with one user per role of its kind. */
  addTenant(code: string, kind?: TenantKind): Promise<TestTenant>;
  close(): Promise<void>;
}

/**
 * A GraphQL API over a fresh test database, built exactly as the gateway builds it (same schema
 * builder, guards, audit middleware, error formatting and request context), minus HTTP.
 */
export async function createTestApi(
  options: {
    /** Domain modules on top of the platform's (tenancy, auth); or the full list, platform included. */
    modules?: readonly ZerenModule[];
    /** Extra entities and resolvers for a test's own fixtures. */
    entities?: MixedList<Function>;
    resolvers?: Function[];
    /** The password `as(username)` logs in with; users from addTenant have TEST_PASSWORD. */
    password?: string;
  } = {},
): Promise<TestApi> {
  const counter = new StatementCounter();
  const modules = withPlatform(options.modules ?? []);
  const entities = [...modules.flatMap((m) => m.entities ?? []), ...((options.entities as Function[]) ?? [])];
  // A generous throttle: tests log in many users from one address. Built before the database, since
  // the start-up checks (permission catalogue) may refuse the module list.
  const services = createServices(TEST_SECRET, modules, new LoginThrottle({ perUsername: 5, perAddress: 10_000, windowSeconds: 900, blockSeconds: 900 }));
  const db = await openTestDatabase({ entities, logger: counter });
  let schema: GraphQLSchema;
  try {
    schema = await buildZerenSchema(modules, services, options.resolvers ?? []);
  } catch (error) {
    // A schema the start-up checks refuse still leaves no test database behind.
    await db.close();
    throw error;
  }
  // Unexpected errors surface in the test output, not only as a masked message.
  const logUnexpected = (err: unknown) => console.error(err);
  const apollo = new ApolloServer<RequestContext>({
    schema,
    formatError: formatError(logUnexpected),
    plugins: [unexpectedErrorPlugin(logUnexpected)],
  });
  await apollo.start();
  const passwordHash = await hashPassword(TEST_PASSWORD);
  const tokens = new Map<string, string>();

  const execute = async (authorization: string | undefined, viewTenantId: string | undefined, query: string, variables?: Record<string, unknown>) => {
    counter.start();
    try {
      let contextValue: RequestContext;
      try {
        contextValue = await createRequestContext(db.dataSource, services.auth, { authorization, viewTenantId, ip: '127.0.0.1' });
      } catch (error) {
        const e = error as { message: string; extensions?: Record<string, unknown> };
        const status = Number((e.extensions?.['http'] as { status?: number } | undefined)?.status ?? 200);
        return { errors: [{ message: e.message, extensions: e.extensions }], statements: counter.stop(), status } as GqlResult;
      }
      const response = await apollo.executeOperation({ query, variables }, { contextValue });
      if (response.body.kind !== 'single') throw new Error('incremental delivery is not used');
      const { data, errors } = response.body.singleResult;
      return { data: data as Record<string, any> | null | undefined, errors, statements: counter.stop(), status: response.http.status ?? 200 };
    } finally {
      counter.stop();
    }
  };

  const api: TestApi = {
    db,
    dataSource: db.dataSource,
    schema,
    services,
    counter,
    as(username, { viewTenantId } = {}) {
      return {
        async run(query, variables) {
          if (!username) return execute(undefined, viewTenantId, query, variables) as never;
          let token = tokens.get(username);
          if (!token) {
            const system = new TenantDb(db.dataSource, Scope.anonymous());
            token = (await services.auth.login(system, username, options.password ?? TEST_PASSWORD, '127.0.0.1', 'test')).token;
            tokens.set(username, token);
          }
          return execute(`Bearer ${token}`, viewTenantId, query, variables) as never;
        },
      };
    },
    async addTenant(code, kind = TenantKind.AGENCY) {
      const tenant = Object.assign(new Tenant(), { id: newId(), code, name: `测试单位${code}`, kind, status: TenantStatus.ACTIVE, createdAt: new Date() });
      await db.dataSource.manager.insert(Tenant, tenant);
      const roles = kind === TenantKind.COMMITTEE
        ? [Role.COMMITTEE_ADMIN, Role.COMMITTEE_LEADER, Role.GRID_LIAISON]
        : [Role.TENANT_ADMIN, Role.BRANCH_SECRETARY, Role.SHOWCASE_MANAGER, Role.MEMBER];
      const own = new TenantDb(db.dataSource, Scope.system('test fixture')).actingFor(tenant.id);
      const now = new Date();
      const created = await own.repo(User).insert(
        roles.map((role) => ({
          username: `${code.toLowerCase()}_${role.toLowerCase()}`,
          displayName: `${code} ${role}`,
          roles: [role],
          disabled: false,
          passwordHash,
          passwordChangedAt: new Date(now.getTime() - 60_000),
          sessionVersion: 0,
          lastLoginAt: null,
        })),
      );
      await db.dataSource.manager.insert(LoginName, created.map((u) => ({ username: u.username, tenantId: tenant.id, userId: u.id })));
      return { tenant, users: Object.fromEntries(created.map((u) => [u.roles[0], u])) };
    },
    async close() {
      await apollo.stop();
      await db.close();
    },
  };
  return api;
}

function withPlatform(modules: readonly ZerenModule[]): ZerenModule[] {
  const names = new Set(modules.map((m) => m.name));
  return [...PLATFORM_MODULES.filter((m) => !names.has(m.name)), ...modules];
}

/** `count` more active agencies without users (`X00000` …, from `from`), written in bulk: the scale specs' 10 and 10 000. */
export async function addAgencies(api: TestApi, from: number, count: number): Promise<void> {
  const rows = Array.from({ length: count }, (_, i) => Object.assign(new Tenant(), { id: newId(), code: `X${String(from + i).padStart(5, '0')}`, name: `规模单位${from + i}`, kind: TenantKind.AGENCY, status: TenantStatus.ACTIVE, createdAt: new Date() }));
  for (let i = 0; i < rows.length; i += 2000) await api.dataSource.manager.insert(Tenant, rows.slice(i, i + 2000));
}

/** The username addTenant gives a role's user. */
export function usernameOf(code: string, role: Role): string {
  return `${code.toLowerCase()}_${role.toLowerCase()}`;
}
export { untranslatedMessages, type UntranslatedMessage } from './lib/testing/untranslated-messages';

/** An answer's first error code (`extensions.code`), for tests. */
export const errorCode = (res: GqlResult) => res.errors?.[0]?.extensions?.['code'];

/** The field the first error's first issue names (`input.title`), for tests. */
export const issueField = (res: GqlResult) => (res.errors?.[0]?.extensions?.['issues'] as { field: string }[] | undefined)?.[0]?.field;

/** The answer's `field`, asserting there was no error. */
export function dataOf<T = any>(res: GqlResult, field: string): T {
  expect(res.errors).toBeUndefined();
  return res.data![field] as T;
}

/**
 * The seed's steps as tools/seed runs them, for the seed specs (tools/seed is an app a lib may not
 * import): every committee step, each agency's steps, every finish step, in the order given (pass
 * `inDependencyOrder`'s), in one transaction, each module seeing what every other one shared.
 */
export async function runModuleSeeds(dataSource: DataSource, modules: readonly Pick<ZerenModule, 'name' | 'seed'>[], plan: SeedPlan): Promise<void> {
  const seeding = modules.filter((m) => m.seed);
  const everyone = new Set(seeding.map((m) => m.name));
  const run = new SeedValues();
  await new TenantDb(dataSource, Scope.system('seed spec')).transaction(async (db) => {
    for (const m of seeding) await m.seed?.committee?.({ db, plan, shared: run.viewFor(m.name, everyone) });
    for (const [index, agency] of plan.agencies.entries()) {
      const layer = run.layer();
      const asAgency = () => db.withScope(Scope.tenant(layer.get(SEEDED_AGENCY).id, { userId: null, tenantId: layer.get(SEEDED_AGENCY).id }));
      for (const m of seeding) await m.seed?.agency?.({ db, plan, agency, index, asAgency, shared: layer.viewFor(m.name, everyone) });
    }
    for (const m of seeding) await m.seed?.finish?.({ db, plan, shared: run.viewFor(m.name, everyone) });
  });
}
