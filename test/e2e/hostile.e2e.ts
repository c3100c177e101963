/**
 * Hostile files on the page (issue 13): a file that inflates to gigabytes, one with a
 * value at the sheet's far corner, a damaged one — each a message within 20 s, the
 * workbook that was open stays open and the tab keeps working. The file is measured in a
 * worker before exceljs opens it on the page's thread (web/book/bookCheck.ts); a number
 * cell storing no number opens as what it stores, never as the number exceljs makes of
 * it. (Every case of the suite is taken the page's way, with its memory, in
 * test/hostile/pageBounds.test.ts.)
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pageStrings } from '../../src/web/view/strings';
import { HOSTILE, type HostileCase } from '../hostile/cases';
import { BudgetPage } from './support/app';
import { useE2E } from './support/session';

const e2e = useE2E();

async function hostile(name: HostileCase): Promise<string> {
  const path = join(e2e.files.dir, `${name}.xlsx`);
  await writeFile(path, HOSTILE[name]());
  return path;
}

/** The bound issue 13 sets for every case, in the page too. */
const MAX_MS = 20_000;

test('a bomb, a far corner and a damaged package are messages within 20 s; the page lives on', async () => {
  const app = await BudgetPage.open(e2e.browser, e2e.server.url);
  let crashed = false;
  app.page.on('crash', () => (crashed = true));
  const ko = pageStrings('ko');
  const files = [
    [await hostile('lyingBomb'), ko.readError['too-large']],
    [await hostile('farValue'), ko.readError['too-large']],
    [await hostile('duplicate'), ko.readError.corrupt],
  ] as const;
  for (const [file, message] of files) {
    const started = Date.now();
    await app.openFile(file);
    await app.page.getByTestId('page-error').filter({ hasText: message }).waitFor();
    expect(Date.now() - started).toBeLessThanOrEqual(MAX_MS);
    expect(await app.page.getByTestId('file-name').textContent()).toBe('seoul-sns-2021.xlsx');
    await app.page.getByTestId('page-error').getByRole('button').click();
  }
  expect(crashed).toBe(false);
  await app.verify(); // the seed is still open and still checked
  expect(await app.count('error').textContent()).toBe(app.t.severityCount('error', 0));
  await app.page.close();
});

test('a number cell storing `12abc` opens as what it stores: a warning at its cell, not the figure 12', async () => {
  const app = await BudgetPage.open(e2e.browser, e2e.server.url);
  await app.openFile(await hostile('number12abc'));
  await app.page.getByTestId('file-name').filter({ hasText: 'number12abc.xlsx' }).waitFor();
  await app.verify();
  expect(await app.listedCells()).toContain('C3');
  expect(await app.count('warning').textContent()).toBe(app.t.severityCount('warning', 1));
  await app.page.close();
});
