export { seed, isEmpty, type SeedOptions, type SeedResult } from './lib/seed';
export { seedDemo } from './lib/seed-demo';
export { seedSynthetic, type SyntheticOptions } from './lib/seed-synthetic';
export {
  demoPlan,
  syntheticPlan,
  COMMITTEE,
  DEMO_AGENCIES,
  DEMO_SEED,
  DEMO_MEMBERS,
  type SeedDemoOptions,
  type SyntheticPlanOptions,
} from './lib/seed-plan';
// The demo accounts are auth's demo data; re-exported for the tools that log in with them.
export { DEMO_PASSWORD, COMMITTEE_USERS, AGENCY_USER_ROLES } from '@zeren/auth';
