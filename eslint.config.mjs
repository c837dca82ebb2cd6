import nx from '@nx/eslint-plugin';
import pluginVue from 'eslint-plugin-vue';
import tseslint from 'typescript-eslint';
import vueParser from 'vue-eslint-parser';

// Raw TypeORM handles that would bypass the scoped layer (libs/tenancy) for tenant-owned tables.
const rawDataAccess = {
  name: 'typeorm',
  importNames: ['DataSource', 'EntityManager', 'Repository', 'getRepository', 'getManager', 'createQueryBuilder'],
  message: 'Tenant-owned data goes through TenantDb / ScopedRepository from @zeren/tenancy (DESIGN.md, tenancy rule).',
};

const portalFiles = ['apps/portal/**/*.ts', 'apps/portal/**/*.vue'];
const portalVue = ['apps/portal/**/*.vue'];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  {
    ignores: ['**/dist', '**/node_modules', '**/coverage', '**/.nx', 'apps/portal/src/gql/**', 'tmp/**'],
  },
  {
    files: ['**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:platform', onlyDependOnLibsWithTags: ['scope:platform', 'scope:shared'] },
            // Domain libs may use one another only through their public index (deep imports are refused).
            { sourceTag: 'scope:domain', onlyDependOnLibsWithTags: ['scope:domain', 'scope:platform', 'scope:shared'] },
            // libs/modules lists every module: the one lib above the domains.
            { sourceTag: 'scope:composition', onlyDependOnLibsWithTags: ['scope:domain', 'scope:platform', 'scope:shared'] },
            { sourceTag: 'scope:gateway', onlyDependOnLibsWithTags: ['scope:composition', 'scope:platform', 'scope:domain', 'scope:shared'] },
            // The portal runs in the browser: no server lib may be compiled into it (it takes @zeren/shared-rules).
            { sourceTag: 'scope:portal', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:tools', onlyDependOnLibsWithTags: ['scope:tools', 'scope:composition', 'scope:platform', 'scope:domain', 'scope:shared'] },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
            { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:data-access', 'type:util'] },
            { sourceTag: 'type:feature', onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:util'] },
            { sourceTag: 'type:composition', onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:util'] },
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:composition', 'type:feature', 'type:data-access', 'type:util'] },
            { sourceTag: 'type:tool', onlyDependOnLibsWithTags: ['type:tool', 'type:composition', 'type:feature', 'type:data-access', 'type:util'] },
          ],
        },
      ],
      '@typescript-eslint/no-unsafe-function-type': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Everything but the scoped layer itself, the module composition and the benchmarks' raw floor.
    files: ['**/*.ts'],
    ignores: ['libs/tenancy/**', 'libs/modules/**', 'tools/bench/**', '**/*.spec.ts', '**/testing.ts'],
    rules: {
      // Holding a DataSource (type) to pass it on is fine; using one is not.
      '@typescript-eslint/no-restricted-imports': ['error', { paths: [{ ...rawDataAccess, allowTypeImports: true }] }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='manager'][object.property.name='dataSource'], MemberExpression[property.name=/^(getRepository|createQueryRunner)$/]",
          message: 'Reach tenant-owned data through TenantDb / ScopedRepository (@zeren/tenancy) only.',
        },
      ],
    },
  },
  // The portal: Vue 3 single-file components with <script setup lang="ts">, kept to the portal's files.
  {
    // Scopes are made by auth (from the verified token) and by tools (seed, bench) only; domain code
    // derives them with db.actingFor / db.dispatch / db.narrowTo, which check where they start from.
    files: ['**/*.ts'],
    ignores: ['libs/tenancy/**', 'libs/auth/**', 'tools/**', '**/*.spec.ts', '**/testing.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        ...['anonymous', 'tenant', 'committee', 'allTenants', 'system'].map((property) => ({
          object: 'Scope',
          property,
          message: 'Only libs/auth and tools construct scopes (DESIGN.md, seam 2): take the request’s db and derive from it.',
        })),
        { property: 'withScope', message: 'Derive a scope with db.actingFor / db.dispatch / db.narrowTo, which check where they start from.' },
      ],
    },
  },
  ...pluginVue.configs['flat/recommended'].map((config) => ({ ...config, files: config.files ? portalVue : portalFiles })),
  ...tseslint.config({
    files: portalVue,
    extends: [...tseslint.configs.recommended],
    languageOptions: {
      parser: vueParser,
      parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.vue'], sourceType: 'module' },
    },
    rules: {
      // vue-tsc checks names in .vue files, as tsc does for .ts (typescript-eslint turns it off there too).
      'no-undef': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  }),
  {
    files: portalVue,
    rules: {
      // Pages are views/<area>/<page>/index.vue (STYLE.md), opened by the router and never used as a tag.
      'vue/multi-word-component-names': ['error', { ignores: ['index'] }],
      // Layout only: the portal keeps short elements on one line; these would rewrap every template.
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
    },
  },
];
