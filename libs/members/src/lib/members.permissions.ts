import { Role, permissionNames, type PermissionGrants } from '@zeren/auth';

export const MembersPermission = permissionNames({
  RULES_READ: 'members.rules.read',
  RULES_MANAGE: 'members.rules.manage',
  POINTS_READ: 'members.points.read',
  POINTS_OVERSEE: 'members.points.oversight.read',
  POINTS_DECLARE: 'members.points.declare',
  POINTS_AWARD: 'members.points.award',
  POINTS_DECIDE: 'members.points.decide',
  POINTS_ARCHIVE: 'members.points.archive',
});

const COMMITTEE_READERS = [Role.COMMITTEE_ADMIN, Role.COMMITTEE_LEADER, Role.GRID_LIAISON];
const AGENCY_READERS = [Role.TENANT_ADMIN, Role.BRANCH_SECRETARY, Role.MEMBER];

// The committee sets the default rules, an agency's admin adds its own. Members declare; the branch
// secretary (or a 党小组组长 holding that role) awards, and only a branch secretary decides. Reading the
// ledger follows the data scope: a member their own entries, a secretary their branches', the admin all.
export const MEMBERS_GRANTS: PermissionGrants = {
  [MembersPermission.RULES_READ]: { label: '查看积分规则', roles: [...COMMITTEE_READERS, ...AGENCY_READERS] },
  [MembersPermission.RULES_MANAGE]: { label: '制定积分规则', roles: [Role.COMMITTEE_ADMIN, Role.TENANT_ADMIN] },
  [MembersPermission.POINTS_READ]: { label: '查看积分台账和排行', roles: [...COMMITTEE_READERS, ...AGENCY_READERS] },
  // Rankings rank within the caller's data scope, so a member (who reaches only their own entries) would
  // always come first: they read their standing (myPointsStanding) instead.
  [MembersPermission.POINTS_OVERSEE]: { label: '查看积分排行和台账', roles: [...COMMITTEE_READERS, Role.TENANT_ADMIN, Role.BRANCH_SECRETARY] },
  [MembersPermission.POINTS_DECLARE]: { label: '申报本人积分', roles: [Role.MEMBER, Role.BRANCH_SECRETARY] },
  [MembersPermission.POINTS_AWARD]: { label: '给予党员积分', roles: [Role.BRANCH_SECRETARY] },
  [MembersPermission.POINTS_DECIDE]: { label: '审核党员积分', roles: [Role.BRANCH_SECRETARY] },
  // The whole agency's year is closed at once, so by the one role whose data scope is the whole agency.
  [MembersPermission.POINTS_ARCHIVE]: { label: '积分年度归档', roles: [Role.TENANT_ADMIN] },
};
