/**
 * One `<c>` read from the sheet's bytes (xmlBytes.ts). The cells a budget holds by
 * the hundred thousand (a whole number, a shared string, a styled empty cell) are
 * read from the bytes without a string per tag; any other (a formula, inline text,
 * a decimal, an escaped character, a link, another type) is decoded and read by
 * readCell (cell.ts) exactly as the text reader did, so both give the same cells.
 */
import type { SheetCells } from '../sheetCells';
import { readCell } from './cell';
import { isDateFormat } from './parts';
import type { Position } from './position';
import type { SharedFormulas } from './sharedFormulas';
import type { ScanNotes, SheetContext } from './sheet';
import { serialDateText } from '../dateText';
import { formatNumber } from '../numberFormat';
import { attr, decodeXml } from './xml';
import { AMP, ascii, digitsAt, EQUALS, GT, indexOfByte, indexOfBytes, LT, QUOTE, SLASH, SPACE, startsWithAt, textAt } from './xmlBytes';

/** One sheet's reading, shared by its cells. */
export interface SheetRead {
  readonly bytes: Uint8Array;
  readonly label: string;
  readonly sheet: string;
  readonly ctx: SheetContext;
  readonly notes: ScanNotes;
  readonly cells: SheetCells;
  readonly shared: SharedFormulas;
  readonly at: Position;
  /** The addresses holding a link (hyperlinks.ts): null when none; undefined when they cannot be read. */
  readonly links: Set<string> | null | undefined;
  /** The rows (0-based) an address holding a link names (linkRows in hyperlinks.ts); null when none. */
  readonly linkRows: ReadonlySet<number> | null;
}

const V_OPEN = ascii('<v>');
const V_C_CLOSE = ascii('</v></c>');
const C_CLOSE = ascii('</c>');

/** A value's type as written (`t`), the common ones without decoding; null when it needs decoding. */
function typeAt(bytes: Uint8Array, start: number, end: number): string | null {
  const length = end - start;
  const first = bytes[start];
  if (length === 1) {
    if (first === 115) return 's';
    if (first === 110) return 'n';
    if (first === 98) return 'b';
    if (first === 101) return 'e';
  }
  return null;
}

/**
 * Reads the cell whose tag starts at `open` (its `<`), puts it (or nothing) in the
 * sheet's cells, and gives where its content ends, for the scan to go on from there.
 */
export function readCellAt(read: SheetRead, open: number): number {
  const { bytes, at } = read;
  const close = indexOfByte(bytes, GT, open);
  const selfClosing = bytes[close - 1] === SLASH;
  const tagEnd = selfClosing ? close - 1 : close;
  // One pass over the tag for the first ` r="`, ` t="`, ` s="` (where the text reader's indexOf found them).
  let rStart = -1;
  let tStart = -1;
  let sStart = -1;
  let spaced = true;
  for (let k = open + 2; k + 3 < tagEnd; k++) {
    const b = bytes[k] as number;
    if (b < SPACE) spaced = false; // a tab or line end between attributes: XML allows it, the byte scan does not look for it
    if (b !== SPACE || bytes[k + 2] !== EQUALS || bytes[k + 3] !== QUOTE) continue;
    const name = bytes[k + 1];
    if (name === 114 /* r */ && rStart < 0) rStart = k + 4;
    else if (name === 116 /* t */ && tStart < 0) tStart = k + 4;
    else if (name === 115 /* s */ && sStart < 0) sStart = k + 4;
  }
  const rEnd = rStart < 0 ? -1 : indexOfByte(bytes, QUOTE, rStart, tagEnd);
  const tEnd = tStart < 0 ? -1 : indexOfByte(bytes, QUOTE, tStart, tagEnd);
  const sEnd = sStart < 0 ? -1 : indexOfByte(bytes, QUOTE, sStart, tagEnd);
  const style = sStart < 0 ? 0 : sEnd === sStart ? 0 : digitsAt(bytes, sStart, sEnd, false);
  const type = tStart < 0 ? undefined : tEnd < 0 ? null : typeAt(bytes, tStart, tEnd);
  // Anything else in the tag (an escaped address or style, another type, links that cannot be read): decoded.
  const plain =
    spaced && (rStart < 0 || (rEnd >= 0 && indexOfByte(bytes, AMP, rStart, rEnd) < 0)) && !Number.isNaN(style) && type !== null && read.links !== undefined;
  if (!plain) return decodedCell(read, open, close, selfClosing, tagEnd);
  if (rStart < 0) at.cell(undefined);
  else at.cellBytes(bytes, rStart, rEnd);
  // A cell on a row a link names: decoded, where its address as written is looked up (its place is read again, the same).
  // A cell without an address holds no link.
  if (rStart >= 0 && read.linkRows?.has(at.rowAt)) return decodedCell(read, open, close, selfClosing, tagEnd);
  const { rowAt: row, colAt: col } = at;
  if (selfClosing) {
    // exceljs keeps an unstyled empty cell (as a merge placeholder) and drops a styled one.
    if (!style) read.cells.put(row, col, null, '', null, null);
    return close;
  }
  // `<v>digits</v></c>` and nothing else: read here; `vEnd + 4` is where its `</c>` starts.
  const vStart = close + 1 + V_OPEN.length;
  const vEnd = startsWithAt(bytes, close + 1, V_OPEN) ? indexOfByte(bytes, LT, vStart) : -1;
  if (vEnd >= 0 && startsWithAt(bytes, vEnd, V_C_CLOSE) && (type === 's' || type === 'n' || type === undefined)) {
    const format = read.ctx.formats[style] ?? null;
    if (type === 's') {
      const text = read.ctx.strings[digitsAt(bytes, vStart, vEnd, false)];
      if (text !== undefined) {
        read.cells.put(row, col, text, text, null, format);
        return vEnd + 4;
      }
    } else if (putNumber(read, vStart, vEnd, null, format)) {
      return vEnd + 4;
    }
  } else if (type !== 's' && startsWithAt(bytes, close + 1, F_SHARED)) {
    const end = followerAt(read, close + 1 + F_SHARED.length, style);
    if (end >= 0) return end;
  }
  return decodedContent(read, close, type, style, false);
}

