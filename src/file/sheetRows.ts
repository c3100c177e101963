/**
 * A sheet's grid rows built as its cells are read, for the sheets that come in
 * reading order (every file Excel writes): each row is an array from the leftmost
 * column read so far, as wide as the sheet so far, and is laid out as the snapshot's
 * row without a second copy (sheetLayout.ts made one per row, from flat arrays).
 * Rows whose cells have the same formats share one array of them.
 * What does not fit (a cell before the one read last, places between cells past what
 * a dense layout would hold) goes back to flat cells (toFlat), which lay out any sheet.
 */
import type { CellValue } from '../engine/index';
import { Blocks } from './blocks';
import type { FlatCells } from './sheetCells';

/** How many places rows may hold for their cells: past this the sheet is sparse (as sheetLayout.ts decides). */
const PLACES_FACTOR = 4;
const PLACES_MARGIN = 1 << 20;
/** A flag on a column past any sheet's last (LAST_COL, 16383): the cell starts a row. */
const ROW_START = 1 << 30;

/**
 * The rows as read, each list in its blocks: the layout reads them by slot into the
 * snapshot's arrays, one copy (joined into arrays first, a large sheet's five lists
 * were copied twice).
 */
export interface RowGrid {
  /** The rows read, each once, top to bottom (0-based). */
  readonly rows: Blocks<number>;
  readonly values: Blocks<CellValue[]>;
  readonly texts: Blocks<string[]>;
  /** null: the row has no formula (or no format). */
  readonly formulas: Blocks<(string | null)[] | null>;
  readonly formats: Blocks<(string | null)[] | null>;
  /** The column of each row's first place. */
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/** A row's array given `before` places in front and made at least `length` long, in place: the one way rows are padded. */
export function padRow<T>(list: T[], before: number, length: number, fill: T): void {
  if (before > 0) list.unshift(...new Array<T>(before).fill(fill));
  while (list.length < length) list.push(fill);
}

export class SheetRows {
  private readonly rows = new Blocks<number>();
  private readonly values = new Blocks<CellValue[]>();
  private readonly texts = new Blocks<string[]>();
  private readonly formulas = new Blocks<(string | null)[] | null>();
  private readonly formats = new Blocks<(string | null)[] | null>();
  /**
   * Every cell's column in reading order, for toFlat, ROW_START on the first of a row
   * (the row is its slot's): one number a cell in a typed array grown by doubling.
   */
  private cols = new Int32Array(1024);
  private cells = 0;
  private left = -1;
  private right = -1;
  private lastCol = -1;
  private places = 0;
  /**
   * A row of nulls and one of '' as wide as the current row, copied for each new row and
   * each row's formulas or formats: slice() copies in the generated code, where
   * new Array(width).fill() called a C++ builtin for every array.
   */
  private nulls: null[] = [];
  private blanks: string[] = [];
  /**
   * The current row's formats are the row before's array while its cells agree with it
   * (most rows of a budget are formatted as the one before): no array of its own is made
   * for it, to be compared and dropped. `matched` counts the formats its cells found there,
   * `expected` how many the array holds; `rowStart` is its first cell in cols.
   */
  private borrowed = false;
  private matched = 0;
  private expected = 0;
  private rowStart = 0;
  /** The row read last and its values and texts (the blocks' last), at hand: no look-up in the blocks per cell. */
  private lastRow = -1;
  private rowValues: CellValue[] = [];
  private rowTexts: string[] = [];

  /** Adds a cell; false when it does not come in reading order (nothing is added then). */
  put(row: number, col: number, value: CellValue, text: string, formula: string | null, format: string | null): boolean {
    const rows = this.rows;
    const newRow = row > this.lastRow;
    if (!newRow && (row !== this.lastRow || col <= this.lastCol)) return false;
    if (this.left < 0) this.left = col;
    else if (col < this.left && !this.widen(col)) return false;
    if (col > this.right) this.right = col;
    const at = col - this.left;
    if (newRow) {
      // As wide as the sheet so far: most rows are then as wide as the grid and are laid out as they are.
      const width = this.right - this.left + 1;
      if (!this.room(width)) return false;
      this.settleFormats();
      rows.push(row);
      this.lastRow = row;
      if (this.nulls.length !== width) this.makeTemplates(width);
      this.rowValues = this.nulls.slice();
      this.rowTexts = this.blanks.slice();
      this.values.push(this.rowValues);
      this.texts.push(this.rowTexts);
      this.formulas.push(null);
      this.borrowFormats();
    }
    const slot = rows.length - 1;
    const values = this.rowValues;
    if (at >= values.length && !this.lengthen(slot, at + 1)) return false;
    values[at] = value;
    this.rowTexts[at] = text;
    if (formula !== null) this.orNulls(this.formulas, slot, values.length)[at] = formula;
    if (this.borrowed && !this.agrees(slot, at, format)) this.ownFormats(slot, values.length);
    if (format !== null && !this.borrowed) this.orNulls(this.formats, slot, values.length)[at] = format;
    if (this.cells === this.cols.length) {
      const cols = new Int32Array(this.cells * 2);
      cols.set(this.cols);
      this.cols = cols;
    }
    this.cols[this.cells++] = newRow ? col | ROW_START : col;
    this.lastCol = col;
    return true;
  }

  /** The rows to copy made `width` long. */
  private makeTemplates(width: number): void {
    const nulls: null[] = [];
    const blanks: string[] = [];
    for (let i = 0; i < width; i++) {
      nulls.push(null);
      blanks.push('');
    }
    this.nulls = nulls;
    this.blanks = blanks;
  }

