import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createConnection } from 'mysql2/promise';
import { openDatabase } from '@zeren/modules';
import type { BenchOptions, BenchSize } from './bench-options.parser';
import { seedStatementTenants, type StatementTenant } from './statement-tenants.seeder';
import { seedRankingTenants, type RankingTenant } from './ranking-tenants.seeder';

/**
 * tools/seed's arguments for each size (see tools/seed/README.md): the Dongying demo itself (99
 * agencies, 25 000 members), then synthetic datasets of 10× and of a province (≈ 10 000 agencies,
 * 3 M members); smoke is the smallest that still has trees, members and posts.
 */
export const SEED_ARGS: Record<BenchSize, string[]> = {
  smoke: ['--agencies', '5', '--members', '1500'],
  dongying: [],
  x10: ['--agencies', '1000', '--members', '250000'],
  province: ['--agencies', '10000', '--members', '3000000'],
};

export const BENCH_MYSQL_DATABASE = 'zeren_bench';

export interface BenchDataset {
  databaseUrl: string;
  seedSeconds: number;
  /** Adds the statement tenants (after the load, so they never weigh on the dataset's figures). */
  addStatementTenants(units: readonly number[]): Promise<StatementTenant[]>;
  /** Adds the ranking tenants (members with a year of approved points), after the load as well. */
  addRankingTenants(members: readonly number[]): Promise<RankingTenant[]>;
  /** Drops the bench database (MySQL) or deletes the file (SQLite). */
  drop(): Promise<void>;
}

/** A fresh database of the named size: emptied first, then seeded by tools/seed. */
export async function prepareDataset(options: BenchOptions, root: string, log: (line: string) => void): Promise<BenchDataset> {
  let databaseUrl: string;
  let drop: () => Promise<void>;
  if (options.db === 'sqlite') {
    const file = `${root}/tmp/bench/${options.size}.sqlite`;
    const removeFiles = () => ['', '-wal', '-shm'].forEach((suffix) => rmSync(`${file}${suffix}`, { force: true }));
    removeFiles();
    databaseUrl = `sqlite:${file}`;
    drop = async () => removeFiles();
  } else {
    const server = options.mysqlServerUrl.replace(/\/+$/, '');
    const recreate = async (create: boolean) => {
      const connection = await createConnection({ uri: server });
      try {
        await connection.query(`DROP DATABASE IF EXISTS \`${BENCH_MYSQL_DATABASE}\``);
        if (create) await connection.query(`CREATE DATABASE \`${BENCH_MYSQL_DATABASE}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
      } finally {
        await connection.end();
      }
    };
    await recreate(true);
    databaseUrl = `${server}/${BENCH_MYSQL_DATABASE}`;
    drop = () => recreate(false);
  }
  const started = Date.now();
  log(`seeding ${options.size} on ${options.db} …`);
  await runSeed(root, databaseUrl, SEED_ARGS[options.size], log);
  const seedSeconds = (Date.now() - started) / 1000;
  log(`seeded in ${seedSeconds.toFixed(1)} s`);
  const withDatabase = async <T>(work: (dataSource: Awaited<ReturnType<typeof openDatabase>>) => Promise<T>): Promise<T> => {
    const dataSource = await openDatabase({ databaseUrl });
    try {
      return await work(dataSource);
    } finally {
      await dataSource.destroy();
    }
  };
  const addStatementTenants = (units: readonly number[]) => withDatabase((d) => seedStatementTenants(d, units));
  const addRankingTenants = (members: readonly number[]) => withDatabase((d) => seedRankingTenants(d, members));
  return { databaseUrl, seedSeconds, addStatementTenants, addRankingTenants, drop };
}

/** tools/seed in its own process, as a user would run it; its progress lines go to our log. */
function runSeed(root: string, databaseUrl: string, args: string[], log: (line: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', 'tools/seed/src/main.ts', ...args], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: databaseUrl },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let tail = '';
    const forward = (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      tail = (tail + text).slice(-4000);
      for (const line of text.split(/[\r\n]+/)) if (line.trim()) log(`seed: ${line.trim().slice(0, 200)}`);
    };
    child.stdout.on('data', forward);
    child.stderr.on('data', forward);
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`seed failed (${code}): ${tail.trim().slice(-1000)}`))));
  });
}
