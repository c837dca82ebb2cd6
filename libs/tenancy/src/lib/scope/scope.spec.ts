import { Scope } from './scope';

const actor = { userId: 'u1', tenantId: 't1' };

describe('Scope', () => {
  it('refuses an empty tenant id, which would drop the tenant condition', () => {
    expect(() => Scope.tenant('', actor)).toThrow('at least one tenant');
  });

  it('reads and writes its own tenant only', () => {
    const scope = Scope.tenant('t1', actor);
    expect(scope.canRead('t1')).toBe(true);
    expect(scope.canRead('t2')).toBe(false);
    expect(scope.writeTenantId).toBe('t1');
  });

  it('lets a committee reader read everything and write nothing', () => {
    const scope = Scope.allTenants(actor);
    expect(scope.canRead('t9')).toBe(true);
    expect(scope.writeTenantId).toBeNull();
  });

  it('narrows an all-tenant reader to one tenant, still read-only', () => {
    const scope = Scope.allTenants(actor).narrowTo('t2');
    expect(scope.readTenantIds).toEqual(['t2']);
    expect(scope.writeTenantId).toBeNull();
  });

  it('cannot narrow a tenant user into another tenant', () => {
    expect(() => Scope.tenant('t1', actor).narrowTo('t2')).toThrow('only narrow');
  });
});
