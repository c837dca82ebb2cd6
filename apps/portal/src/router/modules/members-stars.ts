import type { RouteRecordRaw } from 'vue-router';
import { Permission } from '../permissions';

// 星级评定 (order 14.7 of the 党员队伍 group, see members-points.ts): a year's ratings of every branch
// the caller may read, their figures and the scheme; a rating's own page carries the stepwise flow
// 自评 → 党委评 → 工委复核 → 公示 → 命名, each side acting on its step. The to-dos link to the list.
export default [
  {
    path: 'members/stars',
    name: 'members-stars',
    component: () => import('@/views/members/stars/index.vue'),
    meta: { title: 'stars.menu', permission: Permission.STARS_READ, menu: { icon: 'StarFilled', order: 14.7, group: 'menu.groupMembers' } },
  },
  {
    path: 'members/stars/:id',
    name: 'members-star',
    component: () => import('@/views/members/star/index.vue'),
    meta: { title: 'stars.ratingTitle', permission: Permission.STARS_READ, menuPath: '/members/stars' },
  },
] satisfies RouteRecordRaw[];
