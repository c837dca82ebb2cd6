export { seedDemo, isEmpty, type SeedResult } from './lib/seed-demo';
export { DEMO_PASSWORD, DEMO_AGENCIES, COMMITTEE, COMMITTEE_USERS, AGENCY_USER_ROLES } from './lib/demo-accounts';