/** The number in the bytes [vStart, vEnd) put at the cell read last (a date under a date format); false when it is not a whole number. */
function putNumber(read: SheetRead, vStart: number, vEnd: number, formula: string | null, format: string | null): boolean {
  const value = digitsAt(read.bytes, vStart, vEnd, true);
  if (Number.isNaN(value)) return false;
  const { rowAt: row, colAt: col } = read.at;
  if (format && isDateFormat(format)) {
    const date = serialDateText(value, read.ctx.date1904 ?? false);
    read.cells.put(row, col, date, date, formula, format);
  } else {
    read.cells.put(row, col, value, formatNumber(value, format), formula, format);
  }
  return true;
}

const F_SHARED = ascii('<f t="shared" si="');
const SHARED_V = ascii('"/><v>');

/**
 * A shared formula's other cell as Excel writes it, from its group number (`si`, at
 * `from`): `<f t="shared" si="3"/><v>digits</v></c>`, its formula the group's first
 * cell's moved (sharedFormulas.ts), as readCell reads it; where its `</c>` starts, or
 * -1 for anything else (a group that cannot move, a result that is not a whole number),
 * which readCell then reads.
 */
function followerAt(read: SheetRead, from: number, style: number): number {
  const { bytes, at } = read;
  const siEnd = indexOfByte(bytes, QUOTE, from, from + 16);
  // A group number as String() writes it (no leading zero), so that it names the group as its text does.
  const si = siEnd < 0 || (bytes[from] === 48 && siEnd - from > 1) ? NaN : digitsAt(bytes, from, siEnd, false);
  if (Number.isNaN(si) || !startsWithAt(bytes, siEnd, SHARED_V)) return -1;
  const vStart = siEnd + SHARED_V.length;
  const vEnd = indexOfByte(bytes, LT, vStart);
  if (vEnd < 0 || !startsWithAt(bytes, vEnd, V_C_CLOSE)) return -1;
  const group = String(si);
  // A reading that keeps no formulas asks only whether the cell has one exceljs would give.
  const formula = read.cells.keepsFormulas ? read.shared.formulaAt(group, at.rowAt, at.colAt) : read.shared.follows(group, at.colAt) ? null : undefined;
  if (formula === undefined) return -1;
  return putNumber(read, vStart, vEnd, formula, read.ctx.formats[style] ?? null) ? vEnd + 4 : -1;
}

/** A cell whose tag has something the bytes are not read for: the tag decoded, read as the text reader did. */
function decodedCell(read: SheetRead, open: number, close: number, selfClosing: boolean, tagEnd: number): number {
  const tag = textAt(read.bytes, open + 2, tagEnd);
  const ref = attr(tag, 'r');
  read.at.cell(ref);
  const type = attr(tag, 't');
  const style = Number(attr(tag, 's') ?? 0);
  const linked = !!read.links && ref !== undefined && read.links.has(ref);
  if (selfClosing) {
    readCell('', type, style, place(read, linked));
    return close;
  }
  return decodedContent(read, close, type, style, linked);
}

/** The cell's content decoded and read by readCell; gives where it ends (its `</c>`), -1 when nothing closes it. */
function decodedContent(read: SheetRead, close: number, type: string | undefined, style: number, linked: boolean): number {
  const stop = indexOfBytes(read.bytes, C_CLOSE, close);
  // As the text reader's slice(close + 1, -1) did, on a cell that never closes (the scan then ends).
  const inner = textAt(read.bytes, close + 1, stop < 0 ? read.bytes.length - 1 : stop);
  readCell(inner, type, style, place(read, linked));
  return stop;
}

function place(read: SheetRead, linked: boolean) {
  const { label, ctx, notes, cells, shared, sheet, at } = read;
  return { label, ctx, notes, cells, shared, sheet, row: at.rowAt, col: at.colAt, linked };
}

/** An attribute's value in a tag's attribute text (` r="A1" s="3"`). */
export function valueOf(tag: string, key: string): string | undefined {
  const at = tag.indexOf(key);
  if (at < 0) return undefined;
  const start = at + key.length;
  const raw = tag.slice(start, tag.indexOf('"', start));
  return raw.includes('&') ? decodeXml(raw) : raw;
}
