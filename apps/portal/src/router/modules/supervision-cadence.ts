import type { RouteRecordRaw } from 'vue-router';
import { Permission } from '../permissions';

// 督查通报 (每月一调度 · 每季一分析 · 半年一排查, ?kind=&year=&period=) and 督查统计, after the 整改台账
// they drill down into.
export default [
  {
    path: 'supervision/cadence',
    name: 'supervision-cadence',
    component: () => import('@/views/supervision/cadence/index.vue'),
    meta: { title: 'cadence.menuReports', permission: Permission.CADENCE_READ, committee: true, menu: { icon: 'Stamp', order: 17, group: 'menu.groupSupervision' } },
  },
  {
    path: 'supervision/figures',
    name: 'supervision-figures',
    component: () => import('@/views/supervision/figures/index.vue'),
    meta: { title: 'cadence.menuFigures', permission: Permission.INSPECTIONS_READ, menu: { icon: 'TrendCharts', order: 18, group: 'menu.groupSupervision' } },
  },
] satisfies RouteRecordRaw[];
