import { Role, permissionNames, type PermissionGrants } from '@zeren/auth';

export const FilesPermission = permissionNames({
  UPLOAD: 'files.upload',
});

// Reading needs no permission of its own: a file is visible wherever the scope can read its row.
export const FILES_GRANTS: PermissionGrants = {
  [FilesPermission.UPLOAD]: {
    label: '上传佐证材料',
    roles: [Role.COMMITTEE_ADMIN, Role.TENANT_ADMIN, Role.BRANCH_SECRETARY, Role.SHOWCASE_MANAGER, Role.MEMBER],
  },
};
