/**
 * A sheet's cells laid out as the snapshot's grids, in memory that grows with the
 * cells present, never with the address range: one value at XFD1048576 or a merge
 * over A1:XFD1048576 must cost what it holds, not 17 billion cells.
 *   - Cells under a merged area are emptied but its top-left one, as Excel reads them.
 *     Overlapping merges are a damaged sheet (Excel and exceljs refuse them too).
 *   - A sheet whose used range (cells and merges) is mostly filled is laid out dense
 *     over that range, exactly as it always was. Otherwise the merges are clipped to
 *     the cells' range (a merge reaching past every cell adds nothing to read) and
 *     the rows are ragged: each as long as its last cell, rows without cells sharing
 *     one empty row, holes between far cells. The engine walks a row only as far as
 *     it is long (engine/grid.ts); how far all rows reach together is bounded.
 */
import type { CellValue, MergeArea, SheetSnapshot } from '../engine/index';
import { WorkbookReadError } from './errors';
import { SPREAD_FACTOR, type ReadLimits } from './limits';
import type { FlatCells } from './sheetCells';
import { padRow, type RowGrid } from './sheetRows';

/** Dense while the used range is at most this many times the cells present, plus a margin for small sheets. */
const DENSE_FACTOR = 4;
const DENSE_MARGIN = 1 << 20;

interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function layoutSheet(name: string, cells: FlatCells, merges: readonly MergeArea[], limits: ReadLimits, label: string): SheetSnapshot {
  const count = cells.values.length;
  if (count === 0 && merges.length === 0) return { name, origin: { row: 0, col: 0 }, values: [], texts: [], formulas: [], numberFormats: [], merges: [] };
  const box = usedBox(cells);
  const whole = { ...box };
  for (const m of merges) cover(whole, m);
  if (area(whole) <= DENSE_FACTOR * count + DENSE_MARGIN) {
    if (merges.length) blankMerged(name, cells, merges, label);
    return { name, origin: { row: whole.top, col: whole.left }, ...dense(cells, whole), merges: [...merges] };
  }
  if (count === 0) return { name, origin: { row: 0, col: 0 }, values: [], texts: [], formulas: [], numberFormats: [], merges: [] };
  const clipped = clipMerges(merges, box);
  if (clipped.length) blankMerged(name, cells, clipped, label);
  const grids = area(box) <= DENSE_FACTOR * count + DENSE_MARGIN ? dense(cells, box) : sparse(name, cells, box, limits, label);
  return { name, origin: { row: box.top, col: box.left }, ...grids, merges: clipped.filter((m) => m.shown).map(({ top, left, bottom, right }) => ({ top, left, bottom, right })) };
}

/**
 * The rows built as the cells were read (sheetRows.ts), laid out dense as layoutSheet
 * would lay them out, without a copy of each row; null when layoutSheet must decide
 * (a range too large for dense: the flat cells then go there).
 */
export function layoutRows(name: string, grid: RowGrid, count: number, merges: readonly MergeArea[], label: string): SheetSnapshot | null {
  const whole = { top: grid.top, left: grid.left, bottom: grid.bottom, right: grid.right };
  for (const m of merges) cover(whole, m);
  if (area(whole) > DENSE_FACTOR * count + DENSE_MARGIN) return null;
  if (merges.length) blankRows(name, grid, merges, label);
  const height = whole.bottom - whole.top + 1;
  const width = whole.right - whole.left + 1;
  const shift = grid.left - whole.left;
  const nulls = new Array<null>(width).fill(null);
  const blanks = new Array<string>(width).fill('');
  const values = new Array<CellValue[]>(height).fill(nulls);
  const texts = new Array<string[]>(height).fill(blanks);
  const formulas = new Array<(string | null)[]>(height).fill(nulls);
  const numberFormats = new Array<(string | null)[]>(height).fill(nulls);
  // Each row's arrays made as wide as the range, in place; a format array shared by rows is widened once.
  const widen = <T>(list: T[], fill: T): T[] => {
    if (list.length !== width) padRow(list, shift, width, fill);
    return list;
  };
  for (let slot = 0; slot < grid.rows.length; slot++) {
    const r = grid.rows.at(slot) - whole.top;
    values[r] = widen(grid.values.at(slot), null);
    texts[r] = widen(grid.texts.at(slot), '');
    const f = grid.formulas.at(slot);
    if (f) formulas[r] = widen(f, null);
    const n = grid.formats.at(slot);
    if (n) numberFormats[r] = widen(n, null);
  }
  return { name, origin: { row: whole.top, col: whole.left }, values, texts, formulas, numberFormats, merges: [...merges] };
}

