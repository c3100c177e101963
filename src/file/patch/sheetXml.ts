/**
 * One worksheet's XML, changed only where the annotation needs it: the `s` (cell
 * format) of each marked cell, a styled empty cell where a marked cell was not
 * written at all, and the `<legacyDrawing>` that shows notes. Works on the bytes:
 * a sheet of 500k rows is never turned into a JavaScript string, and everything
 * between the changes is copied as it was.
 */
import { Buffer } from 'node:buffer';
import { Unsupported } from '../xlsx/zip';
import { isTagEnd } from '../xlsx/xmlBytes';
import { columnLetters, formatRange, including, parseRange, type Bounds } from './dimension';

export const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A cell to restyle: 0-based position; `restyle` maps its current format index to the new one. */
export interface StyleChange {
  readonly row: number;
  readonly col: number;
  readonly restyle: (style: number) => number;
}

export { columnLetters };

function columnOf(ref: string): number {
  let col = 0;
  for (let k = 0; k < ref.length; k++) {
    const code = ref.charCodeAt(k);
    if (code < 65 || code > 90) break;
    col = col * 26 + code - 64;
  }
  return col - 1;
}

/** Checks the sheet is transitional SpreadsheetML with unprefixed elements (what the byte search expects). */
export function checkSheetHead(buf: Buffer): void {
  const head = buf.subarray(0, 2048).toString('utf8');
  const root = /<([A-Za-z_][\w.-]*:)?worksheet\b([^>]*)>/.exec(head);
  if (!root || root[1] || !root[2]?.includes(`xmlns="${MAIN_NS}"`)) throw new Unsupported('a worksheet in strict or prefixed XML');
}

/** The merged ranges of the sheet (`A1:C3`), from the part after the cells. */
export function mergeRefs(buf: Buffer): string[] {
  const end = buf.indexOf('</sheetData>');
  const tail = buf.subarray(end < 0 ? 0 : end).toString('utf8');
  return [...tail.matchAll(/<mergeCell\b[^>]*\bref="([^"]+)"/g)].map((m) => m[1] ?? '');
}

/** An attribute's raw value in a start tag (`<c r="A1" s="3">`); names here are never prefixes of others we read. */
function attribute(tag: string, name: string): string | undefined {
  for (let at = tag.indexOf(`${name}="`); at >= 0; at = tag.indexOf(`${name}="`, at + 1)) {
    const before = tag.charCodeAt(at - 1);
    if (before !== 32 && before !== 9 && before !== 10 && before !== 13) continue;
    const start = at + name.length + 2;
    return tag.slice(start, tag.indexOf('"', start));
  }
  return undefined;
}

/** Wraps bytes as a Buffer without copying them. */
export const asBuffer = (bytes: Uint8Array): Buffer =>
  Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

export class SheetPatcher {
  private readonly chunks: Buffer[] = [];
  private copied = 0;

  constructor(private readonly buf: Buffer) {}

  private emit(until: number, text?: string): void {
    if (until > this.copied) this.chunks.push(this.buf.subarray(this.copied, until));
    this.copied = Math.max(this.copied, until);
    if (text) this.chunks.push(Buffer.from(text, 'utf8'));
  }

  /** The next `<name …>` start tag at or after `from` and before `limit`, or -1. */
  private nextTag(name: string, from: number, limit: number): number {
    for (let at = this.buf.indexOf(`<${name}`, from); at >= 0 && at < limit; at = this.buf.indexOf(`<${name}`, at + 1)) {
      if (isTagEnd(this.buf[at + name.length + 1])) return at;
    }
    return -1;
  }

  private tagText(at: number): { text: string; end: number; empty: boolean } {
    const close = this.buf.indexOf('>', at);
    if (close < 0) throw new Unsupported('a damaged worksheet');
    return { text: this.buf.subarray(at, close + 1).toString('utf8'), end: close + 1, empty: this.buf[close - 1] === 47 };
  }

  /** Applies the style changes (any order; several on one cell are applied in turn). */
  restyle(changes: readonly StyleChange[]): void {
    if (changes.length === 0) return;
    const open = this.nextTag('sheetData', 0, this.buf.length);
    if (open < 0) throw new Unsupported('a worksheet without cells');
    const start = this.tagText(open);
    if (start.empty) throw new Unsupported('a worksheet without cells');
    const dataEnd = this.buf.indexOf('</sheetData>', start.end);
    if (dataEnd < 0) throw new Unsupported('a damaged worksheet');
    this.widenDimension(changes, open, start.end, dataEnd);
    const byRow = new Map<number, StyleChange[]>();
    for (const c of changes) byRow.set(c.row, [...(byRow.get(c.row) ?? []), c]);
    const rows = [...byRow.keys()].sort((a, b) => a - b);
    let pos = start.end;
    for (const row of rows) {
      const list = (byRow.get(row) ?? []).sort((a, b) => a.col - b.col);
      // Every writer we know puts `r` first: one native search finds the row; the walk below is for the rest.
      const direct = this.buf.subarray(0, dataEnd).indexOf(`<row r="${row + 1}"`, pos);
      if (direct >= 0) pos = direct;
      for (;;) {
        const at = this.nextTag('row', pos, dataEnd);
        if (at < 0) {
          this.emit(dataEnd, newRow(row, list));
          pos = dataEnd;
          break;
        }
        const tag = this.tagText(at);
        const r = Number(attribute(tag.text, 'r'));
        if (!Number.isInteger(r) || r < 1) throw new Unsupported('a row without its number');
        if (r - 1 < row) {
          pos = tag.end;
          continue;
        }
        if (r - 1 > row) {
          this.emit(at, newRow(row, list));
          pos = at;
          break;
        }
        if (tag.empty) {
          this.emit(at, `${tag.text.slice(0, -2)}>${newCells(row, list)}</row>`);
          this.copied = tag.end;
          pos = tag.end;
          break;
        }
        const rowEnd = this.buf.indexOf('</row>', tag.end);
        if (rowEnd < 0 || rowEnd > dataEnd) throw new Unsupported('a damaged worksheet');
        this.restyleRow(row, list, tag.end, rowEnd);
        pos = rowEnd;
        break;
      }
    }
  }

