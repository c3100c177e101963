/** Clear gives every cell back exactly the fill it had: in the page, and in the saved workbook. */
import { BudgetPage } from './support/app';
import { loadXlsx, OWN_FILLS, SHEET, withOwnFills } from './support/fixtures';
import { useE2E } from './support/session';

const e2e = useE2E();

test('Clear restores every fill, including the flagged cells’ own fills', async () => {
  const path = await withOwnFills(e2e.files.dir);
  // Large enough that all 89 rows and 8 columns are rendered at once.
  const app = await BudgetPage.open(e2e.browser, e2e.server.url, {
    sample: '',
    viewport: { width: 1900, height: 2200 },
  });
  await app.openFile(path);
  await app.page.getByTestId('file-name').filter({ hasText: 'filled.xlsx' }).waitFor();
  const before = await app.backgrounds();
  expect(Object.keys(before)).toEqual(
    expect.arrayContaining(['E24', 'D29', 'D32', 'H88', 'A21', 'H86']),
  );
  expect(before.D29).toContain('rgb(146, 208, 80)');

  await app.verify();
  const painted = await app.backgrounds();
  const changed = Object.keys(before)
    .filter((cell) => before[cell] !== painted[cell])
    .sort();
  expect(changed).toEqual(['D29', 'D32', 'E24', 'H88']);
  expect(painted.D29).toContain('rgb(255, 199, 206)');

  await app.clear();
  expect(await app.backgrounds()).toEqual(before);
  expect(await app.markedCells()).toEqual({});

  // Saved after Clear: the file's fills are the user's own, untouched.
  const saved = await loadXlsx((await app.save(e2e.files.dir)).path);
  const sheet = saved.getWorksheet(SHEET)!;
  for (const [cell, fill] of Object.entries(OWN_FILLS))
    expect(sheet.getCell(cell).fill).toEqual(fill);
  expect(sheet.getCell('D32').fill).toBeUndefined();
  expect(sheet.getCell('H88').fill).toBeUndefined();
  await app.page.close();
});
