import type { RouteRecordRaw } from 'vue-router';

export default [
  {
    path: '/login',
    name: 'login',
    component: () => import('@/views/auth/login/index.vue'),
    meta: { title: 'login.title', public: true },
  },
] satisfies RouteRecordRaw[];
