/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'jsdom',
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          transform: { react: { runtime: 'automatic' } },
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  testMatch: ['<rootDir>/src/**/*.test.ts?(x)'],
  moduleNameMapper: {
    '^@xiaohu/domain$': '<rootDir>/../../packages/domain/src/index.ts',
  },
  setupFiles: ['<rootDir>/jest.setup.ts'],
  // Forms with MUI X date pickers render and re-render slowly in jsdom; on a shared 2-core machine a
  // whole form test (render, typing, submit) may take well over the 5 s default.
  testTimeout: 20000,
};
