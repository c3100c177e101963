/**
 * One `<c>`'s content → what the snapshot holds for it, exactly as exceljs and readCell
 * (cells.ts) would read it: a formula's cached result (never evaluated) and its text,
 * a shared formula's text moved to the cell (sharedFormulas.ts), a number under a date
 * format as its date, a hyperlinked cell as its value without the formula (hyperlinks.ts).
 */
import type { CellValue } from '../../engine/index';
import { serialDateText } from '../dateText';
import { WorkbookReadError } from '../errors';
import { formatNumber } from '../numberFormat';
import { columnLetters } from '../patch/dimension';
import type { SheetCells } from '../sheetCells';
import { isDateFormat } from './parts';
import type { SharedFormulas } from './sharedFormulas';
import type { ScanNotes, SheetContext } from './sheet';
import { decodeXml, plainItem, stringItem } from './xml';

export interface CellPlace {
  readonly label: string;
  readonly ctx: SheetContext;
  readonly notes: ScanNotes;
  readonly cells: SheetCells;
  readonly shared: SharedFormulas;
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  /** The cell holds a hyperlink: exceljs keeps only its text. */
  readonly linked: boolean;
}

interface Reading {
  readonly value: CellValue;
  readonly text: string;
}

const EMPTY: Reading = { value: null, text: '' };

/** One `<c>`'s content, put as exceljs and readCell would read it; nothing for a styled empty cell. */
export function readCell(inner: string, type: string | undefined, style: number, at: CellPlace): void {
  const { ctx, notes, cells, row, col } = at;
  const format = ctx.formats[style] ?? null;
  const f = inner ? elementText(inner, F) : undefined;
  const v = inner ? elementText(inner, V) : undefined;
  const raw = v ? decodeXml(v.text) : undefined;
  const share = f ? /\bt="([^"]*)"/.exec(f.attrs)?.[1] : undefined;
  const written = f ? decodeXml(f.text) : '';
  let reading: Reading | null;
  let formula: string | null = null;
  if (written || share) {
    // A formula (exceljs: text or a `t`): its cached result, whatever the type says.
    const text = formulaText(written, share, f?.attrs ?? '', at);
    if (text === undefined) {
      notes.unsupported ??= 'a shared formula exceljs cannot move';
      return;
    }
    formula = text === null ? null : formulaOf(text);
    reading = !raw ? EMPTY : format && isDateFormat(format) ? formulaDate(type, raw, format, at) : constant(type, raw, format, at);
  } else if (raw !== undefined) {
    reading = constant(type, raw, format, at);
  } else if (type === 'inlineStr' && inner.includes('<is')) {
    reading = inlineText(inner, notes);
  } else {
    reading = EMPTY;
    // exceljs keeps an unstyled empty cell (as a merge placeholder) and drops a styled one, unless it holds a link.
    if (!at.linked) {
      if (!style) cells.put(row, col, null, '', null, null);
      return;
    }
  }
  if (!reading) return;
  if (at.linked) {
    // exceljs reads {text, hyperlink}, the text being the value or result (readCell in cells.ts reads it
    // as the value it is); the formula is lost, and a link on nothing is empty text.
    const empty = reading.value === null;
    cells.put(row, col, empty ? '' : reading.value, reading.text, null, format);
    return;
  }
  cells.put(row, col, reading.value, reading.text, formula, format);
}

/** A formula's text as the snapshot holds it: with one `=` before it, unless it starts with one. */
export function formulaOf(text: string): string {
  return text.charCodeAt(0) === 61 ? text : `=${text}`;
}

/**
 * A formula cell's text as exceljs gives `cell.formula`: the text written in it; for
 * the other cells of a shared formula, the first cell's moved, `=` already before it (null without one);
 * undefined where exceljs would fail.
 */
function formulaText(written: string, share: string | undefined, attrs: string, at: CellPlace): string | null | undefined {
  if (share !== 'shared') return written || null;
  const si = /\bsi="([^"]*)"/.exec(attrs)?.[1] ?? 'undefined';
  if (/\bref="[^"]/.test(attrs)) {
    at.shared.master(si, at.row, at.col, written);
    return written || null;
  }
  return written || at.shared.formulaAt(si, at.row, at.col);
}

/** An element of a cell's content, its opening and closing tags made once (this runs for every cell of a book). */
interface Element {
  readonly open: string;
  readonly close: string;
}

const F: Element = { open: '<f', close: '</f>' };
const V: Element = { open: '<v', close: '</v>' };

