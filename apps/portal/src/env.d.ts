/// <reference types="vite/client" />

declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent<object, object, unknown>;
  export default component;
}

import 'vue-router';
import type { Permission } from '@/router/permissions';

declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key of the page title (menu, breadcrumb, document title). */
    title?: string;
    /** Shown in the side menu, in this order. */
    menu?: { icon: string; order: number; group?: string };
    /** The permission that opens the page (and shows it in the menu); absent means any signed-in user. */
    permission?: Permission;
    /** For the committee's users only (its own work, as the duty templates), whatever the permission. */
    committee?: boolean;
    /** A page without an entry of its own: the menu entry (path) it belongs under. */
    menuPath?: string;
    /** Reachable without signing in. */
    public?: boolean;
  }
}
