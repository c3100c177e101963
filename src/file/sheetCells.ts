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
import { layoutRows, layoutSheet } from './sheetLayout';
import { shareTexts } from './sharedTexts';
import { SheetRows } from './sheetRows';

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

/**
 * Whether a reading keeps each cell's formula text in the snapshot (default: yes). The engine's
 * check reads values and shown texts only; formulas serve the add-in's fixes and insertions
 * (templates/: a finding's formula inputs, the chain of formulas that follow). The command line
 * only checks, and a book of formulas holds one text per cell: at 500k rows, the shared-formula
 * book peaked at 612 MB with them and 541 MB without.
 */
export interface KeepFormulas {
  readonly formulas?: boolean;
}

/** Whether a reading keeps formula texts: unless it says not to. */
export function keepsFormulas(options: KeepFormulas): boolean {
  return options.formulas ?? true;
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

/**
 * Cells in reading order are built into rows as they come (sheetRows.ts); the first
 * one out of order sends them all to flat arrays, laid out by sheetLayout.ts.
 */
export class SheetCells {
  private readonly built = new SheetRows();
  private flat: FlatCells | null = null;

  constructor(
    private readonly sheet: string,
    private readonly limits: ReadLimits = DEFAULT_LIMITS,
    private readonly label = 'workbook',
    /** Whether each cell's formula text is kept (KeepFormulas); false: every cell reads as a constant's. */
    private readonly formulas = true,
  ) {}

  /** A cell at 0-based (row, col); an empty one still counts for the used range. Throws past the cell limit. */
  put(row: number, col: number, value: CellValue, text: string, formula: string | null, format: string | null): void {
    if (this.count >= this.limits.sheetCells) {
      throw new WorkbookReadError({ kind: 'too-many-cells', sheet: this.sheet, limit: this.limits.sheetCells }, this.label);
    }
    if (!this.formulas) formula = null;
    if (!this.flat && this.built.put(row, col, value, text, formula, format)) return;
    const c = (this.flat ??= this.built.toFlat());
    (c.rows as number[]).push(row);
    (c.cols as number[]).push(col);
    c.values.push(value);
    c.texts.push(text);
    c.formats.push(format);
    c.formulas.push(formula);
  }

  /** Whether the cells' formula texts are kept (KeepFormulas): a reader need not put one together otherwise. */
  get keepsFormulas(): boolean {
    return this.formulas;
  }

  get count(): number {
    return this.flat ? this.flat.values.length : this.built.count;
  }

  add(row: number, col: number, reading: CellReading): void {
    this.put(row, col, reading.value, reading.text, reading.formula, reading.numberFormat);
  }

  snapshot(merges: readonly MergeArea[]): SheetSnapshot {
    if (!this.flat) {
      const grid = this.built.grid();
      const laid = grid && layoutRows(this.sheet, grid, this.built.count, merges, this.label);
      if (laid) return shareTexts(laid);
      this.flat = this.built.toFlat();
    }
    return shareTexts(layoutSheet(this.sheet, this.flat, merges, this.limits, this.label));
  }
}
