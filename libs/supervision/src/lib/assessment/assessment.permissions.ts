import { Role, permissionNames, type PermissionGrants } from '@zeren/auth';

export const AssessmentPermission = permissionNames({
  ASSESSMENTS_READ: 'supervision.assessments.read',
  ASSESSMENTS_MANAGE: 'supervision.assessments.manage',
});

// The committee sets the scheme, computes, adjusts and publishes; its readers and an agency's admin read (an agency its own, once published).
export const ASSESSMENT_GRANTS: PermissionGrants = {
  [AssessmentPermission.ASSESSMENTS_READ]: { label: '查看党建考核方案和结果', roles: [Role.COMMITTEE_ADMIN, Role.COMMITTEE_LEADER, Role.GRID_LIAISON, Role.TENANT_ADMIN] },
  [AssessmentPermission.ASSESSMENTS_MANAGE]: { label: '制定考核方案、计算和公布考核结果、加减分', roles: [Role.COMMITTEE_ADMIN] },
};
