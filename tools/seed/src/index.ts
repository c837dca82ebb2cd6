export { seedDemo, isEmpty, DEMO_SEED, DEMO_MEMBERS, type SeedResult, type SeedDemoOptions } from './lib/seed-demo';
export { seedSynthetic, type SyntheticOptions } from './lib/seed-synthetic';
export { DEMO_PASSWORD, DEMO_AGENCIES, COMMITTEE, COMMITTEE_USERS, AGENCY_USER_ROLES } from './lib/demo-accounts';
export { BRIEF_FIGURES } from './lib/org-dataset.generator';
