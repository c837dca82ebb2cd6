// Loaded with `-r` into the gateway child only: counts the SQL statements its database driver sends
// and reports the running total over the IPC channel. It wraps the drivers rather than TypeORM so
// that anything reaching the database is counted, and it leaves the application untouched.
import { tracingChannel } from 'node:diagnostics_channel';

const TRANSACTION_CONTROL = /^\s*(START TRANSACTION|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE)/i;
const KEEP = 50;
let count = 0;
const recent: string[] = [];

function record(sql: unknown): void {
  const text = typeof sql === 'string' ? sql : String((sql as { sql?: string })?.sql ?? '');
  if (TRANSACTION_CONTROL.test(text)) return;
  count++;
  recent.push(text);
  if (recent.length > KEEP) recent.shift();
}

// mysql2 3.x publishes every query and execute on these channels (no-ops without a subscriber).
for (const name of ['mysql2:query', 'mysql2:execute']) {
  tracingChannel(name).subscribe({
    start: (context: unknown) => record((context as { query?: string; sql?: string })?.query ?? (context as { sql?: string })?.sql),
    end: () => undefined,
    asyncStart: () => undefined,
    asyncEnd: () => undefined,
    error: () => undefined,
  });
}

// better-sqlite3 has no channels: wrap the statements it prepares (TypeORM caches them, so the
// wrapper is installed once per statement and counts every run of it).
try {
  const Database = require('better-sqlite3') as { prototype: Record<string, any> };
  const prepare = Database.prototype['prepare'] as (this: unknown, sql: string) => Record<string, any>;
  Database.prototype['prepare'] = function (this: unknown, sql: string) {
    const statement = prepare.call(this, sql);
    for (const method of ['all', 'get', 'run', 'iterate']) {
      const original = statement[method] as (...args: unknown[]) => unknown;
      statement[method] = function (this: unknown, ...args: unknown[]) {
        record(sql);
        return original.apply(this, args);
      };
    }
    return statement;
  };
  const exec = Database.prototype['exec'] as (this: unknown, sql: string) => unknown;
  Database.prototype['exec'] = function (this: unknown, sql: string) {
    record(sql);
    return exec.call(this, sql);
  };
} catch {
  // Not installed: a MySQL-only deployment.
}

process.on('message', (message: { type?: string }) => {
  if (message?.type === 'statements') process.send?.({ type: 'statements', count, recent: [...recent] });
});
// The IPC channel must not keep a gateway alive that is shutting down.
process.channel?.unref();
