import { computed } from 'vue';
import { useRouter } from 'vue-router';
import { useSessionStore } from '@/stores/session';

export interface MenuEntry {
  name: string;
  path: string;
  title: string;
  icon: string;
  order: number;
}

export interface MenuGroup {
  title: string | null;
  entries: MenuEntry[];
}

/** The side menu: the routes that declare a menu entry and whose permission the user holds. */
export function useMenu() {
  const router = useRouter();
  const session = useSessionStore();

  const groups = computed<MenuGroup[]>(() => {
    const entries = router
      .getRoutes()
      .flatMap((r) => {
        const menu = r.meta.menu;
        if (!menu || !r.name || (r.meta.permission && !session.can(r.meta.permission)) || (r.meta.committee && !session.isCommittee)) return [];
        return [{ group: menu.group ?? null, entry: { name: String(r.name), path: r.path, title: r.meta.title ?? '', icon: menu.icon, order: menu.order } }];
      })
      .sort((a, b) => a.entry.order - b.entry.order);
    const out: MenuGroup[] = [];
    for (const { group, entry } of entries) {
      const last = out[out.length - 1];
      if (last && last.title === group) last.entries.push(entry);
      else out.push({ title: group, entries: [entry] });
    }
    return out;
  });

  return { groups };
}
