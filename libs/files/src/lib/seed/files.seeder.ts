import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { SEEDED_AGENCY_USERS } from '@zeren/auth';
import { SEEDED_AGENCY, SeedKey, type ModuleSeeder } from '@zeren/tenancy';
import { storageKeys, type FileStore } from '../store/file-store';
import { fileStoreFromEnv } from '../store/file-store-from-env';
import { StoredFile } from '../stored-file/stored-file.entity';
import { THUMBNAIL_WIDTH } from '../upload/file-limits';
import { writeThumbnail } from '../upload/thumbnail';

const STORE = new SeedKey<FileStore>('files.store');

/** A photo and a scanned document, made on the spot: what an agency's first evidence looks like. */
async function samples(): Promise<{ name: string; mimeType: string; bytes: Buffer }[]> {
  const photo = await sharp({ create: { width: 960, height: 640, channels: 3, background: { r: 196, g: 40, b: 40 } } }).jpeg({ quality: 80 }).toBuffer();
  const pdf = Buffer.from(
    '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  );
  return [
    { name: '主题党日活动照片.jpg', mimeType: 'image/jpeg', bytes: photo },
    { name: '党建工作责任清单签批件.pdf', mimeType: 'application/pdf', bytes: pdf },
  ];
}

/**
 * Two evidence files for each agency with demo users, uploaded by its admin: bytes in the store the
 * gateway will read (ZEREN_FILE_STORE, data/files by default), rows through the agency's own scope.
 */
export const filesSeeder: ModuleSeeder = {
  async committee({ shared }) {
    shared.set(STORE, fileStoreFromEnv(process.env));
  },
  async agency({ db, shared }) {
    const admin = shared.get(SEEDED_AGENCY_USERS).find((u) => u.person === 'admin');
    if (!admin) return;
    const tenant = shared.get(SEEDED_AGENCY);
    const store = shared.get(STORE);
    const dir = await mkdtemp(join(tmpdir(), 'zeren-seed-files-'));
    try {
      const rows = [];
      for (const [i, file] of (await samples()).entries()) {
        const sha256 = createHash('sha256').update(file.bytes).digest('hex');
        const source = join(dir, `f${i}`);
        await writeFile(source, file.bytes);
        const storageKey = storageKeys.original(tenant.id, sha256);
        await store.put(storageKey, source, file.mimeType);
        let thumbnailKey: string | null = null;
        if (file.mimeType.startsWith('image/') && (await writeThumbnail(source, `${source}.webp`))) {
          thumbnailKey = storageKeys.thumbnail(tenant.id, sha256, THUMBNAIL_WIDTH);
          await store.put(thumbnailKey, `${source}.webp`, 'image/webp');
        }
        rows.push({ name: file.name, mimeType: file.mimeType, size: file.bytes.length, sha256, storageKey, thumbnailKey, uploadedById: admin.id, unitId: null });
      }
      await db.actingFor(tenant.id).repo(StoredFile).insert(rows);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
};
