import { watch } from 'vue';
import { createRouter, createWebHistory, type RouteLocationNormalized, type RouteLocationRaw, type RouteRecordRaw } from 'vue-router';
import { pinia } from '@/stores/pinia';
import { onSessionEnded, useSessionStore } from '@/stores/session';
import { i18n } from '@/i18n';
import { Permission } from './permissions';

// Each area's pages (modules/<area>.ts) sit inside the layout; the side menu orders them by meta.menu.order.
const areas = import.meta.glob<RouteRecordRaw[]>('./modules/*.ts', { eager: true, import: 'default' });

export const router = createRouter({
  history: createWebHistory(),
  routes: [
    // Outside the layout, which needs a session.
    { path: '/login', name: 'login', component: () => import('@/views/auth/login/index.vue'), meta: { title: 'login.title', public: true } },
    {
      path: '/',
      component: () => import('@/layout/AppLayout.vue'),
      redirect: () => landing(),
      children: [
        ...Object.values(areas).flat(),
        { path: 'forbidden', name: 'forbidden', component: () => import('@/views/error/forbidden/index.vue'), meta: { title: 'forbidden.title' } },
      ],
    },
    { path: '/:rest(.*)*', name: 'not-found', component: () => import('@/views/error/not-found/index.vue'), meta: { title: 'notFound.title', public: true } },
  ],
  scrollBehavior: () => ({ top: 0 }),
});

/** Where a signed-in user starts: the committee on its overview, those who keep a roster on the tree, the rest on the 工作台. */
export function landing(): RouteLocationRaw {
  const session = useSessionStore(pinia);
  if (session.isCommittee && session.can(Permission.ORG_OVERVIEW_READ)) return { name: 'overview' };
  if (session.can(Permission.ORG_MEMBERS_READ)) return { name: 'org-units' };
  return { name: 'home' };
}

router.beforeEach((to) => {
  const session = useSessionStore(pinia);
  if (to.meta.public) {
    return to.name === 'login' && session.signedIn ? landing() : true;
  }
  if (!session.signedIn) {
    const query: Record<string, string> = to.fullPath !== '/' ? { redirect: to.fullPath } : {};
    if (session.takeExpiredWhileAway()) query.reason = 'expired';
    return { name: 'login', query };
  }
  if ((to.meta.permission && !session.can(to.meta.permission)) || (to.meta.committee && !session.isCommittee)) return { name: 'forbidden' };
  return true;
});

function setTitle(route: RouteLocationNormalized): void {
  const t = i18n.global.t;
  document.title = route.meta.title ? `${t(route.meta.title)} · ${t('app.fullName')}` : t('app.fullName');
}
router.afterEach((to) => setTitle(to));
// A language switch renames the window at once, not at the next navigation.
watch(i18n.global.locale, () => setTitle(router.currentRoute.value));

// Expiry or a refused token: back to the login page, which says why, and return here afterwards.
onSessionEnded((reason) => {
  const current = router.currentRoute.value;
  if (current.name === 'login') return;
  void router.replace({ name: 'login', query: { reason, ...(current.meta.public ? {} : { redirect: current.fullPath }) } });
});
