import type { RouteRecordRaw } from 'vue-router';
import { Permission } from '../permissions';

// 积分归档 sits after 积分排行 (14.55) in the 党员队伍 group.
export default [
  {
    path: 'members/points/archive',
    name: 'members-points-archive',
    component: () => import('@/views/members/points-archive/index.vue'),
    meta: { title: 'pointsArchive.menu', permission: Permission.POINTS_OVERSEE, menu: { icon: 'Finished', order: 14.56, group: 'menu.groupMembers' } },
  },
] satisfies RouteRecordRaw[];
