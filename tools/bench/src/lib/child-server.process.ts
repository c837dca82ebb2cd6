import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';

export interface ChildServer {
  name: string;
  pid: number;
  /** The GraphQL or HTTP base URL the child logged when it was ready. */
  url: string;
  /** Peak resident set (VmHWM) of the child so far, in MiB. */
  peakRssMiB(): number;
  /** Statements the child's database driver has sent since it started, and their time (needs the statement probe). */
  statements(): Promise<ProbeTotals>;
  /** Starts or stops a CPU profile in the child (needs the probe); stop writes it to `file`. */
  profile(command: 'start'): Promise<void>;
  profile(command: 'stop', file: string): Promise<void>;
  /** SIGTERM, then SIGKILL after `graceSeconds`; resolves true when the child exited on its own. */
  stop(graceSeconds?: number): Promise<boolean>;
}

export interface ProbeTotals {
  count: number;
  /** Milliseconds spent in statements (summed; concurrent MySQL statements overlap). */
  dbMs: number;
  /** The last few statements, oldest first. */
  recent: { sql: string; ms: number }[];
}

const READY_TIMEOUT_MS = 60_000;

/**
 * Starts `node -r @swc-node/register <entry>` the way `npm start` runs the gateway, waits for its
 * JSON "... ready" log line and hands back the URL in it. Its output goes to `logFile`, so a run
 * that fails to start can be read afterwards.
 */
export async function startChildServer(options: {
  name: string;
  entry: string;
  env: NodeJS.ProcessEnv;
  cwd: string;
  logFile: string;
  /** Modules loaded before the entry (the statement probe). */
  preload?: string[];
  nodeFlags?: string[];
}): Promise<ChildServer> {
  const args = [...(options.nodeFlags ?? []), '-r', '@swc-node/register', ...(options.preload ?? []).flatMap((p) => ['-r', p]), options.entry];
  const child = spawn(process.execPath, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  const stdout = child.stdout;
  if (!stdout || child.pid === undefined) throw new Error(`${options.name} could not be started`);
  const log = createWriteStream(options.logFile);
  child.stderr?.pipe(log, { end: false });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${options.name} did not report ready within ${READY_TIMEOUT_MS / 1000} s (see ${options.logFile})`)), READY_TIMEOUT_MS);
    const lines = createInterface({ input: stdout });
    let ready = false;
    lines.on('line', (line) => {
      log.write(`${line}\n`);
      if (ready) return;
      const url = readyUrl(line);
      if (url) {
        ready = true;
        clearTimeout(timer);
        resolve(url);
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (!ready) reject(new Error(`${options.name} exited (${code ?? signal}) before it was ready (see ${options.logFile})`));
    });
  });
  return handle(options.name, child, url, () => new Promise((r) => log.end(r)));
}

/** The URL of a pino-style `{"msg":"… ready","url":…}` line, or null for any other line. */
export function readyUrl(line: string): string | null {
  if (!line.startsWith('{')) return null;
  try {
    const entry = JSON.parse(line) as { msg?: unknown; url?: unknown };
    return typeof entry.msg === 'string' && / ready$/.test(entry.msg) && typeof entry.url === 'string' ? entry.url : null;
  } catch {
    return null;
  }
}

/** VmHWM from /proc/<pid>/status, in MiB (Linux only; NaN elsewhere). */
export function peakRssMiB(pid: number): number {
  try {
    const kb = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

function handle(name: string, child: ChildProcess, url: string, closeLog: () => Promise<unknown>): ChildServer {
  const pid = child.pid ?? 0;
  let exited = child.exitCode !== null;
  child.once('exit', () => {
    exited = true;
  });
  /** One request to the probe over IPC, answered by a message of type `answer`. */
  const ask = (message: object, answer: string, timeoutMs = 5000) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const timer = setTimeout(() => {
        child.off('message', onMessage);
        reject(new Error(`${name}: the probe did not answer ${JSON.stringify(message)}`));
      }, timeoutMs);
      const onMessage = (reply: unknown) => {
        const m = reply as { type?: string; message?: string };
        if (m?.type !== answer && m?.type !== 'probe-error') return;
        clearTimeout(timer);
        child.off('message', onMessage);
        if (m.type === 'probe-error') reject(new Error(`${name}: ${m.message}`));
        else resolve(m as Record<string, unknown>);
      };
      child.on('message', onMessage);
      child.send(message);
    });
  return {
    name,
    pid,
    url,
    peakRssMiB: () => peakRssMiB(pid),
    statements: async () => {
      const m = (await ask({ type: 'statements' }, 'statements')) as Partial<ProbeTotals>;
      return { count: m.count ?? 0, dbMs: m.dbMs ?? 0, recent: m.recent ?? [] };
    },
    profile: async (command: 'start' | 'stop', file?: string) => {
      await ask(command === 'start' ? { type: 'profile-start' } : { type: 'profile-stop', file }, command === 'start' ? 'profile-started' : 'profile-stopped', 60_000);
    },
    stop: async (graceSeconds = 15) => {
      let clean = true;
      if (!exited) {
        const gone = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        const timer = setTimeout(() => {
          clean = false;
          child.kill('SIGKILL');
        }, graceSeconds * 1000);
        await gone;
        clearTimeout(timer);
      }
      await closeLog();
      return clean;
    },
  };
}
