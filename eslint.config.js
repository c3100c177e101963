// The import rules below are the architecture (docs/ARCHITECTURE.md) made executable.
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const prettier = require('eslint-config-prettier');

const layerPaths = (names) => names.flatMap((n) => [`**/${n}`, `**/${n}/**`]);
const hostModules = ['exceljs', 'react', 'react-dom', 'react-dom/*', '@fluentui/*', 'office-addin-*', '@microsoft/office-js'];

// src/web: the browser host may use the engine, the port, the task pane and the file adapter's pure parts.
const webPatterns = [
  { group: ['**/excel/*', '**/cli/*', '**/commands/*', '@microsoft/office-js', 'node:*'], message: 'web → engine, host, taskpane and the file adapter’s pure parts.' },
  {
    regex: '/file(/(index|open|read|annotate))?$',
    message: 'These file-adapter modules use node: APIs; import the pure ones (load, workbookReading, annotateWorkbook, cells, state, notes, labels, review).',
  },
];

module.exports = tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'bin/**', '*.config.js', 'assets/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: hostModules, message: 'The engine is pure: no host, UI or file libraries.' },
            { group: ['node:*', 'fs', 'path', 'os', 'worker_threads', 'child_process'], message: 'The engine does no I/O.' },
            { group: layerPaths(['excel', 'taskpane', 'file', 'cli', 'commands', 'web', 'host']), message: 'The engine imports nothing outside src/engine.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', { name: 'Excel', message: 'The engine knows no host.' }, { name: 'Office', message: 'The engine knows no host.' }],
    },
  },
  {
    files: ['src/file/**/*.ts', 'src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['react', 'react-dom', '@fluentui/*', '**/excel/*', '**/taskpane/*'], message: 'cli → file → engine only.' }] },
      ],
    },
  },
  {
    files: ['src/excel/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['react', 'react-dom', '@fluentui/*', 'exceljs', '**/taskpane/*', '**/cli/*', '**/file/*', 'node:*'], message: 'excel → engine only.' }] },
      ],
    },
  },
  {
    // The verification worker and its client: the engine off the pane's thread, nothing else.
    files: ['src/worker/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: [...hostModules, ...layerPaths(['excel', 'taskpane', 'file', 'cli', 'commands', 'web']), 'node:*'], message: 'worker → engine only.' }] },
      ],
    },
  },
  {
    files: ['src/host/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: [...hostModules, ...layerPaths(['excel', 'taskpane', 'file', 'cli', 'commands', 'web']), 'node:*'], message: 'The port is plain types: engine only.' }] },
      ],
    },
  },
  {
    files: ['src/web/**/*.ts', 'src/web/**/*.tsx'],
    rules: { 'no-restricted-imports': ['error', { patterns: webPatterns }] },
  },
  {
    // A later block replaces the rule for these files, so it repeats the web patterns.
    files: ['src/web/book/**/*.ts', 'src/web/host/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...webPatterns,
            { group: ['react', 'react-dom', 'react-dom/*', '@fluentui/*', '**/taskpane/*', '**/view/*'], message: 'The browser host’s model and port know no UI.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/taskpane/**/*.ts', 'src/taskpane/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['exceljs', '**/cli/*', '**/file/*', 'node:*'], message: 'The task pane talks to its host through the port.' }] },
      ],
    },
  },
);
