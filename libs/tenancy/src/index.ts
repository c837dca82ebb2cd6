import { Tenant } from './lib/tenant/tenant.entity';
import { AuditEntry } from './lib/audit/audit-entry.entity';
import { Tenancy1764300000000 } from './lib/migrations/1764300000000-tenancy.migration';
import { AuditReach1764400000000 } from './lib/migrations/1764400000000-audit-reach.migration';
import { TenantNameUnique1764400010000 } from './lib/migrations/1764400010000-tenant-name-unique.migration';
import { TenantAdminResolver } from './lib/tenant/tenant-admin.resolver';
import { AuditLogResolver } from './lib/audit/audit-log.resolver';
import { tenancySweep } from './lib/tenancy.sweep';
import { tenancySeeder } from './lib/seed/tenancy.seeder';
import { tenancyMessages } from './lib/tenancy.messages.en';

export { Scope, type Actor, type ScopeKind } from './lib/scope/scope';
export { ALL_DATA, ownData, unitsData, type DataScope } from './lib/scope/data-scope';
export { TenantDb, ScopeTrail } from './lib/scoped-db/tenant-db';
export { ChangeClock, type Change } from './lib/scoped-db/change-clock';
export { ScopedRepository, type FindManyOptions, type NewRow, type Where } from './lib/scoped-db/scoped.repository';
export { GlobalTable } from './lib/scoped-db/global-table';
export {
  dataScoped,
  dispatchable,
  dispatchPolicyOf,
  globalTable,
  type DataScopePolicy,
  type DispatchPolicy,
  type Side,
  type Transition,
} from './lib/scoped-db/entity-policies';
export { TenantOwnedEntity } from './lib/database/tenant-owned.entity';
export { GlobalEntity } from './lib/database/global.entity';
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
export { TenantAdminService } from './lib/tenant/tenant-admin.service';
export { activeAgencyIds } from './lib/tenant/active-agencies';
export { tenantNamesOf } from './lib/tenant/tenant-names';
export { AuditEntry, AuditOutcome } from './lib/audit/audit-entry.entity';
export type { AuditEvent, AuditFilter } from './lib/audit/audit.service';
export { TenancyPermission } from './lib/tenancy.permissions';
export { RequestLoader, RequestLoaders, byKeys, groupByKeys } from './lib/scoped-db/request-loaders';
export { pageWithTotal } from './lib/scoped-db/paging';
export { readEntities } from './lib/scoped-db/row-mapper';
export { contains, containsPattern } from './lib/scoped-db/text-search';
export {
  SeedKey,
  SeedValues,
  type AgencySeedContext,
  type ModuleSeeder,
  type PlannedAgency,
  type SeedContext,
  type SeedPlan,
  type SeedShared,
} from './lib/seed/seed-context';
export { SEEDED_AGENCY, SEEDED_COMMITTEE } from './lib/seed/tenancy.seeder';

/** Tenancy's module description (the ZerenModule shape of @zeren/api; tenancy sits below it and knows no roles). */
export const tenancyModule = {
  name: 'tenancy',
  entities: [Tenant, AuditEntry],
  migrations: [Tenancy1764300000000, AuditReach1764400000000, TenantNameUnique1764400010000],
  resolvers: [TenantAdminResolver, AuditLogResolver],
  sweep: tenancySweep,
  seed: tenancySeeder,
  messages: tenancyMessages,
} as const;
