import type { RouteRecordRaw } from 'vue-router';
import { Permission } from '../permissions';

// 责任清单: the committee's templates (明责), each agency's list (确责), records, their review and the figures (尽责).
// The 工作台's to-dos link to /duties/mine and /duties/review.
export default [
  {
    path: 'duties/mine',
    name: 'duties-mine',
    component: () => import('@/views/duties/mine/index.vue'),
    meta: { title: 'menu.dutiesMine', permission: Permission.DUTY_RECORDS_WRITE, menu: { icon: 'Finished', order: 2, group: 'menu.groupDuties' } },
  },
  {
    path: 'duties/review',
    name: 'duties-review',
    component: () => import('@/views/duties/review/index.vue'),
    meta: { title: 'menu.dutiesReview', permission: Permission.DUTY_RECORDS_REVIEW, menu: { icon: 'Checked', order: 3, group: 'menu.groupDuties' } },
  },
  {
    path: 'duties/list',
    name: 'duties-list',
    component: () => import('@/views/duties/list/index.vue'),
    meta: { title: 'menu.dutiesList', permission: Permission.DUTY_LISTS_READ, menu: { icon: 'List', order: 4, group: 'menu.groupDuties' } },
  },
  {
    path: 'duties/board',
    name: 'duties-board',
    component: () => import('@/views/duties/board/index.vue'),
    meta: { title: 'menu.dutiesBoard', permission: Permission.DUTY_FIGURES_READ, menu: { icon: 'TrendCharts', order: 5, group: 'menu.groupDuties' } },
  },
  {
    // Committee readers see the versions too; only the committee's admin edits them (duty.templates.manage).
    path: 'duties/templates',
    name: 'duties-templates',
    component: () => import('@/views/duties/templates/index.vue'),
    meta: { title: 'menu.dutiesTemplates', permission: Permission.DUTY_LISTS_READ, committee: true, menu: { icon: 'Notebook', order: 6, group: 'menu.groupDuties' } },
  },
] satisfies RouteRecordRaw[];
