import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export interface LoadJob {
  url: string;
  headers: Record<string, string>;
  body: string;
  connections: number;
  /** Requests in the measured round; `warmup` more are sent first and thrown away. */
  amount: number;
  warmup: number;
  maxSeconds: number;
}

export interface LoadRound {
  /** Milliseconds per successful response. */
  latencies: number[];
  errors: number;
  seconds: number;
}

export interface LoadGenerator {
  run(job: LoadJob): Promise<LoadRound>;
  close(): void;
}

/** Forks the autocannon worker once; each `run` is one measured round in that separate process. */
export function startLoadGenerator(cwd: string): LoadGenerator {
  const child: ChildProcess = fork(join(__dirname, 'load.worker.ts'), [], {
    cwd,
    execArgv: ['-r', '@swc-node/register'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let queue: Promise<unknown> = Promise.resolve();
  const once = (job: LoadJob) =>
    new Promise<LoadRound>((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`the load generator exited (${code})`));
      const onMessage = (message: { type?: string; round?: LoadRound; message?: string }) => {
        child.off('message', onMessage);
        child.off('exit', onExit);
        if (message.type === 'result' && message.round) resolve(message.round);
        else reject(new Error(`load generator: ${message.message ?? 'no result'}`));
      };
      child.on('message', onMessage);
      child.once('exit', onExit);
      child.send({ type: 'run', job });
    });
  return {
    run: (job) => {
      const next = queue.then(() => once(job));
      queue = next.catch(() => undefined);
      return next;
    },
    close: () => {
      if (child.exitCode === null) child.kill('SIGTERM');
    },
  };
}