/** blankMerged on built rows; a format array shared with a neighbour row is copied before it is changed. */
function blankRows(sheet: string, grid: RowGrid, merges: readonly MergeArea[], label: string): void {
  const hidden = mergeSweep(sheet, merges, label);
  for (let slot = 0; slot < grid.rows.length; slot++) {
    const r = grid.rows.at(slot);
    const values = grid.values.at(slot);
    for (let at = 0; at < values.length; at++) {
      if (!hidden(r, grid.left + at)) continue;
      values[at] = null;
      grid.texts.at(slot)[at] = '';
      const f = grid.formulas.at(slot);
      if (f) f[at] = null;
      let n = grid.formats.at(slot);
      if (n && n[at] !== null) {
        const { formats } = grid;
        if ((slot > 0 && n === formats.at(slot - 1)) || (slot + 1 < formats.length && n === formats.at(slot + 1))) {
          n = n.slice();
          formats.set(slot, n);
        }
        n[at] = null;
      }
    }
  }
}

function area(box: Box): number {
  return box.bottom < box.top ? 0 : (box.bottom - box.top + 1) * (box.right - box.left + 1);
}

function cover(box: Box, m: Box): void {
  if (m.top < box.top) box.top = m.top;
  if (m.left < box.left) box.left = m.left;
  if (m.bottom > box.bottom) box.bottom = m.bottom;
  if (m.right > box.right) box.right = m.right;
}

function usedBox(cells: FlatCells): Box {
  const box = { top: Infinity, left: Infinity, bottom: -1, right: -1 };
  for (let i = 0; i < cells.rows.length; i++) {
    const r = cells.rows[i] as number;
    const c = cells.cols[i] as number;
    if (r < box.top) box.top = r;
    if (r > box.bottom) box.bottom = r;
    if (c < box.left) box.left = c;
    if (c > box.right) box.right = c;
  }
  return box;
}

/** A merge cut to the cells' range; `shown` when its top-left, the one cell it shows, is still in it. */
type Clipped = MergeArea & { readonly shown: boolean };

/** Each merge cut to the box; those outside it left out. */
function clipMerges(merges: readonly MergeArea[], box: Box): Clipped[] {
  const out: Clipped[] = [];
  for (const m of merges) {
    const top = Math.max(m.top, box.top);
    const left = Math.max(m.left, box.left);
    const bottom = Math.min(m.bottom, box.bottom);
    const right = Math.min(m.right, box.right);
    if (top > bottom || left > right) continue;
    out.push({ top, left, bottom, right, shown: top === m.top && left === m.left });
  }
  return out;
}

/** Cell indices in (row, col) order: reading order already, in every file but an odd one. */
function inOrder(cells: FlatCells): number[] {
  const order = Array.from({ length: cells.rows.length }, (_, i) => i);
  const { rows, cols } = cells;
  const before = (a: number, b: number) => (rows[a] as number) - (rows[b] as number) || (cols[a] as number) - (cols[b] as number);
  for (let i = 1; i < order.length; i++) if (before(i - 1, i) > 0) return order.sort(before);
  return order;
}

/** Empties the cells under a merge but its top-left, by one sweep down the rows (mergeSweep). */
function blankMerged(sheet: string, cells: FlatCells, merges: readonly (MergeArea & { readonly shown?: boolean })[], label: string): void {
  const hidden = mergeSweep(sheet, merges, label);
  for (const i of inOrder(cells)) {
    if (!hidden(cells.rows[i] as number, cells.cols[i] as number)) continue;
    cells.values[i] = null;
    cells.texts[i] = '';
    cells.formats[i] = null;
    cells.formulas[i] = null;
  }
}

/**
 * Whether a merge hides the cell at (r, c), asked in (row, col) order: the merges open
 * at the current row, sorted by their left column, answer "which merge covers this
 * column" by binary search. Merges that overlap are a damaged sheet.
 */
function mergeSweep(sheet: string, merges: readonly (MergeArea & { readonly shown?: boolean })[], label: string): (r: number, c: number) => boolean {
  const byTop = [...merges].sort((a, b) => a.top - b.top || a.left - b.left);
  let open: (MergeArea & { readonly shown?: boolean })[] = [];
  let next = 0;
  let row = -1;
  let closesAt = Infinity; // the lowest bottom among the open merges
  const openUpTo = (r: number) => {
    if (r > closesAt) {
      open = open.filter((m) => m.bottom >= r);
      closesAt = open.reduce((low, m) => Math.min(low, m.bottom), Infinity);
    }
    for (; next < byTop.length && (byTop[next] as MergeArea).top <= r; next++) {
      const m = byTop[next] as MergeArea;
      const at = firstRightOf(open, m.left);
      const before = open[at - 1];
      const after = open[at];
      if ((before && before.right >= m.left && before.bottom >= m.top) || (after && after.left <= m.right && after.bottom >= m.top)) {
        throw new WorkbookReadError({ kind: 'overlapping-merges', sheet, ref: areaRef(m) }, label);
      }
      open.splice(at, 0, m);
      closesAt = Math.min(closesAt, m.bottom);
    }
  };
  return (r, c) => {
    if (r !== row) {
      row = r;
      openUpTo(r);
    }
    const m = open[firstRightOf(open, c + 1) - 1];
    // A clipped merge whose top-left was cut away shows none of the cells left in it.
    return !(!m || m.right < c || m.bottom < r || (m.top === r && m.left === c && m.shown !== false));
  };
}

