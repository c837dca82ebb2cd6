import { Role, permissionNames, type PermissionGrants } from '@zeren/auth';

export const OrgPermission = permissionNames({
  UNITS_MANAGE: 'org.units.manage',
  MEMBERS_READ: 'org.members.read',
  MEMBERS_MANAGE: 'org.members.manage',
  POSTS_ASSIGN: 'org.posts.assign',
  POST_TYPES_MANAGE: 'org.post-types.manage',
  OVERVIEW_READ: 'org.overview.read',
});

const COMMITTEE_READERS = [Role.COMMITTEE_ADMIN, Role.COMMITTEE_LEADER, Role.GRID_LIAISON];

// A branch secretary manages what their data scope reaches (their branches' subtrees), no more.
export const ORG_GRANTS: PermissionGrants = {
  [OrgPermission.UNITS_MANAGE]: { label: '管理党组织', roles: [Role.TENANT_ADMIN, Role.COMMITTEE_ADMIN, Role.BRANCH_SECRETARY] },
  [OrgPermission.MEMBERS_READ]: { label: '查看党员名册', roles: [...COMMITTEE_READERS, Role.TENANT_ADMIN, Role.BRANCH_SECRETARY] },
  [OrgPermission.MEMBERS_MANAGE]: { label: '管理党员(新建、修改、转接、导入)', roles: [Role.TENANT_ADMIN, Role.COMMITTEE_ADMIN, Role.BRANCH_SECRETARY] },
  [OrgPermission.POSTS_ASSIGN]: { label: '任免岗位', roles: [Role.TENANT_ADMIN, Role.COMMITTEE_ADMIN, Role.BRANCH_SECRETARY] },
  [OrgPermission.POST_TYPES_MANAGE]: { label: '维护岗位目录', roles: [Role.COMMITTEE_ADMIN] },
  [OrgPermission.OVERVIEW_READ]: { label: '查看组织建设概况', roles: [...COMMITTEE_READERS, Role.TENANT_ADMIN] },
};
