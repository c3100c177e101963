/**
 * Going to a far cell keeps the grid's labels in view: the column letters and
 * the row numbers always, and the sheet's frozen pane (its label column and
 * heading rows) when it has one.
 */
import type { Locator } from 'playwright-core';
import { BudgetPage } from './support/app';
import { withFrozenPane } from './support/fixtures';
import { useE2E } from './support/session';

const e2e = useE2E();
const VIEWPORT = { width: 1366, height: 768 };

async function box(locator: Locator) {
  const b = await locator.boundingBox();
  if (!b) throw new Error('not rendered');
  return b;
}

/** Wholly inside the window. */
async function onScreen(locator: Locator): Promise<boolean> {
  if ((await locator.count()) !== 1) return false;
  const b = await box(locator);
  return b.x >= 0 && b.y >= 0 && b.x + b.width <= VIEWPORT.width && b.y + b.height <= VIEWPORT.height;
}

test('going to H88 keeps its column letter and row number in view, level with the cell', async () => {
  const app = await BudgetPage.open(e2e.browser, e2e.server.url, {
    sample: 'seoul-sns-2021-errors.xlsx',
    viewport: VIEWPORT,
  });
  await app.verify();
  await app.goTo('H88');
  expect(await app.inView('H88')).toBe(true);
  const cell = await box(app.cell('H88'));
  const letter = app.page.locator('[data-col-header="H"]');
  const number = app.page.locator('[data-row-header="88"]');
  expect(await onScreen(letter)).toBe(true);
  expect(await onScreen(number)).toBe(true);
  expect((await box(letter)).x).toBeCloseTo(cell.x, 0);
  expect((await box(letter)).y).toBeLessThan(cell.y);
  expect((await box(number)).y).toBeCloseTo(cell.y, 0);
  expect((await box(number)).x).toBeLessThan(cell.x);
  await app.page.close();
});

test('a sheet’s frozen pane stays in view: its label column beside H88, its heading rows above', async () => {
  const path = await withFrozenPane(e2e.files.dir);
  const app = await BudgetPage.open(e2e.browser, e2e.server.url, { sample: '', viewport: VIEWPORT });
  await app.openFile(path);
  await app.page.getByTestId('file-name').filter({ hasText: 'frozen.xlsx' }).waitFor();
  await app.verify();
  await app.goTo('H88');
  expect(await app.inView('H88')).toBe(true);
  // The body scrolled sideways and down (column B and row 3 are out of sight) ...
  expect(await app.grid().evaluate((el) => [el.scrollLeft > 0, el.scrollTop > 0])).toEqual([
    true,
    true,
  ]);
  // ... yet the label of row 88 (A88, frozen) and the title (A1, frozen) are in view, drawn
  // beside the scrolled body (not inside it).
  const frozen = (address: string) => app.page.locator(`[data-cell="${address}"]`);
  expect(await app.cell('A88').count()).toBe(0);
  const cell = await box(app.cell('H88'));
  expect(await onScreen(frozen('A88'))).toBe(true);
  expect(await frozen('A88').textContent()).toBe('2018');
  expect((await box(frozen('A88'))).y).toBeCloseTo(cell.y, 0);
  expect(await onScreen(frozen('A1'))).toBe(true);
  expect(await onScreen(app.page.locator('[data-col-header="A"]'))).toBe(true);
  // A click on the frozen label selects it, without scrolling the body back.
  const scrolled = await app.grid().evaluate((el) => el.scrollLeft);
  await frozen('A88').click();
  expect(await app.page.getByTestId('name-box').textContent()).toBe('A88');
  expect(await app.grid().evaluate((el) => el.scrollLeft)).toBe(scrolled);
  await app.page.close();
});
