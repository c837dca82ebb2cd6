import type { RouteRecordRaw } from 'vue-router';

export default [
  {
    path: 'home',
    name: 'home',
    component: () => import('@/views/home/welcome/index.vue'),
    meta: { title: 'menu.home', menu: { icon: 'HomeFilled', order: 0 } },
  },
  {
    path: 'account',
    name: 'account',
    component: () => import('@/views/home/account/index.vue'),
    meta: { title: 'account.title' },
  },
] satisfies RouteRecordRaw[];
