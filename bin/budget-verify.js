#!/usr/bin/env node
'use strict';
// Thin launcher: the command line is TypeScript compiled to dist/ by `npm run build:cli`.
const path = require('node:path');
const fs = require('node:fs');

const main = path.join(__dirname, '..', 'dist', 'cli', 'main.js');
if (fs.existsSync(main)) {
  require(main);
} else {
  // Before the TypeScript is built: the command line's own rule of language (language.js), its one home.
  const english = require('./language').languageOf(process.argv.slice(2), process.env) === 'en';
  const root = path.join(__dirname, '..');
  process.stderr.write(
    english
      ? `budget-verify: the command line is not built yet (dist/cli/main.js is missing).\nRun \`npm run build:cli\` in ${root} and try again.\n`
      : `budget-verify: 명령줄 도구가 아직 빌드되지 않았습니다 (dist/cli/main.js가 없음).\n${root}에서 \`npm run build:cli\`를 실행한 뒤 다시 시도하세요.\n`,
  );
  process.exitCode = 2;
}
