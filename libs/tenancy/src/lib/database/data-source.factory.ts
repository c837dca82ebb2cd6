import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DataSource, type DataSourceOptions, type MixedList, type EntitySchema } from 'typeorm';
import { createConnection } from 'mysql2/promise';
import { SnakeNamingStrategy } from './snake-naming.strategy';

export type Engine = 'sqlite' | 'mysql';

export interface DatabaseTarget {
  engine: Engine;
  /** SQLite: a file path or `:memory:`. */
  file?: string;
  /** MySQL/MariaDB: the mysql2 connection URL. */
  url?: string;
}

/** `sqlite:data/zeren.sqlite`, `sqlite::memory:` or `mysql://user:pass@host:3306/db`. */
export function parseDatabaseUrl(value: string): DatabaseTarget {
  if (value.startsWith('sqlite:')) {
    const file = value.slice('sqlite:'.length);
    if (!file) throw new Error('DATABASE_URL: sqlite: needs a file path or :memory:');
    return { engine: 'sqlite', file };
  }
  if (value.startsWith('mysql://') || value.startsWith('mariadb://')) {
    const url = new URL(value.replace(/^mariadb:/, 'mysql:'));
    if (!url.pathname || url.pathname === '/') throw new Error('DATABASE_URL: mysql:// needs a database name');
    return { engine: 'mysql', url: url.toString() };
  }
  throw new Error('DATABASE_URL must start with sqlite: or mysql://');
}

export interface DataSourceSettings {
  target: DatabaseTarget;
  entities: MixedList<Function | string | EntitySchema>;
  migrations?: MixedList<Function | string>;
  /** Only tests build the schema from the entities; everything else runs migrations. */
  synchronize?: boolean;
  /** Connection pool bounds for MySQL. */
  pool?: { connectionLimit: number; queueLimit: number };
  logging?: DataSourceOptions['logging'];
  logger?: DataSourceOptions['logger'];
}

/**
 * MariaDB reports a nullable column's default as the string 'NULL'; TypeORM reads that right only
 * under its `mariadb` driver type, so the server is asked which one it is before the pool is built.
 */
async function mysqlFlavour(url: string): Promise<'mysql' | 'mariadb'> {
  const connection = await createConnection({ uri: url });
  try {
    const [rows] = await connection.query('SELECT VERSION() AS version');
    return /mariadb/i.test(String((rows as { version: string }[])[0]?.version)) ? 'mariadb' : 'mysql';
  } finally {
    await connection.end();
  }
}

export async function createDataSource(settings: DataSourceSettings): Promise<DataSource> {
  const common = {
    entities: settings.entities,
    migrations: settings.migrations ?? [],
    migrationsRun: false,
    synchronize: settings.synchronize ?? false,
    namingStrategy: new SnakeNamingStrategy(),
    logging: settings.logging ?? false,
    logger: settings.logger,
  } as const;
  if (settings.target.engine === 'sqlite') {
    const file = settings.target.file ?? ':memory:';
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    return new DataSource({
      ...common,
      type: 'better-sqlite3',
      database: file,
      // WAL lets readers run while a writer commits; foreign keys are off by default in SQLite.
      prepareDatabase: (db: { pragma(sql: string): unknown }) => {
        db.pragma('journal_mode = WAL');
        db.pragma('foreign_keys = ON');
      },
    });
  }
  const pool = settings.pool ?? { connectionLimit: 10, queueLimit: 500 };
  const url = settings.target.url ?? '';
  return new DataSource({
    ...common,
    type: await mysqlFlavour(url),
    url,
    charset: 'utf8mb4_unicode_ci',
    // Store and read every datetime as UTC, whatever the server's time zone.
    timezone: 'Z',
    poolSize: pool.connectionLimit,
    extra: {
      connectionLimit: pool.connectionLimit,
      queueLimit: pool.queueLimit,
      // connectionLimit × maxPreparedStatements stays far below max_prepared_stmt_count (16 382).
      maxPreparedStatements: 200,
    },
  });
}
