import type { RouteRecordRaw } from 'vue-router';
import { Permission } from '../permissions';

// 党员积分: the branch secretary's 积分审核 (the to-do "审核党员积分" links here). The member's own
// declarations, the ledger and the rankings come with the rest of libs/members' pages.
export default [
  {
    path: 'members/points/review',
    name: 'members-points-review',
    component: () => import('@/views/members/points-review/index.vue'),
    meta: { title: 'points.menuReview', permission: Permission.POINTS_DECIDE, menu: { icon: 'Checked', order: 14.5, group: 'menu.groupOrg' } },
  },
] satisfies RouteRecordRaw[];
