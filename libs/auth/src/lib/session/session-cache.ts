import { Tenant, type ChangeClock } from '@zeren/tenancy';
import { User } from '../user/user.entity';
import type { Principal } from './principal';

interface Entry {
  principal: Principal;
  /** Epoch ms: the earlier of the cache's own expiry and the token's. */
  until: number;
  users: number;
  tenants: number;
}

/** What a session depends on, as the change clock counts it: the tenant's users and the tenant register. */
export interface SessionVersions {
  users: number;
  tenants: number;
}

export function sessionVersions(changes: ChangeClock, tenantId: string): SessionVersions {
  return { users: changes.version(User, tenantId), tenants: changes.version(Tenant) };
}

/**
 * Verified tokens and the principals they resolved to, for a few seconds, so that a signed-in
 * page does not spend two statements re-reading its user and tenant. An entry is dropped as soon as
 * this process commits a write to any user of that tenant or to the tenant register (a password
 * change or reset, a disable, a role change, a tenant stopped: the change clock moves); another
 * gateway process's write reaches it within `ttlMs`. Bounded: the oldest entry goes first.
 */
export class SessionCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    readonly ttlMs = 5_000,
    private readonly capacity = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  get(token: string, current: (tenantId: string) => SessionVersions): Principal | null {
    const entry = this.entries.get(token);
    if (!entry) return null;
    const versions = current(entry.principal.tenantId);
    if (entry.until <= this.now() || entry.users !== versions.users || entry.tenants !== versions.tenants) {
      this.entries.delete(token);
      return null;
    }
    return entry.principal;
  }

  /** `versions` must have been read before the rows the principal came from. */
  put(token: string, principal: Principal, versions: SessionVersions, tokenExpiresAt: Date): void {
    if (this.ttlMs <= 0) return;
    const until = Math.min(this.now() + this.ttlMs, tokenExpiresAt.getTime());
    this.entries.delete(token);
    this.entries.set(token, { principal, until, ...versions });
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
  }

  get size(): number {
    return this.entries.size;
  }
}
