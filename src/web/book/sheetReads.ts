/**
 * The engine's snapshots of a session's sheets: kept until the sheet changes,
 * patched in place of a re-read when only some cells changed (a Fix and the
 * totals it recomputes), and read again otherwise. A small sheet is read at
 * once, as before; a large one in slices (sheetSlices.ts), shared by everyone
 * waiting for it (the grid, a verification, the Insert section). A waiter that
 * cancels stops waiting at once; the reading stops when nobody waits any more.
 */
import { ValueType, type Worksheet } from 'exceljs';
import type { SheetSnapshot } from '../../engine/snapshot';
import { readCell } from '../../file/cells';
import { snapshotSheet } from '../../file/workbookReading';
import { abortError, readSheetInSlices, type SliceControl } from './sheetSlices';

/**
 * Up to these many rows and cells a sheet is read at once, as it always was (a
 * few tens of milliseconds at most); larger sheets are read in slices.
 */
export const READ_AT_ONCE_ROWS = 2_000;
export const READ_AT_ONCE_CELLS = 40_000;

/** A cell whose content changed (1-based, as exceljs counts). */
export interface CellChange {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
}

export interface ReadOptions {
  readonly signal?: AbortSignal;
  /** Rows read of the sheet's rows, while it is read in slices. */
  readonly onProgress?: (done: number, total: number) => void;
}

interface Waiter {
  readonly resolve: (snapshot: SheetSnapshot | undefined) => void;
  readonly reject: (error: unknown) => void;
  readonly onProgress?: (done: number, total: number) => void;
}

interface Reading {
  readonly controller: AbortController;
  readonly waiters: Set<Waiter>;
}

export interface SheetReadsOptions {
  readonly sheet: (name: string) => Worksheet | undefined;
  /** A sheet read in slices is ready (the views show it). */
  readonly onRead: (name: string) => void;
  /** For tests: how the slices are cut and paused. */
  readonly slices?: Omit<SliceControl, 'signal' | 'onProgress'>;
}

export class SheetReads {
  private readonly fresh = new Map<string, SheetSnapshot>();
  /** The last snapshot of a sheet that changed since: what the grid shows while it is read again. */
  private readonly stale = new Map<string, SheetSnapshot>();
  private readonly readings = new Map<string, Reading>();

  constructor(private readonly options: SheetReadsOptions) {}

  /** The snapshot of the sheet as it is now, if one has been read. */
  current(name: string): SheetSnapshot | undefined {
    return this.fresh.get(name);
  }

  /** The current snapshot, else the last one before the sheet changed. */
  latest(name: string): SheetSnapshot | undefined {
    return this.fresh.get(name) ?? this.stale.get(name);
  }

  /** True when the sheet has no current snapshot and is too large to read at once. */
  readsInSlices(name: string): boolean {
    if (this.fresh.has(name)) return false;
    const sheet = this.options.sheet(name);
    return sheet !== undefined && !readAtOnce(sheet);
  }

  reading(name: string): boolean {
    return this.readings.has(name);
  }

  /** Reads the sheet at once, whatever its size (a reading in slices under way is answered with it). */
  now(name: string): SheetSnapshot | undefined {
    const cached = this.fresh.get(name);
    if (cached) return cached;
    const sheet = this.options.sheet(name);
    if (!sheet) return undefined;
    const snapshot = snapshotSheet(sheet);
    this.keep(name, snapshot);
    const reading = this.readings.get(name);
    if (reading) {
      this.readings.delete(name);
      reading.controller.abort();
      for (const w of reading.waiters) w.resolve(snapshot);
    }
    return snapshot;
  }

