import Database from 'better-sqlite3';
import { createPool } from 'mysql2/promise';
import type { FloorDb } from './tenant-page.queries';

/**
 * The floor's own connection, opened the way the gateway's is (WAL for SQLite; a pool of the
 * gateway's default size for MySQL), so the comparison is about what sits on top of the driver.
 */
export async function openFloorDb(databaseUrl: string): Promise<FloorDb & { close(): Promise<void> }> {
  if (databaseUrl.startsWith('sqlite:')) {
    const sqlite = new Database(databaseUrl.slice('sqlite:'.length), { readonly: false });
    sqlite.pragma('journal_mode = WAL');
    const cache = new Map<string, Database.Statement>();
    return {
      engine: 'sqlite',
      all: async <T>(sql: string, params: unknown[]) => {
        let statement = cache.get(sql);
        if (!statement) {
          statement = sqlite.prepare(sql);
          cache.set(sql, statement);
        }
        return statement.all(...params) as T[];
      },
      close: async () => {
        sqlite.close();
      },
    };
  }
  if (databaseUrl.startsWith('mysql://') || databaseUrl.startsWith('mariadb://')) {
    const pool = createPool({
      uri: databaseUrl.replace(/^mariadb:/, 'mysql:'),
      connectionLimit: 10,
      queueLimit: 500,
      // Dates as the strings GraphQL's LocalDate returns, so the two answers compare equal.
      dateStrings: true,
      timezone: 'Z',
    });
    return {
      engine: 'mysql',
      all: async <T>(sql: string, params: unknown[]) => (await pool.query(sql, params))[0] as T[],
      close: () => pool.end(),
    };
  }
  throw new Error('DATABASE_URL must be sqlite:<file> or mysql://…/<db>');
}
