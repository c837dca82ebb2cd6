import 'reflect-metadata';
import type { DataSource } from 'typeorm';
import { createTestApi, type TestApi } from '@zeren/api/testing';
import { filesModule, StoredFile } from '@zeren/files';
import { installPostCatalogue } from '@zeren/org-tree/testing';
import { orgTreeModule } from '@zeren/org-tree';
import { tenantDb } from '@zeren/tenancy/testing';
import { responsibilityModule } from './index';

/** The test API with files, the org tree and this lib, and the post catalogue the migrations would insert. */
export async function createDutyTestApi(): Promise<TestApi> {
  const api = await createTestApi({ modules: [filesModule, orgTreeModule, responsibilityModule] });
  await installPostCatalogue(api.dataSource);
  return api;
}

let fileCount = 0;

/** A stored file's metadata as an upload would leave it (no bytes: records only cite ids and hashes). */
export async function insertFile(dataSource: DataSource, tenantId: string, uploadedById: string, mimeType = 'image/png'): Promise<StoredFile> {
  const n = ++fileCount;
  const [file] = await tenantDb(dataSource, tenantId)
    .repo(StoredFile)
    .insert({ name: `证明${n}.png`, mimeType, size: 100, sha256: String(n).padStart(64, '0'), storageKey: `k${n}`, thumbnailKey: null, uploadedById, unitId: null });
  return file;
}
