/**
 * One worksheet's XML → the cells the snapshot holds, read exactly as exceljs and
 * readCell would read them (a formula's cached result, the text a number format
 * shows, merged cells empty but the master), within the limits (sheetCells.ts).
 *
 * Cells are read from the sheet's bytes in cellReader.ts (and cell.ts), dates, hyperlinks and shared formulas as exceljs reads
 * them. What it would read some other way (cell.ts says what) is noted as unsupported
 * and the scan goes on, so that every sheet is measured against the limits before
 * exceljs, which has none, is given the file.
 * What no sheet can hold (an address past XFD1048576, a number cell storing `abc`)
 * is damage: a bad address fails the file, a bad number is read as an error value
 * and listed, so the rest is still checked and the file is still reported damaged.
 */
import type { MergeArea, SheetSnapshot } from '../../engine/index';
import { WorkbookReadError } from '../errors';
import { DEFAULT_LIMITS, type ReadLimits } from '../limits';
import type { DamagedCell } from '../problems';
import { keepsFormulas, mergeArea, SheetCells, type KeepFormulas } from '../sheetCells';
import { readCellAt, valueOf, type SheetRead } from './cellReader';
import { linkedCells, linkRows } from './hyperlinks';
import { Position } from './position';
import { attr } from './xml';
import { SharedFormulas } from './sharedFormulas';
import { ascii, GT, indexOfByte, isTagEnd, indexOfBytes, lastIndexOfBytes, LT, QUOTE, SLASH, startsWithAt, textAt, valueStart } from './xmlBytes';

export interface SheetContext {
  readonly strings: readonly string[];
  readonly formats: readonly (string | null)[];
  /** The workbook counts dates from 1904 (`<workbookPr date1904="1">`, the only spelling exceljs reads). */
  readonly date1904?: boolean;
  /** Where the shared strings are, for the message when one is missing. */
  readonly stringsPart?: string;
}

/** What the scan of every sheet found besides cells. */
export interface ScanNotes {
  /** The first thing the fast reader does not read exactly (exceljs then reads the book). */
  unsupported: string | null;
  /** A sheet exceljs could not take in bounded memory (it builds every cell of a merged area). */
  exceljsTooLarge: string | null;
  /** A sheet whose range (cells and merges) is too large for a reader that lays it out dense (the page's). */
  denseTooLarge: string | null;
  /** Cells read in every sheet so far. */
  cells: number;
  readonly damaged: DamagedCell[];
}

export function newScanNotes(): ScanNotes {
  return { unsupported: null, exceljsTooLarge: null, denseTooLarge: null, cells: 0, damaged: [] };
}

export interface SheetScan extends KeepFormulas {
  /** The sheet's part, for messages. */
  readonly part?: string;
  readonly ctx: SheetContext;
  readonly notes: ScanNotes;
  readonly limits?: ReadLimits;
  readonly label?: string;
  /** The sheet's relationships part, read only when the sheet has hyperlinks. */
  readonly rels?: () => string | null;
}

/** A sheet's cells and merges as read, before they are laid out (the XML can go by then). */
export interface ScannedSheet {
  readonly name: string;
  readonly cells: SheetCells;
  readonly merges: readonly MergeArea[];
  readonly scan: SheetScan;
}

/**
 * The sheet's cells from its bytes (decoding 20 MB of XML to a string, then cutting a
 * substring per cell, was most of the reading). Only the parts outside `<sheetData>`
 * (merges, links: small) are decoded as a whole.
 */
export function scanSheetXml(name: string, bytes: Uint8Array, scan: SheetScan): ScannedSheet {
  const { ctx, notes, limits = DEFAULT_LIMITS, label = 'workbook' } = scan;
  const start = indexOfBytes(bytes, SHEET_DATA, 0);
  // Searched from the end, where it is (a sheet has one; forward, the search would read every byte once more).
  const end = start < 0 ? -1 : lastIndexOfBytes(bytes, SHEET_DATA_END, start);
  if (start >= 0 && end < 0 && bytes[indexOfByte(bytes, GT, start) - 1] !== SLASH) {
    // Cells and no end: read as far as it goes, a cut sheet would pass as a shorter clean one.
    throw new WorkbookReadError({ kind: 'cut-part', part: scan.part ?? name }, label);
  }
  // No cells to skip: all of it is small enough to decode.
  const whole = start < 0 || end < 0;
  const head = whole ? textAt(bytes, 0, bytes.length) : textAt(bytes, 0, start);
  const tail = whole ? head : textAt(bytes, end, bytes.length);
  const merges = [...(whole ? head : head + tail).matchAll(/<mergeCell\b[^>]*\bref="([^"]+)"/g)]
    .map((m) => mergeArea(m[1] ?? ''))
    .filter((m): m is MergeArea => m !== null);
  const cells = new SheetCells(name, limits, label, keepsFormulas(scan));
  const at = new Position(name, label);
  const links = linkedCells(tail, 0, scan.rels ?? (() => null));
  if (links === undefined) notes.unsupported ??= 'a hyperlink without its relationship';
  const read: SheetRead = { bytes, label, sheet: name, ctx, notes, cells, shared: new SharedFormulas(), at, links, linkRows: links ? linkRows(links) : null };
  readCells(read, start, end);
  if (!exceljsCanHold(merges, limits)) notes.exceljsTooLarge ??= name;
  notes.cells += cells.count;
  return { name, cells, merges, scan };
}

