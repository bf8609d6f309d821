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
  },
  moduleNameMapper: { '^@xiaohu/domain$': '<rootDir>/../../packages/domain/src/index.ts' },
  testMatch: ['<rootDir>/src/**/*.test.ts'],
  // Decorators read type metadata as soon as a class is defined; encrypted columns need the data key.
  setupFiles: ['reflect-metadata', '<rootDir>/src/test-support/install-data-cipher.ts'],
  globalSetup: '<rootDir>/test/global-setup.mjs',
  globalTeardown: '<rootDir>/test/global-teardown.mjs',
  testTimeout: 30000,
  maxWorkers: 2,
};
