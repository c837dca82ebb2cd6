import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';
import type { FileStore } from '../store/file-store';
import { LocalFileStore } from '../store/local-file.store';
import type { S3FileStore } from '../store/s3-file.store';
import { fileStoreFromEnv } from '../store/file-store-from-env';

export interface TestStore {
  kind: 'local' | 's3';
  store: FileStore;
  /** Every key the store holds now. */
  keys(): Promise<string[]>;
  close(): Promise<void>;
}

export const TEST_BUCKET = 'zeren-test';

/** A local store in a fresh temporary directory. */
export async function createLocalTestStore(): Promise<TestStore> {
  const dir = await mkdtemp(join(tmpdir(), 'zeren-files-'));
  const store = new LocalFileStore(dir);
  return { kind: 'local', store, keys: () => collect(store), close: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * A real S3 server (s3rver) on 127.0.0.1 and a free port, with one bucket, and a store built the
 * way production builds it: from a ZEREN_FILE_STORE URL.
 */
export async function createS3TestStore(): Promise<TestStore & { url: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'zeren-s3rver-'));
  const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: dir, configureBuckets: [{ name: TEST_BUCKET }] });
  const { port } = await server.run();
  const url = `s3://${TEST_BUCKET}/evidence?endpoint=http://127.0.0.1:${port}&region=us-east-1&forcePathStyle=true`;
  // s3rver checks signatures against its fixed key pair.
  const store = fileStoreFromEnv({ ZEREN_FILE_STORE: url, AWS_ACCESS_KEY_ID: 'S3RVER', AWS_SECRET_ACCESS_KEY: 'S3RVER' }) as S3FileStore;
  return {
    kind: 's3',
    store,
    url,
    keys: () => collect(store),
    close: async () => {
      store.client.destroy();
      server.httpServer.closeAllConnections();
      await server.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

async function collect(store: FileStore): Promise<string[]> {
  const keys: string[] = [];
  for await (const key of store.list()) keys.push(key);
  return keys.sort();
}
