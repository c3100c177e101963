/**
 * The page's Verify of a large sheet in Chromium (issue 15: within 1.5 s of the file
 * being open): the built page (dist/addin) served locally, Debian's Chromium driven by
 * playwright-core as the end-to-end tests drive it (test/e2e/support), the file opened,
 * then Verify pressed.
 *
 * The page itself watches every animation frame (watchFrames below) and notes the first
 * frame in which each stage shows, on its own clock, so no polling delay of the driver
 * is counted:
 *   shownMs   file chosen → its name and cell A1 on screen
 *   openMs    file chosen → open: shown, the pane idle, and the verification worker
 *             prepared (the sheets sent to it and its engine warmed up: the
 *             `verify-worker:prepare` measure, src/worker/workerEngine.ts). Work moved
 *             out of Verify into the opening is counted here, not hidden.
 *   verifyMs  Verify clicked → the counts shown with the pane idle
 * and the longest gap between two frames in each stage (how long the page was held).
 *
 *   node --require ts-node/register scripts/bench/page.ts FILE [--runs N] [--no-prepare] [--dist DIR]
 *
 * --dist: the built page to serve (default dist/addin), e.g. a copy built from another commit.
 *
 * --no-prepare: open is not waited for the worker's preparation; only to compare with
 * a page built before the worker prepared at opening.
 *
 * Prints one JSON line per run, { shownMs, openMs, verifyMs, ... }, or { error } when the
 * page or Chromium is missing.
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

/** What the page notes, in its own performance.now() milliseconds. */
export interface Frames {
  chosen?: number;
  shown?: number;
  open?: number;
  clicked?: number;
  verified?: number;
  /** The longest gap between two frames so far in the current stage. */
  longest: number;
  longestOpen?: number;
  longestVerify?: number;
}

export interface PageTimes {
  readonly shownMs: number;
  readonly openMs: number;
  readonly verifyMs: number;
  /** The longest the page went without a frame while opening, and while verifying. */
  readonly longestFrameOpenMs: number;
  readonly longestFrameVerifyMs: number;
  /** The worker's own measures of this page's runs (verify-worker:*), ms. */
  readonly worker: Readonly<Record<string, number>>;
}

/** Runs in the page: one requestAnimationFrame loop that notes when each stage first shows. */
export function watchFrames({ fileName, prepares }: { fileName: string; prepares: boolean }): void {
  const w = window as unknown as { benchFrames: Frames };
  const frames: Frames = { longest: 0 };
  w.benchFrames = frames;
  const prepared = () =>
    !prepares || performance.getEntriesByName('verify-worker:prepare').length > 0;
  const idle = () => document.querySelector('main[aria-busy="false"]') !== null;
  document.addEventListener('change', () => (frames.chosen ??= performance.now()), {
    capture: true,
  });
  document.addEventListener(
    'click',
    () => {
      if (frames.open !== undefined) frames.clicked ??= performance.now();
    },
    { capture: true },
  );
  let last = performance.now();
  const frame = () => {
    const now = performance.now();
    if (frames.chosen !== undefined) frames.longest = Math.max(frames.longest, now - last);
    last = now;
    if (frames.chosen !== undefined && frames.shown === undefined) {
      const name = document.querySelector('[data-testid="file-name"]')?.textContent ?? '';
      if (name.includes(fileName) && document.querySelector('[data-cell="A1"]')) frames.shown = now;
    }
    if (frames.shown !== undefined && frames.open === undefined && idle() && prepared()) {
      frames.open = now;
      frames.longestOpen = frames.longest;
      frames.longest = 0;
    }
    if (frames.clicked !== undefined && frames.verified === undefined) {
      if (idle() && document.querySelector('[data-testid="count-error"]')) {
        frames.verified = now;
        frames.longestVerify = frames.longest;
        return; // done: no more frames are watched
      }
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

const TIMEOUT = 180_000;

/** Opens the file in the page and waits until it is open (shown, idle, the worker prepared). */
export async function openAndWait(app: BudgetPage, file: string, prepares = true): Promise<void> {
  await app.page.evaluate(watchFrames, { fileName: basename(file), prepares });
  await app.openFile(file);
  await app.page.waitForFunction(
    () => (window as unknown as { benchFrames: Frames }).benchFrames.open !== undefined,
    null,
    { timeout: TIMEOUT },
  );
}

/** Presses Verify and waits until its counts show with the pane idle. */
export async function verifyAndWait(app: BudgetPage): Promise<void> {
  await app.page.getByRole('button', { name: app.t.verify, exact: true }).click();
  await app.page.waitForFunction(
    () => (window as unknown as { benchFrames: Frames }).benchFrames.verified !== undefined,
    null,
    { timeout: TIMEOUT },
  );
}

async function measure(app: BudgetPage, file: string, prepares: boolean): Promise<PageTimes> {
  const page = app.page;
  await openAndWait(app, file, prepares);
  await verifyAndWait(app);
  const { frames, worker } = await page.evaluate(() => ({
    frames: (window as unknown as { benchFrames: Frames }).benchFrames,
    worker: Object.fromEntries(
      performance
        .getEntriesByType('measure')
        .filter((m) => m.name.startsWith('verify-worker:'))
        .map((m) => [m.name.slice('verify-worker:'.length), Math.round(m.duration)]),
    ),
  }));
  const { chosen = NaN, shown = NaN, open = NaN, clicked = NaN, verified = NaN } = frames;
  return {
    shownMs: Math.round(shown - chosen),
    openMs: Math.round(open - chosen),
    verifyMs: Math.round(verified - clicked),
    longestFrameOpenMs: Math.round(frames.longestOpen ?? NaN),
    longestFrameVerifyMs: Math.round(frames.longestVerify ?? NaN),
    worker,
  };
}

async function main(file: string, runs: number, prepares: boolean, dist: string): Promise<void> {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}`);
  if (!existsSync(dist)) throw new Error(`the page is not built (npm run build): no ${dist}`);
  if (!existsSync(file)) throw new Error(`no file ${file}`);
  const server = await serveStatic(dist);
  const browser = await launch();
  try {
    for (let run = 0; run < runs; run++) {
      // A fresh page each run: nothing warmed by the run before.
      const app = await BudgetPage.open(browser, server.url, { sample: '' });
      process.stdout.write(`${JSON.stringify(await measure(app, file, prepares))}\n`);
      await app.page.close();
    }
  } finally {
    await server.close();
    await browser.close();
  }
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const option = (name: string) => {
    const at = args.indexOf(name);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const runs = Number(option('--runs') ?? 1);
  const file =
    args.find((a, i) => !a.startsWith('--') && !['--runs', '--dist'].includes(args[i - 1] ?? '')) ??
    '';
  main(file, runs, !args.includes('--no-prepare'), option('--dist') ?? DIST).catch((e: unknown) => {
    process.stdout.write(
      `${JSON.stringify({ error: e instanceof Error ? e.message : String(e) })}\n`,
    );
  });
}
