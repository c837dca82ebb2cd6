import 'reflect-metadata';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import type { DataSource } from 'typeorm';
import { Scope, TenantDb, newId } from '@zeren/tenancy';
import { tenantDb } from '@zeren/tenancy/testing';
import { createRequestContext } from '@zeren/auth';
import { TEST_PASSWORD, createTestApi, type TestApi } from '@zeren/api/testing';
import { filesModule } from './index';
import { createFilesRouter, type FilesRouterOptions } from './lib/http/files.router';
import { FILES_PATH } from './lib/http/files-path';
import { storageKeys, type FileStore } from './lib/store/file-store';
import { StoredFile } from './lib/stored-file/stored-file.entity';

export { fixtures } from './lib/testing/fixtures';
export { createLocalTestStore, createS3TestStore, TEST_BUCKET, type TestStore } from './lib/testing/stores';

let insertedFiles = 0;

/** A stored file's metadata as an upload would leave it (no bytes: records only cite ids and hashes). */
export async function insertFile(dataSource: DataSource, tenantId: string, uploadedById: string, mimeType = 'image/png'): Promise<StoredFile> {
  const n = ++insertedFiles;
  const [file] = await tenantDb(dataSource, tenantId)
    .repo(StoredFile)
    .insert({ name: `证明${n}.png`, mimeType, size: 100, sha256: String(n).padStart(64, '0'), storageKey: `k${n}`, thumbnailKey: null, uploadedById, unitId: null });
  return file;
}

/** The test API (GraphQL on a fresh database) with the files module. */
export function createFilesTestApi(): Promise<TestApi> {
  return createTestApi({ modules: [filesModule] });
}

/** A bearer token for a user made by `api.addTenant`, as a client would hold after logging in. */
export async function tokenFor(api: TestApi, username: string): Promise<string> {
  const anonymous = new TenantDb(api.dataSource, Scope.anonymous());
  return (await api.services.auth.login(anonymous, username, TEST_PASSWORD, '127.0.0.1', 'test')).token;
}

export interface FilesServer {
  /** e.g. http://127.0.0.1:41234/files */
  url: string;
  close(): Promise<void>;
}

/**
 * The files router over real HTTP on 127.0.0.1 and a free port, its context resolved from the
 * request's headers exactly as the gateway does (createRequestContext).
 */
export async function startFilesServer(
  api: TestApi,
  store: FileStore,
  options: Partial<Pick<FilesRouterOptions, 'checkUnit' | 'spoolDir'>> = {},
): Promise<FilesServer> {
  const app = express();
  app.use(
    FILES_PATH,
    createFilesRouter({
      store,
      ...options,
      resolveContext: (req) =>
        createRequestContext(api.dataSource, api.services.auth, {
          authorization: req.headers.authorization,
          viewTenantId: req.header('x-zeren-view-tenant'),
          ip: req.ip ?? '127.0.0.1',
        }),
      onError: (error) => console.error(error),
    }),
  );
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${FILES_PATH}`,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** POSTs one file (and optional fields) as multipart/form-data, the way the portal does. */
export async function upload(
  url: string,
  token: string | null,
  file: { name: string; bytes: Buffer; type?: string } | null,
  fields: Record<string, string> = {},
  headers: Record<string, string> = {},
): Promise<{ status: number; body: any }> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  if (file) form.append('file', new Blob([file.bytes], { type: file.type ?? 'application/octet-stream' }), file.name);
  const response = await fetch(url, {
    method: 'POST',
    body: form,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
  });
  return { status: response.status, body: await response.json() };
}

/** Metadata rows without bytes, for query tests (the HTTP specs upload real files). */
export function insertStoredFiles(dataSource: DataSource, tenantId: string, names: string[]): Promise<StoredFile[]> {
  return tenantDb(dataSource, tenantId)
    .repo(StoredFile)
    .insert(
      names.map((name) => {
        const sha256 = newId().replace(/-/g, '').padEnd(64, '0');
        return {
          name,
          mimeType: 'application/pdf',
          size: 100,
          sha256,
          storageKey: storageKeys.original(tenantId, sha256),
          thumbnailKey: null,
          uploadedById: newId(),
          unitId: null,
        };
      }),
    );
}
