#!/usr/bin/env node
/**
 * `npm start` / `npm stop`: sideload the add-in into desktop Excel with
 * office-addin-debugging, run through npx because it cannot be installed on
 * every machine (it builds a native module and refuses to run on Linux).
 */
'use strict';
const { spawnSync } = require('node:child_process');

const action = process.argv[2] === 'stop' ? 'stop' : 'start';

if (process.platform !== 'win32' && process.platform !== 'darwin') {
  console.log(
    [
      `npm ${action}: sideloading needs desktop Excel (Windows or macOS); this is ${process.platform}.`,
      'Here you can still:',
      '  npm run dev-server   serve the add-in at https://localhost:3000',
      '  then, in Excel on the web: Insert › Add-ins › Upload My Add-in › manifest.xml',
    ].join('\n'),
  );
  process.exit(0);
}

const args = ['--yes', 'office-addin-debugging', action, 'manifest.xml'];
if (action === 'start') args.push('desktop', '--app', 'excel');
const result = spawnSync('npx', args, { stdio: 'inherit', shell: process.platform === 'win32' });
process.exit(result.status ?? 1);
