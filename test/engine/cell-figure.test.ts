/** A cell's figure kept by position: its address, scale and marks are what an addressed figure's were. */
import { CellFigure, isCellAt, WordFigure } from '../../src/engine/checks/cellFigure';
import { CellMarks } from '../../src/engine/coverage/cellMarks';
import { MONEY_SCALE, type MoneyUnit } from '../../src/engine/number';
import { rat } from '../../src/engine/rational';
import type { Figure } from '../../src/engine/checks/ledger';

describe('CellFigure', () => {
  it('names its cell by its row and column, on far rows and columns too', () => {
    const cases: [number, number, string][] = [[0, 0, 'A1'], [2120, 7, 'H2121'], [65536, 1, 'B65537'], [1048575, 16383, 'XFD1048576']];
    for (const [row, col, address] of cases) expect(new CellFigure('s', row, col, rat(1), '천원', null, 'x').cell).toBe(address);
  });

  it('has the scale of its unit: 1 for a rate', () => {
    for (const unit of Object.keys(MONEY_SCALE) as MoneyUnit[]) expect(new CellFigure('s', 0, 0, null, unit, null, 'x').scale).toBe(MONEY_SCALE[unit]);
    expect(new CellFigure('s', 0, 0, null, '%', null, 'x').scale).toBe(1n);
  });

  it('keeps a word only where a rate shows one', () => {
    const word = new WordFigure('s', 3, 2, '%', '증감률', '순증');
    expect([word.word, word.stated, word.like, word.cell]).toEqual(['순증', null, null, 'C4']);
    const plain: Figure = new CellFigure('s', 3, 2, null, '%', null, 'x');
    expect(plain.word).toBeUndefined();
  });

  it('is at its own cell and no other; a computed figure is at none', () => {
    const fig = new CellFigure('s', 9, 3, rat(5), '원', null, 'x');
    expect(isCellAt(fig, 9, 3)).toBe(true);
    expect([isCellAt(fig, 9, 2), isCellAt(fig, 8, 3)]).toEqual([false, false]);
    const computed: Figure = { sheet: 's', cell: '', stated: null, unit: '원', scale: 1n, like: null, label: 'x' };
    expect(isCellAt(computed, 0, 0)).toBe(false);
    const addressed: Figure = { ...computed, cell: 'D10' };
    expect([isCellAt(addressed, 9, 3), isCellAt(addressed, 9, 4)]).toEqual([true, false]);
  });

  it('marks the same cell by position as by address', () => {
    const byAddress = new CellMarks();
    const byPosition = new CellMarks();
    for (const [row, col] of [[0, 0], [70000, 5], [1048575, 16383]] as const) {
      byAddress.add('s', new CellFigure('s', row, col, null, '원', null, 'x').cell);
      byPosition.addAt('s', row, col);
      expect([byAddress.has('s', row, col), byPosition.has('s', row, col)]).toEqual([true, true]);
      expect(byPosition.has('s', row, col + (col ? -1 : 1))).toBe(false);
    }
  });
});
