import type { SweepFixtures } from '@zeren/shared-graphql';
import { cadenceSweep } from './cadence/cadence.sweep';

/** Each part's sweep fixtures, merged: a part adds its own here, as SUPERVISION_SEED_PARTS does for seeders. */
export function mergeSweeps(parts: readonly SweepFixtures[]): SweepFixtures {
  const merged: Required<SweepFixtures> = { mutations: {}, scalars: {}, committeeReach: {}, unswept: {} };
  for (const part of parts) {
    for (const key of Object.keys(merged) as (keyof SweepFixtures)[]) {
      const into = merged[key] as Record<string, unknown>;
      for (const [name, value] of Object.entries(part[key] ?? {})) {
        if (name in into) throw new Error(`Sweep fixture ${key}.${name} is given by two parts of supervision`);
        into[name] = value;
      }
    }
  }
  return merged;
}

export const supervisionSweep: SweepFixtures = mergeSweeps([cadenceSweep]);
