/**
 * Read access to one sheet of the snapshot in sheet coordinates, with merged
 * areas resolved: a cell inside a merge reads as empty except its top-left,
 * and `spanOf` tells how far a merged cell reaches (a category label merged
 * down over its lines, a header merged across columns).
 */
import { cellAddress } from './address';
import { isCellError, type CellValue, type MergeArea, type SheetSnapshot } from './snapshot';
import { RowWindow } from './rowWindow';

export interface GridCell {
  readonly value: CellValue;
  readonly text: string;
  readonly formula: string | null;
}

const EMPTY: GridCell = Object.freeze({ value: null, text: '', formula: null });
/** Rows whose filled columns a grid keeps: a power of two (the slot is the row's low bits), past a header's look below. */
const FILLED_ROWS = 8;

export class Grid {
  readonly name: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number; // exclusive
  readonly right: number; // exclusive
  private readonly mergeAt = new Map<number, MergeArea>();
  /** Normalised labels by text: every table matcher normalises the cells of the row it looks at. */
  private readonly labels = new Map<string, string>();
  /** Filled columns of a window of rows (filledColumns). */
  private readonly filled = new RowWindow<readonly number[]>(FILLED_ROWS, []);
  /** Where filledColumns lists a row's columns before copying them out. */
  private readonly scratch: number[] = [];

  constructor(private readonly sheet: SheetSnapshot) {
    this.name = sheet.name;
    this.top = sheet.origin?.row ?? 0;
    this.left = sheet.origin?.col ?? 0;
    const width = sheet.values.reduce((w, row) => Math.max(w, row.length), 0);
    this.bottom = this.top + sheet.values.length;
    this.right = this.left + width;
    for (const m of sheet.merges) this.mergeAt.set(this.key(m.top, m.left), m);
  }

  private key(row: number, col: number): number {
    return row * 16384 + col;
  }

  cell(row: number, col: number): GridCell {
    const r = row - this.top;
    const c = col - this.left;
    const values = this.sheet.values[r];
    if (!values || c < 0 || c >= values.length) return EMPTY;
    const value = values[c] ?? null;
    const text = this.shown(row, col);
    const formula = this.sheet.formulas?.[r]?.[c] ?? null;
    if (value === null && text === '' && formula === null) return EMPTY;
    return { value, text, formula };
  }

  /** The cell's value (null when empty or inside a merge): `cell` without the object, for the loops over every cell. */
  value(row: number, col: number): CellValue {
    const c = col - this.left;
    const values = this.sheet.values[row - this.top];
    if (!values || c < 0 || c >= values.length) return null;
    return values[c] ?? null;
  }

  /** The shown text as the cell holds it, untrimmed (line breaks and indentation kept): `cell(…).text` without the object. */
  shown(row: number, col: number): string {
    const r = row - this.top;
    const c = col - this.left;
    const values = this.sheet.values[r];
    if (!values || c < 0 || c >= values.length) return '';
    const shown = this.sheet.texts[r]?.[c];
    if (shown !== undefined && shown !== null) return shown;
    const value = values[c] ?? null;
    return value === null ? '' : displayOf(value);
  }

  /** The shown text, trimmed; '' for empty cells. Allocates nothing for a text with no space at its ends: it runs for every cell of a book. */
  text(row: number, col: number): string {
    const shown = this.shown(row, col);
    return shown === '' ? '' : shown.trim();
  }

  /** The shown text as a label (`normalizeLabel`), kept per text: the matchers of every kind ask for the same cells. */
  label(row: number, col: number): string {
    const text = this.text(row, col);
    let label = this.labels.get(text);
    if (label === undefined) {
      label = normalizeLabel(text);
      this.labels.set(text, label);
    }
    return label;
  }

  /** The cell's number format, or null for General (and where the host gave none). */
  numberFormat(row: number, col: number): string | null {
    return this.sheet.numberFormats?.[row - this.top]?.[col - this.left] ?? null;
  }

  /** The merged area whose top-left is this cell, if any. */
  spanOf(row: number, col: number): MergeArea | undefined {
    return this.mergeAt.get(this.key(row, col));
  }

  isBlankRow(row: number): boolean {
    return this.filled.has(row) ? this.filled.get(row).length === 0 : this.firstFilled(row) < 0;
  }

  /**
   * Columns of the row that hold something, left to right. Every table matcher asks
   * for the row it looks at, so the answer is kept (shared: read only) for a window of
   * rows, a row in the slot its number picks: a header's matcher looks at the rows
   * below too (up to four), and the next kind asks again for the row the scan is at.
   */
  filledColumns(row: number): readonly number[] {
    if (this.filled.has(row)) return this.filled.get(row);
    // Listed once into a scratch list kept by the grid, then copied to an array of their
    // number: one grown by pushing starts with room for 17, and most rows of a book fill
    // one or two cells.
    const end = this.rowEnd(row);
    const scratch = this.scratch;
    let count = 0;
    for (let c = this.left; c < end; c++) if (this.text(row, c) !== '') scratch[count++] = c;
    const out = new Array<number>(count);
    for (let i = 0; i < count; i++) out[i] = scratch[i] as number;
    return this.filled.set(row, out);
  }

  /** The first column of the row that holds something, or -1: `filledColumns` without the list. */
  firstFilled(row: number): number {
    for (let c = this.left, end = this.rowEnd(row); c < end; c++) if (this.text(row, c) !== '') return c;
    return -1;
  }

  /**
   * Past the row's last stored cell. A reader may store a sparse sheet's rows only as
   * far as their cells go (one value at XFD1048576 must not make every row 16,384
   * wide): a row is walked that far, not to the sheet's right edge.
   */
  rowEnd(row: number): number {
    return this.left + (this.sheet.values[row - this.top]?.length ?? 0);
  }

  address(row: number, col: number): string {
    return cellAddress(row, col);
  }
}

function displayOf(value: CellValue): string {
  if (value === null) return '';
  if (isCellError(value)) return value.error;
  return String(value);
}

/**
 * Whether any of the row's columns has a label the pattern matches: the table matchers'
 * first test, which most rows of a book fail. The matchers' rule for that test (one home):
 * loops, not `some`/`find` with closures, and whatever needs closures in a function of its
 * own past the test. A function whose locals a closure captures allocates their scope on
 * every call, even one that returns before making the closure: for every row every matcher
 * looked at, that was most of what trying a row allocated.
 */
export function anyLabel(grid: Grid, row: number, cols: readonly number[], pattern: RegExp): boolean {
  for (let i = 0; i < cols.length; i++) if (pattern.test(grid.label(row, cols[i] as number))) return true;
  return false;
}

/** Header and label text compared without spaces, dots and the `·` separators documents use. */
export function normalizeLabel(text: string): string {
  return text.replace(/[\s·ㆍ.\u00a0]/g, '');
}
