import { Column, Entity, Index } from 'typeorm';
import { ObjectType } from 'type-graphql';
import { TenantOwnedEntity } from '../database/tenant-owned.entity';
import { Scope } from '../scope/scope';
import { TenantDb } from './tenant-db';
import { dispatchable } from './entity-policies';
import { StatementCounter, createTestTenant, openTestDatabase, tenantDb, type TestDatabase } from '../../testing';

/** A fixture work item: the committee pushes a task, the agency answers, the committee reviews. */
@ObjectType()
@Entity()
@Index(['tenantId', 'title'])
class Receipt extends TenantOwnedEntity {
  @Column({ type: 'varchar', length: 50 })
  title: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  response: string | null;

  @Column({ type: 'integer', nullable: true })
  score: number | null;

  @Column({ type: 'varchar', length: 16 })
  status: string;
}

dispatchable(Receipt, {
  committeeFields: ['title', 'score'],
  agencyFields: ['response'],
  state: {
    field: 'status',
    initial: 'PUSHED',
    transitions: [
      { from: 'PUSHED', to: 'DONE', by: 'agency' },
      { from: 'DONE', to: 'ACCEPTED', by: 'committee' },
      { from: 'DONE', to: 'PUSHED', by: 'committee' },
    ],
  },
});

/** An agency's application the committee reviews: created by the agency, never by the committee. */
@ObjectType()
@Entity()
@Index(['tenantId', 'title'])
class Application extends TenantOwnedEntity {
  @Column({ type: 'varchar', length: 50 })
  title: string;

  @Column({ type: 'integer', nullable: true })
  score: number | null;

  @Column({ type: 'varchar', length: 16 })
  status: string;
}

dispatchable(Application, {
  createdBy: 'agency',
  committeeFields: ['score'],
  agencyFields: ['title'],
  state: {
    field: 'status',
    initial: 'DRAFT',
    transitions: [
      { from: 'DRAFT', to: 'APPLIED', by: 'agency' },
      { from: 'APPLIED', to: 'APPROVED', by: 'committee' },
    ],
  },
});

/** Not declared dispatchable: the committee must not write it into agencies. */
@ObjectType()
@Entity()
@Index(['tenantId', 'name'])
class Private extends TenantOwnedEntity {
  @Column({ type: 'varchar', length: 50 })
  name: string;
}

