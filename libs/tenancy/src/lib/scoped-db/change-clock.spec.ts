import { Column, Entity } from 'typeorm';
import { ObjectType } from 'type-graphql';
import { TenantOwnedEntity } from '../database/tenant-owned.entity';
import { Scope } from '../scope/scope';
import { Tenant, TenantStatus } from '../tenant/tenant.entity';
import { TenantDb } from './tenant-db';
import { createTestTenant, openTestDatabase, tenantDb, type TestDatabase } from '../../testing';

@ObjectType()
@Entity()
class Tally extends TenantOwnedEntity {
  @Column({ type: 'int' })
  n: number;
}

describe('the change clock', () => {
  let db: TestDatabase;
  let a: string;
  let b: string;

  beforeAll(async () => {
    db = await openTestDatabase({ entities: [Tally] });
    a = (await createTestTenant(db.dataSource, 'A')).id;
    b = (await createTestTenant(db.dataSource, 'B')).id;
  });
  afterAll(() => db.close());

  const version = (tenantId: string) => tenantDb(db.dataSource, tenantId).changes.version(Tally, tenantId);

  it('moves for the tenant written, by insert, update and delete, and for no other', async () => {
    const before = [version(a), version(b)];
    const repo = tenantDb(db.dataSource, a).repo(Tally);
    const [row] = await repo.insert({ n: 1 });
    await repo.update({ id: row.id }, { n: 2 });
    await repo.delete({ id: row.id });
    expect([version(a), version(b)]).toEqual([before[0] + 3, before[1]]);
  });

  it('moves when a transaction commits, not before, and never for one rolled back', async () => {
    const before = version(a);
    await tenantDb(db.dataSource, a).transaction(async (tx) => {
      await tx.repo(Tally).insert({ n: 1 });
      expect(version(a)).toBe(before);
    });
    expect(version(a)).toBe(before + 1);
    const failed = tenantDb(db.dataSource, a).transaction(async (tx) => {
      await tx.repo(Tally).insert({ n: 2 });
      throw new Error('rolled back');
    });
    await expect(failed).rejects.toThrow('rolled back');
    expect(version(a)).toBe(before + 1);
  });

  it('counts writes to a global table under no tenant', async () => {
    const committee = new TenantDb(db.dataSource, Scope.system('test'));
    const before = committee.changes.version(Tenant);
    await committee.register(Tenant).update({ id: b }, { status: TenantStatus.SUSPENDED });
    expect(committee.changes.version(Tenant)).toBe(before + 1);
  });
});
