import type { RouteRecordRaw } from 'vue-router';
import { Permission } from '../permissions';

// The org pages show rosters (a unit's members, the holders of posts): they open for those who read them.
export default [
  {
    path: 'org/units',
    name: 'org-units',
    component: () => import('@/views/org/units/index.vue'),
    meta: { title: 'menu.orgTree', permission: Permission.ORG_MEMBERS_READ, menu: { icon: 'OfficeBuilding', order: 10, group: 'menu.groupOrg' } },
  },
  {
    path: 'org/members',
    name: 'org-members',
    component: () => import('@/views/org/members/index.vue'),
    meta: { title: 'menu.members', permission: Permission.ORG_MEMBERS_READ, menu: { icon: 'User', order: 11, group: 'menu.groupOrg' } },
  },
  {
    path: 'org/posts',
    name: 'org-posts',
    component: () => import('@/views/org/posts/index.vue'),
    meta: { title: 'menu.posts', permission: Permission.ORG_MEMBERS_READ, menu: { icon: 'Stamp', order: 12, group: 'menu.groupOrg' } },
  },
  {
    path: 'org/post-types',
    name: 'org-post-types',
    component: () => import('@/views/org/post-types/index.vue'),
    meta: { title: 'menu.postTypes', permission: Permission.ORG_MEMBERS_READ, menu: { icon: 'Document', order: 14, group: 'menu.groupOrg' } },
  },
  {
    path: 'org/secretary-check',
    name: 'org-secretary-check',
    component: () => import('@/views/org/secretary-check/index.vue'),
    meta: { title: 'menu.secretaryCheck', permission: Permission.ORG_OVERVIEW_READ, menu: { icon: 'Warning', order: 13, group: 'menu.groupOrg' } },
  },
] satisfies RouteRecordRaw[];
