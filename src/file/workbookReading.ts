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
  type Language,
  type MergeArea,
  type SheetSnapshot,
  type WorkbookSnapshot,
} from '../engine/index';
import { readCell } from './cells';
import { DEFAULT_LIMITS, type ReadLimits } from './limits';
import type { DamagedCell } from './problems';
import { keepsFormulas, mergeArea, SheetCells, type KeepFormulas } from './sheetCells';

export { mergeArea } from './sheetCells';
import { readState } from './state';

export interface WorkbookReading {
  readonly snapshot: WorkbookSnapshot;
  readonly acceptances: readonly Acceptance[];
  /** Problems that did not stop the reading (a damaged state sheet), in the reader's language. */
  readonly warnings: readonly string[];
  /** Cells the file stores as something no cell can hold: read as error values, and the file is damaged. */
  readonly damaged?: readonly DamagedCell[];
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

export function snapshotSheet(sheet: Worksheet, limits: ReadLimits = DEFAULT_LIMITS, label = 'workbook', formulas = true): SheetSnapshot {
  const cells = new SheetCells(sheet.name, limits, label, formulas);
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => cells.add(rowNumber - 1, colNumber - 1, readCell(cell)));
  });
  const merges = mergeRanges(sheet).map(mergeArea).filter((m): m is MergeArea => m !== null);
  return cells.snapshot(merges);
}

export interface LoadedReadOptions extends KeepFormulas {
  readonly limits?: ReadLimits;
  /** How the file is named in messages. */
  readonly label?: string;
  /** The language of the reading's warnings. */
  readonly language?: Language;
}

/** Snapshot and acceptances of a loaded workbook; the state sheet is not part of the snapshot. */
export function readLoadedWorkbook(workbook: Workbook, options: LoadedReadOptions = {}): WorkbookReading {
  const { limits = DEFAULT_LIMITS, label = 'workbook', language = 'en' } = options;
  const sheets: SheetSnapshot[] = [];
  let state: Worksheet | undefined;
  for (const sheet of workbook.worksheets) {
    if (sheet.name === STATE_SHEET) state = sheet;
    else sheets.push(snapshotSheet(sheet, limits, label, keepsFormulas(options)));
  }
  const { acceptances, warnings } = readState(state, language);
  return { snapshot: { sheets }, acceptances, warnings };
}
