import { Grid } from '../../src/engine/grid';
import type { SheetSnapshot } from '../../src/engine/snapshot';

const sheet: SheetSnapshot = {
  name: 'S',
  origin: { row: 2, col: 1 },
  values: [
    ['  ○ 사업\n  1,000원*3', 1500, null, { error: '#DIV/0!' }],
    [null, '', 'x'],
  ],
  texts: [
    [null, '1,500', null, null],
    [null, '  ', null],
  ],
  merges: [],
};

describe('Grid', () => {
  const grid = new Grid(sheet);

  it('shows a cell untrimmed, as cell().text does, without the object', () => {
    for (let r = grid.top; r < grid.bottom; r++) {
      for (let c = grid.left - 1; c <= grid.right; c++) expect(grid.shown(r, c)).toBe(grid.cell(r, c).text);
    }
    expect(grid.shown(2, 1)).toBe('  ○ 사업\n  1,000원*3');
    expect(grid.shown(2, 4)).toBe('#DIV/0!');
  });

  it('lists the filled columns of a row, a cell of spaces not among them', () => {
    expect(grid.filledColumns(2)).toEqual([1, 2, 4]);
    expect(grid.filledColumns(3)).toEqual([3]);
    expect(grid.filledColumns(2)).toEqual([1, 2, 4]);
  });

  it('answers for every row alike, whichever rows were asked before', () => {
    const rows = Array.from({ length: 40 }, (_, r) => (r % 3 === 0 ? [null, null] : r % 3 === 1 ? ['a', null] : [null, ` ${r} `]));
    const tall = new Grid({ name: 'T', values: rows, texts: rows.map((row) => row.map(() => null)), merges: [] });
    const expected = (r: number) => (r % 3 === 0 ? [] : r % 3 === 1 ? [0] : [1]);
    for (const r of [0, 1, 9, 17, 8, 16, 24, 39, 1, 33, 2, -1, 40]) {
      const want = r < 0 || r >= 40 ? [] : expected(r);
      expect(tall.filledColumns(r)).toEqual(want);
      expect(tall.isBlankRow(r)).toBe(want.length === 0);
      expect(tall.isBlankRow(r + 8)).toBe(r + 8 >= 40 || expected(r + 8).length === 0);
    }
  });
});
