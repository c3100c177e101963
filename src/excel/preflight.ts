/**
 * Everything that could make a write fail, checked before the first write, so
 * an action either happens whole or not at all.
 */
import type { Language } from '../engine/options';
import { STATE_SHEET } from '../engine/review';
import { HostError } from '../host/port';
import { MAX_CELLS_PER_VERIFY, MAX_ROWS_PER_SHEET } from './limits';
import { message } from './messages';
import type { SheetExtent } from './snapshotGrid';
import type { WorkbookInfo } from './workbook';

export interface WriteIntent {
  /** User sheets that will receive fills, notes or values. */
  readonly sheets: ReadonlySet<string>;
  /** Whether the state sheet will be written (created if missing). */
  readonly state: boolean;
}

export function assertWritable(
  info: WorkbookInfo,
  protectedSheets: ReadonlySet<string>,
  intent: WriteIntent,
  language: Language,
): void {
  if (intent.sheets.size === 0 && !intent.state) return;
  if (info.readOnly) throw new HostError('read-only', message('readOnly', language));
  const blocked = [...intent.sheets].filter((s) => protectedSheets.has(s));
  if (intent.state && protectedSheets.has(STATE_SHEET)) blocked.push(STATE_SHEET);
  if (blocked.length > 0)
    throw new HostError(
      'protected',
      message('protected', language, { sheets: blocked.join("', '") }),
    );
  if (intent.state && !info.hasStateSheet && info.structureProtected) {
    throw new HostError('protected', message('workbookProtected', language));
  }
}

/** Refuses a read that would take minutes and most of the pane's memory. */
export function assertReadable(extents: readonly SheetExtent[], language: Language): void {
  const fmt = (n: number) => n.toLocaleString('en-US');
  for (const e of extents) {
    if (e.rowCount > MAX_ROWS_PER_SHEET) {
      throw new HostError(
        'too-large',
        message('tooManyRows', language, {
          sheet: e.name,
          rows: fmt(e.rowCount),
          max: fmt(MAX_ROWS_PER_SHEET),
        }),
      );
    }
  }
  const cells = extents.reduce((n, e) => n + e.rowCount * e.columnCount, 0);
  if (cells > MAX_CELLS_PER_VERIFY) {
    throw new HostError(
      'too-large',
      message('tooManyCells', language, { cells: fmt(cells), max: fmt(MAX_CELLS_PER_VERIFY) }),
    );
  }
}
