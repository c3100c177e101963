/**
 * Rows built as the cells are read (sheetRows.ts) lay out exactly as the flat cells
 * always did (sheetLayout.ts): seeded sheets of cells in reading order or not, with
 * gaps, formulas, formats, merges (overlapping ones too), both ways, equal or failing alike.
 */
import fc from 'fast-check';
import type { CellValue, MergeArea } from '../../src/engine/index';
import { DEFAULT_LIMITS } from '../../src/file/limits';
import { SheetCells, type FlatCells } from '../../src/file/sheetCells';
import { layoutSheet } from '../../src/file/sheetLayout';
import { shareTexts } from '../../src/file/sharedTexts';

interface Cell {
  row: number;
  col: number;
  value: CellValue;
  text: string;
  formula: string | null;
  format: string | null;
}

const cell = fc.record({
  row: fc.integer({ min: 0, max: 12 }),
  col: fc.integer({ min: 0, max: 9 }),
  value: fc.oneof(fc.constant(null), fc.integer({ min: -9, max: 9 }), fc.constant('텍스트')),
  text: fc.constantFrom('', '1', '텍스트'),
  formula: fc.constantFrom(null, null, '=A1'),
  format: fc.constantFrom(null, '#,##0', '#,##0', '0.0'),
});

const merge = fc
  .record({ top: fc.integer({ min: 0, max: 14 }), left: fc.integer({ min: 0, max: 11 }), h: fc.integer({ min: 0, max: 3 }), w: fc.integer({ min: 0, max: 3 }) })
  .map(({ top, left, h, w }): MergeArea => ({ top, left, bottom: top + h, right: left + w }));

/** Both ways; a failure as its message. */
function bothWays(cells: readonly Cell[], merges: readonly MergeArea[]) {
  const flat: FlatCells = { rows: [], cols: [], values: [], texts: [], formats: [], formulas: [] };
  const built = new SheetCells('S');
  for (const c of cells) {
    (flat.rows as number[]).push(c.row);
    (flat.cols as number[]).push(c.col);
    flat.values.push(c.value);
    flat.texts.push(c.text);
    flat.formats.push(c.format);
    flat.formulas.push(c.formula);
    built.put(c.row, c.col, c.value, c.text, c.formula, c.format);
  }
  const attempt = (f: () => unknown) => {
    try {
      return JSON.parse(JSON.stringify(f())) as unknown;
    } catch (err) {
      return (err as Error).message;
    }
  };
  return { rows: attempt(() => built.snapshot(merges)), flat: attempt(() => shareTexts(layoutSheet('S', flat, merges, DEFAULT_LIMITS, 'workbook'))) };
}

const byPlace = (a: Cell, b: Cell) => a.row - b.row || a.col - b.col;

describe('rows built as read lay out as flat cells do', () => {
  it('cells in reading order (each place once), with and without merges', () => {
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 60 }), fc.array(merge, { maxLength: 4 }), (cells, merges) => {
        const seen = new Set<string>();
        const ordered = [...cells].sort(byPlace).filter((c) => !seen.has(`${c.row},${c.col}`) && !!seen.add(`${c.row},${c.col}`));
        const { rows, flat } = bothWays(ordered, merges);
        expect(rows).toEqual(flat);
      }),
      { seed: 15, numRuns: 400 },
    );
  });

  it('cells in any order, places repeated', () => {
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 40 }), fc.array(merge, { maxLength: 3 }), (cells, merges) => {
        const { rows, flat } = bothWays(cells, merges);
        expect(rows).toEqual(flat);
      }),
      { seed: 16, numRuns: 300 },
    );
  });

  it('thousands of cells in reading order, then one out of it: the flat cells have every place and row', () => {
    const cells: Cell[] = [];
    for (let row = 0; row < 700; row++) {
      for (const col of [1, 2, 5, 9]) cells.push({ row, col, value: row * col, text: String(row * col), formula: col === 9 ? '=B1' : null, format: null });
    }
    cells.push({ row: 3, col: 0, value: null, text: '', formula: null, format: null });
    const { rows, flat } = bothWays(cells, [{ top: 10, left: 1, bottom: 11, right: 2 }]);
    expect(rows).toEqual(flat);
  });

  it('a far cell makes the sheet sparse, as before', () => {
    const cells: Cell[] = [
      { row: 0, col: 0, value: 1, text: '1', formula: null, format: '#,##0' },
      { row: 0, col: 16000, value: 2, text: '2', formula: null, format: '#,##0' },
      { row: 2000, col: 3, value: 3, text: '3', formula: '=A1', format: null },
    ];
    const { rows, flat } = bothWays(cells, []);
    expect(rows).toEqual(flat);
  });
});
