/**
 * Scale in the page (issue 6): the verification runs in a Web Worker, so with
 * 10,000 findings the progress shows and the windowed list scrolls to the last
 * finding with only a screenful of rows in the DOM; and on a large budget
 * statement Cancel during the check stops the worker, leaves no highlights and
 * the pane usable. Timings are printed, never asserted (`npm run pane-scale`
 * measures them properly).
 */
import { BudgetPage } from './support/app';
import { manyFindingsBook, SHEET, statementBook } from './support/fixtures';
import { useE2E } from './support/session';

const e2e = useE2E();

/** Budget-statement projects for the cancel test: about 100 rows each (E2E_CANCEL_PROJECTS to change). */
const CANCEL_PROJECTS = Number(process.env.E2E_CANCEL_PROJECTS ?? 1000);

/** Names of the worker's performance measures (src/worker/workerEngine.ts) the page has recorded. */
function workerRuns(app: BudgetPage): Promise<number> {
  return app.page.evaluate(() => performance.getEntriesByName('verify-worker:total').length);
}

/** Waits until the focused element is the button of that accessible name. */
async function focused(app: BudgetPage, label: string): Promise<void> {
  await app.page.waitForFunction(
    (name) => document.activeElement?.getAttribute('aria-label') === name,
    label,
  );
}

async function openBook(app: BudgetPage, path: string, name: string): Promise<number> {
  const started = Date.now();
  await app.openFile(path);
  await app.page.getByTestId('file-name').filter({ hasText: name }).waitFor({ timeout: 120_000 });
  await app.cell('A1').waitFor();
  return Date.now() - started;
}

test('10,000 findings: checked in the worker with progress, the list scrolls to the last one and selects it', async () => {
  const book = await manyFindingsBook(e2e.files.dir);
  const app = await BudgetPage.open(e2e.browser, e2e.server.url, { sample: '' });
  const openMs = await openBook(app, book.path, 'many-findings.xlsx');

  const started = Date.now();
  await app.page.getByRole('button', { name: app.t.verify, exact: true }).click();
  await app.page.getByRole('progressbar').waitFor();
  await app.idle();
  const verifyMs = Date.now() - started;
  expect(await app.count('error').textContent()).toContain('10,000');
  expect(await workerRuns(app)).toBe(1);

  const list = app.page.getByRole('list', { name: app.t.findings });
  const items = list.getByRole('listitem');
  expect(await items.count()).toBeLessThan(30);

  // Scroll the list to its end: the last finding is drawn, and still only a screenful of rows.
  const viewport = list.locator('xpath=..');
  const scrolled = Date.now();
  await viewport.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  const last = app.page.getByRole('button', {
    name: app.t.goToCell(`${SHEET}!${book.lastFindingCell}`),
    exact: true,
  });
  await last.waitFor();
  const scrollMs = Date.now() - scrolled;
  expect(await items.count()).toBeLessThan(30);
  await last.click();
  await expect(app.cell(book.lastFindingCell).getAttribute('aria-selected')).resolves.toBe('true');
  expect(await app.cell(book.lastFindingCell).getAttribute('data-mark')).toBe('error');

  // The keyboard crosses the whole list both ways.
  await last.focus();
  await app.page.keyboard.press('Home');
  await focused(app, app.t.goToCell(`${SHEET}!B2`));
  await app.page.keyboard.press('End');
  await focused(app, app.t.goToCell(`${SHEET}!${book.lastFindingCell}`));
  expect(await items.count()).toBeLessThan(30);
  console.log(
    `10,000 findings: opened in ${openMs} ms, verified in ${verifyMs} ms, list scrolled to the end in ${scrollMs} ms`,
  );
  await app.page.close();
});

// Opening and checking 100,000 rows twice takes longer than the suite's 90 s on a busy two-core machine.
test(`a budget statement of ${CANCEL_PROJECTS.toLocaleString('en-US')} projects: Cancel during the check stops the worker and leaves nothing`, async () => {
  const book = await statementBook(e2e.files.dir, CANCEL_PROJECTS, 20);
  const app = await BudgetPage.open(e2e.browser, e2e.server.url, { sample: '' });
  const openMs = await openBook(app, book.path, `statement-${CANCEL_PROJECTS}.xlsx`);

  await app.page.getByRole('button', { name: app.t.verify, exact: true }).click();
  await app.page
    .getByRole('progressbar', { name: app.t.stages.check })
    .waitFor({ timeout: 60_000 });
  // The pane's thread is free while the worker checks: the page answers and Cancel can be pressed.
  // Short: the page's worker is prepared at open, so a quiet machine checks these rows in under a second.
  await app.page.waitForTimeout(100);
  const cancelled = Date.now();
  await app.page.getByRole('button', { name: app.t.cancelVerify }).click();
  await app.idle();
  const cancelMs = Date.now() - cancelled;
  expect(await app.page.getByRole('progressbar').count()).toBe(0);
  expect(await workerRuns(app)).toBe(0); // the worker never answered: it was stopped
  expect(await app.markedCells()).toEqual({});
  expect(await app.count('error').count()).toBe(0);
  await expect(
    app.page.getByRole('button', { name: app.t.verify, exact: true }).isEnabled(),
  ).resolves.toBe(true);

  // The pane is usable: the grid still scrolls and a later Verify (in a fresh worker) completes.
  const verified = Date.now();
  await app.verify();
  const verifyMs = Date.now() - verified;
  expect(await workerRuns(app)).toBe(1);
  expect(Number((await app.count('error').textContent())?.replace(/\D/g, ''))).toBeGreaterThan(0);
  console.log(
    `${book.rows.toLocaleString('en-US')}-row statement: opened in ${openMs} ms, cancelled in ${cancelMs} ms, verified in ${verifyMs} ms`,
  );
  await app.page.close();
}, 240_000);
