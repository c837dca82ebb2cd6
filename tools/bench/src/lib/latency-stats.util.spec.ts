import { median, percentile, ratio, summarize } from './latency-stats.util';

describe('latency statistics', () => {
  it('takes nearest-rank percentiles and the median', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect([percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99), percentile(sorted, 100)]).toEqual([50, 95, 99, 100]);
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(Number.isNaN(percentile([], 50))).toBe(true);
  });

  it('pools rounds: latencies together, throughput over the summed wall time', () => {
    const s = summarize([
      { latencies: [1, 2, 3], errors: 0, seconds: 1 },
      { latencies: [4, 5], errors: 1, seconds: 1.5 },
    ]);
    expect(s).toMatchObject({ requests: 5, errors: 1, median: 3, p99: 5, mean: 3, reqPerSec: 2 });
  });

  it('shows no ratio when a side is missing', () => {
    expect(ratio(3, 2)).toBe(1.5);
    expect(Number.isNaN(ratio(3, 0))).toBe(true);
    expect(Number.isNaN(ratio(undefined, 2))).toBe(true);
  });
});
