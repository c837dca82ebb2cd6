import { ref, readonly } from 'vue';

/** Below this width the portal is laid out for a phone (menu in a drawer, lists as cards, full-screen sheets). */
export const PHONE_MAX_WIDTH = 767;

// One listener for the whole app, not one per component that asks.
const query = typeof window !== 'undefined' ? window.matchMedia(`(max-width: ${PHONE_MAX_WIDTH}px)`) : null;
const phone = ref(query?.matches ?? false);
query?.addEventListener('change', (e) => (phone.value = e.matches));

/** True while the viewport is phone-sized; follows rotation and resizing. */
export function useIsPhone() {
  return readonly(phone);
}
