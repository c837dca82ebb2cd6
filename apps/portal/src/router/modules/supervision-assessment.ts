import type { RouteRecordRaw } from 'vue-router';
import { Permission } from '../permissions';

// 考核 and 问责, both sides: the committee's scheme, results, 加减分 and measures; an agency's
// published result and its confirmed measures. The 工作台's to-dos link to /supervision/assessment/YEAR,
// /supervision/accountability?status=PROPOSED and /supervision/accountability/ID.
export default [
  {
    path: 'supervision/assessment',
    name: 'supervision-assessment',
    component: () => import('@/views/supervision/assessment/index.vue'),
    meta: { title: 'assessment.menuAssessment', permission: Permission.ASSESSMENTS_READ, menu: { icon: 'Medal', order: 19, group: 'menu.groupSupervision' } },
  },
  {
    path: 'supervision/assessment/:year',
    name: 'supervision-assessment-year',
    component: () => import('@/views/supervision/assessment/index.vue'),
    meta: { title: 'assessment.menuAssessment', permission: Permission.ASSESSMENTS_READ, menuPath: '/supervision/assessment' },
  },
  {
    path: 'supervision/accountability',
    name: 'supervision-accountability',
    component: () => import('@/views/supervision/accountability/index.vue'),
    meta: { title: 'assessment.menuAccountability', permission: Permission.ACCOUNTABILITY_READ, menu: { icon: 'Warning', order: 20, group: 'menu.groupSupervision' } },
  },
  {
    path: 'supervision/accountability/:id',
    name: 'supervision-accountability-measure',
    component: () => import('@/views/supervision/accountability/index.vue'),
    meta: { title: 'assessment.menuAccountability', permission: Permission.ACCOUNTABILITY_READ, menuPath: '/supervision/accountability' },
  },
] satisfies RouteRecordRaw[];
