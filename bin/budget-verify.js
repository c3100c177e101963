#!/usr/bin/env node
'use strict';
// Thin launcher: the command line is TypeScript compiled to dist/ by `npm run build:cli`.
const path = require('node:path');
const fs = require('node:fs');

const main = path.join(__dirname, '..', 'dist', 'cli', 'main.js');
if (fs.existsSync(main)) {
  require(main);
} else {
  process.stderr.write(
    'budget-verify: the command line is not built yet (dist/cli/main.js is missing).\n' +
      'Run `npm run build:cli` in ' +
      path.join(__dirname, '..') +
      ' and try again.\n',
  );
  process.exitCode = 2;
}
