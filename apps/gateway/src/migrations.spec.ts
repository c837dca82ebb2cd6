import { allEntities, allMigrations } from '@zeren/modules';
import { TenantOwnedEntity } from '@zeren/tenancy';
import { openTestDatabase, type TestDatabase } from '@zeren/tenancy/testing';

describe('migrations', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await openTestDatabase({ entities: allEntities, migrations: allMigrations });
  });
  afterAll(() => db.close());

  it('build exactly the schema the entities describe', async () => {
    const pending = await db.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('put tenant_id first in every index and unique key of a tenant-owned table', () => {
    const owned = db.dataSource.entityMetadatas.filter(
      (m) => typeof m.target === 'function' && m.target.prototype instanceof TenantOwnedEntity,
    );
    expect(owned.length).toBeGreaterThan(0);
    for (const meta of owned) {
      const tenantColumn = meta.findColumnWithPropertyName('tenantId');
      expect({ table: meta.tableName, nullable: tenantColumn?.isNullable }).toEqual({ table: meta.tableName, nullable: false });
      for (const index of [...meta.indices, ...meta.uniques]) {
        expect({ table: meta.tableName, first: index.columns[0]?.databaseName }).toEqual({ table: meta.tableName, first: 'tenant_id' });
      }
    }
  });
});
