import type { DataSource } from 'typeorm';

const clocks = new WeakMap<DataSource, ChangeClock>();

/** A table written, in these tenants (`null`: a global table, which has none). */
export type Change = readonly [table: Function, tenantIds: readonly (string | null)[]];

/**
 * Counts the committed writes this process made through the scoped layer, per table and tenant, so
 * that an in-process cache of rows can tell it is stale without asking the database: read the
 * version before reading the rows, keep it with them, and trust them while it has not moved. A
 * transaction's writes count when it commits (a rolled-back one never does), so a reader that read
 * before the commit always sees a newer version afterwards. Other processes' writes are not seen:
 * such a cache must also expire.
 */
export class ChangeClock {
  private readonly versions = new Map<Function, Map<string | null, number>>();

  static for(dataSource: DataSource): ChangeClock {
    let clock = clocks.get(dataSource);
    if (!clock) {
      clock = new ChangeClock();
      clocks.set(dataSource, clock);
    }
    return clock;
  }

  version(table: Function, tenantId: string | null = null): number {
    return this.versions.get(table)?.get(tenantId) ?? 0;
  }

  advance([table, tenantIds]: Change): void {
    const perTenant = this.versions.get(table) ?? new Map<string | null, number>();
    this.versions.set(table, perTenant);
    for (const id of new Set(tenantIds)) perTenant.set(id, (perTenant.get(id) ?? 0) + 1);
  }
}