  /**
   * Every changed cell is in the sheet afterwards (restyled, or created), so the
   * `<dimension>` (before the cells) is widened to take them in. A sheet without
   * cells has `A1` there for nothing: then only the changed cells count. A missing
   * dimension stays missing (it is optional); one that cannot be read is left as it is.
   */
  private widenDimension(changes: readonly StyleChange[], sheetDataAt: number, cellsFrom: number, dataEnd: number): void {
    const at = this.nextTag('dimension', 0, sheetDataAt);
    if (at < 0) return;
    const tag = this.tagText(at);
    const ref = attribute(tag.text, 'ref');
    const before = ref === undefined ? null : parseRange(ref);
    if (!before) return;
    let after: Bounds | null = this.nextTag('c', cellsFrom, dataEnd) >= 0 ? before : null;
    for (const c of changes) after = including(after, c.row, c.col);
    if (!after || (['top', 'left', 'bottom', 'right'] as const).every((k) => after[k] === before[k])) return;
    this.emit(at, tag.text.replace(/(\sref=")[^"]*"/, `$1${formatRange(after)}"`));
    this.copied = tag.end;
  }

  private restyleRow(row: number, list: readonly StyleChange[], from: number, rowEnd: number): void {
    let pos = from;
    let i = 0;
    while (i < list.length) {
      const change = list[i] as StyleChange;
      const direct = this.buf.subarray(0, rowEnd).indexOf(`<c r="${columnLetters(change.col)}${row + 1}"`, pos);
      if (direct >= 0) pos = direct;
      const at = this.nextTag('c', pos, rowEnd);
      if (at < 0) {
        this.emit(rowEnd, newCells(row, list.slice(i)));
        return;
      }
      const tag = this.tagText(at);
      const ref = attribute(tag.text, 'r');
      if (ref === undefined) throw new Unsupported('a cell without an address');
      const col = columnOf(ref);
      const after = tag.empty ? tag.end : this.buf.indexOf('</c>', tag.end) + 4;
      if (col < change.col) {
        pos = after;
        continue;
      }
      if (col > change.col) {
        this.emit(at, newCells(row, [change]));
        i++;
        continue;
      }
      let style = Number(attribute(tag.text, 's') ?? 0);
      for (; i < list.length && (list[i] as StyleChange).col === col; i++) style = (list[i] as StyleChange).restyle(style);
      const rewritten = tag.text.replace(/\ss="[^"]*"/, '').replace(/^<c\b/, `<c s="${style}"`);
      this.emit(at, rewritten);
      this.copied = tag.end;
      pos = after;
    }
  }

  /** Puts `<legacyDrawing r:id="…"/>` where the schema wants it: after the drawing, before what follows it. */
  addLegacyDrawing(rId: string): void {
    const dataEnd = this.buf.indexOf('</sheetData>');
    const from = dataEnd < 0 ? 0 : dataEnd;
    const candidates = ['legacyDrawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst', 'mc:AlternateContent']
      .map((name) => this.nextTag(name, from, this.buf.length))
      .filter((at) => at >= 0);
    const closing = this.buf.lastIndexOf('</worksheet>');
    if (closing < 0) throw new Unsupported('a damaged worksheet');
    const at = Math.min(closing, ...candidates);
    if (at < this.copied) throw new Unsupported('a worksheet laid out unexpectedly');
    this.emit(at, `<legacyDrawing xmlns:r="${REL_NS}" r:id="${rId}"/>`);
  }

  /** The changed sheet. */
  finish(): Buffer {
    this.emit(this.buf.length);
    return Buffer.concat(this.chunks);
  }
}

function newCells(row: number, list: readonly StyleChange[]): string {
  let out = '';
  for (let i = 0; i < list.length; i++) {
    const c = list[i] as StyleChange;
    let style = c.restyle(0);
    while (i + 1 < list.length && (list[i + 1] as StyleChange).col === c.col) style = (list[++i] as StyleChange).restyle(style);
    out += `<c r="${columnLetters(c.col)}${row + 1}" s="${style}"/>`;
  }
  return out;
}

const newRow = (row: number, list: readonly StyleChange[]) => `<row r="${row + 1}">${newCells(row, list)}</row>`;
