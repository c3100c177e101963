/**
 * The browser page's sliced reading of a sheet (src/web/book/sheetSlices.ts) gives
 * exactly what src/file's `snapshotSheet` gives, wherever the slices are cut; it
 * stops with an AbortError when cancelled and reports the rows read at each pause.
 * Pauses and the clock are injected: nothing here depends on how fast the machine is.
 */
import fc from 'fast-check';
import { Workbook, type CellValue as ExcelValue, type Worksheet } from 'exceljs';
import { snapshotSheet } from '../../src/file/workbookReading';
import { loadWorkbook } from '../../src/file/load';
import { readSheetInSlices, type SliceControl } from '../../src/web/book/sheetSlices';
import { bytesOf, ERRORS, SEED } from '../web/support';

/** A pause after every row (a slice of 0 ms is always spent), counted. */
function everyRow(): SliceControl & { pauses: () => number } {
  let pauses = 0;
  return {
    sliceMs: 0,
    pause: async () => {
      pauses++;
    },
    pauses: () => pauses,
  };
}

/** A clock that moves one "millisecond" each time it is read: slices of a few rows. */
function ticking(sliceMs: number): SliceControl {
  let t = 0;
  return { sliceMs, clock: () => t++, pause: async () => undefined };
}

/** Cells of every kind the snapshot holds, away from A1, with merges, gaps and a cleared row. */
function variedSheet(): Worksheet {
  const ws = new Workbook().addWorksheet('예산');
  ws.getCell('C5').value = '사업명';
  ws.mergeCells('C5:E5');
  ws.getCell('C6').value = 1234567;
  ws.getCell('C6').numFmt = '#,##0';
  ws.getCell('D6').value = { formula: 'C6*2', result: 2469134 };
  ws.getCell('D6').numFmt = '#,##0';
  ws.getCell('E6').value = { formula: 'C6-C6', result: 0 };
  // A shared formula (exceljs's types leave out the master's shareType and ref).
  ws.getCell('D7').value = {
    formula: 'C7*2',
    result: 0,
    shareType: 'shared',
    ref: 'D7:D8',
  } as never;
  ws.getCell('D8').value = { sharedFormula: 'D7', result: 4 };
  ws.getCell('C8').value = 2;
  // Rows 9 to 11 are empty.
  ws.getCell('C12').value = new Date(Date.UTC(2021, 2, 1));
  ws.getCell('D12').value = { richText: [{ text: '국' }, { text: '비' }] };
  ws.getCell('E12').value = { error: '#DIV/0!' };
  ws.getCell('F12').value = 0.125;
  ws.getCell('F12').numFmt = '0.0%';
  ws.getCell('G13').value = true;
  ws.getCell('H13').value = { text: '링크', hyperlink: 'https://example.org' };
  ws.getCell('I13').value = '';
  // A merge to the left of every value and one below the last value widen the used range.
  ws.mergeCells('A9:B10');
  ws.mergeCells('G15:H17');
  // A row that held a value and was cleared: it exists, yet adds nothing to the range.
  ws.getCell('B20').value = 'x';
  ws.getCell('B20').value = null;
  return ws;
}

