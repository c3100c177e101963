/**
 * A small static file server over a built folder, on 127.0.0.1 only: `npm start`
 * on a machine without Excel serves the browser page with it, and the
 * end-to-end tests open the pages through it.
 */
'use strict';
const { createReadStream } = require('node:fs');
const { stat } = require('node:fs/promises');
const { createServer } = require('node:http');
const path = require('node:path');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json',
  '.json': 'application/json',
  '.css': 'text/css',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Serves `root` on 127.0.0.1:`port` (0: any free port). Resolves to { url, close }. */
async function serveStatic(root, port = 0) {
  const base = path.resolve(root);
  const server = createServer((request, response) => {
    void (async () => {
      let file;
      try {
        const pathname = decodeURIComponent(
          new URL(request.url || '/', 'http://127.0.0.1').pathname,
        );
        file = path.normalize(
          path.join(base, pathname.endsWith('/') ? `${pathname}index.html` : pathname),
        );
      } catch {
        response.writeHead(400).end();
        return;
      }
      if (file !== base && !file.startsWith(base + path.sep)) {
        response.writeHead(403).end();
        return;
      }
      try {
        const info = await stat(file);
        if (!info.isFile()) throw new Error('not a file');
        response.writeHead(200, {
          'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream',
          'Content-Length': info.size,
          'Cache-Control': 'no-store',
        });
        createReadStream(file).pipe(response);
      } catch {
        response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      }
    })();
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const address = server.address();
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () => new Promise((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}

module.exports = { serveStatic };
