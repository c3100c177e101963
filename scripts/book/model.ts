/**
 * A generated budget book: sheets of cells in the sheet-text model, and every
 * stated figure with where it is and how a slip in it shows. Shared by the book
 * generators (statement.ts, stacked.ts), the tests and the bench.
 */
import { cellAddress } from '../../src/engine/address';
import { GROUPED, parseCell, showNumber, type TextCell, type TextSheet } from '../sheet-text';

export interface BookFigure {
  readonly sheet: number;
  /** 0-based row and column on the sheet. */
  readonly row: number;
  readonly col: number;
  /** The figure as stated, in the unit the cell shows. */
  value: number;
  /** A slip here is flagged at this very cell (a derived figure, or an input its identities pin). */
  readonly pinned: boolean;
  /** Smallest change that cannot be mistaken for another rounding (or, for rates, for the band). */
  readonly minDelta: number;
  /** Slips in one zone could be confused with each other; injected slips take one zone each. */
  readonly zone: number;
  /** The cell content for a value, in sheet-text notation; numbers as numbers when absent. */
  readonly render?: (value: number) => string;
}

export interface Injection {
  readonly sheet: string;
  readonly cell: string;
  readonly original: number;
  readonly value: number;
}

export interface Book {
  readonly layout: 'statement' | 'seed';
  readonly sheets: TextSheet[];
  readonly figures: BookFigure[];
  readonly injected: Injection[];
}

/** A whole number shown as `#,##0;"△"#,##0` shows it (what showNumber gives, without its cost per cell). */
export function numberCell(value: number): TextCell {
  if (!Number.isSafeInteger(value)) return { value, text: showNumber(value, 0), numberFormat: GROUPED };
  const digits = String(Math.abs(value));
  let grouped = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let i = grouped.length; i < digits.length; i += 3) grouped += `,${digits.slice(i, i + 3)}`;
  return { value, text: value < 0 ? `△${grouped}` : grouped, numberFormat: GROUPED };
}

export function textCell(text: string): TextCell {
  return { value: text, text, numberFormat: null };
}

export function rowCount(book: Book): number {
  return book.sheets.reduce((n, s) => n + s.rows.length, 0);
}

export function addressOf(f: BookFigure): string {
  return cellAddress(f.row, f.col);
}

/** Changes one stated figure in place (the book's cells and its record). */
export function setFigure(book: Book, f: BookFigure, value: number): void {
  const sheet = book.sheets[f.sheet];
  if (!sheet) throw new Error(`book: no sheet ${f.sheet}`);
  const row = sheet.rows[f.row] ?? [];
  row[f.col] = f.render ? parseCell(f.render(value)) : numberCell(value);
  sheet.rows[f.row] = row;
  f.value = value;
}

/** A copy of the book that shares every row but the one changed. */
export function withFigure(book: Book, index: number, value: number): Book {
  const f = book.figures[index];
  if (!f) throw new Error(`book: no figure ${index}`);
  const sheets = book.sheets.map((s, i) => (i === f.sheet ? { ...s, rows: [...s.rows] } : s));
  const copy = { ...f };
  const figures = book.figures.map((g, i) => (i === index ? copy : g));
  const out: Book = { ...book, sheets, figures };
  const sheet = sheets[f.sheet] as TextSheet;
  sheet.rows[f.row] = [...(sheet.rows[f.row] ?? [])];
  setFigure(out, copy, value);
  return out;
}

/** A changed value that is a slip, not another rounding: at least minDelta away, in the cell's precision. */
export function slipValue(f: BookFigure, size: number, down: boolean): number {
  const delta = Math.max(1, size) * f.minDelta * (down ? -1 : 1);
  return Math.round((f.value + delta) * 100) / 100;
}

/**
 * Injects `count` slips at pinned figures, at most one per zone, and records them.
 * Throws when the book has too few zones for the count asked (misuse).
 */
export function injectSlips(book: Book, count: number, rnd: () => number): Injection[] {
  const byZone = new Map<number, number[]>();
  book.figures.forEach((f, i) => {
    if (!f.pinned) return;
    const list = byZone.get(f.zone);
    if (list) list.push(i);
    else byZone.set(f.zone, [i]);
  });
  const zones = [...byZone.keys()];
  if (zones.length < count) throw new Error(`book: ${count} slips asked, only ${zones.length} zones`);
  for (let i = zones.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [zones[i], zones[j]] = [zones[j] as number, zones[i] as number];
  }
  const out: Injection[] = [];
  for (const zone of zones.slice(0, count)) {
    const list = byZone.get(zone) as number[];
    const f = book.figures[list[Math.floor(rnd() * list.length)] as number] as BookFigure;
    const original = f.value;
    const value = slipValue(f, 1 + Math.floor(rnd() * 50), rnd() < 0.5);
    setFigure(book, f, value);
    out.push({ sheet: (book.sheets[f.sheet] as TextSheet).name, cell: addressOf(f), original, value });
  }
  book.injected.push(...out);
  return out;
}
