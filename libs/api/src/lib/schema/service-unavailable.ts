// Driver codes that mean "the database cannot be reached right now", not "this request is wrong".
const CODES = new Set([
  // Network, from mysql2's socket.
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
  // mysql2's protocol layer and the server's own refusals.
  'PROTOCOL_CONNECTION_LOST',
  'PROTOCOL_SEQUENCE_TIMEOUT',
  'PROTOCOL_ENQUEUE_AFTER_FATAL_ERROR',
  'PROTOCOL_ENQUEUE_AFTER_QUIT',
  'ER_CON_COUNT_ERROR',
  'ER_TOO_MANY_USER_CONNECTIONS',
  'ER_SERVER_SHUTDOWN',
  'ER_CONNECTION_KILLED',
  // better-sqlite3, once busy_timeout has run out.
  'SQLITE_BUSY',
  'SQLITE_BUSY_SNAPSHOT',
  'SQLITE_BUSY_TIMEOUT',
  'SQLITE_LOCKED',
]);

// Errors that carry no code: mysql2's pool, better-sqlite3 after close, TypeORM without a connection.
const MESSAGES = [
  /^Pool is closed\.?$/,
  /^Queue limit reached\.?$/,
  /^Can't add new command when connection is in closed state$/,
  /^The database connection is not open$/,
];
const NAMES = new Set(['ConnectionIsNotSetError', 'CannotExecuteNotConnectedError', 'CannotConnectError']);

/**
 * True when an error means the database is unreachable or saturated (the answer is 503, retry
 * later), looking through the wrappers TypeORM and GraphQL put around a driver's error.
 */
export function isServiceUnavailable(error: unknown): boolean {
  for (let e = error, depth = 0; e instanceof Error && depth < 6; depth++) {
    const { code, fatal } = e as { code?: unknown; fatal?: unknown };
    if (typeof code === 'string' && CODES.has(code)) return true;
    // mysql2 marks errors that broke the connection itself.
    if (fatal === true) return true;
    if (NAMES.has(e.name) || MESSAGES.some((m) => m.test(e instanceof Error ? e.message : ''))) return true;
    const next = e as { originalError?: unknown; driverError?: unknown; cause?: unknown };
    e = next.originalError ?? next.driverError ?? next.cause;
  }
  return false;
}
