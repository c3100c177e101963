/**
 * Hostile files on the page (issue 13): a file that inflates to gigabytes, one with a
 * value at the sheet's far corner, a damaged one — each a message, the workbook
 * that was open stays open and the tab keeps working. The file is measured in a
 * worker before exceljs opens it on the page's thread (web/book/bookCheck.ts).
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pageStrings } from '../../src/web/view/strings';
import { book, budgetRows, cell, inflatingRows, row } from '../hostile/books';
import { BudgetPage } from './support/app';
import { useE2E } from './support/session';

const e2e = useE2E();

async function hostile(name: string, bytes: Uint8Array): Promise<string> {
  const path = join(e2e.files.dir, name);
  await writeFile(path, bytes);
  return path;
}

test('a bomb, a far corner and a damaged package are messages; the page lives on', async () => {
  const app = await BudgetPage.open(e2e.browser, e2e.server.url);
  let crashed = false;
  app.page.on('crash', () => (crashed = true));
  const ko = pageStrings('ko');
  const files = [
    [await hostile('폭탄.xlsx', book([{ name: 'Budget', rows: inflatingRows(2.1 * 1024 ** 3), declaredSize: 1000 }])), ko.readError['too-large']],
    [await hostile('먼 셀.xlsx', book([{ name: 'Budget', rows: budgetRows() + row(1048576, cell('XFD1048576', 1)) }])), ko.readError['too-large']],
    [await hostile('중복.xlsx', book([{ name: 'Budget', rows: budgetRows() }], { extra: [{ name: 'xl/worksheets/sheet1.xml', data: '<x/>' }] })), ko.readError.corrupt],
  ] as const;
  for (const [file, message] of files) {
    await app.openFile(file);
    await app.page.getByTestId('page-error').filter({ hasText: message }).waitFor();
    expect(await app.page.getByTestId('file-name').textContent()).toBe('seoul-sns-2021.xlsx');
    await app.page.getByTestId('page-error').getByRole('button').click();
  }
  expect(crashed).toBe(false);
  await app.verify(); // the seed is still open and still checked
  expect(await app.count('error').textContent()).toBe(app.t.severityCount('error', 0));
  await app.page.close();
});
