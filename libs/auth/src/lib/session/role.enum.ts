import { registerEnumType } from 'type-graphql';

export enum Role {
  /** 工委管理员: runs the committee's work, creates tenants and their first admins. */
  COMMITTEE_ADMIN = 'COMMITTEE_ADMIN',
  /** 工委领导: reads every tenant, changes nothing. */
  COMMITTEE_LEADER = 'COMMITTEE_LEADER',
  /** 网格联系人: a committee member who visits the agencies of a grid. */
  GRID_LIAISON = 'GRID_LIAISON',
  /** 部门党务管理员: manages the agency's own organizations, members and users. */
  TENANT_ADMIN = 'TENANT_ADMIN',
  /** 支部书记. */
  BRANCH_SECRETARY = 'BRANCH_SECRETARY',
  /** 示范点管理员. */
  SHOWCASE_MANAGER = 'SHOWCASE_MANAGER',
  /** 党员. */
  MEMBER = 'MEMBER',
}
registerEnumType(Role, { name: 'Role', description: '角色' });

export const COMMITTEE_ROLES: readonly Role[] = [Role.COMMITTEE_ADMIN, Role.COMMITTEE_LEADER, Role.GRID_LIAISON];
export const AGENCY_ROLES: readonly Role[] = [Role.TENANT_ADMIN, Role.BRANCH_SECRETARY, Role.SHOWCASE_MANAGER, Role.MEMBER];
export const ALL_ROLES: readonly Role[] = [...COMMITTEE_ROLES, ...AGENCY_ROLES];

export const ROLE_LABELS: Record<Role, string> = {
  COMMITTEE_ADMIN: '工委管理员',
  COMMITTEE_LEADER: '工委领导',
  GRID_LIAISON: '网格联系人',
  TENANT_ADMIN: '单位党务管理员',
  BRANCH_SECRETARY: '支部书记',
  SHOWCASE_MANAGER: '示范点管理员',
  MEMBER: '党员',
};
