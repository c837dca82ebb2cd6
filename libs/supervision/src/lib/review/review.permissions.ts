import { Role, permissionNames, type PermissionGrants } from '@zeren/auth';

export const ReviewPermission = permissionNames({
  READ: 'supervision.reviews.read',
  RATINGS_READ: 'supervision.reviews.ratings.read',
  MANAGE: 'supervision.reviews.manage',
  RATE: 'supervision.reviews.rate',
  REPORT: 'supervision.reviews.report',
});

const COMMITTEE_READERS = [Role.COMMITTEE_ADMIN, Role.COMMITTEE_LEADER, Role.GRID_LIAISON];

// Every reader sees the sessions, its reach of participants and comments, and results once circulated;
// the single ratings and their figures are the committee's. Rating takes the permission AND a place on
// the session's list of reviewers; an agency's admin submits the agency's report.
export const REVIEW_GRANTS: PermissionGrants = {
  [ReviewPermission.READ]: { label: '查看述职评议、点评和评议结果', roles: [...COMMITTEE_READERS, Role.TENANT_ADMIN] },
  [ReviewPermission.RATINGS_READ]: { label: '查看评议打分明细和统计', roles: COMMITTEE_READERS },
  [ReviewPermission.MANAGE]: { label: '组织述职评议、记录点评、列入整改台账', roles: [Role.COMMITTEE_ADMIN] },
  [ReviewPermission.RATE]: { label: '作为评议人打分', roles: [Role.COMMITTEE_ADMIN] },
  [ReviewPermission.REPORT]: { label: '报送述职报告', roles: [Role.TENANT_ADMIN] },
};
