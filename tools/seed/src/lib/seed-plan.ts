import { Prng } from '@zeren/shared-prng';
import type { SeedPlan } from '@zeren/tenancy';
import { DONGYING_AGENCIES } from './dongying-agencies.data';

export const COMMITTEE = { code: 'GW', name: '市直机关工委' } as const;

/**
 * Agencies whose demo users log in as every agency role; the first three come first in the seed,
 * as the isolation sweep and the README expect. All other agencies come without users.
 */
export const DEMO_AGENCIES = [
  { code: 'CZJ', name: '市财政局' },
  { code: 'JYJ', name: '市教育局' },
  { code: 'WJW', name: '市卫生健康委员会' },
  { code: 'GAJ', name: '市公安局' },
  { code: 'FGW', name: '市发展和改革委员会' },
  { code: 'SJJ', name: '市审计局' },
] as const;

/** The Dongying demo: one seed, the same data on every run. */
export const DEMO_SEED = 20_141_001;
export const DEMO_MEMBERS = 25_000;

export interface SeedDemoOptions {
  /**
   * Only the first n agencies (the demo-user agencies first), with their share of the members: for
   * tests that need the demo's shape but not its size. The brief's figures hold only for the full demo.
   */
  agencies?: number;
}

const sumOf = (xs: number[]) => xs.reduce((s, x) => s + x, 0);

/** The committee and the Dongying agencies, sized so that the full demo shows the brief's figures. */
export function demoPlan(options: SeedDemoOptions = {}): SeedPlan {
  const count = Math.min(options.agencies ?? DONGYING_AGENCIES.length, DONGYING_AGENCIES.length);
  const full = count === DONGYING_AGENCIES.length;
  const agencies = DONGYING_AGENCIES.slice(0, count);
  return {
    seed: DEMO_SEED,
    committee: COMMITTEE,
    agencies: agencies.map((a) => ({ ...a, demoUsers: DEMO_AGENCIES.some((d) => d.code === a.code) })),
    members: full ? DEMO_MEMBERS : Math.round((DEMO_MEMBERS * sumOf(agencies.map((a) => a.size))) / sumOf(DONGYING_AGENCIES.map((a) => a.size))),
    briefFigures: full,
  };
}

export interface SyntheticPlanOptions {
  agencies: number;
  members: number;
  seed: number;
  /** How many of the first agencies get one user per role (default 1). */
  agenciesWithUsers?: number;
}

/** Numbered agencies (`S0001` …) of random sizes, shaped like the demo but with no calibrated figures. */
export function syntheticPlan(options: SyntheticPlanOptions): SeedPlan {
  const rng = Prng.derive(options.seed, 'synthetic');
  const width = String(options.agencies).length;
  const withUsers = options.agenciesWithUsers ?? 1;
  return {
    seed: options.seed,
    committee: COMMITTEE,
    agencies: Array.from({ length: options.agencies }, (_, i) => {
      const n = String(i + 1).padStart(Math.max(4, width), '0');
      // Drawn in this order (size, then party committee) so a seed keeps building the same agencies.
      const size = 0.3 + rng.next() ** 2 * 3;
      return { code: `S${n}`, name: `合成单位${n}`, size, partyCommittee: rng.chance(0.15), demoUsers: i < withUsers };
    }),
    members: options.members,
    briefFigures: false,
  };
}
