import { Column, Entity, Index } from 'typeorm';
import { ObjectType } from 'type-graphql';
import { TenantOwnedEntity } from '../database/tenant-owned.entity';
import { readEntities } from './row-mapper';
import { createTestTenant, openTestDatabase, tenantDb, type TestDatabase } from '../../testing';

const upper = { to: (v: string | null) => v, from: (v: string | null) => (v === null ? '(none)' : v.toUpperCase()) };

@ObjectType()
@Entity()
@Index(['tenantId', 'name'])
class Sample extends TenantOwnedEntity {
  @Column({ type: 'varchar', length: 50 })
  name: string;

  @Column({ type: 'int' })
  rank: number;

  @Column({ type: 'boolean' })
  flagged: boolean;

  @Column({ type: 'date', nullable: true })
  dueOn: string | null;

  @Column({ type: 'datetime', nullable: true })
  seenAt: Date | null;

  @Column({ type: 'varchar', length: 50, nullable: true, transformer: upper })
  label: string | null;
}

describe('readEntities', () => {
  let db: TestDatabase;
  let a: string;
  let b: string;

  beforeAll(async () => {
    db = await openTestDatabase({ entities: [Sample] });
    a = (await createTestTenant(db.dataSource, 'A')).id;
    b = (await createTestTenant(db.dataSource, 'B')).id;
    await tenantDb(db.dataSource, a).repo(Sample).insert([
      { name: 'one', rank: 1, flagged: true, dueOn: '2026-12-31', seenAt: new Date('2026-12-02T08:30:00Z'), label: 'x' },
      { name: 'two', rank: 2, flagged: false, dueOn: null, seenAt: null, label: null },
    ]);
    await tenantDb(db.dataSource, b).repo(Sample).insert({ name: 'other', rank: 3, flagged: true, dueOn: null, seenAt: null, label: null });
  });
  afterAll(() => db.close());

  it('maps raw rows to the same entities as TypeORM hydrates', async () => {
    const repo = tenantDb(db.dataSource, a).repo(Sample);
    const query = () => repo.queryBuilder('s').orderBy('s.name');
    const { entities, raw } = await readEntities(query());
    const hydrated = await query().getMany();
    expect(entities).toEqual(hydrated);
    expect(entities[0]).toBeInstanceOf(Sample);
    expect(entities.map((s) => [s.name, s.rank, s.flagged, s.dueOn, s.seenAt?.toISOString() ?? null, s.label])).toEqual([
      ['one', 1, true, '2026-12-31', '2026-12-02T08:30:00.000Z', 'X'],
      ['two', 2, false, null, null, '(none)'],
    ]);
    expect(raw).toHaveLength(2);
  });

  it('keeps extra selected expressions in the raw rows beside the entities', async () => {
    const qb = tenantDb(db.dataSource, a).repo(Sample).queryBuilder('s').addSelect('s.rank * 10', 'ten').orderBy('s.rank');
    const { entities, raw } = await readEntities(qb);
    expect(entities.map((s) => s.name)).toEqual(['one', 'two']);
    expect(raw.map((r) => Number(r['ten']))).toEqual([10, 20]);
  });

  it('does not return a row of another tenant', async () => {
    const { entities } = await readEntities(tenantDb(db.dataSource, a).repo(Sample).queryBuilder('s'));
    expect(entities.map((s) => s.tenantId)).toEqual([a, a]);
  });

  it('leaves a partial selection to TypeORM, which still answers entities', async () => {
    const qb = tenantDb(db.dataSource, a).repo(Sample).queryBuilder('s').select(['s.id', 's.name']).orderBy('s.name');
    const { entities } = await readEntities(qb);
    expect(entities.map((s) => s.name)).toEqual(['one', 'two']);
    expect(entities[0].rank).toBeUndefined();
  });
});
