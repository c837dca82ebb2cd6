import type { SweepFixtures } from '@zeren/shared-graphql';

/** The cadence's part of the isolation sweep: its one mutation writes no tenant's row. */
export const cadenceSweep: SweepFixtures = {
  unswept: {
    issueCadenceReport:
      'global: freezes the committee’s own 督查通报 (CadenceReport, globalTable with committee writers) and takes no id; agencies are refused by permission and the report reads only the issuer’s scope (cadence-api.spec.ts)',
  },
};
