export interface LatencySummary {
  requests: number;
  errors: number;
  /** Milliseconds. */
  median: number;
  p95: number;
  p99: number;
  mean: number;
  /** Completed requests per second of wall time (the round's own span, not autocannon's samples). */
  reqPerSec: number;
}

/** Nearest-rank percentile of an ascending array (0 < p ≤ 100). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Pools the latencies of several rounds; throughput adds requests and wall time of the rounds. */
export function summarize(rounds: readonly { latencies: readonly number[]; errors: number; seconds: number }[]): LatencySummary {
  const all = rounds.flatMap((r) => r.latencies).sort((a, b) => a - b);
  const seconds = rounds.reduce((s, r) => s + r.seconds, 0);
  return {
    requests: all.length,
    errors: rounds.reduce((s, r) => s + r.errors, 0),
    median: median(all),
    p95: percentile(all, 95),
    p99: percentile(all, 99),
    mean: all.length ? all.reduce((s, v) => s + v, 0) / all.length : Number.NaN,
    reqPerSec: seconds > 0 ? all.length / seconds : Number.NaN,
  };
}

/** a / b, or NaN when either side is missing, so a table never shows a made-up ratio. */
export function ratio(a: number | undefined, b: number | undefined): number {
  if (a === undefined || b === undefined || !Number.isFinite(a) || !Number.isFinite(b) || b === 0) return Number.NaN;
  return a / b;
}
