// The load generator's own process (forked by load.client.ts), so that autocannon never competes
// with the servers it measures for the same event loop.
import autocannon from 'autocannon';
import type { LoadJob, LoadRound } from './load.client';

function run(job: LoadJob, amount: number, maxSeconds: number): Promise<LoadRound> {
  return new Promise((resolve, reject) => {
    const latencies: number[] = [];
    let errors = 0;
    let started = 0;
    // autocannon ends a round on its next one-second tick: throughput is counted to the last response instead.
    let last = 0;
    const instance = autocannon(
      {
        url: job.url,
        method: 'POST',
        headers: { 'content-type': 'application/json', ...job.headers },
        body: job.body,
        connections: Math.min(job.connections, amount),
        amount,
        timeout: 30,
        // Counts and times are taken below, per response; the aggregate histogram is not needed.
        skipAggregateResult: true,
      },
      (error) => {
        if (error) return reject(error);
        resolve({ latencies, errors, seconds: ((last || performance.now()) - started) / 1000 });
      },
    );
    started = performance.now();
    instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
      last = performance.now();
      if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
      else errors++;
    });
    instance.on('reqError', () => {
      errors++;
    });
    // Bounded in time as well as in count: a slow target ends its round early instead of the run.
    const cap = setTimeout(() => instance.stop(), maxSeconds * 1000);
    instance.on('done', () => clearTimeout(cap));
  });
}

process.on('message', async (message: { type: 'run'; job: LoadJob }) => {
  if (message?.type !== 'run') return;
  try {
    const { job } = message;
    if (job.warmup > 0) await run(job, job.warmup, job.maxSeconds);
    const round = await run(job, job.amount, job.maxSeconds);
    process.send?.({ type: 'result', round });
  } catch (error) {
    process.send?.({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
});
