import type { RouteRecordRaw } from 'vue-router';
import { Permission } from '../permissions';

// 述职评议, both sides: the committee's sessions (groups, reports, 现场点评, the reviewers' sheets and the
// results); an agency's own report and, once circulated, its result. The 工作台's to-dos link to
// /supervision/reviews/ID (the agency's report) and /supervision/reviews/ID/rate?group=ID (a reviewer's sheet of one group).
export default [
  {
    path: 'supervision/reviews',
    name: 'supervision-reviews',
    component: () => import('@/views/supervision/reviews/index.vue'),
    meta: { title: 'reviews.menu', permission: Permission.REVIEWS_READ, menu: { icon: 'Microphone', order: 21, group: 'menu.groupSupervision' } },
  },
  {
    path: 'supervision/reviews/:id',
    name: 'supervision-review',
    component: () => import('@/views/supervision/review/index.vue'),
    meta: { title: 'reviews.menu', permission: Permission.REVIEWS_READ, menuPath: '/supervision/reviews' },
  },
  {
    path: 'supervision/reviews/:id/rate',
    name: 'supervision-review-sheet',
    component: () => import('@/views/supervision/review-sheet/index.vue'),
    meta: { title: 'reviews.sheetTitle', permission: Permission.REVIEWS_RATE, menuPath: '/supervision/reviews' },
  },
] satisfies RouteRecordRaw[];
