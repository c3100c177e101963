/**
 * A figure a cell states, kept by its row and column. A book has hundreds of thousands
 * of figures and names few of them: the A1 address is made when a message or a key asks
 * for it, not held as a string by each figure, and the marks of checked cells
 * (checked.ts) take the row and column as they are instead of parsing the address back.
 * The scale follows from the unit, so it is asked of the unit too.
 */
import { cellAddress } from '../address';
import type { FigureUnit } from '../findings';
import { MONEY_SCALE, type FigureStyle } from '../number';
import type { Rational } from '../rational';
import type { Figure } from './ledger';

export class CellFigure implements Figure {
  constructor(
    readonly sheet: string,
    /** 0-based. */
    readonly row: number,
    /** 0-based. */
    readonly col: number,
    readonly stated: Rational | null,
    readonly unit: FigureUnit,
    readonly like: FigureStyle | null,
    readonly label: string,
  ) {}

  get cell(): string {
    return cellAddress(this.row, this.col);
  }

  get scale(): bigint {
    return this.unit === '%' ? 1n : MONEY_SCALE[this.unit];
  }
}

/** A rate cell that shows a word instead of a number (`순증`, `신규`, `-`): rare, so the word is a field of its own kind only. */
export class WordFigure extends CellFigure {
  constructor(sheet: string, row: number, col: number, unit: FigureUnit, label: string, readonly word: string) {
    super(sheet, row, col, null, unit, null, label);
  }
}

/** Whether a figure is the one the cell at (row, col) states: by position, without making an address. */
export function isCellAt(f: Figure, row: number, col: number): boolean {
  return f instanceof CellFigure ? f.row === row && f.col === col : f.cell !== '' && f.cell === cellAddress(row, col);
}
