import type { RouteRecordRaw } from 'vue-router';
import { COMMITTEE } from '../roles';

export default [
  {
    path: 'overview',
    name: 'overview',
    component: () => import('@/views/overview/committee/index.vue'),
    meta: { title: 'menu.overview', roles: COMMITTEE, menu: { icon: 'DataAnalysis', order: 1 } },
  },
] satisfies RouteRecordRaw[];
