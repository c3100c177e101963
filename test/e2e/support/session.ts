/** One server and one Chromium per test file, and a folder for its downloads and fixtures. */
import { join } from 'node:path';
import { launch, type Browser } from './browser';
import { fixtureDir, type Fixtures } from './fixtures';

export interface StaticServer {
  readonly url: string;
  close(): Promise<void>;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the same CommonJS server `npm start` uses
const { serveStatic } = require('../../../scripts/static-server.js') as {
  serveStatic: (root: string, port?: number) => Promise<StaticServer>;
};

export const DIST = join(__dirname, '../../../dist/addin');

export interface E2E {
  server: StaticServer;
  browser: Browser;
  files: Fixtures;
}

/** Registers beforeAll/afterAll; the returned object is filled in before the first test. */
export function useE2E(locale?: string): E2E {
  const env = {} as E2E;
  beforeAll(async () => {
    env.server = await serveStatic(DIST);
    env.browser = await launch(locale);
    env.files = await fixtureDir();
  });
  afterAll(async () => {
    await env.files?.cleanup();
    await env.server?.close();
    await env.browser?.close();
  });
  return env;
}
