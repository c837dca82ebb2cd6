import type { RouteRecordRaw } from 'vue-router';
import { Permission } from '../permissions';

// 表彰 (order 14.8 of the 党员队伍 group, see members-points.ts): the committee's rounds, review and
// results; an agency's nominations, outside honours and discipline records.
export default [
  {
    path: 'members/honours',
    name: 'members-honours',
    component: () => import('@/views/members/honours/index.vue'),
    meta: { title: 'honours.menu', permission: Permission.HONOUR_READ, menu: { icon: 'Medal', order: 14.8, group: 'menu.groupMembers' } },
  },
] satisfies RouteRecordRaw[];
