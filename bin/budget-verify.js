#!/usr/bin/env node
'use strict';
// Thin launcher: the command line is TypeScript compiled to dist/ by `npm run build:cli`.
const path = require('node:path');
const fs = require('node:fs');

const main = path.join(__dirname, '..', 'dist', 'cli', 'main.js');
if (fs.existsSync(main)) {
  require(main);
} else {
  // The same choice of language as the command line's (src/cli/locale.ts), before it can be loaded.
  const args = process.argv.slice(2);
  const locale = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '';
  const named = locale.split(/[_.@]/)[0].toLowerCase();
  const english = args.includes('--lang=en') || args.some((a, i) => a === '--lang' && args[i + 1] === 'en') ||
    (!args.includes('--lang=ko') && named !== '' && named !== 'c' && named !== 'posix' && named !== 'ko');
  const root = path.join(__dirname, '..');
  process.stderr.write(
    english
      ? `budget-verify: the command line is not built yet (dist/cli/main.js is missing).\nRun \`npm run build:cli\` in ${root} and try again.\n`
      : `budget-verify: 명령줄 도구가 아직 빌드되지 않았습니다 (dist/cli/main.js가 없음).\n${root}에서 \`npm run build:cli\`를 실행한 뒤 다시 시도하세요.\n`,
  );
  process.exitCode = 2;
}
