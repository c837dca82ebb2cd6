import DataLoader from 'dataloader';
import type { TenantDb } from './tenant-db';

/**
 * One request's loader of one kind of row: keys asked for in the same tick are batched into one
 * statement (DataLoader), and a key already held — loaded earlier in the request, or primed by a
 * resolver that loaded ahead — is answered at once, without a promise, so that GraphQL completes
 * the object that asked for it synchronously. On a tree page primed in one statement, that is
 * every `children` and `memberCount` of every unit.
 */
export class RequestLoader<K, V> {
  private readonly held = new Map<K, V>();
  private readonly loader: DataLoader<K, V>;

  constructor(batch: (keys: readonly K[]) => Promise<V[]>) {
    // One IN (…) list per batch: 10 000 keys stays far below what the engines bind (SQLite 32 766
    // parameters, MySQL 65 535), so a tree level of up to 10 000 units costs one statement.
    this.loader = new DataLoader<K, V>(
      async (keys) => {
        const values = await batch(keys);
        keys.forEach((key, i) => this.held.set(key, values[i]));
        return values;
      },
      { maxBatchSize: 10_000 },
    );
  }

  /** The value for `key`: at once when held, else a promise batched with the other keys of this tick. */
  load(key: K): V | Promise<V> {
    return this.held.has(key) ? (this.held.get(key) as V) : this.loader.load(key);
  }

  /** Holds a value loaded by other means (a subtree loaded ahead); a key already held keeps its value. */
  prime(key: K, value: V): this {
    if (!this.held.has(key)) this.held.set(key, value);
    return this;
  }
}

/**
 * The loaders of one request. A loader is keyed by its name and the scope it reads with, so a
 * narrowed or acting-for handle never sees rows batched for another scope.
 */
export class RequestLoaders {
  private readonly loaders = new Map<string, RequestLoader<unknown, unknown>>();

  get<K, V>(name: string, db: TenantDb, batch: (db: TenantDb, keys: readonly K[]) => Promise<V[]>): RequestLoader<K, V> {
    const key = `${name}|${db.scope.key}`;
    let loader = this.loaders.get(key) as RequestLoader<K, V> | undefined;
    if (!loader) {
      loader = new RequestLoader<K, V>((keys) => batch(db, keys));
      this.loaders.set(key, loader as RequestLoader<unknown, unknown>);
    }
    return loader;
  }
}

/** Orders batch results to match the keys, the way DataLoader needs them. */
export function byKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): (V | null)[] {
  const map = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((k) => map.get(k) ?? null);
}

/** Groups batch results per key, for one-to-many loaders. */
export function groupByKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const map = new Map<K, V[]>(keys.map((k) => [k, []]));
  for (const row of rows) map.get(keyOf(row))?.push(row);
  return keys.map((k) => map.get(k) ?? []);
}
