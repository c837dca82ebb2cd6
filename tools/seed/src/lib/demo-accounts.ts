import { Role } from '@zeren/auth';

/** The one demo password, documented in the README. Never used outside demo data. */
export const DEMO_PASSWORD = 'Zeren@2026';

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

export const COMMITTEE_USERS = [
  { username: 'gw_admin', displayName: '王建国', roles: [Role.COMMITTEE_ADMIN] },
  { username: 'gw_leader', displayName: '李德明', roles: [Role.COMMITTEE_LEADER] },
  { username: 'gw_liaison', displayName: '张晓燕', roles: [Role.GRID_LIAISON] },
] as const;

/** `<code>_admin`, `<code>_secretary`, … for each demo agency; `person` names the party member the user is. */
export const AGENCY_USER_ROLES = [
  { suffix: 'admin', title: '党务管理员', roles: [Role.TENANT_ADMIN], person: 'admin' },
  { suffix: 'secretary', title: '支部书记', roles: [Role.BRANCH_SECRETARY], person: 'secretary' },
  { suffix: 'showcase', title: '示范点管理员', roles: [Role.SHOWCASE_MANAGER], person: null },
  { suffix: 'member', title: '党员', roles: [Role.MEMBER], person: 'member' },
] as const;
