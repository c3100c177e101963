/* global module -- CommonJS, read by jest */
/**
 * End-to-end tests: the built page (dist/addin/index.html) in Debian's Chromium,
 * driven by playwright-core. Run through `npm run test:e2e` (scripts/e2e.js),
 * which builds first and says clearly when there is no Chromium.
 */
module.exports = {
  rootDir: '../..',
  displayName: 'e2e',
  testEnvironment: 'node',
  roots: ['<rootDir>/test/e2e'],
  testMatch: ['**/*.e2e.ts'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: { warnOnly: false } }],
  },
  // One Chromium at a time: two cores, and the timings stay meaningful.
  maxWorkers: 1,
  testTimeout: 90_000,
};
