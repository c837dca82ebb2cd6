import { Role, permissionNames, type PermissionGrants } from '@zeren/auth';

export const DutyPermission = permissionNames({
  TEMPLATES_MANAGE: 'duty.templates.manage',
  LISTS_READ: 'duty.lists.read',
  LISTS_MANAGE: 'duty.lists.manage',
  RECORDS_WRITE: 'duty.records.write',
  RECORDS_REVIEW: 'duty.records.review',
  FIGURES_READ: 'duty.figures.read',
  INSTITUTIONS_MANAGE: 'duty.institutions.manage',
  INSTITUTIONS_RECEIPTS: 'duty.institutions.receipts.read',
  INSTITUTIONS_RESPOND: 'duty.institutions.respond',
});

const COMMITTEE_READERS = [Role.COMMITTEE_ADMIN, Role.COMMITTEE_LEADER, Role.GRID_LIAISON];

// 1+N: the committee writes and publishes the library and follows the receipts; an agency's admin
// confirms receipt and writes the agency's supplements. Everyone signed in reads the library.
const INSTITUTION_GRANTS: PermissionGrants = {
  [DutyPermission.INSTITUTIONS_MANAGE]: { label: '编制和发布 1+N 制度', roles: [Role.COMMITTEE_ADMIN] },
  [DutyPermission.INSTITUTIONS_RECEIPTS]: { label: '查看制度签收情况', roles: COMMITTEE_READERS },
  [DutyPermission.INSTITUTIONS_RESPOND]: { label: '签收工委制度、编写本单位补充细则', roles: [Role.TENANT_ADMIN] },
};

// 明责 is the committee's; 确责 and 尽责 the agency's, each person within their data scope (a branch
// secretary their branch, a member their own duties). The committee oversees and never records.
export const DUTY_GRANTS: PermissionGrants = {
  [DutyPermission.TEMPLATES_MANAGE]: { label: '编制和发布责任清单模板', roles: [Role.COMMITTEE_ADMIN] },
  [DutyPermission.LISTS_READ]: { label: '查看责任清单', roles: [...COMMITTEE_READERS, Role.TENANT_ADMIN, Role.BRANCH_SECRETARY] },
  [DutyPermission.LISTS_MANAGE]: { label: '维护本单位责任清单(自定事项、从严要求)', roles: [Role.TENANT_ADMIN] },
  [DutyPermission.RECORDS_WRITE]: { label: '填报履责纪实', roles: [Role.TENANT_ADMIN, Role.BRANCH_SECRETARY, Role.MEMBER] },
  [DutyPermission.RECORDS_REVIEW]: { label: '审核履责纪实', roles: [Role.TENANT_ADMIN, Role.BRANCH_SECRETARY] },
  [DutyPermission.FIGURES_READ]: { label: '查看履责完成情况', roles: [...COMMITTEE_READERS, Role.TENANT_ADMIN] },
  ...INSTITUTION_GRANTS,
};
