/**
 * `npm run fix-scale`: what reading a large budget statement in slices, and Fix
 * with the verification that follows it, cost the browser page's main thread,
 * measured in Debian's Chromium (as `npm run pane-scale` does for a first Verify).
 * It prints the long tasks (> 50 ms) of each step, the moments the pane's state
 * changed (busy, a stage's progress bar, the grid's "Reading the sheet…"), and:
 *
 *   open     the book opens and the grid reads the sheet in slices; Verify is pressed
 *            at once (it waits for the same reading) and cancelled during the read:
 *            the longest task while the sheet is read, how soon Cancel is taken
 *   fix      Fix on the first finding, then the pane's own Verify: the snapshot is
 *            patched with the fixed cell, so the sheet is not read again
 *   cancel   Fix, then Cancel as soon as the pane is busy: how soon it is idle, and
 *            that no highlight is left half-applied
 *
 *   npm run fix-scale -- [--no-build] [--dist DIR] [--projects 5000]
 *
 * It builds into dist/fix-scale/addin and keeps its books in dist/fix-scale (not
 * dist/addin or dist/pane-scale, which others' tests and measurements may be using)
 * unless --dist names a built page. Timings depend on the machine: figures, not tests.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { BudgetPage } from '../test/e2e/support/app';
import { launch } from '../test/e2e/support/browser';
import { statementBook } from '../test/e2e/support/fixtures';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the CommonJS server the tests use
const { serveStatic } = require('./static-server.js') as {
  serveStatic: (root: string) => Promise<{ url: string; close(): Promise<void> }>;
};

const ROOT = join(__dirname, '..');
const WORK = join(ROOT, 'dist/fix-scale');
const LONG_WAIT = { timeout: 900_000 };

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const ms = (n: number) => `${Math.round(n).toLocaleString('en-US')} ms`;

interface Recording {
  readonly tasks: { start: number; duration: number }[];
  /** Page time of each change of what the page shows: busy or idle, a stage's bar, the grid reading. */
  readonly events: { at: number; what: string }[];
}

/** Records long tasks and the page's state changes (page clock) until `collect`. */
async function record(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __rec: Recording };
    const rec: Recording = { tasks: [], events: [] };
    w.__rec = rec;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        rec.tasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask' });
    let last = '';
    const look = () => {
      const busy = document.querySelector('main[aria-busy]')?.getAttribute('aria-busy');
      const bar = document.querySelector('[role="progressbar"]')?.getAttribute('aria-label') ?? '';
      const reading = document.querySelector('[data-testid="sheet-reading"]')
        ? ' +grid reading'
        : '';
      const now = `${busy === 'true' ? 'busy' : 'idle'}${bar ? `:${bar}` : ''}${reading}`;
      if (now !== last) rec.events.push({ at: performance.now(), what: now });
      last = now;
    };
    new MutationObserver(look).observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
    });
  });
}

function collect(page: Page): Promise<Recording> {
  return page.evaluate(() => (window as unknown as { __rec: Recording }).__rec);
}

/** Presses a button from inside the page (a click that waits for the page could time out while its thread is held). */
function press(page: Page, name: string | RegExp): Promise<number> {
  return page
    .getByRole('button', { name, exact: typeof name === 'string' })
    .first()
    .evaluate((b) => {
      const at = performance.now();
      (b as HTMLButtonElement).click();
      return at;
    });
}

interface Arm {
  verifyAt?: number;
  cancelAt?: number;
  /** The read stage's progress when Cancel was pressed (`rows / total`). */
  shown?: string;
}

/**
 * In the page, where no round trip can miss a moment: presses Verify as soon as the
 * grid shows it is reading the sheet, then Cancel as soon as the verification's read
 * stage shows half the rows read (100,000 rows are read in well under a second).
 */
