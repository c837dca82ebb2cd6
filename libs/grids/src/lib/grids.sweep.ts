import type { SweepFixtures } from '@zeren/shared-graphql';

const GLOBAL = "the committee's grids belong to no tenant (globalTable, committee writers); agencies and readers are refused by permission";

/** The isolation sweep's view of grids: every mutation is the committee admin's, on global rows. */
export const gridsSweep: SweepFixtures = {
  unswept: {
    createGrid: GLOBAL,
    updateGrid: GLOBAL,
    removeGrid: GLOBAL,
    setGridLiaisons: `${GLOBAL}; its users are checked as committee liaisons (grids-api.spec.ts)`,
    assignAgenciesToGrid: `${GLOBAL}; its agencies are checked as active agencies, and a move is asserted in grids-api.spec.ts`,
    removeAgencyFromGrid: `${GLOBAL}; an agency outside the caller's reach is NOT_FOUND (grids-api.spec.ts)`,
  },
};
