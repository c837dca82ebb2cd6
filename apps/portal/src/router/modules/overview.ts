import type { RouteRecordRaw } from 'vue-router';
import { Permission } from '../permissions';

export default [
  {
    path: 'overview',
    name: 'overview',
    component: () => import('@/views/overview/committee/index.vue'),
    meta: { title: 'menu.overview', permission: Permission.ORG_OVERVIEW_READ, menu: { icon: 'DataAnalysis', order: 1 } },
  },
] satisfies RouteRecordRaw[];
