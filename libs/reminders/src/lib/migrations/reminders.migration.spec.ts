import { tenancyModule } from '@zeren/tenancy';
import { authModule } from '@zeren/auth';
import { openTestDatabase, type TestDatabase } from '@zeren/tenancy/testing';
import { remindersEntities, remindersMigrations } from '../../index';

describe('reminders migration', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await openTestDatabase({
      entities: [...authModule.entities, ...remindersEntities],
      migrations: [...tenancyModule.migrations, ...authModule.migrations, ...remindersMigrations],
    });
  });
  afterAll(() => db.close());

  it('builds exactly the schema the entities describe', async () => {
    const pending = await db.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('puts tenant_id first in every index of the tenant-owned tables, and makes a delivery unique per tenant, key, kind and recipient', () => {
    for (const entity of ['SiteMessage', 'ReminderDelivery']) {
      const meta = db.dataSource.getMetadata(entity);
      expect(meta.indices.length).toBeGreaterThan(0);
      for (const index of meta.indices) expect([index.name, index.columns[0]?.databaseName]).toEqual([index.name, 'tenant_id']);
    }
    const once = db.dataSource.getMetadata('ReminderDelivery').indices.find((i) => i.name === 'uq_reminder_delivery_once');
    expect([once?.isUnique, once?.columns.map((c) => c.databaseName)]).toEqual([true, ['tenant_id', 'reminder_key', 'kind', 'recipient_id']]);
  });
});
