import type { DataSource, Logger as TypeOrmLogger } from 'typeorm';
import { createDataSource, parseDatabaseUrl, tenancyEntities, tenancyMigrations } from '@zeren/tenancy';
import { authEntities, authMigrations } from '@zeren/auth';

/** Every entity of every lib. A new domain lib adds its list here and in `allMigrations`. */
export const allEntities = [...tenancyEntities, ...authEntities];

/** Migrations run in the order of the timestamps in their names, whichever lib they come from. */
export const allMigrations = [...tenancyMigrations, ...authMigrations];

/** Every domain lib's resolvers (auth's own come with buildZerenSchema). A new lib adds its list here. */
export const domainResolvers: Function[] = [];

export interface OpenOptions {
  databaseUrl: string;
  pool?: { connectionLimit: number; queueLimit: number };
  logger?: TypeOrmLogger;
}

/** Opens the database and brings its schema up to date with the committed migrations. */
export async function openDatabase(options: OpenOptions): Promise<DataSource> {
  const dataSource = await createDataSource({
    target: parseDatabaseUrl(options.databaseUrl),
    entities: allEntities,
    migrations: allMigrations,
    pool: options.pool,
    logger: options.logger,
    logging: options.logger ? ['error', 'warn', 'migration'] : false,
  });
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  return dataSource;
}