  /** The snapshot: at once when current or small, else read in slices (joining a reading under way). */
  read(name: string, options: ReadOptions = {}): Promise<SheetSnapshot | undefined> {
    const { signal, onProgress } = options;
    if (signal?.aborted) return Promise.reject(abortError());
    const sheet = this.options.sheet(name);
    if (this.fresh.has(name) || !sheet || readAtOnce(sheet)) return Promise.resolve(this.now(name));
    return new Promise<SheetSnapshot | undefined>((resolve, reject) => {
      const reading = this.readings.get(name) ?? this.start(name, sheet, new Set());
      const waiter: Waiter = {
        resolve: (s) => {
          signal?.removeEventListener('abort', onAbort);
          resolve(s);
        },
        reject: (e) => {
          signal?.removeEventListener('abort', onAbort);
          reject(e);
        },
        ...(onProgress ? { onProgress } : {}),
      };
      const onAbort = () => {
        // The reading may have been started again since (the sheet changed): look it up.
        const now = this.readings.get(name);
        if (!now?.waiters.delete(waiter)) return;
        waiter.reject(abortError());
        if (now.waiters.size === 0) {
          this.readings.delete(name);
          now.controller.abort();
        }
      };
      reading.waiters.add(waiter);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  /** The sheets' cells changed in ways a patch cannot follow (rows moved): they are read again. */
  invalidate(names: Iterable<string>): void {
    for (const name of names) {
      const snapshot = this.fresh.get(name);
      if (snapshot) {
        this.fresh.delete(name);
        this.stale.set(name, snapshot);
      }
      // A reading under way has read cells that may have moved: it starts again for its waiters.
      const reading = this.readings.get(name);
      const sheet = this.options.sheet(name);
      if (reading) {
        reading.controller.abort();
        this.readings.delete(name);
        if (sheet) this.start(name, sheet, reading.waiters);
        else for (const w of reading.waiters) w.resolve(undefined); // the sheet is gone
      }
    }
  }

  /**
   * Only these cells' contents changed (a Fix, the formulas it recomputed): the
   * current snapshots take their new readings, and nothing is read again. A
   * sheet where that cannot be done exactly is read again instead.
   */
  patch(cells: readonly CellChange[]): void {
    const bySheet = new Map<string, CellChange[]>();
    for (const c of cells) {
      const list = bySheet.get(c.sheet);
      if (list) list.push(c);
      else bySheet.set(c.sheet, [c]);
    }
    for (const [name, changes] of bySheet) {
      const snapshot = this.fresh.get(name);
      const sheet = this.options.sheet(name);
      const patched = snapshot && sheet ? patchSnapshot(snapshot, sheet, changes) : null;
      if (patched) this.fresh.set(name, patched);
      else this.invalidate([name]);
    }
  }

  private keep(name: string, snapshot: SheetSnapshot): void {
    this.fresh.set(name, snapshot);
    this.stale.delete(name);
  }

  private start(name: string, sheet: Worksheet, waiters: Set<Waiter>): Reading {
    const reading: Reading = { controller: new AbortController(), waiters };
    this.readings.set(name, reading);
    const onProgress = (done: number, total: number) => {
      for (const w of reading.waiters) w.onProgress?.(done, total);
    };
    readSheetInSlices(sheet, {
      ...this.options.slices,
      signal: reading.controller.signal,
      onProgress,
    }).then(
      (snapshot) => {
        if (this.readings.get(name) !== reading) return; // stopped or started again
        this.readings.delete(name);
        this.keep(name, snapshot);
        for (const w of reading.waiters) w.resolve(snapshot);
        this.options.onRead(name);
      },
      (error: unknown) => {
        if (this.readings.get(name) !== reading) return;
        this.readings.delete(name);
        for (const w of reading.waiters) w.reject(error);
      },
    );
    return reading;
  }
}

function readAtOnce(sheet: Worksheet): boolean {
  const rows = sheet.rowCount;
  // `columnCount` looks at every row: asked only of a sheet with few rows.
  return rows <= READ_AT_ONCE_ROWS && rows * sheet.columnCount <= READ_AT_ONCE_CELLS;
}

/**
 * A copy of the snapshot with the changed cells read again (rows copied only where
 * they change, so a snapshot already handed out stays as it was); null when a
 * change falls outside the used range or empties a cell, which could move the range.
 */
export function patchSnapshot(
  snapshot: SheetSnapshot,
  sheet: Worksheet,
  changes: readonly CellChange[],
): SheetSnapshot | null {
  const origin = snapshot.origin ?? { row: 0, col: 0 };
  const values = [...snapshot.values];
  const texts = [...snapshot.texts];
  const formulas = snapshot.formulas ? [...snapshot.formulas] : undefined;
  const numberFormats = snapshot.numberFormats ? [...snapshot.numberFormats] : undefined;
  const copied = new Set<number>();
  for (const { row, col } of changes) {
    const r = row - 1 - origin.row;
    const c = col - 1 - origin.col;
    if (r < 0 || c < 0 || r >= values.length || c >= (values[r]?.length ?? 0)) return null;
    const cell = sheet.findCell(row, col);
    if (!cell || cell.type === ValueType.Null) return null;
    const reading = readCell(cell);
    if (!copied.has(r)) {
      copied.add(r);
      values[r] = [...(values[r] ?? [])];
      texts[r] = [...(texts[r] ?? [])];
      if (formulas) formulas[r] = [...(formulas[r] ?? [])];
      if (numberFormats) numberFormats[r] = [...(numberFormats[r] ?? [])];
    }
    (values[r] as unknown[])[c] = reading.value;
    (texts[r] as unknown[])[c] = reading.text;
    if (formulas) (formulas[r] as unknown[])[c] = reading.formula;
    if (numberFormats) (numberFormats[r] as unknown[])[c] = reading.numberFormat;
  }
  return {
    ...snapshot,
    values,
    texts,
    ...(formulas ? { formulas } : {}),
    ...(numberFormats ? { numberFormats } : {}),
  };
}
