import { Role, permissionNames, type PermissionGrants } from '@zeren/auth';

export const RemindersPermission = permissionNames({
  SETTINGS_READ: 'reminders.settings.read',
  SETTINGS_MANAGE: 'reminders.settings.manage',
});

// Site messages need no permission: every signed-in user reads and marks their own, nobody else's.
export const REMINDERS_GRANTS: PermissionGrants = {
  [RemindersPermission.SETTINGS_READ]: { label: '查看提醒设置', roles: [Role.COMMITTEE_ADMIN, Role.COMMITTEE_LEADER] },
  [RemindersPermission.SETTINGS_MANAGE]: { label: '修改提醒设置', roles: [Role.COMMITTEE_ADMIN] },
};
