// Loaded with `-r` into the gateway and baseline children only: counts the SQL statements their
// database driver sends, and the time spent in them, and reports the running totals over the IPC
// channel. It wraps the drivers rather than TypeORM so that anything reaching the database is
// counted, and it leaves the application untouched.
import { tracingChannel } from 'node:diagnostics_channel';
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';

const TRANSACTION_CONTROL = /^\s*(START TRANSACTION|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE)/i;
const KEEP = 50;
let count = 0;
let dbMs = 0;
const recent: { sql: string; ms: number }[] = [];

function textOf(sql: unknown): string {
  return typeof sql === 'string' ? sql : String((sql as { sql?: string })?.sql ?? '');
}

/** Returns the entry to stamp with its duration, or null for transaction control (not counted). */
function record(sql: unknown): { sql: string; ms: number } | null {
  const text = textOf(sql);
  if (TRANSACTION_CONTROL.test(text)) return null;
  count++;
  const entry = { sql: text, ms: 0 };
  recent.push(entry);
  if (recent.length > KEEP) recent.shift();
  return entry;
}

function finish(entry: { ms: number } | null, started: number): void {
  if (!entry) return;
  entry.ms = performance.now() - started;
  dbMs += entry.ms;
}

// mysql2 3.x publishes every query and execute on these channels (no-ops without a subscriber).
// Its time is wall time from sending to the result's callback, waiting on the server included.
const STARTED = Symbol('bench.started');
const ENTRY = Symbol('bench.entry');
type Context = { query?: string; sql?: string; [STARTED]?: number; [ENTRY]?: { sql: string; ms: number } | null };
for (const name of ['mysql2:query', 'mysql2:execute']) {
  tracingChannel(name).subscribe({
    start: (message: unknown) => {
      const context = message as Context;
      context[ENTRY] = record(context.query ?? context.sql);
      context[STARTED] = performance.now();
    },
    end: () => undefined,
    asyncStart: (message: unknown) => {
      const context = message as Context;
      if (context[STARTED] !== undefined) finish(context[ENTRY] ?? null, context[STARTED]);
      context[STARTED] = undefined;
    },
    asyncEnd: () => undefined,
    error: () => undefined,
  });
}

// better-sqlite3 has no channels: wrap the statements it prepares (TypeORM caches them, so the
// wrapper is installed once per statement and counts every run of it). Its calls are synchronous,
// so the time measured is the engine's own.
try {
  const Database = require('better-sqlite3') as { prototype: Record<string, any> };
  const prepare = Database.prototype['prepare'] as (this: unknown, sql: string) => Record<string, any>;
  Database.prototype['prepare'] = function (this: unknown, sql: string) {
    const statement = prepare.call(this, sql);
    for (const method of ['all', 'get', 'run', 'iterate']) {
      const original = statement[method] as (...args: unknown[]) => unknown;
      statement[method] = function (this: unknown, ...args: unknown[]) {
        const entry = record(sql);
        const started = performance.now();
        try {
          return original.apply(this, args);
        } finally {
          finish(entry, started);
        }
      };
    }
    return statement;
  };
  const exec = Database.prototype['exec'] as (this: unknown, sql: string) => unknown;
  Database.prototype['exec'] = function (this: unknown, sql: string) {
    const entry = record(sql);
    const started = performance.now();
    try {
      return exec.call(this, sql);
    } finally {
      finish(entry, started);
    }
  };
} catch {
  // Not installed: a MySQL-only deployment.
}

// CPU profiles of one phase at a time, on request: --cpu-prof would cover start-up too, and is
// only written on a clean exit.
let profiler: Session | null = null;
const post = (method: string, params?: object) =>
  new Promise<any>((resolve, reject) => profiler?.post(method, params ?? {}, (error, result) => (error ? reject(error) : resolve(result))));

process.on('message', async (message: { type?: string; file?: string }) => {
  try {
    if (message?.type === 'statements') process.send?.({ type: 'statements', count, dbMs, recent: recent.map((r) => ({ ...r })) });
    if (message?.type === 'profile-start') {
      profiler = new Session();
      profiler.connect();
      await post('Profiler.enable');
      await post('Profiler.start');
      process.send?.({ type: 'profile-started' });
    }
    if (message?.type === 'profile-stop' && message.file) {
      const { profile } = await post('Profiler.stop');
      writeFileSync(message.file, JSON.stringify(profile));
      profiler?.disconnect();
      profiler = null;
      process.send?.({ type: 'profile-stopped', file: message.file });
    }
  } catch (error) {
    process.send?.({ type: 'probe-error', message: error instanceof Error ? error.message : String(error) });
  }
});
// The IPC channel must not keep a child alive that is shutting down.
process.channel?.unref();
