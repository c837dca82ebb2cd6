import type { RequestLoader, TenantDb } from '@zeren/tenancy';
import type { RequestContext } from '@zeren/auth';
import type { StoredFile } from './stored-file.entity';
import { loadByIds } from './stored-file.service';

export const filesLoaders = {
  /** A file by id in the request's scope (null when missing or another tenant's); one statement per batch. */
  file: (ctx: RequestContext): RequestLoader<string, StoredFile | null> =>
    ctx.loaders.get('files.file', ctx.db, (db: TenantDb, keys: readonly string[]) => loadByIds(db, keys)),
};
