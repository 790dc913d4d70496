/** Three tiers by suffix: unit (*.spec.ts), integration (*.integration-spec.ts, real engines), e2e (test/*.e2e-spec.ts). */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];
// The dashboard's components (.tsx, React 17+ automatic runtime); web specs pick jsdom with a docblock.
const swcTsx = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];
const moduleNameMapper = {
  '^@checkmark/schemas$': '<rootDir>/schemas/src/index.ts',
  '^@checkmark/schemas/(warehouse|pipeline|attribution|platform-errors|analytics|compliance)$':
    '<rootDir>/schemas/src/$1/index.ts',
  '^@checkmark/test/(.*)$': '<rootDir>/test/$1',
  '^@web/(.*)$': '<rootDir>/web/src/$1',
};
const base = {
  rootDir: __dirname,
  transform: { '^.+\\.tsx$': swcTsx, '^.+\\.ts$': swc },
  moduleNameMapper,
  testEnvironment: 'node',
  modulePathIgnorePatterns: ['<rootDir>/.*/dist/', '<rootDir>/data/', '<rootDir>/tools/kafka/.cache/'],
};

module.exports = {
  // Integration and e2e tests talk to real engines; e2e specs set longer timeouts where they need them.
  testTimeout: 120000,
  reporters: ['default', '<rootDir>/tools/jest-summary-reporter.js'],
  // One broker for the whole run; started only when a selected test needs it (see test/setup/global-setup.js).
  globalSetup: '<rootDir>/test/setup/global-setup.js',
  globalTeardown: '<rootDir>/test/setup/global-teardown.js',
  projects: [
    {
      ...base,
      displayName: 'unit',
      testMatch: [
        '<rootDir>/{schemas,ingest,api,bench}/src/**/*.spec.ts',
        '<rootDir>/tools/**/*.spec.ts',
        '<rootDir>/web/src/**/*.spec.{ts,tsx}',
      ],
    },
    { ...base, displayName: 'integration', testMatch: ['<rootDir>/{schemas,ingest,api}/src/**/*.integration-spec.ts'] },
    { ...base, displayName: 'e2e', testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'] },
  ],
};
