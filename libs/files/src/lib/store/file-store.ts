import type { Readable } from 'node:stream';

/** The bytes behind a key, with their length. */
export interface StoredObject {
  body: Readable;
  size: number;
}

/**
 * Where file bytes live. Keys are content addresses (see storageKeys), so a key never changes
 * its bytes: `put` of a key that exists is a no-op, and readers never see a half-written object.
 */
export interface FileStore {
  /** For the start-up log: where the bytes go, without credentials. */
  readonly description: string;
  /** Copies the file at `sourcePath` under `key` unless the key exists; `created` says which. */
  put(key: string, sourcePath: string, contentType: string): Promise<{ created: boolean }>;
  /** The bytes of `key`; throws StoredObjectMissingError when there are none. */
  open(key: string): Promise<StoredObject>;
  exists(key: string): Promise<boolean>;
  delete(key: string): Promise<void>;
  /** Every key under `prefix`, for sweeps and tests. */
  list(prefix?: string): AsyncIterable<string>;
}

export class StoredObjectMissingError extends Error {
  constructor(readonly key: string) {
    super(`No stored object under ${key}`);
  }
}

const KEY_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*(\/[A-Za-z0-9][A-Za-z0-9._-]*)*$/;

/** Keys are built by this lib only, but a store checks them anyway: a `..` must never reach a path. */
export function assertStorageKey(key: string): string {
  if (key.length > 200 || !KEY_PATTERN.test(key) || key.split('/').some((part) => part === '..' || part === '.')) {
    throw new Error(`Invalid storage key: ${JSON.stringify(key.slice(0, 80))}`);
  }
  return key;
}

/**
 * Content addresses per tenant: the same bytes uploaded twice by one tenant are stored once, and
 * each tenant's bytes sit under its own prefix (export, erasure and a shard move work by prefix,
 * and deciding whether bytes are still used never needs another tenant's rows).
 */
export const storageKeys = {
  original: (tenantId: string, sha256: string) => assertStorageKey(`${tenantId}/${sha256.slice(0, 2)}/${sha256}`),
  thumbnail: (tenantId: string, sha256: string, width: number) =>
    assertStorageKey(`${tenantId}/${sha256.slice(0, 2)}/${sha256}.w${width}.webp`),
};