describe('readSheetInSlices', () => {
  it('reads a varied sheet exactly as snapshotSheet, pausing after every row', async () => {
    const ws = variedSheet();
    const control = everyRow();
    const expected = snapshotSheet(ws);
    expect(expected.origin).toEqual({ row: 4, col: 0 });
    expect(expected.values).toHaveLength(13); // rows 5 to 17
    expect(await readSheetInSlices(ws, control)).toStrictEqual(expected);
    // Both passes pause: the used range (every row of the sheet), then the grid's rows.
    expect(control.pauses()).toBe(ws.rowCount + expected.values.length);
  });

  it('reads it the same in slices of a few rows', async () => {
    const ws = variedSheet();
    for (const sliceMs of [1, 2, 3, 7, 1000]) {
      expect(await readSheetInSlices(ws, ticking(sliceMs))).toStrictEqual(snapshotSheet(ws));
    }
  });

  it('reads a sheet of merges only, an empty sheet and a sheet whose rows were spliced', async () => {
    const wb = new Workbook();
    const merges = wb.addWorksheet('merges');
    merges.mergeCells('B3:D4');
    merges.mergeCells('F2:F6');
    const empty = wb.addWorksheet('empty');
    const spliced = wb.addWorksheet('spliced');
    for (let r = 1; r <= 30; r++) spliced.getCell(r, 2).value = r * 100;
    spliced.spliceRows(5, 0, [], []);
    spliced.spliceRows(20, 3);
    for (const ws of [merges, empty, spliced]) {
      expect(await readSheetInSlices(ws, everyRow())).toStrictEqual(snapshotSheet(ws));
    }
    expect(snapshotSheet(empty).values).toEqual([]);
    expect(snapshotSheet(merges).origin).toEqual({ row: 1, col: 1 });
  });

  it('reads the sample books as snapshotSheet does', async () => {
    for (const path of [SEED, ERRORS]) {
      const wb = await loadWorkbook(await bytesOf(path), 'sample.xlsx');
      for (const ws of wb.worksheets) {
        expect(await readSheetInSlices(ws, ticking(5))).toStrictEqual(snapshotSheet(ws));
      }
    }
  });

  it('agrees with snapshotSheet on arbitrary sparse sheets', async () => {
    const content = fc.oneof(
      fc.integer({ min: -1e9, max: 1e9 }),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.string({ maxLength: 6 }),
      fc.boolean(),
      fc.constant(null),
      fc.integer().map((n): ExcelValue => ({ formula: 'A1+1', result: n })),
    );
    const cell = fc.record({
      row: fc.integer({ min: 1, max: 40 }),
      col: fc.integer({ min: 1, max: 12 }),
      value: content,
      format: fc.constantFrom(null, '#,##0', '0.00', '#,##0"천원"'),
    });
    const merge = fc.option(
      fc.record({ row: fc.integer({ min: 1, max: 45 }), col: fc.integer({ min: 1, max: 14 }) }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(cell, { maxLength: 30 }),
        merge,
        fc.integer({ min: 0, max: 9 }),
        async (cells, m, sliceMs) => {
          const ws = new Workbook().addWorksheet('s');
          // The merge first and alone in its area: exceljs refuses to merge over another merge.
          if (m) ws.mergeCells(m.row, m.col, m.row + 2, m.col + 1);
          for (const c of cells) {
            if (m && c.row >= m.row && c.row <= m.row + 2 && c.col >= m.col && c.col <= m.col + 1)
              continue;
            const target = ws.getCell(c.row, c.col);
            target.value = c.value;
            if (c.format) target.numFmt = c.format;
          }
          expect(await readSheetInSlices(ws, ticking(sliceMs))).toStrictEqual(snapshotSheet(ws));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('gives the thread back through the default pause (a MessageChannel task) and still reads all', async () => {
    const ws = variedSheet();
    expect(await readSheetInSlices(ws, { sliceMs: 0 })).toStrictEqual(snapshotSheet(ws));
  });

  it('reports the rows read of the sheet’s rows at each pause, up to the last used row', async () => {
    const ws = variedSheet();
    const progress: [number, number][] = [];
    await readSheetInSlices(ws, {
      ...ticking(2),
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(progress.length).toBeGreaterThan(3);
    expect(progress.every(([, total]) => total === ws.rowCount)).toBe(true);
    const done = progress.map(([d]) => d);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    // The used-range pass reports nothing read yet; the last pause is at or before the last used row.
    expect(done[0]).toBe(0);
    expect(Math.max(...done)).toBeGreaterThan(5);
    expect(Math.max(...done)).toBeLessThanOrEqual(17);
  });

  it('stops with an AbortError at the next pause once cancelled, and reads no further', async () => {
    const ws = variedSheet();
    const controller = new AbortController();
    let pauses = 0;
    const reading = readSheetInSlices(ws, {
      sliceMs: 0,
      signal: controller.signal,
      pause: async () => {
        if (++pauses === 3) controller.abort();
      },
    });
    await expect(reading).rejects.toMatchObject({ name: 'AbortError' });
    expect(pauses).toBe(3);
  });

  it('does not start when already cancelled', async () => {
    const control = everyRow();
    await expect(
      readSheetInSlices(variedSheet(), { ...control, signal: AbortSignal.abort() }),
    ).rejects.toMatchObject({ name: 'AbortError' });
    expect(control.pauses()).toBe(0);
  });
});
