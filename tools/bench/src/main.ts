import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UsageError, parseBenchArgs } from './lib/bench-options.parser';
import { runBench } from './lib/bench.runner';
import { formatReport } from './lib/report.formatter';

// `npm run bench -- [--db sqlite|mysql] [--size …] [--smoke]`: one run, the table on stdout, the
// figures in tmp/bench/<db>-<size>.json. Progress goes to stderr so stdout stays the table alone.
async function main(): Promise<void> {
  const root = resolve(__dirname, '../../..');
  let options;
  try {
    options = parseBenchArgs(process.argv.slice(2), process.env);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const started = Date.now();
  const log = (line: string) => process.stderr.write(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}\n`);
  const result = await runBench(options, root, log);
  const file = join(root, 'tmp/bench', `${options.db}-${options.size}.json`);
  mkdirSync(join(root, 'tmp/bench'), { recursive: true });
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  process.stdout.write(`${formatReport(result)}\n`);
  log(`done; figures in ${file}`);
}

main().catch((error) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
