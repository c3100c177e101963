/** The set of checked cells: every cell a book can have, on any row and column, kept apart by sheet. */
import { CellMarks, rowKey } from '../../src/engine/coverage/cellMarks';

describe('CellMarks', () => {
  it('holds cells marked by address, on rows past 65,536 and far columns too, and nothing else', () => {
    const marks = new CellMarks();
    for (const address of ['A1', 'H2121', 'B65537', 'XFD1048576', 'C200000']) marks.add('s', address);
    marks.add('s', '');
    marks.add('s', 'not a cell');
    expect(marks.has('s', 0, 0)).toBe(true);
    expect(marks.has('s', 2120, 7)).toBe(true);
    expect(marks.has('s', 65536, 1)).toBe(true);
    expect(marks.has('s', 1048575, 16383)).toBe(true);
    expect(marks.has('s', 199999, 2)).toBe(true);
    // Neighbours, the same cell on another sheet, and rows 64 apart (one group) are not marked.
    for (const [row, col] of [[0, 1], [1, 0], [2120, 6], [65535, 1], [65536 + 64, 1], [199999 - 64, 2], [1048575, 16382]] as const) {
      expect(marks.has('s', row, col)).toBe(false);
    }
    expect(marks.has('other', 0, 0)).toBe(false);
  });

  it('answers a row at a time as it answers cell by cell', () => {
    const marks = new CellMarks();
    for (const address of ['A1', 'C1', 'B65', 'B65537', 'XFD1048576']) marks.add('s', address);
    for (const row of [0, 1, 64, 65536, 65536 + 64, 1048575]) {
      for (const sheet of ['s', 'other']) {
        const group = marks.rowGroup(sheet, row);
        for (const col of [0, 1, 2, 16382, 16383]) expect(group?.has(rowKey(row, col)) ?? false).toBe(marks.has(sheet, row, col));
      }
    }
  });
});
