import { Column, Entity, PrimaryColumn, type DataSource } from 'typeorm';
import { TenantOwnedEntity, createDataSource } from '@zeren/tenancy';
import { MODULES } from './zeren-modules';

/**
 * Tables that carry tenant_id without being tenant-owned. Each is kept short and says why: its rows
 * are reached by a path that applies the tenant itself, never through the scoped layer.
 */
const NOT_TENANT_OWNED: Record<string, string> = {
  // Append-only: appended outside any scope (a refused login has none) and read through listAudit, which scopes it.
  audit_entry: 'the audit log',
  // The global login directory: login reads it to learn which tenant to open, before a scope exists.
  login_name: 'the login-name directory',
};

/** Every table with a tenant_id column that is neither tenant-owned nor on the list above. */
function unaccounted(dataSource: DataSource): string[] {
  return dataSource.entityMetadatas
    .filter((meta) => meta.columns.some((c) => c.databaseName === 'tenant_id'))
    .filter((meta) => !(typeof meta.target === 'function' && meta.target.prototype instanceof TenantOwnedEntity))
    .map((meta) => meta.tableName)
    .filter((table) => !(table in NOT_TENANT_OWNED))
    .sort();
}

// The entity metadata is the same on every engine (migrations.spec checks the migrations build exactly it).
async function metadataOf(entities: Function[]): Promise<DataSource> {
  const dataSource = await createDataSource({ target: { engine: 'sqlite', file: ':memory:' }, entities });
  return dataSource.initialize();
}

/** A table as a lib might add it by mistake: tenant_id, but not extending TenantOwnedEntity. */
@Entity()
class ScratchNote {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 36 })
  tenantId: string;
}

describe('tables with a tenant_id column', () => {
  const entities = MODULES.flatMap((m) => [...(m.entities ?? [])]);

  it('are each tenant-owned or on the short allow-list', async () => {
    const dataSource = await metadataOf(entities);
    try {
      expect(unaccounted(dataSource)).toEqual([]);
      // Every name on the list still names a table, so the list cannot outlive what it excuses.
      const tables = dataSource.entityMetadatas.map((m) => m.tableName);
      expect(Object.keys(NOT_TENANT_OWNED).filter((t) => !tables.includes(t))).toEqual([]);
    } finally {
      await dataSource.destroy();
    }
  });

  it('names a table that carries tenant_id but is neither', async () => {
    const dataSource = await metadataOf([...entities, ScratchNote]);
    try {
      expect(unaccounted(dataSource)).toEqual(['scratch_note']);
    } finally {
      await dataSource.destroy();
    }
  });
});
