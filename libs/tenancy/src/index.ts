export { Scope, type Actor, type ScopeKind } from './lib/scope/scope';
export { TenantDb } from './lib/scoped-db/tenant-db';
export { ScopedRepository, type FindManyOptions, type NewRow, type Where } from './lib/scoped-db/scoped.repository';
export { TenantOwnedEntity } from './lib/database/tenant-owned.entity';
export { newId, ID_LENGTH } from './lib/database/ids';
export { col, column } from './lib/database/migration-columns';
export {
  createDataSource,
  parseDatabaseUrl,
  type DataSourceSettings,
  type DatabaseTarget,
  type Engine,
} from './lib/database/data-source.factory';
export { Tenant, TenantKind, TenantStatus } from './lib/tenant/tenant.entity';
export { AuditEntry, AuditOutcome } from './lib/audit/audit-entry.entity';
export type { AuditEvent, AuditFilter } from './lib/audit/audit.service';
export { Tenancy1764300000000 } from './lib/migrations/1764300000000-tenancy.migration';

import { Tenant } from './lib/tenant/tenant.entity';
import { AuditEntry } from './lib/audit/audit-entry.entity';
import { Tenancy1764300000000 } from './lib/migrations/1764300000000-tenancy.migration';

export const tenancyEntities = [Tenant, AuditEntry];
export const tenancyMigrations = [Tenancy1764300000000];
export { RequestLoaders, byKeys, groupByKeys } from './lib/scoped-db/request-loaders';
export { appendAudit } from './lib/audit/audit.service';
export { contains, containsPattern } from './lib/scoped-db/text-search';
