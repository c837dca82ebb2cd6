/** Deterministic pseudo-random instants in `[from, to)` (mulberry32), for property-style loops. */
export function seededInstants(seed: number, count: number, from: Date, to: Date): Date[] {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const span = to.getTime() - from.getTime();
  return Array.from({ length: count }, () => new Date(from.getTime() + Math.floor(next() * span)));
}
