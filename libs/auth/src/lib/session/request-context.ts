import type { RequestLoaders, TenantDb } from '@zeren/tenancy';
import type { Principal } from './principal';

/** Everything a resolver may know about its request; built once at the edge by the gateway. */
export interface RequestContext {
  requestId: string;
  /** The client address, for login throttling and the log. */
  ip: string;
  principal: Principal | null;
  /** Scoped to the principal; anonymous requests get a handle that refuses tenant-owned data. */
  db: TenantDb;
  /** The caller's own rows in their own tenant (their user, their member record), whatever view they are in. */
  own: TenantDb | null;
  loaders: RequestLoaders;
}
