import { Column, Entity, Index } from 'typeorm';
import { ObjectType } from 'type-graphql';
import { TenantOwnedEntity } from '../database/tenant-owned.entity';
import { Scope } from '../scope/scope';
import { ownData, unitsData } from '../scope/data-scope';
import { TenantDb } from './tenant-db';
import { dataScoped } from './entity-policies';
import { createTestTenant, openTestDatabase, tenantDb, type TestDatabase } from '../../testing';

/** A fixture record that belongs to a unit and, optionally, to a user. */
@ObjectType()
@Entity()
@Index(['tenantId', 'unitId'])
class Record_ extends TenantOwnedEntity {
  @Column({ type: 'varchar', length: 50 })
  name: string;

  @Column({ type: 'varchar', length: 36 })
  unitId: string;

  @Column({ type: 'varchar', length: 36, nullable: true })
  userId: string | null;
}
dataScoped(Record_, { unit: 'unitId', own: { column: 'userId' } });

describe('data scope inside an agency', () => {
  let db: TestDatabase;
  let tenant: string;
  let ids: Record<string, string>;
  const scoped = (data: ReturnType<typeof unitsData>) =>
    new TenantDb(db.dataSource, Scope.tenant(tenant, { userId: 'u-x', tenantId: tenant }, data)).repo(Record_);
  const forbidden = expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) });

  beforeAll(async () => {
    db = await openTestDatabase({ entities: [Record_] });
    tenant = (await createTestTenant(db.dataSource, 'A')).id;
    const rows = await tenantDb(db.dataSource, tenant).repo(Record_).insert([
      { name: 'in-b1', unitId: 'b1', userId: 'u1' },
      { name: 'in-b2', unitId: 'b2', userId: 'u2' },
      { name: 'in-b3', unitId: 'b3', userId: null },
    ]);
    ids = Object.fromEntries(rows.map((r) => [r.name, r.id]));
  });
  afterAll(() => db.close());

  it('shows a unit-scoped reader the rows of their units only, in finds and query builders', async () => {
    const repo = scoped(unitsData(['b1', 'b3']));
    expect((await repo.find({ order: { name: 'ASC' } })).map((r) => r.name)).toEqual(['in-b1', 'in-b3']);
    expect((await repo.queryBuilder('r').getMany()).map((r) => r.name).sort()).toEqual(['in-b1', 'in-b3']);
    expect(await repo.count()).toBe(2);
  });

  it('does not let the scope’s unit list replace the caller’s own condition on the same column', async () => {
    const repo = scoped(unitsData(['b1', 'b3']));
    expect(await repo.find({ where: { unitId: 'b2' } })).toEqual([]);
    expect((await repo.find({ where: { unitId: 'b3' } })).map((r) => r.name)).toEqual(['in-b3']);
  });

  it('answers NOT_FOUND for a row outside the units, and changes nothing there', async () => {
    const repo = scoped(unitsData(['b1']));
    await expect(repo.get(ids['in-b2'])).rejects.toThrow(expect.objectContaining({ extensions: { code: 'NOT_FOUND' } }));
    expect(await repo.update({ id: ids['in-b2'] }, { name: 'hacked' })).toBe(0);
    expect(await repo.delete({ id: ids['in-b2'] })).toBe(0);
    expect((await tenantDb(db.dataSource, tenant).repo(Record_).get(ids['in-b2'])).name).toBe('in-b2');
  });

  it('refuses to insert or move a row outside the units (FORBIDDEN)', async () => {
    const repo = scoped(unitsData(['b1']));
    await expect(repo.insert({ name: 'outside', unitId: 'b2', userId: null })).rejects.toThrow(forbidden);
    await expect(repo.update({ id: ids['in-b1'] }, { unitId: 'b2' })).rejects.toThrow(forbidden);
    expect((await repo.insertOne({ name: 'inside', unitId: 'b1', userId: null })).unitId).toBe('b1');
  });

  it('answers mayWrite without a query exactly as the write conditions would', async () => {
    const all = await tenantDb(db.dataSource, tenant).repo(Record_).find();
    const row = (name: string) => all.find((r) => r.name === name)!;
    const secretary = scoped(unitsData(['b1']));
    expect([secretary.mayWrite(row('in-b1')), secretary.mayWrite(row('in-b2'))]).toEqual([true, false]);
    const member = scoped(ownData('u2'));
    expect([member.mayWrite(row('in-b1')), member.mayWrite(row('in-b2'))]).toEqual([false, true]);
    const reader = new TenantDb(db.dataSource, Scope.allTenants({ userId: 'u-x', tenantId: null })).repo(Record_);
    expect(reader.mayWrite(row('in-b1'))).toBe(false);
  });

  it('shows a member their own rows only, and lets them write none of another’s', async () => {
    const repo = scoped(ownData('u1'));
    expect((await repo.find()).map((r) => r.name)).toEqual(['in-b1']);
    expect(await repo.update({ id: ids['in-b2'] }, { name: 'x' })).toBe(0);
    await expect(repo.insert({ name: 'as-other', unitId: 'b1', userId: 'u2' })).rejects.toThrow(forbidden);
  });
});
