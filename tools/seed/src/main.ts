import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { openDatabase } from '@zeren/modules';
import { isEmpty } from './lib/seed';
import { seedDemo } from './lib/seed-demo';
import { seedSynthetic } from './lib/seed-synthetic';

const USAGE = `Usage: npm run seed -- [options]   (or: node -r @swc-node/register tools/seed/src/main.ts [options])

  (no size flags)      the Dongying demo: 99 agencies, ~25 000 members, the brief's figures
  --agencies <n>       a synthetic dataset of n agencies instead (for benchmarks)
  --members <n>        members in the synthetic dataset (default 300 per agency)
  --seed <n>           seed of the synthetic dataset (default 1)
  --if-empty           do nothing when the database already holds tenants
  --database <url>     instead of DATABASE_URL (default sqlite:data/zeren.sqlite)
  --help
`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      agencies: { type: 'string' },
      members: { type: 'string' },
      seed: { type: 'string' },
      'if-empty': { type: 'boolean', default: false },
      database: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return void process.stdout.write(USAGE);
  const count = (name: string, value: string | undefined, fallback: number) => {
    const n = value === undefined ? fallback : Number(value);
    if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a positive whole number\n\n${USAGE}`);
    return n;
  };
  const synthetic = values.agencies !== undefined || values.members !== undefined;
  const agencies = count('agencies', values.agencies, 100);
  const members = count('members', values.members, agencies * 300);
  const seed = count('seed', values.seed, 1);

  const databaseUrl = values.database ?? process.env['DATABASE_URL'] ?? 'sqlite:data/zeren.sqlite';
  // Bulk inserts from one writer: a small pool is enough and keeps MySQL's statement cache small.
  const dataSource = await openDatabase({ databaseUrl, pool: { connectionLimit: 2, queueLimit: 100 } });
  try {
    if (!(await isEmpty(dataSource))) {
      if (values['if-empty']) return;
      throw new Error('The database already holds tenants: seed an empty database');
    }
    const started = Date.now();
    const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
    if (!synthetic) {
      const { agencies: seeded } = await seedDemo(dataSource);
      process.stdout.write(`Seeded the committee and ${seeded.length} Dongying agencies in ${elapsed()}\n`);
      return;
    }
    const bar = progressBar(agencies, elapsed);
    await seedSynthetic(dataSource, { agencies, members, seed, onProgress: bar });
    process.stdout.write(`\nSeeded the committee, ${agencies} agencies and ${members} members in ${elapsed()}\n`);
  } finally {
    await dataSource.destroy();
  }
}

/** `[########------------]  40%  400/1000 agencies  120000 members  12.3 s`, redrawn in place on a terminal. */
function progressBar(total: number, elapsed: () => string) {
  const tty = process.stdout.isTTY;
  let lastDecile = -1;
  return ({ agencies, members }: { agencies: number; members: number }) => {
    const share = agencies / total;
    const decile = Math.floor(share * 10);
    if (!tty && decile === lastDecile && agencies !== total) return;
    lastDecile = decile;
    const filled = Math.round(share * 30);
    const line = `[${'#'.repeat(filled)}${'-'.repeat(30 - filled)}] ${String(Math.floor(share * 100)).padStart(3)}%  ${agencies}/${total} agencies  ${members} members  ${elapsed()}`;
    process.stdout.write(tty ? `\r${line}` : `${line}\n`);
  };
}

main().catch((error) => {
  process.stderr.write(`Seeding failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
