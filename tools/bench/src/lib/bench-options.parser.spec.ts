import { UsageError, parseBenchArgs } from './bench-options.parser';

describe('bench options', () => {
  it('defaults to SQLite at the Dongying size', () => {
    const o = parseBenchArgs([]);
    expect([o.db, o.size, o.smoke]).toEqual(['sqlite', 'dongying', false]);
    expect(o.statementUnits).toEqual([10, 1000, 10000]);
    expect(o.rankingMembers).toEqual([10, 25000]);
  });

  it('makes --smoke the smallest size with a few hundred requests (the CI invocation)', () => {
    const o = parseBenchArgs(['--smoke']);
    expect([o.size, o.smoke]).toEqual(['smoke', true]);
    expect(o.requests).toBeLessThanOrEqual(500);
  });

  it('reads --db and --size in both spellings', () => {
    expect(parseBenchArgs(['--db', 'mysql', '--size=x10'])).toMatchObject({ db: 'mysql', size: 'x10' });
    expect(parseBenchArgs(['--db=mysql', '--size', 'province'])).toMatchObject({ db: 'mysql', size: 'province' });
  });

  it('refuses unknown engines, sizes and flags, and --smoke with another size', () => {
    expect(() => parseBenchArgs(['--db', 'postgres'])).toThrow(UsageError);
    expect(() => parseBenchArgs(['--size', 'huge'])).toThrow(UsageError);
    expect(() => parseBenchArgs(['--size'])).toThrow(UsageError);
    expect(() => parseBenchArgs(['--fast'])).toThrow(UsageError);
    expect(() => parseBenchArgs(['--smoke', '--size', 'x10'])).toThrow(UsageError);
  });

  it('lets --requests shorten a run, within reason', () => {
    expect(parseBenchArgs(['--size', 'x10', '--requests', '500']).requests).toBe(500);
    expect(() => parseBenchArgs(['--requests', '3'])).toThrow(UsageError);
  });

  it('takes the MySQL server from ZEREN_BENCH_MYSQL_URL', () => {
    expect(parseBenchArgs(['--db', 'mysql'], { ZEREN_BENCH_MYSQL_URL: 'mysql://bench@db:3306' }).mysqlServerUrl).toBe('mysql://bench@db:3306');
  });
});
