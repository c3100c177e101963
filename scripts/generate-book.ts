/**
 * Seeded generator of realistic, consistent budget books, for tests and the bench.
 *
 *   layout 'statement'  the e-호조 budget statement (세출예산 사업명세서), page furniture included
 *   layout 'seed'       사업설명서 projects stacked like the seed, `perSheet` to a sheet
 *
 * From 1 to 5,000 projects (about 100 rows each). `errors: N` injects N slips at
 * recorded cells (one per zone, so no two can be mistaken for each other). The
 * book is kept in the sheet-text model: it becomes an engine snapshot directly, a
 * sheet-text file, or an .xlsx written with exceljs's streaming writer.
 *
 *   node --require ts-node/register scripts/generate-book.ts --layout statement --projects 50 --errors 5 --out book.xlsx
 */
import { writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { WorkbookSnapshot } from '../src/engine/snapshot';
import { toSnapshot, type TextCell, type TextSheet } from './sheet-text';
import { injectSlips, type Book } from './book/model';
import { random } from './book/random';
import { stackedBook } from './book/stacked';
import { statementBook } from './book/statement';

export * from './book/model';

export interface BookOptions {
  readonly seed: number;
  readonly layout: Book['layout'];
  readonly projects: number;
  /** Seed layout: projects per sheet (default 50). */
  readonly perSheet?: number;
  /** Slips to inject at recorded cells (default none). */
  readonly errors?: number;
}

export function generateBook(options: BookOptions): Book {
  const { seed, layout, projects } = options;
  if (!Number.isInteger(projects) || projects < 1 || projects > 5000) throw new RangeError('projects must be 1 to 5,000');
  const rnd = random(seed);
  const made = layout === 'statement' ? statementBook(rnd, projects) : stackedBook(rnd, seed, projects, options.perSheet ?? 50);
  const book: Book = { layout, sheets: made.sheets, figures: made.figures, injected: [] };
  if (options.errors) injectSlips(book, options.errors, random(seed ^ 0x5eed).next);
  return book;
}

/** What the engine gets from this book's workbook. */
export function bookSnapshot(book: Book): WorkbookSnapshot {
  return toSnapshot(book.sheets);
}

/** The sheet-text form (for fixtures and small books). */
export function bookText(book: Book): string {
  const out: string[] = [];
  for (const sheet of book.sheets) {
    out.push(`@sheet ${sheet.name}`);
    for (const m of sheet.merges) out.push(`@merge ${address(m.top, m.left)}:${address(m.bottom, m.right)}`);
    for (let r = 0; r < sheet.rows.length; r++) {
      const row = sheet.rows[r] ?? [];
      out.push(row.length ? row.map(cellText).join(' | ') : '.');
    }
  }
  return `${out.join('\n')}\n`;
}

function address(row: number, col: number): string {
  let letters = '';
  for (let c = col + 1; c > 0; c = Math.floor((c - 1) / 26)) letters = String.fromCharCode(65 + ((c - 1) % 26)) + letters;
  return `${letters}${row + 1}`;
}

function cellText(cell: TextCell | null | undefined): string {
  if (!cell) return '';
  if (typeof cell.value === 'number') {
    const decimals = /\.(0+)/.exec(cell.numberFormat ?? '')?.[1]?.length ?? 0;
    return decimals ? `n:${cell.value}:0.${'0'.repeat(decimals)}` : `n:${cell.value}`;
  }
  if (typeof cell.value === 'object' && cell.value !== null) return `e:${cell.value.error}`;
  return cell.text;
}

/** Writes the book as .xlsx with exceljs's streaming writer: rows go to disk as they are made. */
export async function writeBookXlsx(book: Book, path: string): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true, useSharedStrings: true });
  for (const sheet of book.sheets) writeSheet(wb.addWorksheet(sheet.name), sheet);
  await wb.commit();
}

function writeSheet(ws: ExcelJS.Worksheet, sheet: TextSheet): void {
  for (const m of sheet.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  sheet.rows.forEach((cells, r) => {
    if (!cells?.length) return;
    const row = ws.getRow(r + 1);
    cells.forEach((cell, c) => {
      if (!cell) return;
      const target = row.getCell(c + 1);
      const v = cell.value;
      target.value = typeof v === 'number' ? v : typeof v === 'object' && v ? { error: v.error as ExcelJS.CellErrorValue['error'] } : String(v);
      if (cell.numberFormat) target.numFmt = cell.numberFormat;
    });
    row.commit();
  });
  ws.commit();
}

function flag(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main(args: readonly string[]): Promise<void> {
  const layout = (flag(args, '--layout') ?? 'statement') as Book['layout'];
  const book = generateBook({
    seed: Number(flag(args, '--seed') ?? 1),
    layout,
    projects: Number(flag(args, '--projects') ?? 10),
    errors: Number(flag(args, '--errors') ?? 0),
    perSheet: Number(flag(args, '--per-sheet') ?? 50),
  });
  const out = flag(args, '--out');
  const text = flag(args, '--text');
  if (out) await writeBookXlsx(book, out);
  if (text) writeFileSync(text, bookText(book));
  const rows = book.sheets.reduce((n, s) => n + s.rows.length, 0);
  process.stdout.write(`${layout}: ${rows.toLocaleString('en-US')} rows, ${book.figures.length.toLocaleString('en-US')} figures, ${book.injected.length} slips${book.injected.map((i) => ` ${i.sheet}!${i.cell}`).join('')}\n`);
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  });
}
