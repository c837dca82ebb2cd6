import { Role } from '../session/role.enum';

/** The one demo password, documented in the README. Never used outside demo data. */
export const DEMO_PASSWORD = 'Zeren@2026';

/** One committee account per committee role. */
export const COMMITTEE_USERS = [
  { username: 'gw_admin', displayName: '王建国', roles: [Role.COMMITTEE_ADMIN] },
  { username: 'gw_leader', displayName: '李德明', roles: [Role.COMMITTEE_LEADER] },
  { username: 'gw_liaison', displayName: '张晓燕', roles: [Role.GRID_LIAISON] },
] as const;

/**
 * `<code>_admin`, `<code>_secretary`, … for each agency the plan marks `demoUsers`; `person` names the
 * party member the user is (the org tree's seeder links the two and names the user after them).
 */
export const AGENCY_USER_ROLES = [
  { suffix: 'admin', title: '党务管理员', roles: [Role.TENANT_ADMIN], person: 'admin' },
  { suffix: 'secretary', title: '支部书记', roles: [Role.BRANCH_SECRETARY], person: 'secretary' },
  { suffix: 'showcase', title: '示范点管理员', roles: [Role.SHOWCASE_MANAGER], person: null },
  { suffix: 'member', title: '党员', roles: [Role.MEMBER], person: 'member' },
] as const;
