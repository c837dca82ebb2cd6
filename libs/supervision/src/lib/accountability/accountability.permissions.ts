import { Role, permissionNames, type PermissionGrants } from '@zeren/auth';

export const AccountabilityPermission = permissionNames({
  ACCOUNTABILITY_READ: 'supervision.accountability.read',
  ACCOUNTABILITY_MANAGE: 'supervision.accountability.manage',
});

// The committee keeps the rules, proposes and decides; its readers read; an agency's admin reads its confirmed measures.
export const ACCOUNTABILITY_GRANTS: PermissionGrants = {
  [AccountabilityPermission.ACCOUNTABILITY_READ]: { label: '查看问责规则和问责措施', roles: [Role.COMMITTEE_ADMIN, Role.COMMITTEE_LEADER, Role.GRID_LIAISON, Role.TENANT_ADMIN] },
  [AccountabilityPermission.ACCOUNTABILITY_MANAGE]: { label: '制定问责规则、提出和确认问责措施', roles: [Role.COMMITTEE_ADMIN] },
};
