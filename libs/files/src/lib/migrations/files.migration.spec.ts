import { tenancyModule } from '@zeren/tenancy';
import { openTestDatabase, type TestDatabase } from '@zeren/tenancy/testing';
import { filesEntities, filesMigrations } from '../../index';

describe('files migration', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await openTestDatabase({ entities: filesEntities, migrations: [...tenancyModule.migrations, ...filesMigrations] });
  });
  afterAll(() => db.close());

  it('builds exactly the schema the entities describe', async () => {
    const pending = await db.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('puts tenant_id first in every index of stored_file', () => {
    const meta = db.dataSource.getMetadata('StoredFile');
    expect(meta.indices.length).toBeGreaterThan(0);
    for (const index of meta.indices) expect([index.name, index.columns[0]?.databaseName]).toEqual([index.name, 'tenant_id']);
  });
});
