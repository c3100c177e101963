/**
 * One worksheet's XML → the cells the snapshot holds, read exactly as exceljs and
 * readCell would read them (a formula's cached result, the text a number format
 * shows, merged cells empty but the master), within the limits (sheetCells.ts).
 *
 * Cells are read in cell.ts, dates, hyperlinks and shared formulas as exceljs reads
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
import { LAST_COL, LAST_ROW, mergeArea, SheetCells } from '../sheetCells';
import { readCell } from './cell';
import { linkedCells } from './hyperlinks';
import { SharedFormulas } from './sharedFormulas';
import { decodeXml } from './xml';

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

export interface SheetScan {
  /** The sheet's part, for messages. */
  readonly part?: string;
  readonly ctx: SheetContext;
  readonly notes: ScanNotes;
  readonly limits?: ReadLimits;
  readonly label?: string;
  /** The sheet's relationships part, read only when the sheet has hyperlinks. */
  readonly rels?: () => string | null;
}

export function readSheetXml(name: string, xml: string, scan: SheetScan): SheetSnapshot {
  return layOut(scanSheetXml(name, xml, scan));
}

/** A sheet's cells and merges as read, before they are laid out (the XML can go by then). */
export interface ScannedSheet {
  readonly name: string;
  readonly cells: SheetCells;
  readonly merges: readonly MergeArea[];
  readonly scan: SheetScan;
}

export function scanSheetXml(name: string, xml: string, scan: SheetScan): ScannedSheet {
  const { ctx, notes, limits = DEFAULT_LIMITS, label = 'workbook' } = scan;
  const merges = [...xml.matchAll(/<mergeCell\b[^>]*\bref="([^"]+)"/g)]
    .map((m) => mergeArea(m[1] ?? ''))
    .filter((m): m is MergeArea => m !== null);
  const cells = new SheetCells(name, limits, label);
  const at = new Position(name, label);
  const start = xml.indexOf('<sheetData');
  const end = start < 0 ? -1 : xml.indexOf('</sheetData>', start);
  if (start >= 0 && end < 0 && xml.charCodeAt(xml.indexOf('>', start) - 1) !== 47) {
    // Cells and no end: read as far as it goes, a cut sheet would pass as a shorter clean one.
    throw new WorkbookReadError({ kind: 'cut-part', part: scan.part ?? name }, label);
  }
  const links = linkedCells(xml, Math.max(end, 0), scan.rels ?? (() => null));
  if (links === undefined) notes.unsupported ??= 'a hyperlink without its relationship';
  const shared = new SharedFormulas();
  for (let i = start; i >= 0 && i < end; ) {
    i = xml.indexOf('<', i + 1);
    if (i < 0 || i > end) break;
    if (xml.startsWith('<row', i) && isTagEnd(xml.charCodeAt(i + 4))) {
      const close = xml.indexOf('>', i);
      at.row(valueOf(xml.slice(i + 4, close), ' r="'));
      i = close;
      continue;
    }
    if (xml.charCodeAt(i + 1) !== 99 /* c */ || !isTagEnd(xml.charCodeAt(i + 2))) continue; // <col>, <cfRule>, </c>…
    const close = xml.indexOf('>', i);
    const selfClosing = xml.charCodeAt(close - 1) === 47;
    // Cut the tag and the content out: searching the whole sheet for an absent attribute would be quadratic.
    const tag = xml.slice(i + 2, selfClosing ? close - 1 : close);
    const ref = valueOf(tag, ' r="');
    const { row, col } = at.cell(ref);
    const type = valueOf(tag, ' t="');
    const style = Number(valueOf(tag, ' s="') ?? 0);
    const stop = selfClosing ? close : xml.indexOf('</c>', close);
    const inner = selfClosing ? '' : xml.slice(close + 1, stop);
    const linked = !!links && ref !== undefined && links.has(ref);
    readCell(inner, type, style, { label, ctx, notes, cells, shared, sheet: name, row, col, linked });
    i = stop;
  }
  if (!exceljsCanHold(merges, limits)) notes.exceljsTooLarge ??= name;
  notes.cells += cells.count;
  return { name, cells, merges, scan };
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
  for (const values of sheet.values) right = Math.max(right, origin.col + values.length - 1);
  for (const m of merges) {
    top = Math.min(top, m.top);
    left = Math.min(left, m.left);
    bottom = Math.max(bottom, m.bottom);
    right = Math.max(right, m.right);
  }
  return bottom < top || right < left ? 0 : (bottom - top + 1) * (right - left + 1);
}

/** 32 space, 62 `>`, 47 `/`, 9/10/13 other white space: the tag's name ends there. */
function isTagEnd(code: number): boolean {
  return code === 32 || code === 62 || code === 47 || code === 9 || code === 10 || code === 13;
}

/** exceljs makes a cell object for every cell of a merged area: their sum must stay within what a sheet may hold. */
function exceljsCanHold(merges: readonly MergeArea[], limits: ReadLimits): boolean {
  let cells = 0;
  for (const m of merges) cells += (m.bottom - m.top + 1) * (m.right - m.left + 1);
  return cells <= limits.sheetCells;
}

/**
 * Where each cell is. Its `r` says so; a row or cell without one (valid: it follows
 * the one before) takes the next place. An address no sheet can have fails the file.
 */
class Position {
  private lastRow = -1;
  private lastCol = -1;
  private rowOfTag = -1;

  constructor(
    private readonly sheet: string,
    private readonly label: string,
  ) {}

  row(ref: string | undefined): void {
    const row = ref === undefined ? this.lastRow + 1 : Number(ref) - 1;
    if (ref !== undefined && (!/^\d{1,7}$/.test(ref) || row < 0 || row > LAST_ROW)) this.bad(ref);
    if (row > LAST_ROW) this.bad(String(row + 1));
    this.rowOfTag = row;
    this.lastRow = row;
    this.lastCol = -1;
  }

  cell(ref: string | undefined): { row: number; col: number } {
    if (ref === undefined) {
      const row = this.rowOfTag >= 0 ? this.rowOfTag : Math.max(this.lastRow, 0);
      const col = this.lastCol + 1;
      if (col > LAST_COL) this.bad(`R${row + 1}C${col + 1}`);
      this.lastRow = row;
      this.lastCol = col;
      return { row, col };
    }
    // Read without a regular expression or an object: this runs for every cell of a book.
    let col = 0;
    let k = 0;
    for (; k < ref.length && k < 4; k++) {
      const code = ref.charCodeAt(k);
      if (code < 65 || code > 90) break;
      col = col * 26 + code - 64;
    }
    let row = 0;
    for (let j = k; j < ref.length && j - k < 8; j++) {
      const digit = ref.charCodeAt(j) - 48;
      if (digit < 0 || digit > 9) this.bad(ref);
      row = row * 10 + digit;
    }
    if (!k || row < 1 || col - 1 > LAST_COL || row - 1 > LAST_ROW || ref.length - k > 7) this.bad(ref);
    this.lastRow = row - 1;
    this.lastCol = col - 1;
    return { row: row - 1, col: col - 1 };
  }

  private bad(ref: string): never {
    throw new WorkbookReadError({ kind: 'bad-address', sheet: this.sheet, ref: ref.slice(0, 24) }, this.label);
  }
}

/** An attribute's value in a tag's attribute text (` r="A1" s="3"`). */
function valueOf(tag: string, key: string): string | undefined {
  const at = tag.indexOf(key);
  if (at < 0) return undefined;
  const start = at + key.length;
  const raw = tag.slice(start, tag.indexOf('"', start));
  return raw.includes('&') ? decodeXml(raw) : raw;
}
