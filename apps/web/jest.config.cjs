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
    // Made by vite.config.ts in the build; computed from the dictionaries here.
    '^virtual:xiaohu-public-messages$': '<rootDir>/src/i18n/public-messages.jest.ts',
    '^virtual:xiaohu-shell-messages/(zh-CN|en)$': '<rootDir>/src/i18n/shell-messages.$1.jest.ts',
    '\\.css$': '<rootDir>/jest.style-stub.cjs',
  },
  setupFiles: ['<rootDir>/jest.setup.ts'],
  // Rendering a page with MUI (and forms with MUI X date pickers) takes seconds in jsdom on a loaded
  // 2-core machine; jest's 5 s default cut tests that assert nothing about time.
  testTimeout: 20000,
};
