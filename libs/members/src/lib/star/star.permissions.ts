import { Role, permissionNames, type PermissionGrants } from '@zeren/auth';

export const StarPermission = permissionNames({
  STARS_READ: 'members.stars.read',
  STARS_SCHEME: 'members.stars.scheme',
  STARS_SELF: 'members.stars.self',
  STARS_PARTY: 'members.stars.party',
  STARS_COMMITTEE: 'members.stars.committee',
  STARS_OBJECT: 'members.stars.object',
});

// The branch secretary assesses their branch (the agency admin may for any branch), the agency's 党委
// (its admin) reviews, the committee sets the scheme, confirms, publicizes and names. Anyone in an
// agency may object during 公示. Which ratings is the data scope (star.policies.ts).
export const STAR_GRANTS: PermissionGrants = {
  [StarPermission.STARS_READ]: {
    label: '查看党支部星级评定',
    roles: [Role.COMMITTEE_ADMIN, Role.COMMITTEE_LEADER, Role.GRID_LIAISON, Role.TENANT_ADMIN, Role.BRANCH_SECRETARY, Role.MEMBER],
  },
  [StarPermission.STARS_SCHEME]: { label: '制定星级评定方案', roles: [Role.COMMITTEE_ADMIN] },
  [StarPermission.STARS_SELF]: { label: '党支部星级自评', roles: [Role.TENANT_ADMIN, Role.BRANCH_SECRETARY] },
  [StarPermission.STARS_PARTY]: { label: '党委(机关党委)星级考核', roles: [Role.TENANT_ADMIN] },
  [StarPermission.STARS_COMMITTEE]: { label: '工委星级复核、公示、答复异议、命名', roles: [Role.COMMITTEE_ADMIN] },
  [StarPermission.STARS_OBJECT]: { label: '对公示的星级提出异议', roles: [Role.TENANT_ADMIN, Role.BRANCH_SECRETARY, Role.MEMBER] },
};
