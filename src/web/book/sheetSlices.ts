/**
 * A worksheet → the engine's snapshot of it, exactly as src/file's
 * `snapshotSheet` reads it, but a slice of rows at a time with the page's
 * thread given back between slices. At 500,000 rows `snapshotSheet` holds the
 * thread for seconds (every cell is read and formatted, four grids are laid
 * out); in slices of a few milliseconds the page keeps painting, the pane's
 * progress moves and Cancel is taken at once. test/ui/sheetSlices.test.ts
 * holds the two readings equal.
 *
 * Two passes: the used range first (cheap: no cell is read), so that each grid
 * row is made once at its final width; then the rows, read into the grids.
 */
import type { Worksheet } from 'exceljs';
import type { CellValue, MergeArea, SheetSnapshot } from '../../engine/snapshot';
import { readCell } from '../../file/cells';
import { mergeArea, mergeRanges } from '../../file/workbookReading';
import { shareTexts } from '../../file/sharedTexts';

export interface SliceControl {
  /** Stops the reading at the next pause with an AbortError. */
  readonly signal?: AbortSignal;
  /** Rows of the sheet read so far, of `total` (its row count), at each pause. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Work between two pauses, in milliseconds. */
  readonly sliceMs?: number;
  /** Gives the thread back; resolves when the reading may go on. */
  readonly pause?: () => Promise<void>;
  readonly clock?: () => number;
}

/** Short enough that a frame can be drawn and a click taken between two slices. */
export const SLICE_MS = 12;

export function abortError(): DOMException {
  return new DOMException('The operation was aborted.', 'AbortError');
}

/**
 * The next task, without setTimeout's 4 ms clamp on nested timers (a MessageChannel
 * message), so that pauses cost little; setTimeout where there is no MessageChannel.
 */
export function giveWay(): Promise<void> {
  if (typeof MessageChannel === 'undefined')
    return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

const defaultClock = () => performance.now();

/** Counts the time of a slice and pauses when it is spent. */
class Slices {
  private readonly clock: () => number;
  private readonly sliceMs: number;
  private readonly giveWay: () => Promise<void>;
  private started: number;

  constructor(private readonly control: SliceControl) {
    this.clock = control.clock ?? defaultClock;
    this.sliceMs = control.sliceMs ?? SLICE_MS;
    this.giveWay = control.pause ?? giveWay;
    this.started = this.clock();
    if (control.signal?.aborted) throw abortError();
  }

  /** The slice has run its time (asked after each row; awaiting only then keeps the rows cheap). */
  due(): boolean {
    return this.clock() - this.started >= this.sliceMs;
  }

  /** Reports `done` of `total` rows and gives the thread back. */
  async pause(done: number, total: number): Promise<void> {
    this.control.onProgress?.(done, total);
    await this.giveWay();
    if (this.control.signal?.aborted) throw abortError();
    this.started = this.clock();
  }
}

interface UsedRange {
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly cols: number;
}

/** The rectangle over every non-empty cell and merged area (0-based), as SheetCells works it out. */
async function usedRange(
  sheet: Worksheet,
  merges: readonly MergeArea[],
  slices: Slices,
): Promise<UsedRange> {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  const total = sheet.rowCount;
  for (let r = 1; r <= total; r++) {
    // The first and last column of the row's non-empty cells, or null (exceljs types it as a number).
    const span = sheet.findRow(r)?.dimensions as unknown as
      { min: number; max: number } | null | undefined;
    if (span) {
      if (r - 1 < top) top = r - 1;
      bottom = r - 1;
      if (span.min - 1 < left) left = span.min - 1;
      if (span.max - 1 > right) right = span.max - 1;
    }
    if (slices.due()) await slices.pause(0, total);
  }
  for (const m of merges) {
    if (m.top < top) top = m.top;
    if (m.left < left) left = m.left;
    if (m.bottom > bottom) bottom = m.bottom;
    if (m.right > right) right = m.right;
  }
  if (bottom < 0) return { top: 0, left: 0, rows: 0, cols: 0 };
  return { top, left, rows: bottom - top + 1, cols: right - left + 1 };
}

export async function readSheetInSlices(
  sheet: Worksheet,
  control: SliceControl = {},
): Promise<SheetSnapshot> {
  const slices = new Slices(control);
  const merges = mergeRanges(sheet)
    .map(mergeArea)
    .filter((m): m is MergeArea => m !== null);
  const { top, left, rows, cols } = await usedRange(sheet, merges, slices);
  const total = sheet.rowCount;
  const values: CellValue[][] = new Array<CellValue[]>(rows);
  const texts: string[][] = new Array<string[]>(rows);
  const formulas: (string | null)[][] = new Array<(string | null)[]>(rows);
  const numberFormats: (string | null)[][] = new Array<(string | null)[]>(rows);
  for (let g = 0; g < rows; g++) {
    const rowValues = new Array<CellValue>(cols).fill(null);
    const rowTexts = new Array<string>(cols).fill('');
    const rowFormulas = new Array<string | null>(cols).fill(null);
    const rowFormats = new Array<string | null>(cols).fill(null);
    // Rows with no non-empty cell give nothing, as `eachRow` skips them.
    sheet.findRow(top + g + 1)?.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const c = colNumber - 1 - left;
      const reading = readCell(cell);
      rowValues[c] = reading.value;
      rowTexts[c] = reading.text;
      rowFormulas[c] = reading.formula;
      rowFormats[c] = reading.numberFormat;
    });
    values[g] = rowValues;
    texts[g] = rowTexts;
    formulas[g] = rowFormulas;
    numberFormats[g] = rowFormats;
    if (slices.due()) await slices.pause(top + g + 1, total);
  }
  return shareTexts({
    name: sheet.name,
    origin: { row: top, col: left },
    values,
    texts,
    formulas,
    numberFormats,
    merges: [...merges],
  });
}
