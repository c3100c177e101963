/**
 * Workbooks for the standard-row tests, in the fake Excel: the seed document as
 * it is (figures as text, the way the PDF gave them), the same with its figures
 * as numbers, and a "live" seed whose figures are formulas all the way up.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSheetText, type TextSheet } from '../../../scripts/sheet-text';
import { verifyWorkbook } from '../../../src/engine/verify';
import { makeOptions } from '../../../src/engine/options';
import type { Finding } from '../../../src/engine/findings';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../../src/engine/snapshot';
import { parseFigure, stripNoise } from '../../../src/engine/number';
import { STATE_SHEET } from '../../../src/engine/review';
import { toNumber } from '../../../src/engine/rational';
import { parseArea } from '../fake/a1';
import { FakeBook } from '../fake/book';
import { cellKeyOf, emptyCell, renderText, type FakeCell } from '../fake/model';
import { hostFor } from '../helpers';
import { recalc } from './recalc';

const ROOT = join(__dirname, '..', '..', '..');
export const SEED_SHEET = '사업설명서';

export function bookFromText(source: string): FakeBook {
  return bookFromSheets(parseSheetText(source));
}

export function bookFromSheets(sheets: readonly TextSheet[]): FakeBook {
  const book = FakeBook.create(Object.fromEntries(sheets.map((s) => [s.name, []])));
  for (const sheet of sheets) {
    const target = book.sheet(sheet.name);
    sheet.rows.forEach((cells, r) =>
      cells?.forEach((cell, c) => {
        if (!cell) return;
        const value = cell.value;
        const fake: FakeCell = { ...emptyCell(), numberFormat: cell.numberFormat ?? 'General' };
        if (value !== null && typeof value === 'object') fake.error = value.error;
        else fake.value = value;
        target.cells[cellKeyOf(r, c)] = fake;
      }),
    );
    target.merges = sheet.merges.map((m) => ({ ...m }));
  }
  return book;
}

export function seedBook(): FakeBook {
  return bookFromText(readFileSync(join(ROOT, 'samples', 'seoul-sns-2021.txt'), 'utf8'));
}

export function fixtureBook(name: string): FakeBook {
  return bookFromText(readFileSync(join(ROOT, 'test', 'fixtures', name, 'input.txt'), 'utf8'));
}

const GROUPED = '#,##0;"△"#,##0';

/** Retypes text figures (`280,000천원`, `(x-) △106,540`) in an area as numbers that show the same (noise aside). */
export function retypeAsNumbers(book: FakeBook, sheet: string, area: string): void {
  const a = parseArea(area);
  if (!a) throw new Error(area);
  for (let r = a.top; r <= a.bottom; r++) {
    for (let c = a.left; c <= a.right; c++) {
      const cell = book.sheet(sheet).cells[cellKeyOf(r, c)];
      if (!cell || typeof cell.value !== 'string') continue;
      const figure = parseFigure(stripNoise(cell.value));
      if (!figure || figure.unit === '%') continue;
      cell.value = toNumber(figure.value);
      cell.numberFormat = figure.unit ? `#,##0"${figure.unit}";"△"#,##0"${figure.unit}"` : GROUPED;
    }
  }
}

/** The seed with every table figure a number (the funding cell `(사비)427,660천원` stays text). */
export function numericSeed(): FakeBook {
  const book = seedBook();
  for (const area of ['B8', 'B22:E24', 'D28:D40', 'B87:H89']) retypeAsNumbers(book, SEED_SHEET, area);
  return book;
}

/** Writes a formula as a user would type it: the cell keeps its format. */
export function setFormula(book: FakeBook, sheet: string, address: string, formula: string): void {
  const { numberFormat, fill } = book.cell(sheet, address);
  book.setCell(sheet, address, { formula, value: null, text: null, numberFormat, fill });
}

/** Types a new number into a cell, as a user would: the cell keeps its format. */
export function typeInto(book: FakeBook, sheet: string, address: string, value: number): void {
  const { numberFormat, fill } = book.cell(sheet, address);
  book.setCell(sheet, address, { value, numberFormat, fill });
}

/** What the engine gets from the book (texts as the fake shows them). */
export function snapshotOf(book: FakeBook): WorkbookSnapshot {
  return {
    sheets: book.data.sheets.map((sheet): SheetSnapshot => {
      let rows = 0;
      let cols = 0;
      for (const key of Object.keys(sheet.cells)) {
        const [r, c] = key.split(',').map(Number) as [number, number];
        rows = Math.max(rows, r + 1);
        cols = Math.max(cols, c + 1);
      }
      const grid = <T>(pick: (cell: FakeCell | undefined) => T): T[][] =>
        Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => pick(sheet.cells[cellKeyOf(r, c)])));
      return {
        name: sheet.name,
        values: grid((cell): CellValue => (!cell ? null : cell.error ? { error: cell.error } : cell.value === '' ? null : cell.value)),
        texts: grid((cell) => (cell ? renderText(cell) : '')),
        formulas: grid((cell) => cell?.formula ?? null),
        numberFormats: grid((cell) => (cell && cell.numberFormat !== 'General' ? cell.numberFormat : null)),
        merges: sheet.merges.map((m) => ({ ...m })),
      };
    }),
  };
}

/** Recomputes, then verifies with the engine. */
export function findingsOf(book: FakeBook): readonly Finding[] {
  recalc(book);
  return verifyWorkbook(snapshotOf(book), makeOptions({ language: 'en' })).findings;
}

export function brief(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.rule} ${f.sheet}!${f.cell} expected ${f.expected} actual ${f.actual}`);
}

/** Selects a cell, as the user would before opening the Insert section. */
export function select(book: FakeBook, sheet: string, address: string): void {
  book.selection = { sheet, address };
}

/** The Office host over the book with the real engine. */
export function hostOf(book: FakeBook) {
  return hostFor(book);
}

/** The records sheet's rows as written (key, value). */
export function rawRows(book: FakeBook): unknown[][] {
  const rows: unknown[][] = [];
  for (const [key, cell] of Object.entries(book.sheet(STATE_SHEET).cells)) {
    const [r, c] = key.split(',').map(Number) as [number, number];
    (rows[r] ??= [])[c] = cell.value;
  }
  return rows.filter(Boolean);
}
