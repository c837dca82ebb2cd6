import { In, IsNull } from 'typeorm';
import { ownRowsDb, type Principal, type RequestContext } from '@zeren/auth';
import type { TenantDb } from '@zeren/tenancy';
import { BadInputError, ForbiddenError, NotFoundError } from '@zeren/shared-errors';
import { toPage } from '@zeren/shared-graphql';
import { SiteMessage } from './site-message.entity';
import { MAX_MARK_IDS, type SiteMessageArgs, type SiteMessagePage, type SiteMessageReadResult } from './dto/site-message.args';

// NotFoundError says "<what>不存在".
export const MESSAGE_NOT_FOUND = '消息';

/**
 * A user's own site messages. Every statement names the caller as recipient, in the caller's own
 * tenant: an agency admin (whose scope reads the whole agency) or the committee (every tenant) still
 * reads only their own messages.
 */
export class SiteMessageService {
  async page(ctx: RequestContext, args: SiteMessageArgs): Promise<SiteMessagePage> {
    const { db, recipientId } = mine(ctx, ctx.db);
    const where = { recipientId, ...(args.unreadOnly ? { readAt: IsNull() } : {}) };
    const [items, total] = await db.repo(SiteMessage).findAndCount({ where, order: { createdAt: 'DESC', id: 'DESC' }, skip: args.offset, take: args.limit });
    const unread = args.unreadOnly ? total : await unreadOf(db, recipientId);
    return Object.assign(toPage([items, total], args), { unread });
  }

  async unread(ctx: RequestContext): Promise<number> {
    const { db, recipientId } = mine(ctx, ctx.db);
    return unreadOf(db, recipientId);
  }

  /** Marks these messages read; NOT_FOUND (changing nothing) when one is not the caller's. */
  async markRead(ctx: RequestContext, ids: readonly string[]): Promise<SiteMessageReadResult> {
    if (ids.length > MAX_MARK_IDS) throw new BadInputError(`一次最多标记 ${MAX_MARK_IDS} 条消息`);
    const { db, recipientId } = writable(ctx);
    const wanted = [...new Set(ids)];
    const found = wanted.length ? await db.repo(SiteMessage).count({ id: In(wanted), recipientId }) : 0;
    if (found !== wanted.length) throw new NotFoundError(MESSAGE_NOT_FOUND);
    const marked = wanted.length ? await db.repo(SiteMessage).update({ id: In(wanted), recipientId, readAt: IsNull() }, { readAt: new Date() }) : 0;
    return { marked, unread: await unreadOf(db, recipientId) };
  }

  async markAllRead(ctx: RequestContext): Promise<SiteMessageReadResult> {
    const { db, recipientId } = writable(ctx);
    const marked = await db.repo(SiteMessage).update({ recipientId, readAt: IsNull() }, { readAt: new Date() });
    return { marked, unread: 0 };
  }
}

function unreadOf(db: TenantDb, recipientId: string): Promise<number> {
  return db.repo(SiteMessage).count({ recipientId, readAt: IsNull() });
}

function principalOf(ctx: RequestContext): Principal {
  // @Authorized() on every field: a missing principal here is a wiring bug, not a client error.
  if (!ctx.principal) throw new Error('Site messages need a signed-in caller');
  return ctx.principal;
}

/** The caller's own tenant, inside `db`'s transaction (the mutation's), with the caller as recipient. */
function mine(ctx: RequestContext, db: TenantDb): { db: TenantDb; recipientId: string } {
  const principal = principalOf(ctx);
  return { db: ownRowsDb(db, principal), recipientId: principal.userId };
}

function writable(ctx: RequestContext): { db: TenantDb; recipientId: string } {
  // The committee's view of one agency is read-only, for one's own messages too: the bell there only shows them.
  if (!ctx.db.scope.canRead(principalOf(ctx).tenantId)) throw new ForbiddenError(READ_ONLY_VIEW);
  return mine(ctx, ctx.db);
}

export const READ_ONLY_VIEW = '正在查看其他单位,不能标记消息;请先切回本单位';
