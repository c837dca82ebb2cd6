import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import type { DataSource, Logger as TypeOrmLogger, MixedList } from 'typeorm';
import { createDataSource, type Engine } from './lib/database/data-source.factory';
import { tenancyModule } from './index';
import { Scope } from './lib/scope/scope';
import { TenantDb } from './lib/scoped-db/tenant-db';
import { Tenant, TenantKind, TenantStatus } from './lib/tenant/tenant.entity';
import { newId } from './lib/database/ids';

// The isolation sweep reads the data-scope policies to know which rows a branch secretary must not reach.
export { dataPolicyOf } from './lib/scoped-db/entity-policies';

/** Which engine this jest project runs on: set by tools/jest/engine-*.setup.ts. */
export function testEngine(): Engine {
  return process.env['ZEREN_TEST_ENGINE'] === 'mysql' ? 'mysql' : 'sqlite';
}

export interface TestDatabase {
  dataSource: DataSource;
  engine: Engine;
  /** Drops the per-test database (MySQL) and closes the connection. */
  close(): Promise<void>;
}

/**
 * A fresh, empty database for one test file: in-memory SQLite, or a new MySQL database of its own
 * (jest runs files in parallel, so they must never share one). `migrations` runs them instead of
 * building the schema from the entities.
 */
export async function openTestDatabase(options: {
  entities: MixedList<Function>;
  migrations?: MixedList<Function>;
  /** Receives every SQL statement (see StatementCounter). */
  logger?: TypeOrmLogger;
}): Promise<TestDatabase> {
  const engine = testEngine();
  const entities = [...new Set([...tenancyModule.entities, ...(options.entities as Function[])])];
  const useMigrations = options.migrations !== undefined;
  if (engine === 'sqlite') {
    const dataSource = await createDataSource({
      target: { engine, file: ':memory:' },
      entities,
      migrations: options.migrations,
      synchronize: !useMigrations,
      logger: options.logger,
      logging: options.logger ? ['query'] : false,
    });
    await dataSource.initialize();
    if (useMigrations) await dataSource.runMigrations({ transaction: 'each' });
    return { dataSource, engine, close: () => dataSource.destroy() };
  }
  const serverUrl = process.env['ZEREN_TEST_MYSQL_URL'];
  if (!serverUrl) throw new Error('ZEREN_TEST_MYSQL_URL is not set');
  const name = `zeren_t${process.env['JEST_WORKER_ID'] ?? '0'}_${randomBytes(5).toString('hex')}`;
  const admin = await createDataSource({ target: { engine, url: serverUrl }, entities: [] });
  await admin.initialize();
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const dataSource = await createDataSource({
    target: { engine, url: url.toString() },
    entities,
    migrations: options.migrations,
    synchronize: !useMigrations,
    pool: { connectionLimit: 4, queueLimit: 100 },
    logger: options.logger,
    logging: options.logger ? ['query'] : false,
  });
  await dataSource.initialize();
  if (useMigrations) await dataSource.runMigrations({ transaction: 'each' });
  return {
    dataSource,
    engine,
    close: async () => {
      await dataSource.destroy();
      await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await admin.destroy();
    },
  };
}

/** Registers a tenant directly (fixtures only; the API path is auth's createTenant). */
export async function createTestTenant(
  dataSource: DataSource,
  code: string,
  kind: TenantKind = TenantKind.AGENCY,
): Promise<Tenant> {
  const tenant = Object.assign(new Tenant(), {
    id: newId(),
    code,
    name: `测试单位${code}`,
    kind,
    status: TenantStatus.ACTIVE,
    createdAt: new Date(),
  });
  await dataSource.manager.insert(Tenant, tenant);
  return tenant;
}

/** A read-write handle for one tenant, as a user of that tenant would have. */
export function tenantDb(dataSource: DataSource, tenantId: string): TenantDb {
  return new TenantDb(dataSource, Scope.tenant(tenantId, { userId: null, tenantId }));
}

/** A committee reader's handle across every tenant. */
export function allTenantsDb(dataSource: DataSource): TenantDb {
  return new TenantDb(dataSource, Scope.allTenants({ userId: null, tenantId: null }));
}

/**
 * Counts the SQL statements the application sends, for "same number of statements at any size"
 * tests. Transaction control (BEGIN/COMMIT/…) is not counted.
 */
export class StatementCounter implements TypeOrmLogger {
  count = 0;
  statements: string[] = [];
  /** The parameters of each statement, by position: enough to EXPLAIN a statement in a plan test. */
  parameters: unknown[][] = [];
  private on = false;

  start(): void {
    this.count = 0;
    this.statements = [];
    this.parameters = [];
    this.on = true;
  }

  stop(): number {
    this.on = false;
    return this.count;
  }

  logQuery(query: string, parameters?: unknown[]): void {
    if (!this.on || /^(START TRANSACTION|SET TRANSACTION|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE)/i.test(query)) return;
    this.count++;
    this.statements.push(query);
    this.parameters.push(parameters ?? []);
  }
  // Only statements are counted; TypeORM's other log events are of no interest here.
  logQueryError(): void {
    return;
  }
  logQuerySlow(): void {
    return;
  }
  logSchemaBuild(): void {
    return;
  }
  logMigration(): void {
    return;
  }
  log(): void {
    return;
  }
}
