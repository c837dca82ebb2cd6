import type { RouteRecordRaw } from 'vue-router';
import { ORG_READERS } from '../roles';

export default [
  {
    path: 'org/units',
    name: 'org-units',
    component: () => import('@/views/org/units/index.vue'),
    meta: { title: 'menu.orgTree', roles: ORG_READERS, menu: { icon: 'OfficeBuilding', order: 10, group: 'menu.groupOrg' } },
  },
  {
    path: 'org/members',
    name: 'org-members',
    component: () => import('@/views/org/members/index.vue'),
    meta: { title: 'menu.members', roles: ORG_READERS, menu: { icon: 'User', order: 11, group: 'menu.groupOrg' } },
  },
  {
    path: 'org/posts',
    name: 'org-posts',
    component: () => import('@/views/org/posts/index.vue'),
    meta: { title: 'menu.posts', roles: ORG_READERS, menu: { icon: 'Stamp', order: 12, group: 'menu.groupOrg' } },
  },
] satisfies RouteRecordRaw[];
