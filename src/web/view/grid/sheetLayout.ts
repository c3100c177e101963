/**
 * What the grid needs to draw a sheet, worked out once per change: row heights
 * and column widths (hidden ones have none), merged areas, frozen rows and columns, the
 * extent to scroll over, and each cell's shown text from the engine's snapshot
 * (text under a format's text section as Excel shows it: `;;;` hides it).
 */
import type { Worksheet } from 'exceljs';
import type { MergeArea, SheetSnapshot } from '../../../engine/snapshot';
import { formatText } from '../../../file/numberFormat';
import { Axis } from './axis';

export const DEFAULT_ROW_PX = 20;
export const DEFAULT_COL_CHARS = 8.43;
/** Empty rows and columns past the used range, as a spreadsheet shows them. */
const SPARE_ROWS = 40;
const SPARE_COLS = 4;
const MIN_ROWS = 60;
const MIN_COLS = 12;

export interface SheetLayout {
  readonly rows: Axis;
  readonly cols: Axis;
  /** Rows kept in view at the top (the sheet's frozen pane). */
  readonly frozenRows: number;
  /** Columns kept in view at the left (the sheet's frozen pane: its labels). */
  readonly frozenCols: number;
  readonly merges: readonly MergeArea[];
  readonly showGridLines: boolean;
  /** The merged area a cell belongs to, if any. */
  mergeAt(row: number, col: number): MergeArea | undefined;
  text(row: number, col: number): string;
  /** Numbers are right-aligned unless the cell says otherwise. */
  isNumber(row: number, col: number): boolean;
}

/** Column width in characters → pixels, as Excel draws it at 100 %. */
export function columnPixels(chars: number): number {
  return Math.round(chars * 7 + 5);
}

function rowSizes(sheet: Worksheet, count: number): Float64Array {
  const sizes = new Float64Array(count).fill(DEFAULT_ROW_PX);
  const fallback = sheet.properties.defaultRowHeight;
  if (fallback && fallback !== 15) sizes.fill(Math.round((fallback * 4) / 3));
  sheet.eachRow({ includeEmpty: true }, (row, n) => {
    if (n > count) return;
    if (row.hidden) sizes[n - 1] = 0;
    else if (row.height) sizes[n - 1] = Math.max(DEFAULT_ROW_PX, Math.round((row.height * 4) / 3));
  });
  return sizes;
}

function columnSizes(sheet: Worksheet, count: number): number[] {
  const fallback = columnPixels(sheet.properties.defaultColWidth ?? DEFAULT_COL_CHARS);
  // `sheet.columns` reads the columns the file defines; `getColumn` would create them.
  const defined = (sheet.columns ?? []) as readonly (
    { width?: number; hidden?: boolean } | undefined
  )[];
  return Array.from({ length: count }, (_, i) => {
    const col = defined[i];
    if (col?.hidden) return 0;
    return col?.width ? columnPixels(col.width) : fallback;
  });
}

/**
 * The text a cell shows. The snapshot's text is what the engine reads (a text
 * figure stays readable under `;;;`); the grid shows text as Excel does, by the
 * format's text section (`;;;` hides it). Numbers come formatted already.
 */
function shownText(snapshot: SheetSnapshot, r: number, c: number): string {
  const text = snapshot.texts[r]?.[c] ?? '';
  const format = snapshot.numberFormats?.[r]?.[c];
  return format && typeof snapshot.values[r]?.[c] === 'string' ? formatText(text, format) : text;
}

export function layoutSheet(sheet: Worksheet, snapshot: SheetSnapshot): SheetLayout {
  const origin = snapshot.origin ?? { row: 0, col: 0 };
  const usedRows = origin.row + snapshot.texts.length;
  const usedCols = origin.col + (snapshot.texts[0]?.length ?? 0);
  const rowCount = Math.max(MIN_ROWS, usedRows + SPARE_ROWS);
  const colCount = Math.max(MIN_COLS, usedCols + SPARE_COLS);
  const covered = new Map<number, MergeArea>();
  for (const m of snapshot.merges) {
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) covered.set(r * colCount + c, m);
  }
  const view = sheet.views?.[0];
  const frozen = view?.state === 'frozen';
  const frozenRows = frozen ? Math.min(view.ySplit ?? 0, rowCount - 1) : 0;
  const frozenCols = frozen ? Math.min(view.xSplit ?? 0, colCount - 1) : 0;
  return {
    rows: new Axis(rowSizes(sheet, rowCount)),
    cols: new Axis(columnSizes(sheet, colCount)),
    frozenRows,
    frozenCols,
    merges: snapshot.merges,
    showGridLines: view?.showGridLines !== false,
    mergeAt: (row, col) => (col < colCount ? covered.get(row * colCount + col) : undefined),
    text: (row, col) => shownText(snapshot, row - origin.row, col - origin.col),
    isNumber: (row, col) =>
      typeof snapshot.values[row - origin.row]?.[col - origin.col] === 'number',
  };
}
