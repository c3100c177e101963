/**
 * One worksheet's XML → the cells the snapshot holds, read exactly as exceljs and
 * readCell would read them (a formula's cached result, the text a number format
 * shows, merged cells empty but the master). What exceljs would turn into something
 * else — dates, hyperlinks, shared or array formulas — is Unsupported here: such a
 * book is read by exceljs instead.
 */
import type { CellValue, MergeArea, SheetSnapshot } from '../../engine/index';
import { formatNumber } from '../numberFormat';
import { mergeArea } from '../sheetCells';
import { SheetRows } from './rows';
import { isDateFormat } from './parts';
import { decodeXml, stringItem } from './xml';
import { Unsupported } from './zip';

export interface SheetContext {
  readonly strings: readonly string[];
  readonly formats: readonly (string | null)[];
}

export function readSheetXml(name: string, xml: string, ctx: SheetContext): SheetSnapshot {
  if (xml.includes('<hyperlink ')) throw new Unsupported('hyperlinks');
  const merges = [...xml.matchAll(/<mergeCell\b[^>]*\bref="([^"]+)"/g)]
    .map((m) => mergeArea(m[1] ?? ''))
    .filter((m): m is MergeArea => m !== null);
  const rows = new SheetRows();
  const start = xml.indexOf('<sheetData');
  const end = start < 0 ? -1 : xml.indexOf('</sheetData>', start);
  for (let i = start; i >= 0 && i < end; ) {
    i = xml.indexOf('<c', i + 1);
    if (i < 0 || i > end) break;
    const next = xml.charCodeAt(i + 2);
    if (next !== 32 /* space */ && next !== 62 /* > */ && next !== 47 /* / */) continue; // <col>, <cfRule>…
    const close = xml.indexOf('>', i);
    const selfClosing = xml.charCodeAt(close - 1) === 47;
    // Cut the tag and the content out: searching the whole sheet for an absent attribute would be quadratic.
    const tag = xml.slice(i + 2, selfClosing ? close - 1 : close);
    const ref = valueOf(tag, ' r="');
    if (ref === undefined) throw new Unsupported('a cell without an address');
    const type = valueOf(tag, ' t="');
    const style = Number(valueOf(tag, ' s="') ?? 0);
    const stop = selfClosing ? close : xml.indexOf('</c>', close);
    const inner = selfClosing ? '' : xml.slice(close + 1, stop);
    readCell(inner, type, style, ctx, rows, ref);
    i = stop;
  }
  if (merges.length) rows.blankMerged(merges);
  return rows.snapshot(name, merges);
}

/** An attribute's value in a tag's attribute text (` r="A1" s="3"`). */
function valueOf(tag: string, key: string): string | undefined {
  const at = tag.indexOf(key);
  if (at < 0) return undefined;
  const start = at + key.length;
  const raw = tag.slice(start, tag.indexOf('"', start));
  return raw.includes('&') ? decodeXml(raw) : raw;
}

/** Puts a cell at its A1 address (`AB12`), read without a regular expression or an object. */
function put(rows: SheetRows, ref: string, value: CellValue, text: string, formula: string | null, format: string | null): void {
  let col = 0;
  let k = 0;
  for (; k < ref.length; k++) {
    const code = ref.charCodeAt(k);
    if (code < 65 || code > 90) break;
    col = col * 26 + code - 64;
  }
  let row = 0;
  for (let j = k; j < ref.length; j++) {
    const digit = ref.charCodeAt(j) - 48;
    if (digit < 0 || digit > 9) throw new Unsupported(`the cell address ${ref}`);
    row = row * 10 + digit;
  }
  if (!k || row < 1) throw new Unsupported(`the cell address ${ref}`);
  rows.set(row - 1, col - 1, value, text, formula, format);
}

/** An element's text in a cell's content: `<v>…</v>`, '' for `<v/>`, undefined when absent. */
function elementText(xml: string, tag: string): { attrs: string; text: string } | undefined {
  let at = xml.indexOf(`<${tag}`);
  while (at >= 0) {
    const after = xml.charCodeAt(at + tag.length + 1);
    if (after === 62 || after === 32 || after === 47) break; // <v>, <v …>, <v/>
    at = xml.indexOf(`<${tag}`, at + 1);
  }
  if (at < 0) return undefined;
  const open = xml.indexOf('>', at);
  const attrs = xml.slice(at + tag.length + 1, open);
  if (xml.charCodeAt(open - 1) === 47) return { attrs: attrs.slice(0, -1), text: '' };
  const closeTag = xml.indexOf(`</${tag}>`, open);
  return { attrs, text: xml.slice(open + 1, closeTag) };
}

/** One `<c>`'s content, put as exceljs and readCell would read it; nothing for a styled empty cell. */
function readCell(inner: string, type: string | undefined, style: number, ctx: SheetContext, rows: SheetRows, ref: string): void {
  const format = ctx.formats[style] ?? null;
  const f = inner ? elementText(inner, 'f') : undefined;
  const v = inner ? elementText(inner, 'v') : undefined;
  const raw = v ? decodeXml(v.text) : undefined;
  if (f) {
    const share = /\bt="([^"]*)"/.exec(f.attrs)?.[1];
    if (share !== undefined && share !== 'normal') throw new Unsupported(`${share} formulas`);
    const formula = decodeXml(f.text);
    if (formula) {
      const result = raw ? constant(type, raw, format, ctx) : null;
      put(rows, ref, result?.value ?? null, result?.text ?? '', `=${formula.replace(/^=/, '')}`, format);
      return;
    }
  }
  if (raw !== undefined) {
    const { value, text } = constant(type, raw, format, ctx);
    put(rows, ref, value, text, null, format);
    return;
  }
  if (type === 'inlineStr' && inner.includes('<is')) {
    if (inner.includes('<r>') || inner.includes('<r ') || inner.includes('_x')) throw new Unsupported('rich inline text');
    const text = stringItem(inner);
    put(rows, ref, text, text, null, format);
    return;
  }
  // exceljs keeps an unstyled empty cell (as a merge placeholder) and drops a styled one.
  if (!style) put(rows, ref, null, '', null, null);
}

const AGAIN: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', apos: "'", quot: '"' };

function constant(type: string | undefined, raw: string, format: string | null, ctx: SheetContext): { value: CellValue; text: string } {
  switch (type) {
    case 's': {
      const text = ctx.strings[Number.parseInt(raw, 10)];
      if (text === undefined) throw new Unsupported('a missing shared string');
      return { value: text, text };
    }
    case 'str': {
      // exceljs decodes a formula's text result once more after the XML parser did.
      const value = raw.includes('&') ? raw.replace(/&([a-z]*);/g, (whole, name: string) => AGAIN[name] ?? whole) : raw;
      return { value, text: value };
    }
    case 'b': {
      const value = Number.parseInt(raw, 10) !== 0;
      return { value, text: value ? 'TRUE' : 'FALSE' };
    }
    case 'e':
      return { value: { error: raw }, text: raw };
    case undefined:
    case 'n': {
      const value = Number.parseFloat(raw);
      if (!Number.isFinite(value)) throw new Unsupported(`the number ${raw}`);
      if (format && isDateFormat(format)) throw new Unsupported('dates');
      return { value, text: formatNumber(value, format) };
    }
    default:
      throw new Unsupported(`cells of type ${type}`);
  }
}
