/**
 * The header of a table read by its columns: the rows above the first row of figures
 * (one to four of them), and for each column the words written over it — its own cells,
 * and the cells merged across it and its neighbours (a group: `결산` over `세입 | 세출 |
 * 잉여금`, `일반회계` over `예산액 | 구성비`). Line breaks inside a cell count as spaces.
 */
import type { Grid } from '../../grid';
import { parseFigure } from '../../number';
import { RowWindow } from '../../rowWindow';

export interface ColumnHeader {
  readonly col: number;
  /** The column's own header text, top to bottom. */
  readonly own: string;
  /** The text of cells merged across this column and others, outermost first. */
  readonly group: string;
  /** The columns the innermost group spans, when there is one. */
  readonly span: readonly [number, number] | null;
}

export interface HeaderBlock {
  readonly top: number;
  /** The last header row. */
  readonly bottom: number;
  readonly firstData: number;
  readonly columns: ReadonlyMap<number, ColumnHeader>;
}

const UNIT_NOTE = /^[([]?\s*단위\s*[:：]/;
export { UNIT_NOTE };

/** At most this many header rows above the first row of figures. */
const MAX_HEADER_ROWS = 4;

/**
 * Headers already read, per grid, for a window of rows (rowWindow.ts): the kinds read by
 * their columns (subjects, summary, columns) each ask for the header at the row the scan
 * is at, and a table's body asks for the rows that may start the next one.
 */
const headers = new WeakMap<Grid, RowWindow<HeaderBlock | null>>();
const KEPT_HEADERS = 256;

/** The header starting at `row`, or null when no row of figures follows it closely. Read only: shared. */
export function readHeader(grid: Grid, row: number): HeaderBlock | null {
  let known = headers.get(grid);
  if (!known) headers.set(grid, (known = new RowWindow<HeaderBlock | null>(KEPT_HEADERS, null)));
  return known.has(row) ? known.get(row) : known.set(row, headerAt(grid, row));
}

function headerAt(grid: Grid, row: number): HeaderBlock | null {
  // A title alone on its row is above the header, not part of it. A unit note may head a
  // table of its own (`2022년 예산 | 단위: 조원`, or the note alone right above the figures).
  // Counted before the row's figures are parsed: most rows of a book (prose, a title) end here.
  const filled = grid.filledColumns(row);
  if (filled.length === 0) return null;
  // Counted, not listed: no array (nor a closure over the row) for each of those rows.
  let words = 0;
  for (const c of filled) if (!UNIT_NOTE.test(grid.text(row, c))) words++;
  const noted = words < filled.length;
  if (words < 2 && !(noted && row + 1 < grid.bottom && holdsFigures(grid, row + 1))) return null;
  if (holdsFigures(grid, row)) return null;
  let firstData = -1;
  for (let r = row + 1; r < Math.min(grid.bottom, row + MAX_HEADER_ROWS + 1); r++) {
    if (grid.isBlankRow(r)) return null;
    if (holdsFigures(grid, r)) {
      firstData = r;
      break;
    }
  }
  if (firstData < 0) return null;
  const own = new Map<number, string[]>();
  const groups = new Map<number, { text: string; span: [number, number] }[]>();
  for (let r = row; r < firstData; r++) {
    for (const c of grid.filledColumns(r)) {
      const text = clean(grid.shown(r, c));
      const merge = grid.spanOf(r, c);
      if (merge && merge.right > c) {
        for (let k = c; k <= merge.right; k++) push(groups, k, { text, span: [c, merge.right] });
      } else {
        push(own, c, text);
      }
    }
  }
  const columns = new Map<number, ColumnHeader>();
  for (const c of new Set([...own.keys(), ...groups.keys()])) {
    const g = groups.get(c) ?? [];
    const inner = g[g.length - 1];
    columns.set(c, { col: c, own: (own.get(c) ?? []).join(' '), group: g.map((x) => x.text).join(' '), span: inner ? inner.span : null });
  }
  return { top: row, bottom: firstData - 1, firstData, columns };
}

function push<T>(map: Map<number, T[]>, key: number, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Header text with its line breaks and runs of spaces as single spaces. */
export function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * A row holding a figure: a number that is not a year, a number written as text, or a
 * lone dash (the documents' nothing). A header row holds none.
 */
export function holdsFigures(grid: Grid, row: number): boolean {
  for (const c of grid.filledColumns(row)) {
    // A year over a column (`2021`) is a header's word, not a figure.
    if (isFigureCell(grid, row, c) && !/^[0-9]{4}$/.test(grid.text(row, c))) return true;
  }
  return false;
}

/**
 * Whether a text reads as a figure, kept per grid: every step of reading a table (its
 * header, its body's extent, its columns) and every kind that tries the table asks
 * again of the same cells, and parsing is most of what that costs.
 */
const figureTexts = new WeakMap<Grid, Map<string, boolean>>();

/** A cell holding a figure: a number, a number written as text, or a lone dash. */
export function isFigureCell(grid: Grid, row: number, col: number): boolean {
  if (typeof grid.value(row, col) === 'number') return true;
  const text = grid.text(row, col);
  if (text === '') return false;
  let known = figureTexts.get(grid);
  if (!known) figureTexts.set(grid, (known = new Map()));
  let figure = known.get(text);
  if (figure === undefined) {
    figure = isDash(text) || parseFigure(text) !== null;
    known.set(text, figure);
  }
  return figure;
}

/** The documents' nothing: a lone dash. */
export function isDash(text: string): boolean {
  return /^[-－–—―−]$/.test(text.trim());
}
