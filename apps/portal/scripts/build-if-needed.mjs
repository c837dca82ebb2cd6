#!/usr/bin/env node
// Builds the portal (codegen + vite build) when apps/portal/dist is missing or was built from other
// sources. Staleness is a hash of the inputs, not file times, so a fresh clone or a checkout of
// another branch is judged right. `--force` always builds.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const portal = join(dirname(fileURLToPath(import.meta.url)), '..');
const root = join(portal, '..', '..');
const dist = join(portal, 'dist');
const stamp = join(dist, '.build-inputs');

function walk(dir, out = []) {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    // src/gql is generated from the .graphql files and the schema, which are hashed themselves.
    if (path === join(portal, 'src', 'gql')) continue;
    if (statSync(path).isDirectory()) walk(path, out);
    else out.push(path);
  }
  return out;
}

export function inputsHash() {
  const files = [
    ...walk(join(portal, 'src')),
    ...walk(join(portal, 'public')),
    ...walk(join(portal, 'scripts')),
    // The shared rules are compiled into the portal (vite alias @zeren/shared-rules).
    ...walk(join(root, 'libs', 'shared', 'rules', 'src')),
    ...['index.html', 'vite.config.ts', 'codegen.ts', 'tsconfig.json', 'package.json'].map((f) => join(portal, f)),
    join(root, 'apps', 'gateway', 'schema.graphql'),
    join(root, 'package-lock.json'),
  ]
    .filter((f) => existsSync(f))
    .sort();
  const hash = createHash('sha256');
  for (const file of files) hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

function run(bin, args) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: portal, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  if (result.status !== 0) {
    process.stderr.write(`portal: ${relative(root, bin)} ${args.join(' ')} failed\n`);
    process.exit(result.status ?? 1);
  }
}

const force = process.argv.includes('--force');
const hash = inputsHash();
if (!force && existsSync(join(dist, 'index.html')) && existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === hash) {
  process.stdout.write('portal: build is up to date (apps/portal/dist)\n');
  process.exit(0);
}

process.stdout.write('portal: building apps/portal/dist …\n');
const started = Date.now();
run(join(root, 'node_modules', '@graphql-codegen', 'cli', 'esm', 'bin.js'), ['--config', 'codegen.ts']);
run(join(root, 'node_modules', 'vite', 'bin', 'vite.js'), ['build', '--logLevel', 'warn']);
writeFileSync(stamp, `${hash}\n`);
process.stdout.write(`portal: built in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
