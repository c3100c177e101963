#!/usr/bin/env node
/**
 * `npm start` / `npm stop`: sideload the add-in into desktop Excel with
 * office-addin-debugging, run through npx because it cannot be installed on
 * every machine (it builds a native module and refuses to run on Linux).
 * Where there is no desktop Excel (Linux), `npm start` serves the browser page
 * (scripts/serve-web.js) on the bundled sample instead.
 */
'use strict';
const { spawnSync } = require('node:child_process');

const action = process.argv[2] === 'stop' ? 'stop' : 'start';

if (process.platform !== 'win32' && process.platform !== 'darwin') {
  if (action === 'stop') {
    console.log('npm stop: nothing to stop here (npm start serves the browser page until Ctrl+C).');
    process.exit(0);
  }
  console.log(
    [
      `npm start: sideloading needs desktop Excel (Windows or macOS); this is ${process.platform}.`,
      'Opening the same task pane in the browser instead, on the bundled sample (npm run web).',
      'For Excel on the web: npm run dev-server, then Insert › Add-ins › Upload My Add-in › manifest.xml.',
    ].join('\n'),
  );
  require('./serve-web')
    .main(process.argv.slice(3))
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
  return;
}

const args = ['--yes', 'office-addin-debugging', action, 'manifest.xml'];
if (action === 'start') args.push('desktop', '--app', 'excel');
const result = spawnSync('npx', args, { stdio: 'inherit', shell: process.platform === 'win32' });
process.exit(result.status ?? 1);