/** An element's text in a cell's content: `<v>…</v>`, '' for `<v/>`, undefined when absent. */
function elementText(xml: string, element: Element): { attrs: string; text: string } | undefined {
  const { open: start, close: end } = element;
  let at = xml.indexOf(start);
  while (at >= 0) {
    const after = xml.charCodeAt(at + start.length);
    if (after === 62 || after === 32 || after === 47) break; // <v>, <v …>, <v/>
    at = xml.indexOf(start, at + 1);
  }
  if (at < 0) return undefined;
  const open = xml.indexOf('>', at);
  const attrs = xml.slice(at + start.length, open);
  if (xml.charCodeAt(open - 1) === 47) return { attrs: attrs.slice(0, -1), text: '' };
  const closeTag = xml.indexOf(end, open);
  return { attrs, text: xml.slice(open + 1, closeTag) };
}

/**
 * An inline string: its runs' text (decoded as shared strings are), or its `<t>` as
 * written (exceljs leaves `_xHHHH_` there); null for what exceljs reads oddly
 * (phonetic runs it appends, text beside runs), which it then reads.
 */
function inlineText(inner: string, notes: ScanNotes): Reading | null {
  const runs = inner.includes('<r>') || inner.includes('<r ');
  if (inner.includes('<rPh') || (runs && /<t[\s>/]/.test(inner.replace(/<r[\s>][\s\S]*?<\/r>/g, '')))) {
    notes.unsupported ??= 'inline text exceljs reads oddly';
    return null;
  }
  const text = runs ? stringItem(inner) : plainItem(inner);
  // exceljs sees no value in an empty `<t/>`: the cell is empty.
  return text || runs ? { value: text, text } : EMPTY;
}

const AGAIN: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', apos: "'", quot: '"' };

/** exceljs decodes a formula's text result once more after the XML parser did. */
function decodedAgain(raw: string): string {
  return raw.includes('&') ? raw.replace(/&([a-z]*);/g, (whole, name: string) => AGAIN[name] ?? whole) : raw;
}

/** A number as OOXML stores one (xsd:double without INF and NaN, which Excel never writes). */
const NUMBER = /^\s*[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?\s*$/;

/** A constant's value and shown text, or null when the fast reader leaves the book to exceljs. */
function constant(type: string | undefined, raw: string, format: string | null, at: CellPlace): Reading | null {
  switch (type) {
    case 's': {
      const text = at.ctx.strings[Number.parseInt(raw, 10)];
      if (text === undefined) {
        // Read as blank (exceljs does), every text cell would pass unchecked: the file is damaged.
        throw new WorkbookReadError({ kind: 'missing-part', part: `${at.ctx.stringsPart ?? 'xl/sharedStrings.xml'} #${raw.slice(0, 12)}` }, at.label);
      }
      return { value: text, text };
    }
    case 'str': {
      const value = decodedAgain(raw);
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
      const value = NUMBER.test(raw) ? Number.parseFloat(raw) : NaN;
      if (!Number.isFinite(value)) return damagedNumber(raw, at);
      if (format && isDateFormat(format)) return dateReading(value, at);
      return { value, text: formatNumber(value, format) };
    }
    default:
      at.notes.unsupported ??= `cells of type ${type}`;
      return null;
  }
}

/**
 * A formula's result under a date format: exceljs makes a Date of whatever the result
 * is, as JavaScript turns it into a number (text as Number() does, TRUE as 1, an error
 * as nothing), and an impossible date reads as ''.
 */
function formulaDate(type: string | undefined, raw: string, format: string, at: CellPlace): Reading | null {
  switch (type) {
    case 'str':
      return dateReading(Number(decodedAgain(raw)), at);
    case 'b':
      return dateReading(Number.parseInt(raw, 10) !== 0 ? 1 : 0, at);
    case 'e':
      return dateReading(NaN, at);
    case undefined:
    case 'n':
      return constant(type, raw, format, at);
    default:
      at.notes.unsupported ??= `formula results of type ${type}`;
      return null;
  }
}

function dateReading(serial: number, at: CellPlace): Reading {
  const text = serialDateText(serial, at.ctx.date1904 ?? false);
  return { value: text, text };
}

/**
 * A number cell that stores no number (`NaN`, `abc`, `Infinity`, `1e999`): exceljs reads
 * NaN and the check would pass it by silently. It is an error value instead (a warning
 * where a figure is expected) and the file is reported damaged.
 */
function damagedNumber(raw: string, at: CellPlace): Reading {
  const stored = raw.length > 40 ? `${raw.slice(0, 40)}…` : raw;
  at.notes.damaged.push({ sheet: at.sheet, cell: `${columnLetters(at.col)}${at.row + 1}`, stored });
  return { value: { error: stored }, text: stored };
}
