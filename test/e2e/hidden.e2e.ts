/** A cell under the number format `;;;` shows nothing in the grid, as in Excel, yet is still verified. */
import { BudgetPage } from './support/app';
import { loadXlsx, SHEET, withHiddenCells } from './support/fixtures';
import { useE2E } from './support/session';

const e2e = useE2E();

test('hidden cells show nothing; the engine still reads and flags their values', async () => {
  const path = await withHiddenCells(e2e.files.dir);
  const source = (await loadXlsx(path)).getWorksheet(SHEET)!;
  expect(source.getCell('B29').value).toEqual(expect.any(String)); // a label is there to hide
  const app = await BudgetPage.open(e2e.browser, e2e.server.url, { sample: '' });
  await app.openFile(path);
  await app.page.getByTestId('file-name').filter({ hasText: 'hidden.xlsx' }).waitFor();
  await app.cell('D29').waitFor();
  const texts = await app.texts();
  expect(texts.D29).toBe('');
  expect(texts.B29).toBe('');
  expect(texts.D30).not.toBe(''); // its neighbours, without the format, still show
  // The formula bar shows what is stored, as Excel's does.
  await app.cell('D29').click();
  expect(await app.page.getByTestId('formula-bar').textContent()).toBe(
    String(source.getCell('D29').value),
  );
  await app.verify();
  expect(await app.listedCells()).toContain('D29');
  expect(await app.cell('D29').getAttribute('data-mark')).toBe('error');
  await app.page.close();
});
