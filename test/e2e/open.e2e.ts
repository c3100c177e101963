/** Opening workbooks: a damaged file, a file that is not a workbook, drag and drop, live formulas. */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pageStrings } from '../../src/web/view/strings';
import { BudgetPage } from './support/app';
import { ERRORS, truncated, withFormulaSubtotal } from './support/fixtures';
import { useE2E } from './support/session';

const e2e = useE2E();

test('a damaged file gets a clear message and the open workbook stays', async () => {
  const app = await BudgetPage.open(e2e.browser, e2e.server.url);
  await app.openFile(await truncated(e2e.files.dir));
  const alert = app.page.getByTestId('page-error');
  await alert.waitFor();
  const ko = pageStrings('ko');
  expect(await alert.textContent()).toContain(ko.openFailed);
  expect(await alert.textContent()).toContain(ko.readError.corrupt);
  expect(await alert.textContent()).toContain('손상된 파일.xlsx');
  expect(await app.page.getByTestId('file-name').textContent()).toBe('seoul-sns-2021.xlsx');
  await app.verify(); // the seed is still there and still works
  expect(await app.count('error').textContent()).toBe(app.t.severityCount('error', 0));

  const text = join(e2e.files.dir, 'notes.xlsx');
  await writeFile(text, '이것은 엑셀 파일이 아닙니다');
  await app.openFile(text);
  await app.page.getByTestId('page-error').filter({ hasText: ko.readError['not-xlsx'] }).waitFor();
  await app.page.close();
});

test('a file dropped on the page opens', async () => {
  const app = await BudgetPage.open(e2e.browser, e2e.server.url);
  await app.dropFile(ERRORS, '오류 예제.xlsx');
  await app.page.getByTestId('file-name').filter({ hasText: '오류 예제.xlsx' }).waitFor();
  await app.verify();
  expect(await app.count('error').textContent()).toBe(app.t.severityCount('error', 4));
  await app.page.close();
});

test('Fix recomputes the formulas that read the fixed cell', async () => {
  const app = await BudgetPage.open(e2e.browser, e2e.server.url, { sample: '' });
  await app.openFile(await withFormulaSubtotal(e2e.files.dir));
  await app.page.getByTestId('file-name').filter({ hasText: 'formula.xlsx' }).waitFor();
  await app.verify();
  expect((await app.listedCells()).sort()).toEqual(['D28', 'D29', 'D32', 'E24', 'H88']);
  expect(await app.cell('D28').textContent()).toBe('281,000천원');
  await app.fix('D29');
  await app.page.waitForFunction(() => !document.querySelector('[data-cell="D28"][data-mark]'));
  expect(await app.cell('D29').textContent()).toBe('60,000천원');
  expect(await app.cell('D28').textContent()).toBe('280,000천원');
  expect((await app.listedCells()).sort()).toEqual(['D32', 'E24', 'H88']);
  await app.page.locator('[data-cell="D28"]').click();
  expect(await app.page.getByTestId('formula-bar').textContent()).toBe('=SUM(D29:D31)');
  // The keyboard moves the selection as in a spreadsheet.
  await app.page.keyboard.press('ArrowDown');
  expect(await app.page.getByTestId('name-box').textContent()).toBe('D29');
  expect(await app.page.getByTestId('formula-bar').textContent()).toBe('60000');
  await app.page.keyboard.press('ArrowLeft');
  expect(await app.page.getByTestId('name-box').textContent()).toBe('C29');
  await app.page.close();
});
