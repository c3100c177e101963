#!/usr/bin/env node
/**
 * `npm run web` (and `npm start` where there is no desktop Excel): builds the
 * pages, serves dist/addin on http://127.0.0.1:8080/ and opens the browser page
 * on the bundled seed sample. `--no-build` serves what is built; PORT=… picks
 * another port.
 */
'use strict';
const { spawn, spawnSync } = require('node:child_process');
const { existsSync } = require('node:fs');
const path = require('node:path');
const { serveStatic } = require('./static-server');

const root = path.resolve(__dirname, '..');
const dist = path.join(root, 'dist/addin');

function build() {
  console.log('Building the pages (webpack, about a minute)…');
  const result = spawnSync('npx', ['webpack', '--mode', 'production'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) {
    console.error('The build failed; run `npm run build` to see why.');
    process.exit(result.status ?? 1);
  }
}

/** Opens the URL in the desktop's browser when there is one; never fails the command. */
function openBrowser(url) {
  const command =
    process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return;
  try {
    const child = spawn(command, [url], { stdio: 'ignore', detached: true });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    // No browser to open: the URL is printed anyway.
  }
}

async function main(args = process.argv.slice(2)) {
  if (!args.includes('--no-build') || !existsSync(path.join(dist, 'index.html'))) build();
  const wanted = Number(process.env.PORT || 8080);
  let server;
  try {
    server = await serveStatic(dist, wanted);
  } catch (error) {
    if (error.code !== 'EADDRINUSE') throw error;
    server = await serveStatic(dist, 0);
  }
  console.log(
    [
      '',
      `  Budget Verify in the browser (no Excel needed): ${server.url}`,
      `  The error sample:                                ${server.url}?sample=seoul-sns-2021-errors.xlsx`,
      `  In English:                                      ${server.url}?lang=en`,
      '',
      '  Open your own .xlsx with "파일 열기 / Open file" or drop it on the page. Ctrl+C stops the server.',
      '',
    ].join('\n'),
  );
  openBrowser(server.url);
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}

module.exports = { main };
