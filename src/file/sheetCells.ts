/**
 * A sheet's cells as they are read, in reading order, kept in parallel arrays (no
 * object per cell: a budget book has millions), counted against the limit as they
 * come, then laid out as the snapshot's grids (sheetLayout.ts). Both readers put
 * their cells here: the fast reader (xlsx/) and exceljs (workbookReading.ts).
 */
import type { CellValue, MergeArea, SheetSnapshot } from '../engine/index';
import type { CellReading } from './cells';
import { WorkbookReadError } from './errors';
import { DEFAULT_LIMITS, type ReadLimits } from './limits';
import { layoutSheet } from './sheetLayout';

/** The last column and row a sheet can have (XFD, 1,048,576), 0-based. */
export const LAST_COL = 16383;
export const LAST_ROW = 1048575;

/** `A1:C3` (1-based, as workbooks keep merges) → 0-based inclusive area; null when no sheet can have it. */
export function mergeArea(range: string): MergeArea | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7}):\$?([A-Z]{1,3})\$?(\d{1,7})$/i.exec(range);
  if (!m) return null;
  const col = (letters: string): number =>
    [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const [, l1 = '', r1 = '', l2 = '', r2 = ''] = m;
  const area = { top: Number(r1) - 1, left: col(l1), bottom: Number(r2) - 1, right: col(l2) };
  const inSheet = (row: number, c: number) => row >= 0 && row <= LAST_ROW && c >= 0 && c <= LAST_COL;
  return inSheet(area.top, area.left) && inSheet(area.bottom, area.right) ? area : null;
}

/** The cells of one sheet, flat: cell i is at (rows[i], cols[i]). */
export interface FlatCells {
  readonly rows: readonly number[];
  readonly cols: readonly number[];
  readonly values: CellValue[];
  readonly texts: string[];
  readonly formats: (string | null)[];
  readonly formulas: (string | null)[];
}

export class SheetCells {
  private readonly cells = { rows: [] as number[], cols: [] as number[], values: [] as CellValue[], texts: [] as string[], formats: [] as (string | null)[], formulas: [] as (string | null)[] };

  constructor(
    private readonly sheet: string,
    private readonly limits: ReadLimits = DEFAULT_LIMITS,
    private readonly label = 'workbook',
  ) {}

  /** A cell at 0-based (row, col); an empty one still counts for the used range. Throws past the cell limit. */
  put(row: number, col: number, value: CellValue, text: string, formula: string | null, format: string | null): void {
    const c = this.cells;
    if (c.values.length >= this.limits.sheetCells) {
      throw new WorkbookReadError({ kind: 'too-many-cells', sheet: this.sheet, limit: this.limits.sheetCells }, this.label);
    }
    c.rows.push(row);
    c.cols.push(col);
    c.values.push(value);
    c.texts.push(text);
    c.formats.push(format);
    c.formulas.push(formula);
  }

  get count(): number {
    return this.cells.values.length;
  }

  add(row: number, col: number, reading: CellReading): void {
    this.put(row, col, reading.value, reading.text, reading.formula, reading.numberFormat);
  }

  snapshot(merges: readonly MergeArea[]): SheetSnapshot {
    return layoutSheet(this.sheet, this.cells, merges, this.limits, this.label);
  }
}