/** The index of the first open merge whose left column is at or past `col` (open is sorted by left). */
function firstRightOf(open: readonly MergeArea[], col: number): number {
  let lo = 0;
  let hi = open.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((open[mid] as MergeArea).left < col) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function areaRef(m: MergeArea): string {
  const letters = (col: number): string => {
    let s = '';
    for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    return s;
  };
  return `${letters(m.left)}${m.top + 1}:${letters(m.right)}${m.bottom + 1}`;
}

type Grids = Pick<SheetSnapshot, 'values' | 'texts' | 'formulas' | 'numberFormats'>;

function dense(cells: FlatCells, box: Box): Grids {
  const height = box.bottom - box.top + 1;
  const width = box.right - box.left + 1;
  // Which rows hold cells, formulas, formats: a row without any shares one row of empties
  // (place() below writes only where a cell has something, so a shared row stays empty).
  const CELLS = 1;
  const FORMULAS = 2;
  const FORMATS = 4;
  const has = new Uint8Array(height);
  for (let i = 0; i < cells.rows.length; i++) {
    const r = (cells.rows[i] as number) - box.top;
    has[r] = (has[r] as number) | CELLS | (cells.formulas[i] != null ? FORMULAS : 0) | (cells.formats[i] != null ? FORMATS : 0);
  }
  const nulls = new Array<null>(width).fill(null);
  const blanks = new Array<string>(width).fill('');
  const values: CellValue[][] = new Array<CellValue[]>(height);
  const texts: string[][] = new Array<string[]>(height);
  const formulas: (string | null)[][] = new Array<(string | null)[]>(height);
  const numberFormats: (string | null)[][] = new Array<(string | null)[]>(height);
  for (let r = 0; r < height; r++) {
    const row = has[r] as number;
    values[r] = row & CELLS ? new Array<CellValue>(width).fill(null) : nulls;
    texts[r] = row & CELLS ? new Array<string>(width).fill('') : blanks;
    formulas[r] = row & FORMULAS ? new Array<string | null>(width).fill(null) : nulls;
    numberFormats[r] = row & FORMATS ? new Array<string | null>(width).fill(null) : nulls;
  }
  place(cells, box, values, texts, formulas, numberFormats);
  return { values, texts, formulas, numberFormats };
}

function sparse(name: string, cells: FlatCells, box: Box, limits: ReadLimits, label: string): Grids {
  const height = box.bottom - box.top + 1;
  // How far each row reaches: the engine walks that far, so the sum is bounded too.
  const reach = new Map<number, number>();
  for (let i = 0; i < cells.rows.length; i++) {
    const r = (cells.rows[i] as number) - box.top;
    const c = (cells.cols[i] as number) - box.left;
    if (c + 1 > (reach.get(r) ?? 0)) reach.set(r, c + 1);
  }
  let walk = height;
  for (const length of reach.values()) walk += length;
  if (walk > SPREAD_FACTOR * limits.sheetCells) throw new WorkbookReadError({ kind: 'cells-too-spread', sheet: name }, label);
  const none: never[] = [];
  const values: CellValue[][] = new Array<CellValue[]>(height).fill(none);
  const texts: string[][] = new Array<string[]>(height).fill(none);
  const formulas: (string | null)[][] = new Array<(string | null)[]>(height).fill(none);
  const numberFormats: (string | null)[][] = new Array<(string | null)[]>(height).fill(none);
  for (const r of reach.keys()) {
    // Filled only where cells are (place() below): far apart, the holes between them cost nothing.
    values[r] = [];
    texts[r] = [];
    formulas[r] = [];
    numberFormats[r] = [];
  }
  place(cells, box, values, texts, formulas, numberFormats);
  return { values, texts, formulas, numberFormats };
}

/** Writes each cell into its row; nothing where a cell has nothing (a shared row of empties stays as it is). */
function place(cells: FlatCells, box: Box, values: CellValue[][], texts: string[][], formulas: (string | null)[][], numberFormats: (string | null)[][]): void {
  for (let i = 0; i < cells.rows.length; i++) {
    const r = (cells.rows[i] as number) - box.top;
    const c = (cells.cols[i] as number) - box.left;
    (values[r] as CellValue[])[c] = cells.values[i] as CellValue;
    (texts[r] as string[])[c] = cells.texts[i] as string;
    const formula = cells.formulas[i];
    if (formula != null) (formulas[r] as (string | null)[])[c] = formula;
    const format = cells.formats[i];
    if (format != null) (numberFormats[r] as (string | null)[])[c] = format;
  }
}