async function armCancelDuringRead(
  page: Page,
  names: { verify: string; cancel: string; read: string },
): Promise<void> {
  await page.evaluate(({ verify, cancel, read }) => {
    const arm: Arm = {};
    (window as unknown as { __arm: Arm }).__arm = arm;
    const button = (label: string) =>
      [...document.querySelectorAll('button')].find(
        (b) => !b.disabled && (b.getAttribute('aria-label') ?? b.textContent?.trim()) === label,
      );
    const observer = new MutationObserver(() => {
      if (arm.verifyAt === undefined) {
        const go = button(verify);
        if (!go || !document.querySelector('[data-testid="sheet-reading"]')) return;
        arm.verifyAt = performance.now();
        go.click();
        return;
      }
      const bar = document.querySelector(`[role="progressbar"][aria-label="${read}"]`);
      const rows = Number(bar?.getAttribute('aria-valuenow') ?? 0);
      const total = Number(bar?.getAttribute('aria-valuemax') ?? 0);
      const stop = button(cancel);
      if (!bar || rows * 2 < total || !stop) return;
      arm.shown = `${rows.toLocaleString('en-US')} / ${total.toLocaleString('en-US')}`;
      arm.cancelAt = performance.now();
      observer.disconnect();
      stop.click();
    });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true });
  }, names);
}

const notBusy = (page: Page) =>
  page.waitForFunction(() => document.querySelector('main[aria-busy="true"]') === null, null, {
    ...LONG_WAIT,
    polling: 50,
  });

/** The long tasks that ran (in part) between `from` and `to`, and the state changes from `from` on. */
function report(label: string, rec: Recording, from: number, to = Infinity): void {
  const tasks = rec.tasks.filter((t) => t.start + t.duration >= from && t.start <= to);
  const longest = Math.max(0, ...tasks.map((t) => t.duration));
  const total = tasks.reduce((n, t) => n + t.duration, 0);
  console.log(
    `${label}: longest main-thread task ${ms(longest)}; ${tasks.length} long tasks (> 50 ms), ${ms(total)} in all`,
  );
  for (const e of rec.events.filter((e) => e.at >= from))
    console.log(`    ${ms(e.at - from).padStart(9)}  ${e.what}`);
  const top = [...tasks].sort((a, b) => b.duration - a.duration).slice(0, 8);
  console.log(
    `    longest tasks (start: duration): ${top.map((t) => `${ms(t.start - from)}: ${ms(t.duration)}`).join(', ') || 'none'}`,
  );
}

