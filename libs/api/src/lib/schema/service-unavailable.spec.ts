import { QueryFailedError } from 'typeorm';
import { isServiceUnavailable } from './service-unavailable';

const withCode = (code: string, message = code) => Object.assign(new Error(message), { code });

describe('isServiceUnavailable', () => {
  it.each([
    ['mysql2: server not listening', withCode('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:3306')],
    ['mysql2: connection dropped mid-query', withCode('PROTOCOL_CONNECTION_LOST', 'Connection lost: The server closed the connection.')],
    ['mysql2: pool closed at shutdown', new Error('Pool is closed.')],
    ['mysql2: pool queue full', new Error('Queue limit reached.')],
    ['mysql2: too many connections', withCode('ER_CON_COUNT_ERROR')],
    ['mysql2: fatal error on the connection', Object.assign(new Error('read ETIMEDOUT'), { fatal: true })],
    ['better-sqlite3: busy after the timeout', withCode('SQLITE_BUSY', 'database is locked')],
    ['better-sqlite3: closed', new TypeError('The database connection is not open')],
    ['TypeORM: data source destroyed', Object.assign(new Error('Connection with sqlite database is not established'), { name: 'ConnectionIsNotSetError' })],
    ['wrapped by TypeORM', new QueryFailedError('SELECT 1', [], withCode('ECONNRESET'))],
    ['wrapped as a cause', new Error('context failed', { cause: withCode('ETIMEDOUT') })],
  ])('is true for %s', (_name, error) => {
    expect(isServiceUnavailable(error)).toBe(true);
  });

  it.each([
    ['a unique-key violation', new QueryFailedError('INSERT', [], withCode('ER_DUP_ENTRY'))],
    ['a NOT NULL violation on SQLite', withCode('SQLITE_CONSTRAINT_NOTNULL')],
    ['a bug', new TypeError("Cannot read properties of null (reading 'trim')")],
    ['not an error', 'Pool is closed.'],
    ['nothing', undefined],
  ])('is false for %s', (_name, error) => {
    expect(isServiceUnavailable(error)).toBe(false);
  });
});
