import { Column, Entity, Index } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { Scope } from '../scope/scope';
import { Tenant } from '../tenant/tenant.entity';
import { TenantOwnedEntity } from '../database/tenant-owned.entity';
import { TenantDb } from './tenant-db';
import { createTestTenant, openTestDatabase, tenantDb, type TestDatabase } from '../../testing';

@ObjectType()
@Entity()
@Index('uq_unique_probe_tenant_code', ['tenantId', 'code'], { unique: true })
class UniqueProbe extends TenantOwnedEntity {
  @Field({ description: '探针代码,同一单位内唯一' })
  @Column({ type: 'varchar', length: 16 })
  code: string;
}

describe('unique-key violations are CONFLICT naming the field, on every write path', () => {
  let db: TestDatabase;
  let a: Tenant;
  const conflict = (fields: string[], message: RegExp) =>
    expect.objectContaining({ message: expect.stringMatching(message), extensions: expect.objectContaining({ code: 'CONFLICT', fields }) });

  beforeAll(async () => {
    db = await openTestDatabase({ entities: [UniqueProbe] });
    a = await createTestTenant(db.dataSource, 'A');
  });
  afterAll(() => db.close());

  it('answers a duplicate insert into a tenant-owned table with CONFLICT and the field’s label', async () => {
    const repo = tenantDb(db.dataSource, a.id).repo(UniqueProbe);
    await repo.insertOne({ code: 'X1' });
    await expect(repo.insertOne({ code: 'X1' })).rejects.toThrow(conflict(['code'], /^探针代码已被使用$/));
  });

  it('answers an update onto a taken key with CONFLICT', async () => {
    const repo = tenantDb(db.dataSource, a.id).repo(UniqueProbe);
    const row = await repo.insertOne({ code: 'Y1' });
    await repo.insertOne({ code: 'Y2' });
    await expect(repo.updateOne(row.id, { code: 'Y2' })).rejects.toThrow(conflict(['code'], /探针代码/));
  });

  it('answers a duplicate in a global table (the tenant register) with CONFLICT', async () => {
    const system = new TenantDb(db.dataSource, Scope.system('test'));
    const twin = { ...a, id: 'another-id-of-a-tenant-0000', name: '另一个单位' };
    await expect(system.register(Tenant).insert(twin)).rejects.toThrow(conflict(['code'], /单位代码已被使用/));
    await expect(system.register(Tenant).insert({ ...twin, code: 'A2', name: a.name })).rejects.toThrow(conflict(['name'], /单位名称已被使用/));
    await expect(system.register(Tenant).insert({ ...twin, id: a.id, code: 'A3', name: '另一个' })).rejects.toThrow(conflict(['id'], /已被使用/));
  });

  it('leaves other failures alone', async () => {
    const repo = tenantDb(db.dataSource, a.id).repo(UniqueProbe);
    const error = await repo.insertOne({ code: null } as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as { extensions?: unknown }).extensions).toBeUndefined();
  });
});
