import type { Role } from '@/gql/graphql';

// Who opens which page; mirrors the gateway's @Authorized lists so a menu entry never leads to FORBIDDEN.
export const COMMITTEE: readonly Role[] = ['COMMITTEE_ADMIN', 'COMMITTEE_LEADER', 'GRID_LIAISON'];
export const ORG_READERS: readonly Role[] = [...COMMITTEE, 'TENANT_ADMIN', 'BRANCH_SECRETARY'];
export const USER_READERS: readonly Role[] = ['COMMITTEE_ADMIN', 'COMMITTEE_LEADER', 'TENANT_ADMIN'];
export const USER_ADMINS: readonly Role[] = ['COMMITTEE_ADMIN', 'TENANT_ADMIN'];
