import { Role, permissionNames, type PermissionGrants } from '@zeren/auth';

export const WorkPermission = permissionNames({
  TASKS_READ: 'work.tasks.read',
  TASKS_MANAGE: 'work.tasks.manage',
  RECEIPTS_REVIEW: 'work.receipts.review',
  RECEIPTS_RESPOND: 'work.receipts.respond',
  PROJECTS_READ: 'work.projects.read',
  PROJECTS_APPLY: 'work.projects.apply',
  PROJECTS_REVIEW: 'work.projects.review',
});

const COMMITTEE_READERS = [Role.COMMITTEE_ADMIN, Role.COMMITTEE_LEADER, Role.GRID_LIAISON];

// The committee writes the key points and tasks and reviews what comes back; an agency's admin signs,
// answers and files the agency's projects. Both read tasks, receipts and projects within their reach.
export const WORK_GRANTS: PermissionGrants = {
  [WorkPermission.TASKS_READ]: { label: '查看工作要点、重点任务和回执', roles: [...COMMITTEE_READERS, Role.TENANT_ADMIN] },
  [WorkPermission.TASKS_MANAGE]: { label: '编制工作要点、推送重点任务', roles: [Role.COMMITTEE_ADMIN] },
  [WorkPermission.RECEIPTS_REVIEW]: { label: '审核任务回执', roles: [Role.COMMITTEE_ADMIN] },
  [WorkPermission.RECEIPTS_RESPOND]: { label: '签收和办理重点任务', roles: [Role.TENANT_ADMIN] },
  [WorkPermission.PROJECTS_READ]: { label: '查看书记突破项目', roles: [...COMMITTEE_READERS, Role.TENANT_ADMIN] },
  [WorkPermission.PROJECTS_APPLY]: { label: '申报和实施书记突破项目', roles: [Role.TENANT_ADMIN] },
  [WorkPermission.PROJECTS_REVIEW]: { label: '审核和验收书记突破项目', roles: [Role.COMMITTEE_ADMIN] },
};
