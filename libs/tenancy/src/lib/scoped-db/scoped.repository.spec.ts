import { Column, Entity, In, Index } from 'typeorm';
import { ObjectType } from 'type-graphql';
import { TenantOwnedEntity } from '../database/tenant-owned.entity';
import { Scope } from '../scope/scope';
import { TenantKind } from '../tenant/tenant.entity';
import { TenantDb } from './tenant-db';
import { allTenantsDb, createTestTenant, openTestDatabase, tenantDb, type TestDatabase } from '../../testing';

@ObjectType()
@Entity()
@Index(['tenantId', 'name'])
class Note extends TenantOwnedEntity {
  @Column({ type: 'varchar', length: 50 })
  name: string;
}

describe('ScopedRepository', () => {
  let db: TestDatabase;
  let a: string;
  let b: string;

  beforeAll(async () => {
    db = await openTestDatabase({ entities: [Note] });
    a = (await createTestTenant(db.dataSource, 'A')).id;
    b = (await createTestTenant(db.dataSource, 'B')).id;
    await tenantDb(db.dataSource, a).repo(Note).insert([{ name: 'a1' }, { name: 'a2' }]);
    await tenantDb(db.dataSource, b).repo(Note).insert([{ name: 'b1' }]);
  });
  afterAll(() => db.close());

  it('stamps inserts with the scope tenant and a new id', async () => {
    const [note] = await tenantDb(db.dataSource, a).repo(Note).insert({ name: 'a3' });
    expect(note.tenantId).toBe(a);
    expect(note.id).toMatch(/^[0-9a-f-]{36}$/);
    await tenantDb(db.dataSource, a).repo(Note).delete({ id: note.id });
  });

  it('does not return a note of another tenant', async () => {
    const notes = await tenantDb(db.dataSource, a).repo(Note).find({ order: { name: 'ASC' } });
    expect(notes.map((n) => n.name)).toEqual(['a1', 'a2']);
  });

  it('answers NOT_FOUND for another tenant’s id, as for a missing one', async () => {
    const [bNote] = await tenantDb(db.dataSource, b).repo(Note).find();
    await expect(tenantDb(db.dataSource, a).repo(Note).get(bNote.id, '笔记')).rejects.toMatchObject({
      extensions: { code: 'NOT_FOUND' },
      message: '笔记不存在',
    });
  });

  it('yields nothing when a tenant user asks for another tenant by id in the WHERE', async () => {
    expect(await tenantDb(db.dataSource, a).repo(Note).find({ where: { tenantId: b } })).toEqual([]);
  });

  it('does not update or delete rows of another tenant', async () => {
    const [bNote] = await tenantDb(db.dataSource, b).repo(Note).find();
    expect(await tenantDb(db.dataSource, a).repo(Note).update({ id: bNote.id }, { name: 'hacked' })).toBe(0);
    expect(await tenantDb(db.dataSource, a).repo(Note).delete({ id: bNote.id })).toBe(0);
    expect((await tenantDb(db.dataSource, b).repo(Note).get(bNote.id)).name).toBe('b1');
  });

  it('refuses undefined and null keys before any SQL is built', async () => {
    const repo = tenantDb(db.dataSource, a).repo(Note);
    await expect(repo.findOne({ id: undefined })).rejects.toThrow('where.id is undefined');
    await expect(repo.findOne({ id: null as unknown as string })).rejects.toThrow('where.id is null');
    await expect(repo.update({ id: undefined }, { name: 'x' })).rejects.toThrow('undefined');
    await expect(repo.delete([])).rejects.toThrow('empty list');
  });

  it('refuses a supplied tenantId on insert', async () => {
    const repo = tenantDb(db.dataSource, a).repo(Note);
    await expect(repo.insert({ name: 'x', tenantId: b } as never)).rejects.toThrow('stamped by the scope');
  });

  it('lets the committee read every tenant but write none', async () => {
    const all = allTenantsDb(db.dataSource).repo(Note);
    expect((await all.find()).map((n) => n.tenantId).sort()).toEqual([a, a, b].sort());
    const forbidden = expect.objectContaining({ extensions: { code: 'FORBIDDEN' }, message: '当前为只读视图,不能修改' });
    await expect(all.insert({ name: 'x' })).rejects.toThrow(forbidden);
    await expect(all.update({ name: 'a1' }, { name: 'x' })).rejects.toThrow(forbidden);
    await expect(all.delete({ name: 'a1' })).rejects.toThrow(forbidden);
  });

  it('finds no writable row in an agency a hook lets the committee read (its write tenant is its own)', async () => {
    const gw = (await createTestTenant(db.dataSource, 'GW', TenantKind.COMMITTEE)).id;
    const committee = new TenantDb(db.dataSource, Scope.committee(gw, { userId: null, tenantId: gw }, [a])).repo(Note);
    const [aNote] = await tenantDb(db.dataSource, a).repo(Note).find();
    await expect(committee.getWritable(aNote.id)).rejects.toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    expect(await committee.find({ where: { tenantId: In([gw]) } })).toEqual([]);
  });

  it('keeps the tenant condition in a query builder', async () => {
    const rows = await tenantDb(db.dataSource, a).repo(Note).queryBuilder('n').andWhere('n.name LIKE :p', { p: '%' }).getMany();
    expect(rows.every((n) => n.tenantId === a)).toBe(true);
    expect(rows).toHaveLength(2);
  });

  it('does not let an OR in andWhere reach another tenant’s rows', async () => {
    const rows = await tenantDb(db.dataSource, a).repo(Note).queryBuilder('n').andWhere("n.name = 'a1' OR n.name = 'b1'").getMany();
    expect(rows.map((n) => n.name)).toEqual(['a1']);
  });

  it('refuses where() and orWhere(), which would drop the tenant condition', () => {
    const qb = tenantDb(db.dataSource, a).repo(Note).queryBuilder('n');
    expect(() => qb.where('1 = 1')).toThrow('refuses where()');
    expect(() => qb.orWhere("n.name = 'b1'")).toThrow('refuses orWhere()');
    expect(() => qb.clone().orWhere("n.name = 'b1'")).toThrow('refuses orWhere()');
  });

  it('refuses to run a scoped query whose tenant condition was removed', async () => {
    const qb = tenantDb(db.dataSource, a).repo(Note).queryBuilder('n');
    qb.expressionMap.wheres = [];
    await expect(qb.getMany()).rejects.toThrow('lost its tenant parameter');
  });

  it('counts and pages through a guarded builder (TypeORM clones it) without losing the tenant', async () => {
    const [rows, total] = await tenantDb(db.dataSource, a).repo(Note).queryBuilder('n').orderBy('n.name').take(1).getManyAndCount();
    expect(rows.map((n) => n.name)).toEqual(['a1']);
    expect(total).toBe(2);
  });

  it('scopes a correlated subquery built from another scoped repository', async () => {
    const notes = tenantDb(db.dataSource, a).repo(Note);
    const sub = notes.subQuery('o').select('1').andWhere('o.name = n.name');
    const rows = await allTenantsDb(db.dataSource).repo(Note).queryBuilder('n').andWhere(`EXISTS (${sub.getQuery()})`).setParameters(sub.getParameters()).getMany();
    expect(rows.map((n) => n.name).sort()).toEqual(['a1', 'a2']);
  });

  it('rolls a transaction back whole', async () => {
    const handle = tenantDb(db.dataSource, a);
    await expect(
      handle.transaction(async (tx) => {
        await tx.repo(Note).insert({ name: 'doomed' });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await handle.repo(Note).count({ name: 'doomed' })).toBe(0);
  });
});
