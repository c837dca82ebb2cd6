import { Column, Entity } from 'typeorm';
import { TenantOwnedEntity } from '../database/tenant-owned.entity';
import type { Tenant } from '../tenant/tenant.entity';
import { createTestTenant, openTestDatabase, tenantDb, type TestDatabase } from '../../testing';

@Entity()
class LockProbe extends TenantOwnedEntity {
  @Column({ type: 'int' })
  n: number;
}

describe('repo.lockForUpdate', () => {
  let db: TestDatabase;
  let a: Tenant;
  let b: Tenant;

  beforeAll(async () => {
    db = await openTestDatabase({ entities: [LockProbe] });
    a = await createTestTenant(db.dataSource, 'A');
    b = await createTestTenant(db.dataSource, 'B');
  });
  afterAll(() => db.close());

  it('refuses to run outside a transaction, where it would lock nothing', async () => {
    const row = await tenantDb(db.dataSource, a.id).repo(LockProbe).insertOne({ n: 1 });
    await expect(tenantDb(db.dataSource, a.id).repo(LockProbe).lockForUpdate(row.id)).rejects.toThrow('outside a transaction');
  });

  it('does not lock a row of another tenant: NOT_FOUND, as for a missing one', async () => {
    const row = await tenantDb(db.dataSource, b.id).repo(LockProbe).insertOne({ n: 1 });
    await expect(tenantDb(db.dataSource, a.id).transaction((tx) => tx.repo(LockProbe).lockForUpdate(row.id, '探针'))).rejects.toThrow(
      expect.objectContaining({ message: '探针不存在', extensions: expect.objectContaining({ code: 'NOT_FOUND' }) }),
    );
  });

  it('makes a second writer wait until the first commits, and then see its write', async () => {
    const row = await tenantDb(db.dataSource, a.id).repo(LockProbe).insertOne({ n: 0 });
    // Read-modify-write under the lock: without it, the two increments would both read 0 on MySQL.
    const increment = () =>
      tenantDb(db.dataSource, a.id).transaction(async (tx) => {
        const repo = tx.repo(LockProbe);
        await repo.lockForUpdate(row.id);
        const { n } = await repo.get(row.id);
        await new Promise((resolve) => setTimeout(resolve, 50));
        await repo.update({ id: row.id }, { n: n + 1 });
      });
    await Promise.all([increment(), increment(), increment()]);
    expect((await tenantDb(db.dataSource, a.id).repo(LockProbe).get(row.id)).n).toBe(3);
  });

  it('locks many rows in one statement, and finds none of another tenant among them', async () => {
    const mine = await tenantDb(db.dataSource, a.id).repo(LockProbe).insertOne({ n: 0 });
    const theirs = await tenantDb(db.dataSource, b.id).repo(LockProbe).insertOne({ n: 0 });
    await expect(tenantDb(db.dataSource, a.id).transaction((tx) => tx.repo(LockProbe).lockAllForUpdate([mine.id, mine.id]))).resolves.toBeUndefined();
    await expect(tenantDb(db.dataSource, a.id).transaction((tx) => tx.repo(LockProbe).lockAllForUpdate([mine.id, theirs.id], '探针'))).rejects.toThrow('探针不存在');
  });

  it('makes a writer locking many rows wait for one holding any of them', async () => {
    const rows = await Promise.all([0, 0].map((n) => tenantDb(db.dataSource, a.id).repo(LockProbe).insertOne({ n })));
    const ids = rows.map((r) => r.id);
    // Each adds one to both rows after reading them: serialised they end at 2; raced, both read 0 and end at 1.
    const both = () =>
      tenantDb(db.dataSource, a.id).transaction(async (tx) => {
        const repo = tx.repo(LockProbe);
        await repo.lockAllForUpdate([...ids].reverse());
        const found = await Promise.all(ids.map((id) => repo.get(id)));
        await new Promise((resolve) => setTimeout(resolve, 50));
        for (const r of found) await repo.update({ id: r.id }, { n: r.n + 1 });
      });
    await Promise.all([both(), both()]);
    expect((await Promise.all(ids.map((id) => tenantDb(db.dataSource, a.id).repo(LockProbe).get(id)))).map((r) => r.n)).toEqual([2, 2]);
  });
});
