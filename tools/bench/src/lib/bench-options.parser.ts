export type BenchDb = 'sqlite' | 'mysql';
export type BenchSize = 'smoke' | 'dongying' | 'x10' | 'province';

export const SIZES: readonly BenchSize[] = ['smoke', 'dongying', 'x10', 'province'];

export interface BenchOptions {
  db: BenchDb;
  size: BenchSize;
  /** A few hundred requests per measurement, for CI: proves the harness runs, times mean little. */
  smoke: boolean;
  /** MySQL/MariaDB server the dedicated bench database is created on (no database in the path). */
  mysqlServerUrl: string;
  /** Open connections autocannon keeps busy for the tenant page and the trivial query. */
  connections: number;
  /** Requests per measured round, and the time after which a round is cut short anyway. */
  requests: number;
  maxSeconds: number;
  /** Gateway/baseline rounds, alternated so that drift on a shared machine hits both sides alike. */
  rounds: number;
  /** Unit counts of the synthetic tenants the statement count is taken on. */
  statementUnits: number[];
  /** Member counts of the synthetic agencies the 积分排行 is measured on (issue 16: 25 000). */
  rankingMembers: number[];
  /** Passes --cpu-prof to the gateway child; the profile lands in tmp/bench/profiles. */
  cpuProf: boolean;
  /** The gateway's LOG_LEVEL: `info` as deployed (a line per request); `warn` shows what that line costs. */
  gatewayLogLevel: string;
  /** Leaves the bench database in place afterwards (for profiling by hand). */
  keep: boolean;
}

export class UsageError extends Error {}

export const USAGE = 'usage: npm run bench -- [--db sqlite|mysql] [--size smoke|dongying|x10|province] [--smoke] [--requests N] [--log-level info|warn|…] [--cpu-prof] [--keep]';

/** Reads the command line; `--smoke` alone means the smallest size with a few hundred requests. */
export function parseBenchArgs(argv: readonly string[], env: NodeJS.ProcessEnv = {}): BenchOptions {
  let db: BenchDb = 'sqlite';
  let size: BenchSize | undefined;
  let smoke = false;
  let cpuProf = false;
  let keep = false;
  let requests: number | undefined;
  let gatewayLogLevel = 'info';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${flag} needs a value\n${USAGE}`);
      return v;
    };
    switch (flag) {
      case '--db': {
        const v = value();
        if (v !== 'sqlite' && v !== 'mysql') throw new UsageError(`--db must be sqlite or mysql, not ${v}\n${USAGE}`);
        db = v;
        break;
      }
      case '--size': {
        const v = value();
        if (!(SIZES as readonly string[]).includes(v)) throw new UsageError(`--size must be one of ${SIZES.join(', ')}, not ${v}\n${USAGE}`);
        size = v as BenchSize;
        break;
      }
      case '--smoke':
        smoke = true;
        break;
      case '--cpu-prof':
        cpuProf = true;
        break;
      case '--keep':
        keep = true;
        break;
      case '--log-level': {
        const v = value();
        if (!['fatal', 'error', 'warn', 'info', 'debug', 'silent'].includes(v)) throw new UsageError(`--log-level must be a pino level, not ${v}\n${USAGE}`);
        gatewayLogLevel = v;
        break;
      }
      case '--requests': {
        const v = Number(value());
        if (!Number.isInteger(v) || v < 10) throw new UsageError(`--requests must be a whole number of at least 10\n${USAGE}`);
        requests = v;
        break;
      }
      case '--help':
      case '-h':
        throw new UsageError(USAGE);
      default:
        throw new UsageError(`unknown argument ${arg}\n${USAGE}`);
    }
  }
  if (smoke && size && size !== 'smoke') throw new UsageError(`--smoke runs the smoke size only\n${USAGE}`);
  const chosen = smoke ? 'smoke' : (size ?? 'dongying');
  const light = smoke || chosen === 'smoke';
  return {
    db,
    size: chosen,
    smoke: light,
    mysqlServerUrl: env['ZEREN_BENCH_MYSQL_URL'] ?? 'mysql://root@127.0.0.1:3306',
    connections: 10,
    requests: requests ?? (light ? 300 : 4000),
    maxSeconds: light ? 5 : 30,
    rounds: light ? 1 : 2,
    statementUnits: light ? [10, 100] : [10, 1000, 10000],
    rankingMembers: light ? [10, 1000] : [10, 25000],
    cpuProf,
    gatewayLogLevel,
    keep,
  };
}
