// One jest run, one project per database engine: every spec runs on SQLite, and on MySQL/MariaDB
// as well when ZEREN_TEST_MYSQL_URL is set. Browser tests live in apps/portal/e2e (their own config).
const { pathsToModuleNameMapper } = require('./tools/jest/paths-to-module-name-mapper');
const { compilerOptions } = require('./tsconfig.base.json');

const swc = {
  swcrc: false,
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    keepClassNames: true,
    target: 'es2022',
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};

const project = (engine) => ({
  displayName: engine,
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/{apps,libs,tools}/**/src/**/*.spec.ts'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/apps/portal/'],
  transform: { '^.+\\.ts$': ['@swc/jest', swc] },
  moduleNameMapper: pathsToModuleNameMapper(compilerOptions.paths, __dirname),
  setupFiles: ['reflect-metadata', `<rootDir>/tools/jest/engine-${engine}.setup.js`, '<rootDir>/tools/jest/test-env.setup.js'],
});

const engines = ['sqlite', ...(process.env.ZEREN_TEST_MYSQL_URL ? ['mysql'] : [])];

module.exports = {
  projects: engines.map(project),
  // Two cores here: more workers only queue behind the database. Never one: with a single worker jest
  // runs every suite in its own process, whose heap then holds every suite's schema and data source.
  maxWorkers: process.env.CI ? 2 : Math.max(2, Math.floor(require('node:os').availableParallelism() / 2)),
  // A worker that has grown past this is replaced between suites (the 10 000-row specs leave a lot behind).
  workerIdleMemoryLimit: '1500MB',
  testTimeout: 30000,
};