  /** The row's formulas or formats; a row of nulls `width` long when it has none yet. */
  private orNulls(list: Blocks<(string | null)[] | null>, slot: number, width: number): (string | null)[] {
    const known = list.at(slot);
    if (known) return known;
    if (this.nulls.length !== width) this.makeTemplates(width);
    const made: (string | null)[] = this.nulls.slice();
    list.set(slot, made);
    return made;
  }

  /** Room for `more` places: past what a dense layout would hold the sheet is sparse, laid out from flat cells. */
  private room(more: number): boolean {
    this.places += more;
    return this.places <= PLACES_FACTOR * this.cells + PLACES_MARGIN;
  }

  /** The current row made `length` long (a cell right of every row before it). */
  private lengthen(slot: number, length: number): boolean {
    const values = this.values.at(slot);
    if (!this.room(length - values.length)) return false;
    const texts = this.texts.at(slot);
    const formulas = this.formulas.at(slot);
    const formats = this.formats.at(slot);
    padRow(values, 0, length, null);
    padRow(texts, 0, length, '');
    if (formulas) padRow(formulas, 0, length, null);
    if (formats) padRow(formats, 0, length, null);
    return true;
  }

  /** A cell left of every row so far: each row gets the places before it (rare: a sheet's first cells are its leftmost). */
  private widen(col: number): boolean {
    const more = this.left - col;
    if (!this.room(more * this.rows.length)) return false;
    const seen = new Set<unknown>();
    const front = <T>(list: T[] | null, fill: T) => {
      if (!list || seen.has(list)) return;
      seen.add(list);
      padRow(list, more, 0, fill);
    };
    for (let slot = 0; slot < this.rows.length; slot++) {
      front(this.values.at(slot), null);
      front(this.texts.at(slot), '');
      front(this.formulas.at(slot), null);
      front(this.formats.at(slot), null);
    }
    this.left = col;
    return true;
  }

  /** A new row's formats: the row before's array, borrowed, when it has one. */
  private borrowFormats(): void {
    const n = this.formats.length;
    const before = n > 0 ? this.formats.at(n - 1) : null;
    this.formats.push(before);
    this.borrowed = before !== null;
    this.matched = 0;
    this.expected = 0;
    if (before) for (let c = 0; c < before.length; c++) if (before[c] != null) this.expected++;
    this.rowStart = this.cells;
  }

  /** The borrowed formats have the cell's at its place (counted when it has one). */
  private agrees(slot: number, at: number, format: string | null): boolean {
    if (((this.formats.at(slot) as (string | null)[])[at] ?? null) !== format) return false;
    if (format !== null) this.matched++;
    return true;
  }

  /** The current row given formats of its own: its cells' so far, from the borrowed array (null when none has one). */
  private ownFormats(slot: number, width: number): void {
    const borrowed = this.formats.at(slot) as (string | null)[];
    this.borrowed = false;
    this.formats.set(slot, null);
    for (let i = this.rowStart; i < this.cells; i++) {
      const at = ((this.cols[i] as number) & ~ROW_START) - this.left;
      const format = borrowed[at] ?? null;
      if (format !== null) this.orNulls(this.formats, slot, width)[at] = format;
    }
  }

  /** The row just finished: a borrowed array kept when its cells had all of its formats; else shared as shareFormats says. */
  private settleFormats(): void {
    const slot = this.formats.length - 1;
    if (this.borrowed && this.matched !== this.expected) this.ownFormats(slot, this.values.at(slot).length);
    if (this.borrowed) this.borrowed = false;
    else this.shareFormats();
  }

  /** The row just finished shares the formats of the row before when they are the same. */
  private shareFormats(): void {
    const n = this.formats.length;
    if (n < 2) return;
    const done = this.formats.at(n - 1);
    const before = this.formats.at(n - 2);
    if (!done || !before || done.length !== before.length) return;
    for (let c = 0; c < done.length; c++) if (done[c] !== before[c]) return;
    this.formats.set(n - 1, before);
  }

  get count(): number {
    return this.cells;
  }

  /** The rows as read; null when there are none. */
  grid(): RowGrid | null {
    if (this.rows.length === 0) return null;
    this.settleFormats();
    const { rows, values, texts, formulas, formats } = this;
    return { rows, values, texts, formulas, formats, left: this.left, right: this.right, top: rows.at(0), bottom: rows.at(rows.length - 1) };
  }

  /** The cells as flat arrays, for the layout of any sheet (sheetLayout.ts). */
  toFlat(): FlatCells & { rows: number[]; cols: number[] } {
    const out = { rows: [] as number[], cols: [] as number[], values: [] as CellValue[], texts: [] as string[], formats: [] as (string | null)[], formulas: [] as (string | null)[] };
    let slot = -1;
    for (let i = 0; i < this.cells; i++) {
      let col = this.cols[i] as number;
      if (col & ROW_START) {
        slot++;
        col ^= ROW_START;
      }
      const row = this.rows.at(slot);
      const at = col - this.left;
      out.rows.push(row);
      out.cols.push(col);
      out.values.push(this.values.at(slot)[at] as CellValue);
      out.texts.push(this.texts.at(slot)[at] as string);
      out.formulas.push(this.formulas.at(slot)?.[at] ?? null);
      out.formats.push(this.formats.at(slot)?.[at] ?? null);
    }
    return out;
  }
}
