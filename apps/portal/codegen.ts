import type { CodegenConfig } from '@graphql-codegen/cli';

// The generated code under src/gql is committed (so editors and `vue-tsc` work on a fresh clone) and
// regenerated before every build and type check (so it can never drift from the gateway's schema).
const config: CodegenConfig = {
  schema: '../gateway/schema.graphql',
  documents: ['src/graphql/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        skipTypename: true,
        scalars: { DateTimeISO: 'string', LocalDate: 'string', ID: 'string' },
      },
    },
  },
  silent: true,
};

export default config;
