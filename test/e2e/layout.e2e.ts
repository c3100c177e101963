/**
 * The page and the pane at a laptop's 1366×768 and at 320 px wide (Excel's
 * default task pane width, a phone): one scroll in the pane (the findings
 * list), the selected finding's message in full, every control on screen.
 * Writes the README's pictures (docs/images with `npm run screenshots`).
 */
import type { Page } from 'playwright-core';
import { BudgetPage } from './support/app';
import { SHEET } from './support/fixtures';
import { useE2E } from './support/session';

const e2e = useE2E();

/** Elements that scroll sideways or are cut off on the right of the window. */
const overflowRight = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/**
 * How many findings the list shows whole (top and bottom inside its scroll box),
 * counted from the top of the list as it is scrolled now.
 */
async function findingsFullyVisible(app: BudgetPage): Promise<number> {
  return app.page.getByRole('list', { name: app.t.findings }).evaluate((list) => {
    const box = (list.parentElement ?? list).getBoundingClientRect();
    const rows = [...list.querySelectorAll('[role="listitem"][data-key]')]
      .map((row) => row.getBoundingClientRect())
      .sort((a, b) => a.top - b.top);
    let whole = 0;
    for (const row of rows) {
      if (row.top < box.top - 0.5 || row.bottom > box.bottom + 0.5) break;
      whole += 1;
    }
    return whole;
  });
}

/** The finding's message is not cut: no hidden overflow either way. */
async function messageWhole(app: BudgetPage, cell: string): Promise<boolean> {
  const id = await app.page
    .getByRole('button', { name: app.t.goToCell(`${SHEET}!${cell}`), exact: true })
    .getAttribute('aria-describedby');
  return app.page
    .locator(`[id="${id}"]`)
    .evaluate((el) => el.scrollWidth <= el.clientWidth && el.scrollHeight <= el.clientHeight + 1);
}

async function checkPane(app: BudgetPage, width: number, height: number) {
  const pane = app.pane();
  // The pane itself never scrolls: the findings list is its one scroll.
  expect(await pane.evaluate((el) => el.scrollHeight - el.clientHeight)).toBeLessThanOrEqual(1);
  const box = await pane.boundingBox();
  expect(box && box.x >= 0 && box.x + box.width <= width + 0.5).toBe(true);
  expect(box && box.y + box.height <= height + 0.5).toBe(true);
  // Every control of the pane's header is on screen.
  for (const name of [app.t.verify, app.t.clear]) {
    const b = await app.page.getByRole('button', { name, exact: true }).boundingBox();
    expect(b && b.x >= 0 && b.x + b.width <= width && b.y + b.height <= height).toBe(true);
  }
  expect(await overflowRight(app.page)).toBeLessThanOrEqual(0);
}

test('at 1366×768 the page and the pane fit: the selected message wraps in full', async () => {
  const viewport = { width: 1366, height: 768 };
  const app = await BudgetPage.open(e2e.browser, e2e.server.url, {
    sample: 'seoul-sns-2021-errors.xlsx',
    viewport,
  });
  await app.verify();
  // The error sample's four findings under their three tables, each row whole, before and
  // after one is selected (the selected one opens to its full text).
  expect(await app.listedCells()).toEqual(['E24', 'D29', 'D32', 'H88']);
  expect(await findingsFullyVisible(app)).toBe(4);
  await app.goTo('D29');
  expect(await findingsFullyVisible(app)).toBe(4);
  await app.screenshot('page-1366x768');
  await checkPane(app, viewport.width, viewport.height);
  // The selected finding's message is shown in full (wrapped, not cut with "…").
  expect(await messageWhole(app, 'D29')).toBe(true);
  // H88's message is longer than its row: cut while another finding is selected, in full
  // (on two lines) once it is, and the four findings still fit.
  expect(await messageWhole(app, 'H88')).toBe(false);
  await app.goTo('H88');
  expect(await messageWhole(app, 'H88')).toBe(true);
  expect(await findingsFullyVisible(app)).toBe(4);
  await app.page.close();
});

test('at 320 px wide the pane goes below the workbook, full width, with every control', async () => {
  const viewport = { width: 320, height: 768 };
  const app = await BudgetPage.open(e2e.browser, e2e.server.url, {
    sample: 'seoul-sns-2021-errors.xlsx',
    viewport,
  });
  await app.verify();
  await app.goTo('D29');
  await app.screenshot('page-320');
  await checkPane(app, viewport.width, viewport.height);
  const pane = await app.pane().boundingBox();
  expect(pane?.width).toBeGreaterThan(300);
  // The page's own buttons wrap rather than leave the window.
  for (const name of [app.p.open, app.p.openSample, app.p.save]) {
    const b = await app.page.getByRole('button', { name, exact: true }).boundingBox();
    expect(b && b.x >= 0 && b.x + b.width <= viewport.width).toBe(true);
  }
  expect(await app.grid().isVisible()).toBe(true);
  await app.page.close();
});
