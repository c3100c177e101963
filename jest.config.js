/** Two projects: node (engine, file adapter, CLI, Excel adapter, manifest) and jsdom (task pane). */
// Tests are transpiled file by file (tsconfig.jest.json sets isolatedModules): `npm test` runs
// `tsc --noEmit` over src and test first, so type errors still fail the run, and ts-jest no
// longer type-checks every test file again (five times faster on a cold cache).
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.jest.json', diagnostics: { warnOnly: false } }];

// Two cores shared with a compiler: hooks that build workbooks can take seconds when the
// machine is busy. Correctness is asserted; time is measured by `npm run bench`, never here.
const testTimeout = 60000;

module.exports = {
  testTimeout,
  projects: [
    {
      displayName: 'node',
      testEnvironment: 'node',
      testTimeout,
      roots: ['<rootDir>/test'],
      testMatch: ['**/*.test.ts'],
      testPathIgnorePatterns: ['/test/taskpane/', '/test/e2e/'],
      transform: { '^.+\\.tsx?$': tsJest },
    },
    {
      displayName: 'ui',
      testEnvironment: 'jsdom',
      testTimeout,
      roots: ['<rootDir>/test/taskpane'],
      testMatch: ['**/*.test.ts', '**/*.test.tsx'],
      transform: { '^.+\\.tsx?$': tsJest },
    },
  ],
};
