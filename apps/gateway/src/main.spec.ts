import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..', '..', '..');
const main = ['-r', '@swc-node/register', 'apps/gateway/src/main.ts'];

describe('gateway process', () => {
  it('exits 1 with one clear line on a bad setting', () => {
    const result = spawnSync(process.execPath, main, { cwd: root, env: { ...process.env, PORT: 'eighty' }, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^Invalid configuration: PORT /)]);
  });

  it('exits 1 with one clear line on a bad reminder setting', () => {
    const result = spawnSync(process.execPath, main, { cwd: root, env: { ...process.env, ZEREN_REMINDERS: 'sometimes' }, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual(['Invalid configuration: ZEREN_REMINDERS must be on or off']);
  });

  it('refuses production without a signing secret', () => {
    const env = { ...process.env, NODE_ENV: 'production', ZEREN_JWT_SECRET: '' };
    delete (env as Record<string, string | undefined>)['ZEREN_JWT_SECRET'];
    const result = spawnSync(process.execPath, main, { cwd: root, env, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/ZEREN_JWT_SECRET is required/);
  });

  // With the reminder schedule on (the default), and sharing the tick lock through Redis when the tests have one.
  const redis = process.env['ZEREN_TEST_REDIS_URL'];
  const locks: [string, Record<string, string>][] = [['in-process', {}], ...(redis ? [['Redis', { ZEREN_REDIS_URL: redis }] as [string, Record<string, string>]] : [])];
  it.each(locks)('migrates a new database, serves, and on SIGTERM finishes and exits 0 (reminder lock %s)', async (_lock, extra) => {
    const file = join(mkdtempSync(join(tmpdir(), 'zeren-main-')), 'z.sqlite');
    // NODE_ENV as in real use: under `test` Apollo leaves signals alone, which once hid a hang here.
    const env = { ...process.env, NODE_ENV: 'development', PORT: '0', DATABASE_URL: `sqlite:${file}`, LOG_LEVEL: 'info', ZEREN_REMINDER_CRON: '* * * * * *', ...extra };
    const child = spawn(process.execPath, main, { cwd: root, env });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ready line in: ${out}`)), 20000);
      child.stdout.on('data', () => {
        const m = /"url":"(http:\/\/[^"]+)\/graphql"/.exec(out);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]);
        }
      });
    });
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
    // A tick every second: let one run before the signal.
    await new Promise((r) => setTimeout(r, 1500));
    expect(out).toMatch(/"msg":"reminder schedule"/);
    const exit = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
    expect(out).toMatch(/"msg":"stopped"/);
  });
});
