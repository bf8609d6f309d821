// ES-module-only packages (photo uploads' file-type); pnpm's store names scoped ones with '+'.
const ESM_ONLY = [
  'file-type',
  'strtok3',
  'token-types',
  'uint8array-extras',
  '@tokenizer[+/]inflate',
  '@borewit[+/]text-codec',
];

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
    // file-type (photo uploads) and its dependencies ship ES modules only; Node 20.19 requires them
    // natively, jest 30 only on Node 24.9+, so jest compiles them to CommonJS here.
    '^.+\\.js$': [
      '@swc/jest',
      { jsc: { parser: { syntax: 'ecmascript' }, target: 'es2022' }, module: { type: 'commonjs' } },
    ],
  },
  transformIgnorePatterns: [`/node_modules/(?!(\\.pnpm/)?(${ESM_ONLY.join('|')})[@/])`],
  moduleNameMapper: { '^@xiaohu/domain$': '<rootDir>/../../packages/domain/src/index.ts' },
  testMatch: ['<rootDir>/src/**/*.test.ts'],
  // Decorators read type metadata as soon as a class is defined; encrypted columns need the data key.
  setupFiles: ['reflect-metadata', '<rootDir>/src/test-support/install-data-cipher.ts'],
  globalSetup: '<rootDir>/test/global-setup.mjs',
  globalTeardown: '<rootDir>/test/global-teardown.mjs',
  testTimeout: 30000,
  maxWorkers: 2,
};