/**
 * The cells between `<sheetData>` and its end, row tags and cell tags. A function of its own
 * so V8 compiles the loop as a whole function: compiled on the stack of scanSheetXml (OSR),
 * the loop's code met the calls after it with no feedback and was thrown away at the end of
 * a sheet (19 times on the 100-sheet text book; no difference in time measured at 100k rows).
 */
function readCells(read: SheetRead, start: number, end: number): void {
  const { bytes, at } = read;
  for (let i = start; i >= 0 && i < end; ) {
    i = bytes.indexOf(LT, i + 1);
    if (i < 0 || i > end) break;
    if (bytes[i + 1] === 114 /* r */ && startsWithAt(bytes, i, ROW) && isTagEnd(bytes[i + 4] as number)) {
      const close = indexOfByte(bytes, GT, i);
      rowTag(bytes, i + 4, close, at);
      i = close;
      continue;
    }
    if (bytes[i + 1] !== 99 /* c */ || !isTagEnd(bytes[i + 2] as number)) continue; // <col>, <cfRule>, </c>…
    i = readCellAt(read, i);
  }
}

const SHEET_DATA = ascii('<sheetData');
const SHEET_DATA_END = ascii('</sheetData>');
const ROW = ascii('<row');
const R = ascii(' r="');

/** A `<row>` tag's attributes [from, close): its `r`, from the bytes when they are digits. */
function rowTag(bytes: Uint8Array, from: number, close: number, at: Position): void {
  const rStart = valueStart(bytes, R, from, close);
  const rEnd = rStart < 0 ? -1 : indexOfByte(bytes, QUOTE, rStart, close);
  if (rStart < 0) at.row(attr(textAt(bytes, from, close), 'r')); // none, or after a tab or line end
  else if (rEnd < 0) at.row(valueOf(textAt(bytes, from, close), ' r="'));
  else at.rowBytes(bytes, rStart, rEnd);
}

/** The scanned cells as the snapshot's grids (sheetLayout.ts), and what a dense reader would make of them. */
export function layOut(sheet: ScannedSheet): SheetSnapshot {
  const { name, cells, merges, scan } = sheet;
  const snapshot = cells.snapshot(merges);
  if (denseArea(snapshot, merges) > DENSE_READER_FACTOR * (scan.limits ?? DEFAULT_LIMITS).sheetCells) scan.notes.denseTooLarge ??= name;
  return snapshot;
}

/** How far past the cell limit a dense layout of a sheet's range may go (the page's sliced reader). */
const DENSE_READER_FACTOR = 4;

/** Cells in the rectangle over the sheet's cells and merges, unclipped: what a dense reader would lay out. */
function denseArea(sheet: SheetSnapshot, merges: readonly MergeArea[]): number {
  const origin = sheet.origin ?? { row: 0, col: 0 };
  let [top, left, bottom, right] = [origin.row, origin.col, origin.row + sheet.values.length - 1, origin.col - 1];
  // By index: for…of made an iterator result per row here (4 MB on a 100k-row sheet), code run once is not optimised.
  for (let r = 0; r < sheet.values.length; r++) right = Math.max(right, origin.col + (sheet.values[r] as readonly unknown[]).length - 1);
  for (const m of merges) {
    top = Math.min(top, m.top);
    left = Math.min(left, m.left);
    bottom = Math.max(bottom, m.bottom);
    right = Math.max(right, m.right);
  }
  return bottom < top || right < left ? 0 : (bottom - top + 1) * (right - left + 1);
}

/** exceljs makes a cell object for every cell of a merged area: their sum must stay within what a sheet may hold. */
function exceljsCanHold(merges: readonly MergeArea[], limits: ReadLimits): boolean {
  let cells = 0;
  for (const m of merges) cells += (m.bottom - m.top + 1) * (m.right - m.left + 1);
  return cells <= limits.sheetCells;
}
