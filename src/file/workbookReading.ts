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

interface Bounds {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function grow(bounds: Bounds | null, area: Bounds): Bounds {
  if (!bounds) return { ...area };
  return {
    top: Math.min(bounds.top, area.top),
    left: Math.min(bounds.left, area.left),
    bottom: Math.max(bounds.bottom, area.bottom),
    right: Math.max(bounds.right, area.right),
  };
}

function grid<T>(rows: number, cols: number, fill: T): T[][] {
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => fill));
}

export function snapshotSheet(sheet: Worksheet): SheetSnapshot {
  const cells: { row: number; col: number; reading: CellReading }[] = [];
  let bounds: Bounds | null = null;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const at = { row: rowNumber - 1, col: colNumber - 1 };
      cells.push({ ...at, reading: readCell(cell) });
      bounds = grow(bounds, { top: at.row, left: at.col, bottom: at.row, right: at.col });
    });
  });
  const merges = sheet.model.merges.map(mergeArea).filter((m): m is MergeArea => m !== null);
  for (const m of merges) bounds = grow(bounds, m);
  const used: Bounds = bounds ?? { top: 0, left: 0, bottom: -1, right: -1 };
  const rows = used.bottom - used.top + 1;
  const cols = used.right - used.left + 1;
  const values = grid<CellValue>(rows, cols, null);
  const texts = grid(rows, cols, '');
  const formulas = grid<string | null>(rows, cols, null);
  const numberFormats = grid<string | null>(rows, cols, null);
  for (const { row, col, reading } of cells) {
    const r = row - used.top;
    const c = col - used.left;
    (values[r] as CellValue[])[c] = reading.value;
    (texts[r] as string[])[c] = reading.text;
    (formulas[r] as (string | null)[])[c] = reading.formula;
    (numberFormats[r] as (string | null)[])[c] = reading.numberFormat;
  }
  return {
    name: sheet.name,
    origin: { row: used.top, col: used.left },
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
