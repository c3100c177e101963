/** Two projects: node (engine, file adapter, CLI, Excel adapter, manifest) and jsdom (task pane). */
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: { warnOnly: false } }];

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
