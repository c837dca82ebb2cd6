import { In } from 'typeorm';
import { Tenant, byKeys, type RequestLoader } from '@zeren/tenancy';
import type { RequestContext } from './request-context';

/** A tenant by id (the register every signed-in user reads), batched per request: one statement per batch. */
export const tenantLoader = (ctx: RequestContext): RequestLoader<string, Tenant | null> =>
  ctx.loaders.get<string, Tenant | null>('tenant.byId', ctx.db, async (db, ids) => byKeys(ids, await db.reference(Tenant).findBy({ id: In([...ids]) }), (t) => t.id));