async function main(): Promise<void> {
  const projects = Number(option('--projects') ?? 5000);
  let dist = option('--dist');
  if (!dist) {
    dist = join(WORK, 'addin');
    if (!process.argv.includes('--no-build') || !existsSync(join(dist, 'index.html'))) {
      const args = ['webpack', '--mode', 'production', '--stats', 'errors-warnings'];
      const built = spawnSync('npx', [...args, '--output-path', dist], {
        cwd: ROOT,
        stdio: 'inherit',
      });
      if (built.status !== 0) process.exit(built.status ?? 1);
    }
  }
  mkdirSync(WORK, { recursive: true });
  // Generating a 500,000-row book takes a minute or two: kept for the next run.
  const cached = join(WORK, `statement-${projects}.json`);
  const book = existsSync(cached)
    ? (JSON.parse(readFileSync(cached, 'utf8')) as { path: string; rows: number })
    : await statementBook(WORK, projects, 20);
  writeFileSync(cached, JSON.stringify(book));

  const server = await serveStatic(dist);
  const browser = await launch('en-US');
  try {
    const app = await BudgetPage.open(browser, server.url, { sample: '', lang: 'en' });
    const page = app.page;
    const { verify, cancelVerify, stages } = app.t;

    // open: the grid reads the sheet in slices; Verify joins the reading and is cancelled during it.
    await record(page);
    await armCancelDuringRead(page, { verify, cancel: cancelVerify, read: stages.read });
    const opened = Date.now();
    await app.openFile(book.path);
    await page
      .getByTestId('file-name')
      .filter({ hasText: `statement-${projects}.xlsx` })
      .waitFor(LONG_WAIT);
    console.log(
      `book: ${book.rows.toLocaleString('en-US')} rows, opened in ${ms(Date.now() - opened)}`,
    );
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid="sheet-reading"]') === null &&
        document.querySelector('[role="grid"]') !== null,
      null,
      LONG_WAIT,
    );
    await notBusy(page);
    const rec = await collect(page);
    const arm = await page.evaluate(() => (window as unknown as { __arm: Arm }).__arm);
    const readFrom = rec.events.find((e) => e.what.includes('grid reading'))?.at;
    const readTo =
      readFrom === undefined
        ? undefined
        : rec.events.find((e) => e.at > readFrom && !e.what.includes('grid reading'))?.at;
    if (readFrom === undefined || readTo === undefined) {
      console.log('open: the grid was not seen reading the sheet in slices');
    } else {
      report(
        `open: the grid reads the sheet in slices (${ms(readTo - readFrom)})`,
        rec,
        readFrom,
        readTo,
      );
    }
    if (arm.cancelAt === undefined) {
      console.log(
        `  Verify ${arm.verifyAt === undefined ? 'not pressed' : 'pressed'}; the read stage was over before Cancel could be pressed`,
      );
    } else {
      const idleAt = rec.events.find(
        (e) => e.at >= (arm.cancelAt ?? 0) && e.what.startsWith('idle'),
      )?.at;
      console.log(
        `  Verify pressed ${ms((arm.verifyAt ?? 0) - (readFrom ?? 0))} into the reading, Cancel at ${arm.shown} rows: idle ${idleAt === undefined ? '?' : ms(idleAt - arm.cancelAt)} after Cancel; ${await app.count('error').count()} counts shown`,
      );
    }

    await page.getByRole('button', { name: verify, exact: true }).click();
    await app.page.waitForSelector('main[aria-busy="false"]', LONG_WAIT);
    console.log(`first verify: ${await app.count('error').textContent()}`);

    // fix: the pane fixes, then verifies again over the patched snapshot.
    const fix = page.getByRole('button', { name: /^Fix / }).first();
    console.log(`pressing ${await fix.getAttribute('aria-label')}`);
    await record(page);
    const fixedAt = await press(page, /^Fix /);
    await notBusy(page);
    const fixRec = await collect(page);
    const reread = fixRec.events.some((e) => e.what.includes('grid reading'));
    report(`fix, then verify again (sheet read again: ${reread ? 'yes' : 'no'})`, fixRec, fixedAt);
    console.log(`  after the fix: ${await app.count('error').textContent()}`);

    // cancel: Fix, then Cancel as soon as the pane offers it.
    console.log(`pressing ${await fix.getAttribute('aria-label')}, then Cancel at once`);
    await record(page);
    const pressedAt = await press(page, /^Fix /);
    await page.getByRole('button', { name: cancelVerify }).waitFor(LONG_WAIT);
    const cancelledAt = await press(page, cancelVerify);
    await notBusy(page);
    const cancelRec = await collect(page);
    const stage = [...cancelRec.events].reverse().find((e) => e.at <= cancelledAt)?.what ?? '?';
    const idle = cancelRec.events.find((e) => e.at >= cancelledAt && e.what.startsWith('idle'))?.at;
    report('fix, then cancel', cancelRec, pressedAt);
    const marks = Object.keys(await app.markedCells()).length;
    console.log(
      `  cancel pressed ${ms(cancelledAt - pressedAt)} after the fix (pane ${stage}); idle ${idle === undefined ? '?' : ms(idle - cancelledAt)} after it; ${marks} highlights drawn in view; counts shown: ${await app.count('error').count()}`,
    );
    await page.close();
  } finally {
    await browser.close().catch((e: unknown) => console.error(e instanceof Error ? e.message : e));
    await server.close();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.stack : e);
  process.exitCode = 1;
});
