import type { DataSource, Logger as TypeOrmLogger } from 'typeorm';
import { createDataSource, parseDatabaseUrl, tenancyModule } from '@zeren/tenancy';
import { authModule } from '@zeren/auth';
import { inDependencyOrder, type ZerenModule } from '@zeren/api';
import { filesModule } from '@zeren/files';
import { orgTreeModule } from '@zeren/org-tree';
import { remindersModule } from '@zeren/reminders';
import { responsibilityModule } from '@zeren/responsibility';
import { workModule } from '@zeren/work';
import { supervisionModule } from '@zeren/supervision';
import { membersModule } from '@zeren/members';
import { gridsModule } from '@zeren/grids';

/** The modules that make up the Zeren server. A new lib adds its module description here, and nothing else. */
export const MODULES: readonly ZerenModule[] = inDependencyOrder([tenancyModule, authModule, filesModule, remindersModule, orgTreeModule, responsibilityModule, workModule, supervisionModule, membersModule, gridsModule]);

export const allEntities = MODULES.flatMap((m) => m.entities ?? []);

/** Migrations run in the order of the timestamps in their names, whichever module they come from. */
export const allMigrations = MODULES.flatMap((m) => m.migrations ?? []);

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
