/**
 * An exceljs Workbook → WorkbookSnapshot: the used range of every worksheet as
 * the parallel grids the engine reads, plus the reviewers' acceptances from the
 * state sheet. Works on a workbook already in memory (no file access), so the
 * CLI and the browser host read workbooks the same way.
 */
import type { Workbook, Worksheet } from 'exceljs';
import {
  STATE_SHEET,
  type Acceptance,
  type CellValue,
  type MergeArea,
  type SheetSnapshot,
  type WorkbookSnapshot,
} from '../engine/index';
import { readCell, type CellReading } from './cells';
import { readState } from './state';

export interface WorkbookReading {
  readonly snapshot: WorkbookSnapshot;
  readonly acceptances: readonly Acceptance[];
  /** Problems that did not stop the reading (a damaged state sheet). */
  readonly warnings: readonly string[];
}

/** `A1:C3` (1-based, as exceljs keeps merges) → 0-based inclusive area. */
export function mergeArea(range: string): MergeArea | null {
  const m = /^\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/i.exec(range);
  if (!m) return null;
  const col = (letters: string): number =>
    [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const [, l1 = '', r1 = '', l2 = '', r2 = ''] = m;
  return { top: Number(r1) - 1, left: col(l1), bottom: Number(r2) - 1, right: col(l2) };
}

/** A rows × cols grid of `fill`, built with plain loops: a budget book has millions of cells. */
function grid<T>(rows: number, cols: number, fill: T): T[][] {
  const out: T[][] = new Array<T[]>(rows);
  for (let r = 0; r < rows; r++) out[r] = new Array<T>(cols).fill(fill);
  return out;
}

/**
 * The sheet's merged ranges (`A1:C3`). `sheet.model.merges` would rebuild the model
 * of every row first — seconds on a large book — so the worksheet's own record of
 * its merges is read when it has one.
 */
function mergeRanges(sheet: Worksheet): string[] {
  if (!sheet.hasMerges) return [];
  const own = (sheet as unknown as { _merges?: Record<string, { range?: unknown }> })._merges;
  if (!own) return sheet.model.merges;
  return Object.values(own).flatMap((m) => (typeof m.range === 'string' ? [m.range] : []));
}

export function snapshotSheet(sheet: Worksheet): SheetSnapshot {
  // Cells in reading order, in parallel arrays (no object per cell), and the used range.
  const rowsAt: number[] = [];
  const colsAt: number[] = [];
  const readings: CellReading[] = [];
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1;
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const c = colNumber - 1;
      rowsAt.push(r);
      colsAt.push(c);
      readings.push(readCell(cell));
      if (r < top) top = r;
      if (r > bottom) bottom = r;
      if (c < left) left = c;
      if (c > right) right = c;
    });
  });
  const merges = mergeRanges(sheet).map(mergeArea).filter((m): m is MergeArea => m !== null);
  for (const m of merges) {
    top = Math.min(top, m.top);
    left = Math.min(left, m.left);
    bottom = Math.max(bottom, m.bottom);
    right = Math.max(right, m.right);
  }
  if (bottom < 0) [top, left, bottom, right] = [0, 0, -1, -1];
  const rows = bottom - top + 1;
  const cols = right - left + 1;
  const values = grid<CellValue>(rows, cols, null);
  const texts = grid(rows, cols, '');
  const formulas = grid<string | null>(rows, cols, null);
  const numberFormats = grid<string | null>(rows, cols, null);
  for (let i = 0; i < readings.length; i++) {
    const reading = readings[i] as CellReading;
    const r = (rowsAt[i] as number) - top;
    const c = (colsAt[i] as number) - left;
    (values[r] as CellValue[])[c] = reading.value;
    (texts[r] as string[])[c] = reading.text;
    (formulas[r] as (string | null)[])[c] = reading.formula;
    (numberFormats[r] as (string | null)[])[c] = reading.numberFormat;
  }
  return {
    name: sheet.name,
    origin: { row: top, col: left },
    values,
    texts,
    formulas,
    numberFormats,
    merges,
  };
}

/** Snapshot and acceptances of a loaded workbook; the state sheet is not part of the snapshot. */
export function readLoadedWorkbook(workbook: Workbook): WorkbookReading {
  const sheets: SheetSnapshot[] = [];
  let state: Worksheet | undefined;
  for (const sheet of workbook.worksheets) {
    if (sheet.name === STATE_SHEET) state = sheet;
    else sheets.push(snapshotSheet(sheet));
  }
  const { acceptances, warnings } = readState(state);
  return { snapshot: { sheets }, acceptances, warnings };
}
