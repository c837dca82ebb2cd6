import type { RouteRecordRaw } from 'vue-router';
import { Permission } from '../permissions';

// 党务督查 (the committee's campaigns, visits and findings) and the 整改台账 both sides work in. The
// 工作台's to-dos link to /supervision/rectifications?id=ID, ?status=RECTIFIED, ?status=VERIFIED
// and ?extensions=1.
export default [
  {
    path: 'supervision/campaigns',
    name: 'supervision-campaigns',
    component: () => import('@/views/supervision/campaigns/index.vue'),
    meta: { title: 'menu.supervisionCampaigns', permission: Permission.INSPECTIONS_READ, committee: true, menu: { icon: 'Aim', order: 15, group: 'menu.groupSupervision' } },
  },
  {
    path: 'supervision/campaigns/:id',
    name: 'supervision-campaign',
    component: () => import('@/views/supervision/campaign/index.vue'),
    meta: { title: 'menu.supervisionCampaign', permission: Permission.INSPECTIONS_READ, committee: true, menuPath: '/supervision/campaigns' },
  },
  {
    path: 'supervision/rectifications',
    name: 'supervision-rectifications',
    component: () => import('@/views/supervision/rectifications/index.vue'),
    meta: { title: 'menu.supervisionRectifications', permission: Permission.INSPECTIONS_READ, menu: { icon: 'Tickets', order: 16, group: 'menu.groupSupervision' } },
  },
] satisfies RouteRecordRaw[];
