#!/usr/bin/env node
/**
 * `npm run verify [-- FILE... OPTIONS]`: builds the command line, then runs it
 * from the repository. Without a file it verifies the bundled samples (the seed
 * and the copy with four slips); with files it verifies those, with any options.
 * Outside the repository an officer installs the packed tarball instead (README).
 */
'use strict';
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const args = process.argv.slice(2);
const samples = ['samples/seoul-sns-2021.xlsx', 'samples/seoul-sns-2021-errors.xlsx'].map((f) =>
  path.join(root, f),
);
// Options that take a value: that value is not a file.
const TAKES_VALUE = new Set(['--out', '--lang']);
const files = args.filter((a, i) => !a.startsWith('-') && !TAKES_VALUE.has(args[i - 1] ?? ''));

const built = spawnSync('npm', ['run', 'build:cli', '--silent'], { cwd: root, stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 2);
const run = spawnSync(
  process.execPath,
  [path.join(root, 'bin', 'budget-verify.js'), ...(files.length ? args : [...samples, ...args])],
  // The caller's folder: relative paths in FILE mean what they meant there.
  { cwd: process.env.INIT_CWD || process.cwd(), stdio: 'inherit' },
);
process.exit(run.status ?? 2);
