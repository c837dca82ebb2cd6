import { rm } from 'node:fs/promises';
import { AuditOutcome, ID_LENGTH } from '@zeren/tenancy';
import { ForbiddenError } from '@zeren/shared-errors';
import type { RequestContext } from '@zeren/auth';
import { auditLine } from '@zeren/api';
import { storageKeys, type FileStore } from '../store/file-store';
import { StoredFile } from '../stored-file/stored-file.entity';
import { FileRefusal } from './file-refusal';
import { FILE_MESSAGES, MAX_FILE_NAME_LENGTH, THUMBNAIL_WIDTH } from './file-limits';
import type { ReceivedFile } from './receive-upload';
import { sniffAllowedType } from './sniff';
import { writeThumbnail } from './thumbnail';

export const UPLOAD_OPERATION = 'uploadFile';

/** Checks that an org unit id names a unit the caller may file under (wired by the composition; see README). */
export type UnitCheck = (ctx: RequestContext, unitId: string) => Promise<void>;

const UNIT_ID = new RegExp(`^[0-9A-Za-z-]{1,${ID_LENGTH}}$`);

export class UploadService {
  constructor(
    private readonly store: FileStore,
    private readonly checkUnit?: UnitCheck,
  ) {}

  /**
   * Keeps a received file: checks the unit, sniffs the type, makes the thumbnail, stores the
   * bytes, then writes the row and its audit line in one transaction. Everything that can refuse
   * the file runs before any byte reaches the store.
   */
  async accept(ctx: RequestContext, received: ReceivedFile): Promise<StoredFile> {
    const principal = ctx.principal;
    const tenantId = ctx.db.scope.writeTenantId;
    if (!principal || !tenantId) throw new ForbiddenError(FILE_MESSAGES.readOnly);
    const unitId = received.fields['unitId']?.trim() || null;
    if (unitId !== null && !UNIT_ID.test(unitId)) throw new FileRefusal(400, FILE_MESSAGES.badUnitId);
    if (unitId !== null && this.checkUnit) await this.checkUnit(ctx, unitId);
    const type = await sniffAllowedType(received.path);
    if (!type) throw new FileRefusal(415, FILE_MESSAGES.typeNotAllowed);

    const thumbnailPath = type.kind === 'image' ? `${received.path}.thumbnail.webp` : null;
    try {
      const hasThumbnail = thumbnailPath !== null && (await writeThumbnail(received.path, thumbnailPath));
      const storageKey = storageKeys.original(tenantId, received.sha256);
      const thumbnailKey = hasThumbnail ? storageKeys.thumbnail(tenantId, received.sha256, THUMBNAIL_WIDTH) : null;
      // Bytes first, row second: a row never names bytes that are not there. If the transaction
      // fails, the bytes stay as an orphan (content-addressed, so a retry reuses them) rather than
      // being deleted under a concurrent upload of the same bytes that did commit.
      await this.store.put(storageKey, received.path, type.mime);
      if (thumbnailKey && thumbnailPath) await this.store.put(thumbnailKey, thumbnailPath, 'image/webp');
      return await ctx.db.transaction(async (tx) => {
        const row = await tx.repo(StoredFile).insertOne({
          name: cleanFileName(received.filename),
          mimeType: type.mime,
          size: received.size,
          sha256: received.sha256,
          storageKey,
          thumbnailKey,
          uploadedById: principal.userId,
          unitId,
        });
        await tx.appendAudit(auditLine(ctx, UPLOAD_OPERATION, AuditOutcome.SUCCESS, unitId ? [row.id, unitId] : [row.id], null));
        return row;
      });
    } finally {
      if (thumbnailPath) await rm(thumbnailPath, { force: true });
    }
  }

  /** The failure line of a refused upload (outside any transaction, like the mutation audit does). */
  async recordRefusal(ctx: RequestContext, errorCode: string, unitId?: string): Promise<void> {
    await ctx.db
      .appendAudit(auditLine(ctx, UPLOAD_OPERATION, AuditOutcome.FAILURE, unitId && UNIT_ID.test(unitId) ? [unitId] : [], errorCode))
      .catch(() => undefined);
  }

}

/** The name as a person reads it: no directories (old browsers send C:\fakepath\…), no control characters, bounded. */
export function cleanFileName(raw: string): string {
  const base = raw.split(/[/\\]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const name = base.replace(/[\u0000-\u001f\u007f]/g, '').trim() || '未命名文件';
  const chars = Array.from(name);
  if (chars.length <= MAX_FILE_NAME_LENGTH) return name;
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 && name.length - dot <= 10 ? Array.from(name.slice(dot)) : [];
  return [...chars.slice(0, MAX_FILE_NAME_LENGTH - ext.length), ...ext].join('');
}
