import { Scope } from './scope';
import { ownData, unitsData } from './data-scope';

const actor = { userId: 'u1', tenantId: 'gw' };

describe('Scope', () => {
  it('refuses an empty tenant id, which would drop the tenant condition', () => {
    expect(() => Scope.tenant('', actor)).toThrow('empty tenant id');
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
    expect(() => scope.assertWritable()).toThrow(expect.objectContaining({ extensions: { code: 'FORBIDDEN' } }));
  });

  it('narrows an all-tenant reader to one tenant, still read-only', () => {
    const scope = Scope.allTenants(actor).narrowTo('t2');
    expect(scope.readTenantIds).toEqual(['t2']);
    expect(scope.isReadOnly).toBe(true);
  });

  it('cannot narrow a tenant user into another tenant (FORBIDDEN)', () => {
    expect(() => Scope.tenant('t1', actor).narrowTo('t2')).toThrow(expect.objectContaining({ extensions: { code: 'FORBIDDEN' } }));
  });

  it('lets a committee scope narrowed by a hook read only those tenants and its own', () => {
    const scope = Scope.committee('gw', actor, ['t1', 't2']);
    expect(scope.canRead('t1')).toBe(true);
    expect(scope.canRead('gw')).toBe(true);
    expect(scope.canRead('t3')).toBe(false);
  });

  describe('acting-for', () => {
    it('starts from a committee or system scope and is its own kind', () => {
      const acting = Scope.committee('gw', actor).actingFor('t1');
      expect(acting.kind).toBe('acting-for');
      expect(acting.writeTenantId).toBe('t1');
      expect(acting.onBehalfOf).toBe('gw');
      expect(Scope.system('seed').actingFor('t1').kind).toBe('acting-for');
    });

    it('does not let an agency scope write into another agency', () => {
      expect(() => Scope.tenant('t1', actor).actingFor('t2')).toThrow(expect.objectContaining({ extensions: { code: 'FORBIDDEN' } }));
    });

    it('does not start from a committee reader, an acting-for scope, or outside a hook-narrowed committee', () => {
      expect(() => Scope.allTenants(actor).actingFor('t1')).toThrow('只有工委');
      expect(() => Scope.committee('gw', actor).actingFor('t1').actingFor('t2')).toThrow('只有工委');
      expect(() => Scope.committee('gw', actor, ['t1']).actingFor('t3')).toThrow('无权代该单位办理');
    });

    it("does not start from the committee admin's read-only view of one agency (FORBIDDEN)", () => {
      const view = Scope.committee('gw', actor).narrowTo('t1');
      expect(() => view.actingFor('t1')).toThrow(expect.objectContaining({ extensions: { code: 'FORBIDDEN' } }));
      expect(() => view.dispatch(['t1'])).toThrow(expect.objectContaining({ extensions: { code: 'FORBIDDEN' } }));
    });
  });

  describe('dispatch', () => {
    it('writes into many tenants and only from a committee or system scope', () => {
      const scope = Scope.committee('gw', actor).dispatch(['t1', 't2', 't1']);
      expect(scope.kind).toBe('dispatch');
      expect(scope.writeTenantIds).toEqual(['t1', 't2']);
      expect(scope.writeTenantId).toBeNull();
      expect(() => Scope.tenant('t1', actor).dispatch(['t1'])).toThrow(expect.objectContaining({ extensions: { code: 'FORBIDDEN' } }));
      expect(() => Scope.allTenants(actor).dispatch(['t1'])).toThrow('只有工委');
    });
  });

  it('gives every kind and data scope its own loader key', () => {
    const keys = [
      Scope.tenant('t1', actor),
      Scope.tenant('t1', actor, unitsData(['b1'])),
      Scope.tenant('t1', actor, ownData('u1')),
      Scope.committee('gw', actor).actingFor('t1'),
      Scope.committee('gw', actor).dispatch(['t1']),
      Scope.allTenants(actor).narrowTo('t1'),
    ].map((s) => s.key);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
