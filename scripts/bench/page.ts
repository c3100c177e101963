/**
 * The page's Verify of a large sheet in Chromium (issue 15: within 1.5 s of the file
 * being open): the built page (dist/addin) served locally, Debian's Chromium driven by
 * playwright-core as the end-to-end tests drive it (test/e2e/support), the file opened,
 * and the time from pressing Verify to the counts showing with the pane idle. The
 * opening itself (reading the file, drawing the grid) is timed beside it.
 *
 *   node --require ts-node/register scripts/bench/page.ts FILE
 *
 * Prints { openMs, verifyMs } as JSON, or { error } when the page or Chromium is missing.
 */
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { launch, CHROMIUM } from '../../test/e2e/support/browser';
import { BudgetPage } from '../../test/e2e/support/app';
import { DIST } from '../../test/e2e/support/session';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the same CommonJS server `npm start` uses
const { serveStatic } = require('../static-server.js') as {
  serveStatic: (root: string, port?: number) => Promise<{ url: string; close(): Promise<void> }>;
};

async function main(file: string): Promise<void> {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}`);
  if (!existsSync(DIST)) throw new Error('the page is not built (npm run build)');
  const server = await serveStatic(DIST);
  const browser = await launch();
  try {
    const app = await BudgetPage.open(browser, server.url, { sample: '' });
    const opening = Date.now();
    await app.openFile(file);
    await app.page.getByTestId('file-name').filter({ hasText: basename(file) }).waitFor({ timeout: 120_000 });
    await app.cell('A1').waitFor({ timeout: 120_000 });
    await app.idle();
    const openMs = Date.now() - opening;
    const verifying = Date.now();
    await app.verify();
    const verifyMs = Date.now() - verifying;
    process.stdout.write(`${JSON.stringify({ openMs, verifyMs })}\n`);
  } finally {
    await server.close();
    await browser.close();
  }
}

main(process.argv[2] ?? '').catch((e: unknown) => {
  process.stdout.write(`${JSON.stringify({ error: e instanceof Error ? e.message : String(e) })}\n`);
});
