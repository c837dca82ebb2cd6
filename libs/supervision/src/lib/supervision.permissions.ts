import { Role, permissionNames, type PermissionGrants } from '@zeren/auth';

export const SupervisionPermission = permissionNames({
  INSPECTIONS_READ: 'supervision.inspections.read',
  INSPECTIONS_MANAGE: 'supervision.inspections.manage',
  RECTIFICATIONS_RESPOND: 'supervision.rectifications.respond',
  RECTIFICATIONS_VERIFY: 'supervision.rectifications.verify',
  CADENCE_READ: 'supervision.cadence.read',
  CADENCE_ISSUE: 'supervision.cadence.issue',
});

const COMMITTEE_READERS = [Role.COMMITTEE_ADMIN, Role.COMMITTEE_LEADER, Role.GRID_LIAISON];

// The committee inspects, records findings, verifies and closes; an agency's admin plans and reports
// its rectifications. The cadence reports (调度/分析/排查) are the committee's own papers.
export const INSPECTION_GRANTS: PermissionGrants = {
  [SupervisionPermission.INSPECTIONS_READ]: { label: '查看党务督查、问题和整改台账', roles: [...COMMITTEE_READERS, Role.TENANT_ADMIN] },
  [SupervisionPermission.INSPECTIONS_MANAGE]: { label: '组织督查、记录督查发现的问题', roles: [Role.COMMITTEE_ADMIN] },
  [SupervisionPermission.RECTIFICATIONS_RESPOND]: { label: '制定整改措施、报送整改情况、申请延期', roles: [Role.TENANT_ADMIN] },
  [SupervisionPermission.RECTIFICATIONS_VERIFY]: { label: '验收整改、审批延期、回访销号', roles: [Role.COMMITTEE_ADMIN] },
  [SupervisionPermission.CADENCE_READ]: { label: '查看每月调度、季度分析、半年排查', roles: COMMITTEE_READERS },
  [SupervisionPermission.CADENCE_ISSUE]: { label: '印发督查通报', roles: [Role.COMMITTEE_ADMIN] },
};
