import type { RouteRecordRaw } from 'vue-router';
import { Permission } from '../permissions';

export default [
  {
    path: 'system/tenants',
    name: 'system-tenants',
    component: () => import('@/views/system/tenants/index.vue'),
    meta: { title: 'menu.tenants', permission: Permission.TENANTS_MANAGE, menu: { icon: 'School', order: 19, group: 'menu.groupSystem' } },
  },
  {
    path: 'system/users',
    name: 'system-users',
    component: () => import('@/views/system/users/index.vue'),
    meta: { title: 'menu.users', permission: Permission.USERS_READ, menu: { icon: 'Avatar', order: 20, group: 'menu.groupSystem' } },
  },
  {
    path: 'system/reminders',
    name: 'system-reminders',
    component: () => import('@/views/system/reminders/index.vue'),
    meta: { title: 'menu.reminders', permission: Permission.REMINDER_SETTINGS_READ, menu: { icon: 'Bell', order: 22, group: 'menu.groupSystem' } },
  },
  {
    path: 'system/audit',
    name: 'system-audit',
    component: () => import('@/views/system/audit/index.vue'),
    meta: { title: 'menu.audit', permission: Permission.AUDIT_READ, menu: { icon: 'Document', order: 21, group: 'menu.groupSystem' } },
  },
] satisfies RouteRecordRaw[];
