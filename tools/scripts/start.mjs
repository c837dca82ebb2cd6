// `npm start`: build the portal if it is missing or stale, migrate and seed an empty database,
// then run the gateway, which serves the API and the portal on one port.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const env = { ...process.env, DATABASE_URL: process.env.DATABASE_URL ?? 'sqlite:data/zeren.sqlite' };
const run = (args, label) => {
  const result = spawnSync(process.execPath, args, { cwd: root, env, stdio: 'inherit' });
  if (result.status !== 0) {
    process.stderr.write(`npm start: ${label} failed\n`);
    process.exit(result.status ?? 1);
  }
};

const portalBuild = join(root, 'apps/portal/scripts/build-if-needed.mjs');
if (existsSync(portalBuild)) run([portalBuild], 'building the portal');
run(['-r', '@swc-node/register', 'tools/seed/src/main.ts', '--if-empty'], 'seeding the demo data');

const portalDir = join(root, 'apps/portal/dist');
const gateway = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/gateway/src/main.ts'], {
  cwd: root,
  env: { ...env, ZEREN_PORTAL_DIR: env.ZEREN_PORTAL_DIR ?? (existsSync(portalDir) ? portalDir : '') },
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => gateway.kill(signal));
gateway.on('exit', (code) => process.exit(code ?? 0));
