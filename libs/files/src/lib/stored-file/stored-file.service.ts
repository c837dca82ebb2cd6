import { In } from 'typeorm';
import { byKeys, type TenantDb } from '@zeren/tenancy';
import { BadInputError } from '@zeren/shared-errors';
import { FILE_MESSAGES, MAX_FILES_PER_QUERY } from '../upload/file-limits';
import { StoredFile } from './stored-file.entity';

/** Reads of file metadata, always through the caller's scope. */
export class StoredFileService {
  /** One file of the caller's scope, or NOT_FOUND alike for a missing id and another tenant's. */
  get(db: TenantDb, id: string): Promise<StoredFile> {
    return db.repo(StoredFile).get(id, FILE_MESSAGES.fileNotFound);
  }

  /** The files of these ids that the scope can read, in the order asked. */
  async getMany(db: TenantDb, ids: readonly string[]): Promise<StoredFile[]> {
    if (ids.length > MAX_FILES_PER_QUERY) throw new BadInputError(FILE_MESSAGES.tooManyIds);
    const rows = await loadByIds(db, ids);
    return rows.filter((row): row is StoredFile => row !== null);
  }
}

/** One statement for a batch of ids, ordered like the ids (for DataLoaders). */
export async function loadByIds(db: TenantDb, ids: readonly string[]): Promise<(StoredFile | null)[]> {
  if (ids.length === 0) return [];
  return byKeys(ids, await db.repo(StoredFile).find({ where: { id: In([...new Set(ids)]) } }), (f) => f.id);
}
