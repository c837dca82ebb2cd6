import { createApp } from 'vue';
import { DefaultApolloClient } from '@vue/apollo-composable';
import App from './App.vue';
import { router } from './router';
import { pinia } from './stores/pinia';
import { i18n, localeReady } from './i18n';
import { apolloClient } from './api/client';
import { onSessionEnded } from './stores/session';
import { a11y } from './plugins/a11y';
import 'element-plus/theme-chalk/base.css';
import './styles/index.css';
import './styles/focus.css';

// Nothing of one session's data may show up in the next one.
onSessionEnded(() => void apolloClient.clearStore());

document.documentElement.lang = i18n.global.locale.value;

// A user who chose English gets its messages before the first page draws (Chinese is in the bundle).
void localeReady().then(() => createApp(App).provide(DefaultApolloClient, apolloClient).use(pinia).use(i18n).use(router).use(a11y).mount('#app'));
