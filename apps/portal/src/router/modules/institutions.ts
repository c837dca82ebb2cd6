import type { RouteRecordRaw } from 'vue-router';

// 制度库 is for everyone signed in: what each can do on it (edit, confirm, supplement) the page asks the permissions.
export default [
  {
    path: 'duties/institutions',
    name: 'duties-institutions',
    component: () => import('@/views/duties/institutions/index.vue'),
    meta: { title: 'institutions.menu', menu: { icon: 'Document', order: 30 } },
  },
] satisfies RouteRecordRaw[];
