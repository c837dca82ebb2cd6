import type { SweepFixtures } from './sweep-fixtures';

/** Each part's sweep fixtures as the module's one: a name given by two parts is a mistake, not an override. */
export function mergeSweeps(parts: readonly SweepFixtures[]): SweepFixtures {
  const merged: Required<SweepFixtures> = { mutations: {}, scalars: {}, committeeReach: {}, unswept: {} };
  for (const part of parts) {
    for (const key of Object.keys(merged) as (keyof SweepFixtures)[]) {
      const into = merged[key] as Record<string, unknown>;
      for (const [name, value] of Object.entries(part[key] ?? {})) {
        if (name in into) throw new Error(`Sweep fixture ${key}.${name} is given by two parts of one module`);
        into[name] = value;
      }
    }
  }
  return merged;
}