describe('committee → agency work items (dispatch)', () => {
  let db: TestDatabase;
  let committee: TenantDb;
  let agencies: string[];
  const counter = new StatementCounter();
  const forbidden = expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) });
  const conflict = expect.objectContaining({ extensions: expect.objectContaining({ code: 'CONFLICT' }) });

  beforeAll(async () => {
    db = await openTestDatabase({ entities: [Receipt, Private, Application], logger: counter });
    const gw = await createTestTenant(db.dataSource, 'GW');
    agencies = [];
    for (let i = 0; i < 60; i++) agencies.push((await createTestTenant(db.dataSource, `D${i}`)).id);
    committee = new TenantDb(db.dataSource, Scope.committee(gw.id, { userId: 'u-admin', tenantId: gw.id }));
  });
  afterAll(() => db.close());

  const push = async (count: number, title: string) => {
    counter.start();
    const rows = await committee.dispatch(agencies.slice(0, count)).repo(Receipt).fanOut(agencies.slice(0, count), { title, response: null, score: null } as never);
    return { rows, statements: counter.stop() };
  };

  it('writes one row into each agency in one statement, at 3 agencies as at 60', async () => {
    const small = await push(3, 'small');
    const large = await push(60, 'large');
    expect(small.statements).toBe(1);
    expect(large.statements).toBe(small.statements);
    expect(new Set(large.rows.map((r) => r.tenantId))).toEqual(new Set(agencies));
    expect(large.rows.every((r) => r.status === 'PUSHED')).toBe(true);
    expect(await tenantDb(db.dataSource, agencies[59]).repo(Receipt).count({ title: 'large' })).toBe(1);
  });

  it('writes a different row into each agency in one statement (insertInto), within the dispatch and by the creating side only', async () => {
    const targets = agencies.slice(0, 40);
    counter.start();
    const rows = await committee.dispatch(targets).repo(Receipt).insertInto(targets.map((id, i) => [id, { title: `each-${i}`, response: null, score: i } as never]));
    expect(counter.stop()).toBe(1);
    expect(rows.map((r) => [r.tenantId, r.title, r.status])).toEqual(targets.map((id, i) => [id, `each-${i}`, 'PUSHED']));
    expect((await tenantDb(db.dataSource, targets[7]).repo(Receipt).find({ where: { title: 'each-7' } })).map((r) => r.score)).toEqual([7]);
    expect(await tenantDb(db.dataSource, targets[7]).repo(Receipt).count({ title: 'each-8' })).toBe(0);
    // A tenant outside the dispatch, an agency's own scope, and the non-creating side are refused, writing nothing.
    await expect(committee.dispatch([agencies[0]]).repo(Receipt).insertInto([[agencies[1], { title: 'outside', response: null, score: null } as never]])).rejects.toThrow(forbidden);
    await expect(tenantDb(db.dataSource, agencies[0]).repo(Receipt).insertInto([[agencies[0], { title: 'own', response: null, score: null } as never]])).rejects.toThrow(forbidden);
    await expect(committee.dispatch([agencies[0]]).repo(Application).insertInto([[agencies[0], { title: 'filed', score: null } as never]])).rejects.toThrow(forbidden);
    expect(await tenantDb(db.dataSource, agencies[1]).repo(Receipt).count({ title: 'outside' })).toBe(0);
  });

  it('refuses to dispatch an entity that is not declared dispatchable', () => {
    expect(() => committee.dispatch([agencies[0]]).repo(Private)).toThrow(forbidden);
  });

  it('refuses to fan out beyond the dispatch scope, or from an agency scope', async () => {
    const scoped = committee.dispatch([agencies[0]]).repo(Receipt);
    await expect(scoped.fanOut([agencies[0], agencies[1]], { title: 'x', response: null, score: null } as never)).rejects.toThrow(forbidden);
    expect(() => tenantDb(db.dataSource, agencies[0]).dispatch([agencies[1]])).toThrow(forbidden);
  });

  it('lets each side write only its own fields', async () => {
    const { rows } = await push(1, 'fields');
    const agency = tenantDb(db.dataSource, agencies[0]).repo(Receipt);
    await expect(agency.update({ id: rows[0].id }, { score: 100 })).rejects.toThrow(forbidden);
    await expect(agency.insert({ title: 'self-made', response: null, score: null } as never)).rejects.toThrow(forbidden);
    expect(await agency.update({ id: rows[0].id }, { response: '已落实' })).toBe(1);
    const reviewer = committee.dispatch([agencies[0]]).repo(Receipt);
    await expect(reviewer.update({ id: rows[0].id }, { response: '改写' })).rejects.toThrow(forbidden);
    expect(await reviewer.update({ id: rows[0].id }, { score: 90 })).toBe(1);
    await expect(agency.update({ id: rows[0].id }, { status: 'ACCEPTED' })).rejects.toThrow(forbidden);
  });

  it('moves states only by the side a transition names; an illegal move is CONFLICT', async () => {
    const { rows } = await push(1, 'states');
    const id = rows[0].id;
    const agency = tenantDb(db.dataSource, agencies[0]).repo(Receipt);
    const reviewer = committee.dispatch([agencies[0]]).repo(Receipt);
    await expect(reviewer.transition(id, 'DONE')).rejects.toThrow(forbidden);
    await expect(agency.transition(id, 'ACCEPTED')).rejects.toThrow(conflict);
    expect((await agency.transition(id, 'DONE', { response: '已完成' })).status).toBe('DONE');
    await expect(agency.transition(id, 'DONE')).rejects.toThrow(conflict);
    expect((await reviewer.transition(id, 'ACCEPTED', { score: 95 })).status).toBe('ACCEPTED');
    const stored = await agency.get(id);
    expect([stored.status, stored.response, stored.score]).toEqual(['ACCEPTED', '已完成', 95]);
  });

  it('does not let an agency see or move another agency’s work item', async () => {
    const { rows } = await push(2, 'cross');
    const other = tenantDb(db.dataSource, agencies[1]).repo(Receipt);
    const mine = rows.find((r) => r.tenantId === agencies[0])!;
    await expect(other.transition(mine.id, 'DONE')).rejects.toThrow(expect.objectContaining({ extensions: { code: 'NOT_FOUND' } }));
    expect(await other.update({ id: mine.id }, { response: 'x' })).toBe(0);
  });

  it('records the tenants a request dispatched into on its trail, for the audit line', async () => {
    const handle = new TenantDb(db.dataSource, committee.scope);
    handle.dispatch(agencies.slice(0, 2));
    handle.actingFor(agencies[2]);
    expect([...handle.trail.kinds].sort()).toEqual(['acting-for', 'dispatch']);
    expect([...handle.trail.reached].sort()).toEqual(agencies.slice(0, 3).sort());
  });

  it('an agency-created work item: the agency files it in its first state, without the committee’s fields; the committee reviews it and cannot create or delete one', async () => {
    const agency = tenantDb(db.dataSource, agencies[0]).repo(Application);
    await expect(agency.insertOne({ title: 'scored', score: 99, status: 'DRAFT' })).rejects.toThrow(forbidden);
    await expect(agency.insertOne({ title: 'approved', score: null, status: 'APPROVED' })).rejects.toThrow(forbidden);
    const filed = await agency.insertOne({ title: '突破项目', score: null, status: 'DRAFT' });
    const reviewer = committee.dispatch([agencies[0]]).repo(Application);
    await expect(reviewer.fanOut([agencies[0]], { title: 'pushed', score: null } as never)).rejects.toThrow(forbidden);
    await expect(reviewer.delete({ id: filed.id })).rejects.toThrow(forbidden);
    await agency.transition(filed.id, 'APPLIED');
    expect((await reviewer.transition(filed.id, 'APPROVED', { score: 88 })).score).toBe(88);
    expect(await agency.delete({ id: filed.id })).toBe(1);
  });
});
