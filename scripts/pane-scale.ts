/**
 * `npm run pane-scale`: what the task pane feels like at scale, measured in
 * Debian's Chromium over the built browser page (dist/addin/index.html):
 *
 *   list     10,000 findings: the findings list scrolled end to end one step a frame
 *            (frame times, DOM rows), End / Home across the whole list
 *   books    budget statements (~100 rows a project): time to open in the page,
 *            Verify through the Web Worker (where the time goes: structured clone
 *            out, engine, clone back; the longest frame the page drew meanwhile),
 *            Cancel during the check (time until the pane is idle again), and with
 *            --thread the same Verify on the page's thread for comparison
 *
 *   npm run pane-scale -- [--no-build] [--projects 1000,5000] [--thread] [--skip-list] [--step 600]
 *   (--projects none: the list only; --step: pixels the list scrolls a frame)
 *
 * Timings depend on the machine; the end-to-end tests assert behaviour, this prints figures.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BudgetPage } from '../test/e2e/support/app';
import { launch, type Browser } from '../test/e2e/support/browser';
import { manyFindingsBook, SHEET, statementBook } from '../test/e2e/support/fixtures';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the CommonJS server the tests use
const { serveStatic } = require('./static-server.js') as {
  serveStatic: (root: string) => Promise<{ url: string; close(): Promise<void> }>;
};

const ROOT = join(__dirname, '..');
const DIST = join(ROOT, 'dist/addin');
const WORK = join(ROOT, 'dist/pane-scale');

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const has = (name: string) => process.argv.includes(name);

/** The pane idle again (a 500k-row verification takes longer than the tests' 30 s default). */
const idle = (app: BudgetPage) => app.page.waitForSelector('main[aria-busy="false"]', { timeout: 900_000 });

const ms = (n: number) => `${Math.round(n).toLocaleString('en-US')} ms`;

/** Starts recording frame gaps (requestAnimationFrame) and long tasks in the page. */
async function startFrames(app: BudgetPage): Promise<void> {
  await app.page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __longest: number; __recording: boolean };
    w.__frames = [];
    w.__longest = 0;
    w.__recording = true;
    let last = performance.now();
    const tick = (now: number) => {
      w.__frames.push(now - last);
      last = now;
      if (w.__recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration);
    }).observe({ type: 'longtask' });
  });
}

async function stopFrames(app: BudgetPage): Promise<{ frames: number; p95: number; max: number; longTask: number }> {
  return app.page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __longest: number; __recording: boolean };
    w.__recording = false;
    const frames = w.__frames.slice(1).sort((a, b) => a - b);
    const at = (q: number) => frames[Math.min(frames.length - 1, Math.floor(q * frames.length))] ?? 0;
    return { frames: frames.length, p95: at(0.95), max: frames.at(-1) ?? 0, longTask: w.__longest };
  });
}

async function workerMeasures(app: BudgetPage): Promise<Record<string, number>> {
  return app.page.evaluate(() =>
    Object.fromEntries(
      performance
        .getEntriesByType('measure')
        .filter((e) => e.name.startsWith('verify-worker:'))
        .map((e) => [e.name.replace('verify-worker:', ''), e.duration]),
    ),
  );
}

async function open(app: BudgetPage, path: string, name: string): Promise<number> {
  const started = Date.now();
  await app.openFile(path);
  await app.page.getByTestId('file-name').filter({ hasText: name }).waitFor({ timeout: 600_000 });
  await app.cell('A1').waitFor();
  return Date.now() - started;
}

async function measureList(browser: Browser, url: string): Promise<void> {
  const book = await manyFindingsBook(WORK);
  const app = await BudgetPage.open(browser, url, { sample: '' });
  const openMs = await open(app, book.path, 'many-findings.xlsx');
  const started = Date.now();
  await app.page.getByRole('button', { name: app.t.verify, exact: true }).click();
  await idle(app);
  const verifyMs = Date.now() - started;
  const list = app.page.getByRole('list', { name: app.t.findings });
  const viewport = list.locator('xpath=..');

  // One scroll step a frame, top to bottom, as a fast wheel or a dragged scrollbar would.
  const step = Number(option('--step') ?? 600);
  // Frames with nothing to do, for comparison: what this machine's headless Chromium draws at rest.
  const rest = await app.page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const gaps: number[] = [];
        let last = performance.now();
        const frame = (now: number) => {
          gaps.push(now - last);
          last = now;
          if (gaps.length < 61) requestAnimationFrame(frame);
          else resolve(gaps.slice(1).reduce((a, b) => a + b, 0) / 60);
        };
        requestAnimationFrame(frame);
      }),
  );
  const scroll = await viewport.evaluate(async (el, step) => {
    const gaps: number[] = [];
    let rows = 0;
    let last = performance.now();
    el.scrollTop = 0;
    await new Promise<void>((resolve) => {
      const frame = (now: number) => {
        gaps.push(now - last);
        last = now;
        rows = Math.max(rows, el.querySelectorAll('[role="listitem"]').length);
        if (el.scrollTop + el.clientHeight >= el.scrollHeight - 1) resolve();
        else {
          el.scrollTop += step;
          requestAnimationFrame(frame);
        }
      };
      requestAnimationFrame(frame);
    });
    const sorted = gaps.slice(1).sort((a, b) => a - b);
    const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
    return { frames: sorted.length, mean: sorted.reduce((a, b) => a + b, 0) / sorted.length, p50: q(0.5), p95: q(0.95), max: sorted.at(-1) ?? 0, rows, height: el.scrollHeight };
  }, step);

  const first = app.page.getByRole('button', { name: app.t.goToCell(`${SHEET}!B2`), exact: true });
  await viewport.evaluate((el) => (el.scrollTop = 0));
  await first.focus();
  const keyed = await app.page.evaluate(
    ([lastLabel]) =>
      new Promise<number>((resolve) => {
        const t0 = performance.now();
        document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
        const wait = () =>
          document.activeElement?.getAttribute('aria-label') === lastLabel
            ? resolve(performance.now() - t0)
            : requestAnimationFrame(wait);
        wait();
      }),
    [app.t.goToCell(`${SHEET}!${book.lastFindingCell}`)],
  );
  console.log(`list: ${book.findings.toLocaleString('en-US')} findings (opened ${ms(openMs)}, verified ${ms(verifyMs)})`);
  console.log(
    `  scroll end to end, ${step} px a frame, ${scroll.frames} frames over ${scroll.height.toLocaleString('en-US')} px: mean ${scroll.mean.toFixed(1)} ms, p50 ${scroll.p50.toFixed(1)}, p95 ${scroll.p95.toFixed(1)}, max ${scroll.max.toFixed(1)}; at most ${scroll.rows} rows in the DOM (frames at rest: ${rest.toFixed(1)} ms)`,
  );
  console.log(`  End from the first finding: the last one focused after ${keyed.toFixed(1)} ms`);
  await app.page.close();
}

