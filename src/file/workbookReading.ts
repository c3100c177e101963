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
  type MergeArea,
  type SheetSnapshot,
  type WorkbookSnapshot,
} from '../engine/index';
import { readCell } from './cells';
import { mergeArea, SheetCells } from './sheetCells';

export { mergeArea } from './sheetCells';
import { readState } from './state';

export interface WorkbookReading {
  readonly snapshot: WorkbookSnapshot;
  readonly acceptances: readonly Acceptance[];
  /** Problems that did not stop the reading (a damaged state sheet). */
  readonly warnings: readonly string[];
}

/**
 * The sheet's merged ranges (`A1:C3`). `sheet.model.merges` would rebuild the model
 * of every row first — seconds on a large book — so the worksheet's own record of
 * its merges is read when it has one.
 */
export function mergeRanges(sheet: Worksheet): string[] {
  if (!sheet.hasMerges) return [];
  const own = (sheet as unknown as { _merges?: Record<string, { range?: unknown }> })._merges;
  if (!own) return sheet.model.merges;
  return Object.values(own).flatMap((m) => (typeof m.range === 'string' ? [m.range] : []));
}

export function snapshotSheet(sheet: Worksheet): SheetSnapshot {
  const cells = new SheetCells();
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => cells.add(rowNumber - 1, colNumber - 1, readCell(cell)));
  });
  const merges = mergeRanges(sheet).map(mergeArea).filter((m): m is MergeArea => m !== null);
  return cells.snapshot(sheet.name, merges);
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
