import { Role, permissionNames, type PermissionGrants } from '@zeren/auth';

export const HonourPermission = permissionNames({
  HONOUR_READ: 'members.honours.read',
  HONOUR_MANAGE: 'members.honours.manage',
  HONOUR_NOMINATE: 'members.honours.nominate',
  DISCIPLINE_MANAGE: 'members.discipline.manage',
});

// The committee opens rounds, reviews and publishes; an agency's admin nominates, reports outside
// honours and keeps the discipline records (read by nobody else).
export const HONOUR_GRANTS: PermissionGrants = {
  [HonourPermission.HONOUR_READ]: { label: '查看表彰评选、提名和统计', roles: [Role.COMMITTEE_ADMIN, Role.COMMITTEE_LEADER, Role.GRID_LIAISON, Role.TENANT_ADMIN] },
  [HonourPermission.HONOUR_MANAGE]: { label: '发起表彰评选、审核提名、公布表彰名单', roles: [Role.COMMITTEE_ADMIN] },
  [HonourPermission.HONOUR_NOMINATE]: { label: '提名表彰对象、登记其他表彰', roles: [Role.TENANT_ADMIN] },
  [HonourPermission.DISCIPLINE_MANAGE]: { label: '登记党纪处分', roles: [Role.TENANT_ADMIN] },
};
