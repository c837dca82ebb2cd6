import { TenancyPermission } from '@zeren/tenancy';
import { permissionNames, type PermissionGrants } from './permission/permission.catalogue';
import { Role } from './session/role.enum';

export const AuthPermission = permissionNames({
  USERS_READ: 'users.read',
  USERS_MANAGE: 'users.manage',
  TENANTS_CREATE: 'tenants.create',
  AGENCY_USERS_MANAGE: 'agency-users.manage',
});

/** Grants for auth's permissions and for tenancy's, which knows no roles. */
export const AUTH_GRANTS: PermissionGrants = {
  [AuthPermission.USERS_READ]: { label: '查看用户', roles: [Role.COMMITTEE_ADMIN, Role.COMMITTEE_LEADER, Role.TENANT_ADMIN] },
  [AuthPermission.USERS_MANAGE]: { label: '管理用户与密码', roles: [Role.COMMITTEE_ADMIN, Role.TENANT_ADMIN] },
  [AuthPermission.TENANTS_CREATE]: { label: '新建部门单位', roles: [Role.COMMITTEE_ADMIN] },
  [AuthPermission.AGENCY_USERS_MANAGE]: { label: '为部门单位开设账号(如接任的管理员)', roles: [Role.COMMITTEE_ADMIN] },
  [TenancyPermission.TENANTS_MANAGE]: { label: '启用或停用部门单位', roles: [Role.COMMITTEE_ADMIN] },
  [TenancyPermission.AUDIT_READ]: { label: '查看审计日志', roles: [Role.COMMITTEE_ADMIN, Role.COMMITTEE_LEADER, Role.TENANT_ADMIN] },
};
