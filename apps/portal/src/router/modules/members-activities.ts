import type { RouteRecordRaw } from 'vue-router';
import { Permission } from '../permissions';

// 讲台活动 (order 14.6 of the 党员队伍 group, see members-points.ts): the branch secretary plans and
// records, the agency admin too; the committee reads an agency's.
export default [
  {
    path: 'members/activities',
    name: 'members-activities',
    component: () => import('@/views/members/activities/index.vue'),
    meta: { title: 'activities.menu', permission: Permission.ACTIVITIES_READ, menu: { icon: 'Microphone', order: 14.6, group: 'menu.groupMembers' } },
  },
] satisfies RouteRecordRaw[];
