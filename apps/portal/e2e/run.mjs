#!/usr/bin/env node
// The portal's browser tests, one command: builds the portal if needed, seeds a temporary SQLite
// database, starts the gateway serving the built portal on a free port, and drives Debian's chromium
// through playwright-core. Screenshots of failures go to test-results/portal-e2e/. The last line is
// always `e2e: N passed, M failed`; the exit code is non-zero when anything failed.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const portal = join(here, '..');
const root = join(portal, '..', '..');
const results = join(root, 'test-results', 'portal-e2e');
const require = createRequire(import.meta.url);
const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const log = (line) => process.stdout.write(`${line}\n`);
const finish = (passed, failed) => {
  log(`e2e: ${passed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
};

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const chromiumPath = [process.env.ZEREN_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));
if (!chromiumPath) {
  log('e2e: skipped: no chromium found (apt-get install -y chromium, or set ZEREN_CHROMIUM)');
  finish(0, 0);
}

function step(label, args, env = process.env) {
  const r = spawnSync(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) {
    log(`e2e: ${label} failed`);
    finish(0, 1);
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function waitReady(url, gateway, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (gateway.exitCode !== null) throw new Error(`gateway exited with code ${gateway.exitCode}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('gateway did not become ready');
}

const started = Date.now();
step('building the portal', [join(portal, 'scripts', 'build-if-needed.mjs')]);

const tmp = mkdtempSync(join(tmpdir(), 'zeren-e2e-'));
const env = { ...process.env, DATABASE_URL: `sqlite:${join(tmp, 'e2e.sqlite')}`, LOG_LEVEL: 'warn' };
step('seeding the demo data', ['-r', '@swc-node/register', 'tools/seed/src/main.ts'], env);

const port = await freePort();
const baseUrl = `http://127.0.0.1:${port}`;
let gatewayLog = '';
const gateway = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/gateway/src/main.ts'], {
  cwd: root,
  env: { ...env, HOST: '127.0.0.1', PORT: String(port), ZEREN_PORTAL_DIR: join(portal, 'dist'), NODE_ENV: 'test' },
  stdio: ['ignore', 'pipe', 'pipe'],
});
gateway.stdout.on('data', (d) => (gatewayLog += d));
gateway.stderr.on('data', (d) => (gatewayLog += d));

let browser;
const cleanup = async () => {
  await browser?.close().catch(() => undefined);
  if (gateway.exitCode === null) gateway.kill('SIGTERM');
  rmSync(tmp, { recursive: true, force: true });
};
process.on('SIGINT', () => void cleanup().then(() => process.exit(130)));

let passed = 0;
let failed = 0;
try {
  await waitReady(`${baseUrl}/readyz`, gateway);
  const { chromium } = require('playwright-core');
  browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });

  // The cases are TypeScript; @swc-node/register compiles them on require, as for the gateway.
  require('@swc-node/register');
  const harness = require('./harness.ts');
  for (const file of readdirSync(here).filter((f) => f.endsWith('.e2e.ts')).sort()) require(join(here, file));
  const cases = harness.registeredCases().filter((c) => only.length === 0 || only.some((o) => c.name.includes(o)));

  // Only this run's failures are kept.
  rmSync(results, { recursive: true, force: true });
  mkdirSync(results, { recursive: true });
  for (const c of cases) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const ctx = {
      page,
      context,
      browser,
      baseUrl,
      async login(username, password = harness.DEMO_PASSWORD) {
        await page.goto(`${baseUrl}/login`);
        await page.fill('[data-test=login-username]', username);
        await page.fill('[data-test=login-password]', password);
        await page.click('[data-test=login-submit]');
        await page.waitForURL((u) => !u.pathname.startsWith('/login'));
      },
    };
    const t0 = Date.now();
    try {
      await c.run(ctx);
      if (errors.length) throw new Error(`uncaught error in the page: ${errors[0]}`);
      passed += 1;
      log(`  ok      ${c.name} (${Date.now() - t0} ms)`);
    } catch (error) {
      failed += 1;
      const shot = join(results, `${c.name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '')}.png`);
      await page.screenshot({ path: shot, fullPage: true }).catch(() => undefined);
      log(`  FAILED  ${c.name} (${Date.now() - t0} ms)`);
      log(`          ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`);
      log(`          screenshot: ${shot.slice(root.length + 1)}`);
    } finally {
      await context.close();
    }
  }
} catch (error) {
  failed += 1;
  log(`e2e: could not run: ${error instanceof Error ? error.message : String(error)}`);
  if (gatewayLog) log(gatewayLog.split('\n').slice(-20).join('\n'));
} finally {
  await cleanup();
}
log(`e2e: finished in ${((Date.now() - started) / 1000).toFixed(1)} s`);
finish(passed, failed);
