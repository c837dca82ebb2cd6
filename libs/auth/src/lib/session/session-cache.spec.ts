import { Tenant, ChangeClock } from '@zeren/tenancy';
import { Role } from './role.enum';
import { User } from '../user/user.entity';
import type { Principal } from './principal';
import { SessionCache, sessionVersions } from './session-cache';

const principal = (tenantId: string): Principal => ({
  userId: 'u1',
  username: 'a_member',
  displayName: '党员',
  tenantId,
  tenantKind: 'AGENCY' as Principal['tenantKind'],
  roles: [Role.MEMBER],
  permissions: new Set(),
});
const LATER = new Date(Date.now() + 3_600_000);

describe('SessionCache', () => {
  let now: number;
  let clock: ChangeClock;
  const current = (tenantId: string) => sessionVersions(clock, tenantId);
  beforeEach(() => {
    now = 1_000_000;
    clock = new ChangeClock();
  });
  const cache = (ttl = 5_000, capacity = 100) => new SessionCache(ttl, capacity, () => now);

  it('answers a token again until its time is up, which bounds what another process’s write leaves stale', () => {
    const sessions = cache();
    sessions.put('t', principal('A'), current('A'), LATER);
    now += 4_999;
    expect(sessions.get('t', current)?.username).toBe('a_member');
    now += 1;
    expect(sessions.get('t', current)).toBeNull();
  });

  it('never outlives the token itself', () => {
    const sessions = cache(60_000);
    sessions.put('t', principal('A'), current('A'), new Date(now + 1_000));
    now += 1_000;
    expect(sessions.get('t', current)).toBeNull();
  });

  it('drops an entry once a user of its tenant or the tenant register is written, and only then', () => {
    const sessions = cache();
    sessions.put('a', principal('A'), current('A'), LATER);
    sessions.put('b', principal('B'), current('B'), LATER);
    clock.advance([User, ['B']]);
    expect(sessions.get('a', current)).not.toBeNull();
    expect(sessions.get('b', current)).toBeNull();
    clock.advance([Tenant, [null]]);
    expect(sessions.get('a', current)).toBeNull();
  });

  it('keeps at most its capacity, dropping the oldest first', () => {
    const sessions = cache(5_000, 2);
    for (const token of ['1', '2', '3']) sessions.put(token, principal('A'), current('A'), LATER);
    expect(sessions.size).toBe(2);
    expect(sessions.get('1', current)).toBeNull();
    expect(sessions.get('3', current)).not.toBeNull();
  });

  it('keeps nothing when its time is zero', () => {
    const sessions = cache(0);
    sessions.put('t', principal('A'), current('A'), LATER);
    expect(sessions.get('t', current)).toBeNull();
  });
});
