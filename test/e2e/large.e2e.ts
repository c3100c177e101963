/** A 100,000-row sheet stays responsive: only the rows in view exist in the page. */
import { BudgetPage } from './support/app';
import { largeBook } from './support/fixtures';
import { useE2E } from './support/session';

const e2e = useE2E();

test('the grid renders only the visible rows of a 100,000-row sheet and scrolls to its end', async () => {
  const path = await largeBook(e2e.files.dir);
  const app = await BudgetPage.open(e2e.browser, e2e.server.url, { sample: '' });
  const opened = Date.now();
  await app.openFile(path);
  await app.page
    .getByTestId('file-name')
    .filter({ hasText: 'large.xlsx' })
    .waitFor({ timeout: 60_000 });
  await app.cell('B2').waitFor();
  const openMs = Date.now() - opened;
  expect(await app.grid().getAttribute('aria-rowcount')).toBe(String(100_000 + 40));
  expect(await app.grid().locator('[role="row"]').count()).toBeLessThan(80);

  // Scroll to the last row (above the spare empty rows): it is drawn, and still only a screenful of rows exists.
  const scrolled = Date.now();
  await app
    .grid()
    .evaluate((el) => el.scrollTo({ top: el.scrollHeight - el.clientHeight - 30 * 20 }));
  await app.page.locator('[data-cell="B100000"]').waitFor();
  const scrollMs = Date.now() - scrolled;
  expect(await app.cell('B100000').textContent()).toBe('항목 99999');
  expect(await app.cell('C100000').textContent()).toBe('99,999,000');
  expect(await app.grid().locator('[role="row"]').count()).toBeLessThan(80);
  // The frozen header row stays in view.
  expect(await app.page.locator('[data-cell="A1"]').textContent()).toBe('번호');
  expect(scrollMs).toBeLessThan(2_000);
  console.log(`100,000 rows: opened in ${openMs} ms, scrolled to the end in ${scrollMs} ms`);
  await app.page.close();
});
