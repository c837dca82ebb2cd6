import type { RouteRecordRaw } from 'vue-router';
import { Permission } from '../permissions';

// 网格化联系 (after 党员队伍, before 督查考核): the committee's grids; a liaison reads their own grid's agencies.
export default [
  {
    path: 'grids',
    name: 'grids',
    component: () => import('@/views/grids/index.vue'),
    meta: { title: 'grids.menu', permission: Permission.GRIDS_READ, menu: { icon: 'Grid', order: 14.9, group: 'menu.groupGrids' } },
  },
] satisfies RouteRecordRaw[];
