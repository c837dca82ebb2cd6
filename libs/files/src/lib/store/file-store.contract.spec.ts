import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { text } from 'node:stream/consumers';
import { createLocalTestStore, createS3TestStore, type TestStore } from '../testing/stores';
import { StoredObjectMissingError, storageKeys } from './file-store';

// One contract, two stores: the local disk store and the S3 store against a real S3 server.
describe.each([
  ['local disk', createLocalTestStore],
  ['S3 (s3rver)', createS3TestStore],
])('file store contract: %s', (_name, create) => {
  let t: TestStore;
  let dir: string;
  const source = async (name: string, content: string) => {
    const path = join(dir, name);
    await writeFile(path, content);
    return path;
  };

  beforeAll(async () => {
    t = await create();
    dir = await mkdtemp(join(tmpdir(), 'zeren-contract-'));
  });
  afterAll(async () => {
    await t.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('stores bytes under a key and reads them back with their size', async () => {
    const key = storageKeys.original('tenant-a', 'ab'.repeat(32));
    expect(await t.store.exists(key)).toBe(false);
    expect(await t.store.put(key, await source('a.txt', '履责纪实 evidence'), 'text/plain')).toEqual({ created: true });
    expect(await t.store.exists(key)).toBe(true);
    const object = await t.store.open(key);
    expect(await text(object.body)).toBe('履责纪实 evidence');
    expect(object.size).toBe(Buffer.byteLength('履责纪实 evidence'));
  });

  it('keeps the first bytes of a key: a second put is a no-op', async () => {
    const key = storageKeys.original('tenant-a', 'cd'.repeat(32));
    await t.store.put(key, await source('b1.txt', 'first'), 'text/plain');
    expect(await t.store.put(key, await source('b2.txt', 'second'), 'text/plain')).toEqual({ created: false });
    expect(await text((await t.store.open(key)).body)).toBe('first');
  });

  it('lists keys by prefix and forgets deleted ones', async () => {
    const key = storageKeys.thumbnail('tenant-b', 'ef'.repeat(32), 320);
    await t.store.put(key, await source('c.webp', 'thumb'), 'image/webp');
    expect(await collect(t.store.list('tenant-b/'))).toEqual([key]);
    await t.store.delete(key);
    expect(await t.store.exists(key)).toBe(false);
    expect(await collect(t.store.list('tenant-b/'))).toEqual([]);
  });

  it('answers a missing key with StoredObjectMissingError', async () => {
    await expect(t.store.open(storageKeys.original('tenant-c', '00'.repeat(32)))).rejects.toBeInstanceOf(StoredObjectMissingError);
  });

  it('refuses keys that could leave its root', async () => {
    await expect(t.store.exists('../etc/passwd')).rejects.toThrow('Invalid storage key');
    await expect(t.store.put('a/../../b', join(dir, 'a.txt'), 'text/plain')).rejects.toThrow('Invalid storage key');
  });
});

async function collect(keys: AsyncIterable<string>): Promise<string[]> {
  const out: string[] = [];
  for await (const key of keys) out.push(key);
  return out;
}
