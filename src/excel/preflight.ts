/**
 * Everything that could make a write fail, checked before the first write, so
 * an action either happens whole or not at all.
 */
import type { Language } from '../engine/options';
import { STATE_SHEET } from '../engine/review';
import { HostError } from '../host/port';
import { MAX_CELLS_PER_VERIFY } from './limits';
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

/**
 * Refuses only a read the pane could not hold in memory (MAX_CELLS_PER_VERIFY):
 * Excel's own limits on a request are met by batching (readPlan), so a whole
 * budget book of 500,000 rows is read.
 */
export function assertReadable(extents: readonly SheetExtent[], language: Language): void {
  const fmt = (n: number) => n.toLocaleString('en-US');
  const cells = extents.reduce((n, e) => n + e.rowCount * e.columnCount, 0);
  if (cells > MAX_CELLS_PER_VERIFY) {
    const largest = [...extents].sort(
      (a, b) => b.rowCount * b.columnCount - a.rowCount * a.columnCount,
    )[0];
    throw new HostError(
      'too-large',
      message('tooManyCells', language, {
        cells: fmt(cells),
        max: fmt(MAX_CELLS_PER_VERIFY),
        sheet: largest?.name ?? '',
        rows: fmt(largest?.rowCount ?? 0),
        columns: fmt(largest?.columnCount ?? 0),
      }),
    );
  }
}
