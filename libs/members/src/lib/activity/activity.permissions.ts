import { Role, permissionNames, type PermissionGrants } from '@zeren/auth';

export const ActivityPermission = permissionNames({
  ACTIVITIES_READ: 'members.activities.read',
  ACTIVITIES_MANAGE: 'members.activities.manage',
  AUTOMATIC_RUN: 'members.points.automatic',
});

// A branch secretary plans and records their branches' sessions, the agency admin any of the agency's;
// the committee reads an agency's (its coverage too). Which sessions is the data scope.
export const ACTIVITY_GRANTS: PermissionGrants = {
  [ActivityPermission.ACTIVITIES_READ]: {
    label: '查看讲台活动',
    roles: [Role.COMMITTEE_ADMIN, Role.COMMITTEE_LEADER, Role.GRID_LIAISON, Role.TENANT_ADMIN, Role.BRANCH_SECRETARY],
  },
  [ActivityPermission.ACTIVITIES_MANAGE]: { label: '组织讲台活动', roles: [Role.TENANT_ADMIN, Role.BRANCH_SECRETARY] },
  [ActivityPermission.AUTOMATIC_RUN]: { label: '运行履责纪实自动积分', roles: [Role.TENANT_ADMIN] },
};
