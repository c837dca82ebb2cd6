import { ref, readonly, type Ref } from 'vue';

/** Below this width the portal is laid out for a phone (menu in a drawer, lists as cards, full-screen sheets). */
export const PHONE_MAX_WIDTH = 767;
/** Up to this width (a tablet) the desktop layout keeps its sidebar but has less room beside it. */
export const TABLET_MAX_WIDTH = 1023;

// One listener per width for the whole app, not one per component that asks.
function below(width: number): Readonly<Ref<boolean>> {
  const query = typeof window !== 'undefined' ? window.matchMedia(`(max-width: ${width}px)`) : null;
  const matches = ref(query?.matches ?? false);
  query?.addEventListener('change', (e) => (matches.value = e.matches));
  return readonly(matches);
}
const phone = below(PHONE_MAX_WIDTH);
const narrow = below(TABLET_MAX_WIDTH);

/** True while the viewport is phone-sized; follows rotation and resizing. */
export function useIsPhone() {
  return phone;
}

/** True while the viewport is a tablet's or a phone's (≤ 1023 px). */
export function useIsNarrow() {
  return narrow;
}
