/**
 * The review a budget officer does in the browser, on the bundled samples:
 * verify, walk the findings, fix, accept, save and open the saved copy again.
 */
import { join } from 'node:path';
import { makeOptions, verifyWorkbook } from '../../src/engine/index';
import { applyAcceptances, readWorkbook, writeAnnotatedCopy } from '../../src/file/index';
import { cellsOf, differences } from '../web/support';
import { BudgetPage } from './support/app';
import { ERRORS, loadXlsx, SHEET } from './support/fixtures';
import { useE2E } from './support/session';

const e2e = useE2E();
const EXPECTED = ['E24', 'D29', 'D32', 'H88'];

const openErrors = () =>
  BudgetPage.open(e2e.browser, e2e.server.url, { sample: 'seoul-sns-2021-errors.xlsx' });

test('the seed sample verifies with zero findings and nothing highlighted', async () => {
  const app = await BudgetPage.open(e2e.browser, e2e.server.url);
  expect(await app.page.getByTestId('file-name').textContent()).toBe('seoul-sns-2021.xlsx');
  await app.verify();
  expect(await app.count('error').textContent()).toBe(app.t.severityCount('error', 0));
  expect(await app.count('warning').textContent()).toBe(app.t.severityCount('warning', 0));
  expect(await app.pane().getByText(app.t.noFindings).count()).toBe(1);
  expect(await app.markedCells()).toEqual({});
  await app.screenshot('seed-verified');
  await app.page.close();
});

test('the error sample shows each expected finding, highlighted in the grid', async () => {
  const app = await openErrors();
  await app.verify();
  expect((await app.listedCells()).sort()).toEqual([...EXPECTED].sort());
  expect(await app.count('error').textContent()).toBe(app.t.severityCount('error', 4));
  const rules = {
    E24: 'change-rate',
    D29: 'product',
    D32: 'subtotal',
    H88: 'execution-balance',
  } as const;
  for (const [cell, rule] of Object.entries(rules)) {
    await expect(
      app.findingRow(cell).getByText(app.t.rules[rule], { exact: true }).count(),
    ).resolves.toBe(1);
  }
  expect(await app.findingRow('D29').textContent()).toContain('60,000천원');
  const marked = await app.markedCells();
  // Rows 1-40 are in view: E24, D29 and D32 are painted; H88 is further down.
  expect(marked).toEqual({ E24: 'error', D29: 'error', D32: 'error' });
  expect(await app.cell('D29').getAttribute('title')).toMatch(
    /^\[예산 검산\] 오류 · 산출식\n/,
  );
  await app.screenshot('error-findings');
  await app.page.close();
});

test('clicking a finding scrolls its cell into view and selects it', async () => {
  const app = await openErrors();
  await app.verify();
  expect(await app.cell('H88').count()).toBe(0); // not rendered: far below the view
  await app.goTo('H88');
  await expect(app.cell('H88').getAttribute('aria-selected')).resolves.toBe('true');
  expect(await app.inView('H88')).toBe(true);
  expect(await app.page.getByTestId('name-box').textContent()).toBe('H88');
  expect(await app.page.getByTestId('formula-bar').textContent()).toBe('(x-) 12,246');
  expect(await app.cell('H88').getAttribute('data-mark')).toBe('error');
  expect(await app.grid().getAttribute('aria-activedescendant')).toBe(
    await app.cell('H88').getAttribute('id'),
  );
  await app.screenshot('finding-selected');
  await app.goTo('E24');
  expect(await app.inView('E24')).toBe(true);
  expect(await app.cell('E24').getAttribute('aria-selected')).toBe('true');
  expect(await app.cell('H88').count()).toBe(0);
  await app.page.close();
});

test('Fix removes the finding and changes only that cell', async () => {
  const app = await openErrors();
  await app.verify();
  const before = await app.texts();
  await app.fix('D29');
  await app.page.waitForFunction(() => !document.querySelector('[data-cell="D29"][data-mark]'));
  expect((await app.listedCells()).sort()).toEqual(['D32', 'E24', 'H88']);
  const after = await app.texts();
  expect(after.D29).toBe('60,000천원');
  const changed = Object.keys(before).filter((cell) => before[cell] !== after[cell]);
  expect(changed).toEqual(['D29']);
  // The saved workbook differs from the file only in that cell's value (and the marks Save adds).
  const saved = await loadXlsx((await app.save(e2e.files.dir)).path);
  const original = await loadXlsx(ERRORS);
  const values = (wb: typeof original) => {
    const out = new Map<string, string>();
    wb.getWorksheet(SHEET)!.eachRow((row) =>
      row.eachCell((c) => void out.set(c.address, JSON.stringify(c.value))),
    );
    return out;
  };
  expect(differences(values(original), values(saved))).toEqual(['D29']);
  await app.page.close();
});

test('Save writes the same annotated copy as the command line', async () => {
  const app = await openErrors();
  await app.verify();
  const saved = await app.save(e2e.files.dir);
  expect(saved.name).toBe('seoul-sns-2021-errors.checked.xlsx');
  const reading = await readWorkbook(ERRORS);
  const result = verifyWorkbook(reading.snapshot, makeOptions({ language: 'ko' }));
  const cli = join(e2e.files.dir, 'cli.checked.xlsx');
  const findings = applyAcceptances(result.findings, reading.acceptances);
  // As the command line writes it: with what was checked on the report sheet.
  await writeAnnotatedCopy({ input: ERRORS, output: cli, findings, language: 'ko', coverage: result.coverage });
  expect(differences(cellsOf(await loadXlsx(cli)), cellsOf(await loadXlsx(saved.path)))).toEqual(
    [],
  );
  await app.page.close();
});

test('an accepted finding survives Save and reopening the saved copy', async () => {
  const app = await openErrors();
  await app.verify();
  await app.accept('E24');
  await expect(
    app.findingRow('E24').getByText(app.t.accepted, { exact: true }).count(),
  ).resolves.toBe(1);
  expect(await app.cell('E24').getAttribute('data-mark')).toBeNull();
  expect(await app.count('accepted').textContent()).toBe(app.t.acceptedCount(1));
  const saved = await app.save(e2e.files.dir);
  const workbook = await loadXlsx(saved.path);
  expect(workbook.getWorksheet(SHEET)!.getCell('E24').fill).toBeUndefined();
  expect(workbook.getWorksheet(SHEET)!.getCell('D29').fill).toMatchObject({
    fgColor: { argb: 'FFFFC7CE' },
  });

  await app.openFile(saved.path);
  await app.page.getByTestId('file-name').filter({ hasText: saved.name }).waitFor();
  // The reopened copy shows its highlights as they were saved (and the report sheet as a tab).
  expect(await app.markedCells()).toEqual({ D29: 'error', D32: 'error' });
  expect(await app.page.getByRole('tab', { name: '검산결과' }).count()).toBe(1);
  await app.verify();
  expect(await app.count('accepted').textContent()).toBe(app.t.acceptedCount(1));
  expect(await app.count('error').textContent()).toBe(app.t.severityCount('error', 3));
  await expect(
    app.findingRow('E24').getByText(app.t.accepted, { exact: true }).count(),
  ).resolves.toBe(1);
  expect(await app.cell('E24').getAttribute('data-mark')).toBeNull();
  await app.page.close();
});