async function measureBook(browser: Browser, url: string, projects: number, thread: boolean): Promise<void> {
  // Generating 500k rows takes a minute or two: a book made by an earlier run is used again.
  const cached = join(WORK, `statement-${projects}.json`);
  const book = existsSync(cached)
    ? (JSON.parse(readFileSync(cached, 'utf8')) as { path: string; rows: number })
    : await statementBook(WORK, projects, 20);
  writeFileSync(cached, JSON.stringify(book));
  const name = `statement-${projects}.xlsx`;
  const label = `${book.rows.toLocaleString('en-US')} rows`;
  const app = await BudgetPage.open(browser, url, { sample: '' });
  const openMs = await open(app, book.path, name);
  console.log(`book: ${label} (${projects} projects), opened in the page in ${ms(openMs)}`);

  // Verify through the worker, watching the frames the page draws meanwhile.
  await startFrames(app);
  let started = Date.now();
  await app.page.getByRole('button', { name: app.t.verify, exact: true }).click();
  await app.page.getByRole('progressbar', { name: app.t.stages.check }).waitFor({ timeout: 600_000 });
  const toCheck = Date.now() - started;
  await idle(app);
  const total = Date.now() - started;
  const frames = await stopFrames(app);
  const w = await workerMeasures(app);
  const errors = await app.count('error').textContent();
  console.log(
    `  verify (worker): ${ms(total)} click to result (read ${ms(toCheck)}); worker ${ms(w.total ?? 0)} = clone out ${ms(w.post ?? 0)} (in chunks, longest ${ms(w['longest-post'] ?? 0)}) + yields + deliver ${ms(w.deliver ?? 0)} + engine ${ms(w.engine ?? 0)} + clone back ${ms(w.reply ?? 0)}; errors ${errors}`,
  );
  console.log(`    frames meanwhile: ${frames.frames}, p95 ${frames.p95.toFixed(0)} ms, longest ${frames.max.toFixed(0)} ms; longest task ${frames.longTask.toFixed(0)} ms`);

  // Cancel during the check stage.
  await app.clear();
  await app.page.getByRole('button', { name: app.t.verify, exact: true }).click();
  await app.page.getByRole('progressbar', { name: app.t.stages.check }).waitFor({ timeout: 600_000 });
  await app.page.waitForTimeout(500);
  const pressed = Date.now();
  await app.page.getByRole('button', { name: app.t.cancelVerify }).click();
  await idle(app);
  const cancelMs = Date.now() - pressed;
  const marks = Object.keys(await app.markedCells()).length;
  console.log(`  cancel during the check: idle ${ms(cancelMs)} after the click; ${marks} highlights left`);
  await app.page.close();

  if (thread) {
    const inThread = await BudgetPage.open(browser, url, { sample: '', query: { engine: 'thread' } });
    await open(inThread, book.path, name);
    await startFrames(inThread);
    started = Date.now();
    // A click that waits for the page would time out while the engine holds the thread: press it from inside.
    await inThread.page.getByRole('button', { name: inThread.t.verify, exact: true }).evaluate((b) => (b as HTMLButtonElement).click());
    await idle(inThread);
    const threadMs = Date.now() - started;
    const f = await stopFrames(inThread);
    console.log(`  verify (page thread, no worker): ${ms(threadMs)}; longest frame ${f.max.toFixed(0)} ms, longest task ${f.longTask.toFixed(0)} ms`);
    await inThread.page.close();
  }
}

async function main(): Promise<void> {
  if (!has('--no-build') || !existsSync(join(DIST, 'index.html'))) {
    const built = spawnSync('npx', ['webpack', '--mode', 'production', '--stats', 'errors-warnings'], { cwd: ROOT, stdio: 'inherit' });
    if (built.status !== 0) process.exit(built.status ?? 1);
  }
  mkdirSync(WORK, { recursive: true });
  const server = await serveStatic(DIST);
  const browser = await launch();
  try {
    if (!has('--skip-list')) await measureList(browser, server.url);
    const projects = (option('--projects') ?? '1000,5000').split(',').map(Number).filter((n) => n > 0);
    for (const p of projects) await measureBook(browser, server.url, p, has('--thread'));
  } finally {
    await browser.close().catch((e: unknown) => console.error(e instanceof Error ? e.message : e));
    await server.close();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.stack : e);
  process.exitCode = 1;
});
