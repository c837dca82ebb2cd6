import { Role, permissionNames, type PermissionGrants } from '@zeren/auth';

export const GridsPermission = permissionNames({
  READ: 'grids.read',
  MANAGE: 'grids.manage',
});

export const GRIDS_GRANTS: PermissionGrants = {
  [GridsPermission.READ]: { label: '查看网格和网格单位', roles: [Role.COMMITTEE_ADMIN, Role.COMMITTEE_LEADER, Role.GRID_LIAISON] },
  [GridsPermission.MANAGE]: { label: '划分网格、调整网格单位和联系人', roles: [Role.COMMITTEE_ADMIN] },
};
