import type { DataSource, Logger as TypeOrmLogger } from 'typeorm';
import { createDataSource, parseDatabaseUrl, tenancyEntities, tenancyMigrations } from '@zeren/tenancy';
import { authEntities, authMigrations } from '@zeren/auth';
import { orgTreeEntities, orgTreeMigrations, orgTreeResolvers } from '@zeren/org-tree';

/** Every entity of every lib. A new domain lib adds its list here and in `allMigrations`. */
export const allEntities = [...tenancyEntities, ...authEntities, ...orgTreeEntities];

/** Migrations run in the order of the timestamps in their names, whichever lib they come from. */
export const allMigrations = [...tenancyMigrations, ...authMigrations, ...orgTreeMigrations];

/** Every domain lib's resolvers (auth's own come with buildZerenSchema). A new lib adds its list here. */
export const domainResolvers: Function[] = [...orgTreeResolvers];

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
