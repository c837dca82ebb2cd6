import DataLoader from 'dataloader';
import type { TenantDb } from './tenant-db';

/**
 * The DataLoaders of one request. A loader is keyed by its name and the scope it reads with, so a
 * narrowed or acting-for handle never sees rows batched for another scope.
 */
export class RequestLoaders {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  get<K, V>(name: string, db: TenantDb, batch: (db: TenantDb, keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
    const key = `${name}|${db.scope.key}`;
    let loader = this.loaders.get(key) as DataLoader<K, V> | undefined;
    if (!loader) {
      // One IN (…) list per batch: 10 000 keys stays far below what the engines bind (SQLite 32 766
      // parameters, MySQL 65 535), so a tree level of up to 10 000 units costs one statement.
      loader = new DataLoader<K, V>((keys) => batch(db, keys), { maxBatchSize: 10_000 });
      this.loaders.set(key, loader as DataLoader<unknown, unknown>);
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
