import { createPinia } from 'pinia';

// One instance, importable outside components (the Apollo links and the router guard need it).
export const pinia = createPinia();
