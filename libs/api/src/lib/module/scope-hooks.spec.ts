import { Role, type ScopeHook } from '@zeren/auth';
import { TenantKind, type Tenant } from '@zeren/tenancy';
import { createTestApi, type TestApi } from '../../testing';
import type { ZerenModule } from './zeren-module';

/** What a grids module would do: a liaison reads the agencies of their grid, looked up per request. */
const grid = new Set<string>();
const gridHook: ScopeHook = {
  async readableTenants(principal) {
    return principal.roles.includes(Role.GRID_LIAISON) ? [...grid] : null;
  },
};
const gridModule: ZerenModule = { name: 'grid-fixture', dependsOn: ['auth'], scopeHooks: [gridHook] };

describe('scope hooks', () => {
  let api: TestApi;
  let a: Tenant;
  let b: Tenant;
  const visible = async (username: string) =>
    ((await api.as(username).run('{ tenants { code } }')).data?.tenants ?? []).map((t: { code: string }) => t.code).sort();

  beforeAll(async () => {
    api = await createTestApi({ modules: [gridModule] });
    await api.addTenant('GW', TenantKind.COMMITTEE);
    a = (await api.addTenant('A')).tenant;
    b = (await api.addTenant('B')).tenant;
    grid.add(a.id);
  });
  afterAll(() => api.close());

  it('narrows a committee role’s readable tenants without auth knowing the module', async () => {
    expect(await visible('gw_grid_liaison')).toEqual(['A', 'GW']);
    expect(await visible('gw_committee_leader')).toEqual(['A', 'B', 'GW']);
  });

  it('answers NOT_FOUND for an agency outside the hook’s answer, and FORBIDDEN for a view of it', async () => {
    const res = await api.as('gw_grid_liaison').run('query($id: ID!) { tenant(id: $id) { code } }', { id: b.id });
    expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const view = await api.as('gw_grid_liaison', { viewTenantId: b.id }).run('{ tenants { code } }');
    expect(view.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('takes effect on the next request, not after the token expires', async () => {
    grid.add(b.id);
    expect(await visible('gw_grid_liaison')).toEqual(['A', 'B', 'GW']);
    grid.delete(b.id);
    expect(await visible('gw_grid_liaison')).toEqual(['A', 'GW']);
  });
});
