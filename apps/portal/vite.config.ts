import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';
import Components from 'unplugin-vue-components/vite';
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers';
import { firstLoadSize } from './scripts/first-load-size.ts';

const gateway = process.env.ZEREN_GATEWAY_URL ?? 'http://127.0.0.1:4000';

export default defineConfig({
  plugins: [
    vue(),
    // element-plus on demand: only the components a template uses, each with its own CSS.
    Components({
      resolvers: [ElementPlusResolver({ importStyle: 'css' })],
      dts: false,
      dirs: [],
    }),
    firstLoadSize(),
  ],
  define: {
    // vue-i18n's legacy mode is dead weight here. Vue's Options API stays on: element-plus's
    // tree-select option is built with `extends`, which renders nothing without it.
    __VUE_OPTIONS_API__: 'true',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    __VUE_I18N_FULL_INSTALL__: 'false',
    __VUE_I18N_LEGACY_API__: 'false',
    __INTLIFY_PROD_DEVTOOLS__: 'false',
  },
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      // Plain TypeScript shared with the server (no dependencies): the forms check what the API checks.
      '@zeren/shared-rules': fileURLToPath(new URL('../../libs/shared/rules/src/index.ts', import.meta.url)),
    },
  },
  server: {
    host: '127.0.0.1',
    port: 8080,
    // Same origin as in production (the gateway serves the built portal), so no CORS anywhere.
    proxy: { '/graphql': { target: gateway, changeOrigin: true }, '/files': { target: gateway, changeOrigin: true } },
  },
  preview: {
    host: '127.0.0.1',
    port: 8080,
    proxy: { '/graphql': { target: gateway, changeOrigin: true }, '/files': { target: gateway, changeOrigin: true } },
  },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 800,
    reportCompressedSize: false,
  },
});
