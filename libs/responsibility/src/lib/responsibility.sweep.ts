import type { SweepFixtures } from '@zeren/shared-graphql';

/** Valid inputs for the isolation sweep (tools/isolation-sweep). */
export const responsibilitySweep: SweepFixtures = { mutations: {} };
