import type { RouteRecordRaw } from 'vue-router';
import { USER_READERS } from '../roles';

export default [
  {
    path: 'system/tenants',
    name: 'system-tenants',
    component: () => import('@/views/system/tenants/index.vue'),
    meta: { title: 'menu.tenants', roles: ['COMMITTEE_ADMIN'], menu: { icon: 'School', order: 19, group: 'menu.groupSystem' } },
  },
  {
    path: 'system/users',
    name: 'system-users',
    component: () => import('@/views/system/users/index.vue'),
    meta: { title: 'menu.users', roles: USER_READERS, menu: { icon: 'Avatar', order: 20, group: 'menu.groupSystem' } },
  },
  {
    path: 'system/audit',
    name: 'system-audit',
    component: () => import('@/views/system/audit/index.vue'),
    meta: { title: 'menu.audit', roles: USER_READERS, menu: { icon: 'Document', order: 21, group: 'menu.groupSystem' } },
  },
] satisfies RouteRecordRaw[];
