import 'reflect-metadata';
import { openDatabase } from '@zeren/database';
import { isEmpty, seedDemo } from './lib/seed-demo';

// `npm run seed [-- --if-empty]`: migrates DATABASE_URL and loads the demo data.
async function main(): Promise<void> {
  const databaseUrl = process.env['DATABASE_URL'] ?? 'sqlite:data/zeren.sqlite';
  const ifEmpty = process.argv.includes('--if-empty');
  const dataSource = await openDatabase({ databaseUrl });
  try {
    if (!(await isEmpty(dataSource))) {
      if (ifEmpty) return;
      throw new Error('The database already holds tenants: seed an empty database');
    }
    const started = Date.now();
    const { agencies } = await seedDemo(dataSource);
    process.stdout.write(`Seeded the committee and ${agencies.length} agencies in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error) => {
  process.stderr.write(`Seeding failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
