import { copyFile, mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { assertStorageKey, StoredObjectMissingError, type FileStore, type StoredObject } from './file-store';

// Half-written copies live here until renamed into place; list() never shows them.
const INCOMING = '.incoming';

/** Files on local disk under one directory (data/files by default), a key being a relative path. */
export class LocalFileStore implements FileStore {
  readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  get description(): string {
    return `local:${this.root}`;
  }

  private pathOf(key: string): string {
    return join(this.root, ...assertStorageKey(key).split('/'));
  }

  async put(key: string, sourcePath: string): Promise<{ created: boolean }> {
    const target = this.pathOf(key);
    if (await this.exists(key)) return { created: false };
    const incoming = join(this.root, INCOMING, randomUUID());
    await mkdir(dirname(incoming), { recursive: true });
    await mkdir(dirname(target), { recursive: true });
    try {
      await copyFile(sourcePath, incoming);
      // rename() is atomic on one file system: a reader sees no file or the whole file.
      await rename(incoming, target);
    } finally {
      await rm(incoming, { force: true });
    }
    return { created: true };
  }

  async open(key: string): Promise<StoredObject> {
    const path = this.pathOf(key);
    try {
      const { size } = await stat(path);
      return { body: createReadStream(path), size };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new StoredObjectMissingError(key);
      throw error;
    }
  }

  async exists(key: string): Promise<boolean> {
    try {
      return (await stat(this.pathOf(key))).isFile();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  async *list(prefix = ''): AsyncIterable<string> {
    let entries;
    try {
      entries = await readdir(this.root, { recursive: true, withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    for (const entry of entries) {
      if (!entry.isFile()) continue;
      const key = relative(this.root, join(entry.parentPath, entry.name)).split(sep).join('/');
      if (!key.startsWith(`${INCOMING}/`) && key.startsWith(prefix)) yield key;
    }
  }
}
