/** Rows whose texts are their values' own hold one array (file/sharedTexts.ts), and read the same. */
import fc from 'fast-check';
import { Grid } from '../../src/engine/grid';
import type { CellValue, SheetSnapshot } from '../../src/engine/index';
import { shareTexts } from '../../src/file/sharedTexts';

const sheetOf = (values: CellValue[][], texts: string[][]): SheetSnapshot => ({ name: 'S', values, texts, merges: [] });

describe('a row whose texts say what its values say', () => {
  it('holds its values array as its texts; a row with a number, a boolean, an error or a string shown otherwise keeps its own', () => {
    const values: CellValue[][] = [['계', null, '서울'], ['계', 1000, null], [true, null, null], [{ error: '#REF!' }, null, null], ['a', null, null], [null, null, null]];
    const texts = [['계', '', '서울'], ['계', '1,000', ''], ['TRUE', '', ''], ['#REF!', '', ''], ['a ', '', ''], ['', '', '']];
    const sheet = shareTexts(sheetOf(values, texts.map((row) => [...row])));
    expect(sheet.texts.map((row, r) => row === sheet.values[r])).toEqual([true, false, false, false, false, true]);
    expect(sheet.texts[1]).toEqual(['계', '1,000', '']);
  });

  it('reads the same to the engine, cell by cell, on any rows', () => {
    const cell = fc.oneof(
      fc.constant<[CellValue, string]>([null, '']),
      fc.string({ maxLength: 3 }).map((s): [CellValue, string] => [s === '' ? null : s, s]),
      fc.integer({ min: -5000, max: 5000 }).map((n): [CellValue, string] => [n, n.toLocaleString('en-US')]),
      fc.string({ minLength: 1, maxLength: 3 }).map((s): [CellValue, string] => [s, ` ${s}`]),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { maxLength: 8 }), (rows) => {
        const values = rows.map((row) => row.map(([v]) => v));
        const texts = rows.map((row) => row.map(([, t]) => t));
        const before = new Grid(sheetOf(values, texts));
        const after = new Grid(shareTexts(sheetOf(values.map((row) => [...row]), texts.map((row) => [...row]))));
        for (let r = 0; r < rows.length; r++) {
          for (let c = 0; c < 3; c++) {
            expect(after.text(r, c)).toBe(before.text(r, c));
            expect(after.cell(r, c)).toEqual(before.cell(r, c));
          }
        }
      }),
      { seed: 17, numRuns: 300 },
    );
  });
});
