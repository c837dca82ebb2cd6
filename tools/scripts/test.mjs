// `npm test`: every jest spec on SQLite (and on MySQL/MariaDB too when ZEREN_TEST_MYSQL_URL is set),
// then the portal's browser tests; ends with one line `N passed, M failed`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const extra = process.argv.slice(2);
mkdirSync(join(root, 'tmp'), { recursive: true });
const results = join(root, 'tmp/jest-results.json');
rmSync(results, { force: true });

let passed = 0;
let failed = 0;
let broken = false;

const engines = process.env.ZEREN_TEST_MYSQL_URL ? 'SQLite and MySQL/MariaDB' : 'SQLite (set ZEREN_TEST_MYSQL_URL to add MySQL/MariaDB)';
process.stdout.write(`jest on ${engines}\n`);
const jest = spawnSync(process.execPath, [join(root, 'node_modules/jest/bin/jest.js'), '--json', `--outputFile=${results}`, ...extra], {
  cwd: root,
  stdio: 'inherit',
  env: process.env,
});
if (existsSync(results)) {
  const summary = JSON.parse(readFileSync(results, 'utf8'));
  passed += summary.numPassedTests;
  failed += summary.numFailedTests;
  // A suite that fails to load has no failed tests of its own but must still fail the run.
  if (summary.numRuntimeErrorTestSuites > 0 || (jest.status !== 0 && summary.numFailedTests === 0)) broken = true;
} else {
  broken = true;
}

const e2e = join(root, 'apps/portal/e2e/run.mjs');
if (extra.length === 0 && existsSync(e2e)) {
  const browser = spawnSync(process.execPath, [e2e], { cwd: root, env: process.env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  process.stdout.write(browser.stdout ?? '');
  const line = /e2e: (\d+) passed, (\d+) failed/.exec(browser.stdout ?? '');
  if (line) {
    passed += Number(line[1]);
    failed += Number(line[2]);
  }
  if (browser.status !== 0 && (!line || Number(line[2]) === 0)) broken = true;
}

if (broken && failed === 0) failed = 1;
process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exit(failed > 0 ? 1 : 0);
