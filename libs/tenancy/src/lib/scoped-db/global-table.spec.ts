import { Scope } from '../scope/scope';
import { Tenant, TenantStatus } from '../tenant/tenant.entity';
import { TenantDb } from './tenant-db';
import { createTestTenant, openTestDatabase, type TestDatabase } from '../../testing';

describe('global tables (the tenant register)', () => {
  let db: TestDatabase;
  let gw: Tenant;
  let a: Tenant;
  const handle = (scope: Scope) => new TenantDb(db.dataSource, scope);
  const actor = () => ({ userId: 'u1', tenantId: gw.id });
  const forbidden = expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) });

  beforeAll(async () => {
    db = await openTestDatabase({ entities: [] });
    gw = await createTestTenant(db.dataSource, 'GW');
    a = await createTestTenant(db.dataSource, 'A');
  });
  afterAll(() => db.close());

  const statusOf = async () => (await handle(Scope.system('test')).reference(Tenant).findOneBy({ id: a.id }))!.status;

  it('does not let a narrowed committee view, a committee reader or an agency change a tenant’s status', async () => {
    const narrowed = handle(Scope.committee(gw.id, actor()).narrowTo(a.id));
    await expect(narrowed.register(Tenant).update({ id: a.id }, { status: TenantStatus.SUSPENDED })).rejects.toThrow(forbidden);
    await expect(handle(Scope.allTenants(actor())).register(Tenant).update({ id: a.id }, { status: TenantStatus.SUSPENDED })).rejects.toThrow(forbidden);
    await expect(handle(Scope.tenant(a.id, actor())).register(Tenant).update({ id: a.id }, { status: TenantStatus.SUSPENDED })).rejects.toThrow(forbidden);
    expect(await statusOf()).toBe(TenantStatus.ACTIVE);
  });

  it('lets the committee admin’s scope write the register', async () => {
    const committee = handle(Scope.committee(gw.id, actor()));
    expect(await committee.register(Tenant).update({ id: a.id }, { status: TenantStatus.SUSPENDED })).toBe(1);
    expect(await statusOf()).toBe(TenantStatus.SUSPENDED);
    await committee.register(Tenant).update({ id: a.id }, { status: TenantStatus.ACTIVE });
  });

  it('reads but never writes through a reference handle, whatever the scope', async () => {
    const committee = handle(Scope.committee(gw.id, actor()));
    expect(await committee.reference(Tenant).count()).toBe(2);
    await expect(committee.reference(Tenant).update({ id: a.id }, { status: TenantStatus.SUSPENDED })).rejects.toThrow('reference table');
  });

  it('refuses undefined keys in a global WHERE too', async () => {
    await expect(handle(Scope.system('test')).reference(Tenant).findOneBy({ id: undefined })).rejects.toThrow('where.id is undefined');
  });
});
