import { In } from 'typeorm';
import { byKeys, type RequestLoader } from '@zeren/tenancy';
import type { RequestContext } from '../session/request-context';
import { User } from './user.entity';

/** Users by id within the caller's reach (a grid's leader, an inspection team's members), batched per request: one statement per batch. */
export const userLoader = (ctx: RequestContext): RequestLoader<string, User | null> =>
  ctx.loaders.get<string, User | null>('user.byId', ctx.db, async (db, ids) => byKeys(ids, await db.repo(User).find({ where: { id: In([...ids]) } }), (u) => u.id));
