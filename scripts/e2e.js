#!/usr/bin/env node
/**
 * `npm run test:e2e`: builds the pages (unless --no-build), then runs the
 * end-to-end tests (test/e2e) in Debian's Chromium. Without Chromium it says so
 * plainly: in CI (CI=true) that is a failure, on a developer's machine a skip.
 *
 *   npm run test:e2e                 build, then test
 *   npm run test:e2e -- --no-build   test the current dist/addin
 *   npm run screenshots              the same, writing docs/images/*.png
 */
'use strict';
const { spawnSync } = require('node:child_process');
const { existsSync } = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const args = process.argv.slice(2);
const inCi = process.env.CI === 'true' || process.env.CI === '1';

function run(command, commandArgs, extraEnv = {}) {
  const result = spawnSync(command, commandArgs, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...extraEnv },
  });
  return result.status ?? 1;
}

function chromiumWorks() {
  if (!existsSync(chromium)) return `${chromium} does not exist`;
  const probe = spawnSync(chromium, ['--version'], { encoding: 'utf8' });
  if (probe.status !== 0) return `${chromium} --version failed: ${(probe.stderr || '').trim()}`;
  return null;
}

const missing = chromiumWorks();
if (missing) {
  const lines = [
    `test:e2e: no Chromium to run the end-to-end tests (${missing}).`,
    '  Install it with: apt-get install -y chromium   (or set CHROMIUM_PATH to a Chromium binary)',
  ];
  if (inCi) {
    console.error(
      [...lines, '  CI=true: failing, because the end-to-end tests must run in CI.'].join('\n'),
    );
    process.exit(1);
  }
  console.log(
    [...lines, '  Skipped here (not CI). The unit tests ran; the browser tests did not.'].join(
      '\n',
    ),
  );
  process.exit(0);
}

const build = !args.includes('--no-build');
const jestArgs = args.filter((a) => a !== '--no-build' && a !== '--screenshots');
const env = args.includes('--screenshots')
  ? { SCREENSHOTS_DIR: path.join(root, 'docs/images') }
  : {};

if (build) {
  const started = Date.now();
  const status = run('npx', ['webpack', '--mode', 'production', '--stats', 'errors-warnings']);
  if (status !== 0) process.exit(status);
  console.log(`test:e2e: built dist/addin in ${Math.round((Date.now() - started) / 1000)} s`);
}
process.exit(run('npx', ['jest', '--config', 'test/e2e/jest.config.js', ...jestArgs], env));
