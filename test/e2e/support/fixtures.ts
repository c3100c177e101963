/** Workbooks for the end-to-end tests, written to a temporary folder with exceljs (Node). */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workbook, type Color, type Fill } from 'exceljs';

export const SAMPLES = join(__dirname, '../../../samples');
export const SEED = join(SAMPLES, 'seoul-sns-2021.xlsx');
export const ERRORS = join(SAMPLES, 'seoul-sns-2021-errors.xlsx');
export const SHEET = '사업설명서';

export interface Fixtures {
  readonly dir: string;
  cleanup(): Promise<void>;
}

export async function fixtureDir(): Promise<Fixtures> {
  const dir = await mkdtemp(join(tmpdir(), 'budget-verify-e2e-'));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

async function edit(
  source: string,
  target: string,
  change: (wb: Workbook) => void,
): Promise<string> {
  const wb = new Workbook();
  await wb.xlsx.readFile(source);
  change(wb);
  await wb.xlsx.writeFile(target);
  return target;
}

/** Fills of their own on the flagged cells and on a header row, which Clear must give back exactly. */
export const OWN_FILLS: Readonly<Record<string, Fill>> = {
  E24: { type: 'pattern', pattern: 'solid', fgColor: { theme: 4, tint: 0.5999 } as Partial<Color> },
  D29: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF92D050' } },
  A21: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } },
  B21: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } },
  H86: {
    type: 'pattern',
    pattern: 'lightGray',
    fgColor: { argb: 'FFFFC000' },
    bgColor: { argb: 'FFFFFFFF' },
  },
};

export function withOwnFills(dir: string): Promise<string> {
  return edit(ERRORS, join(dir, 'filled.xlsx'), (wb) => {
    const sheet = wb.getWorksheet(SHEET)!;
    for (const [cell, fill] of Object.entries(OWN_FILLS)) sheet.getCell(cell).fill = fill;
  });
}

/** The error sample with numeric basis amounts under a live subtotal: D28 = SUM(D29:D31). */
export function withFormulaSubtotal(dir: string): Promise<string> {
  return edit(ERRORS, join(dir, 'formula.xlsx'), (wb) => {
    const sheet = wb.getWorksheet(SHEET)!;
    for (const [cell, value] of [
      ['D29', 61000],
      ['D30', 90000],
      ['D31', 130000],
    ] as const) {
      sheet.getCell(cell).value = value;
      sheet.getCell(cell).numFmt = '#,##0"천원"';
    }
    sheet.getCell('D28').value = { formula: 'SUM(D29:D31)', result: 281000 };
    sheet.getCell('D28').numFmt = '#,##0"천원"';
  });
}

/** The seed with its 사업비 (B8) mistyped: the summary's 계 (C22) disagrees with it across tables. */
export function withWrongProjectCost(dir: string): Promise<string> {
  return edit(SEED, join(dir, 'cost.xlsx'), (wb) => {
    wb.getWorksheet(SHEET)!.getCell('B8').value = '427,000천원';
  });
}

/** The first 3,000 bytes of a real workbook: a zip that breaks off. */
export async function truncated(dir: string): Promise<string> {
  const target = join(dir, '손상된 파일.xlsx');
  await writeFile(target, (await readFile(ERRORS)).subarray(0, 3000));
  return target;
}

/** A 100,000-row sheet (a ledger of figures), to show the grid renders only what is in view. */
export async function largeBook(dir: string, rows = 100_000): Promise<string> {
  const target = join(dir, 'large.xlsx');
  const wb = new Workbook();
  const sheet = wb.addWorksheet('원장');
  sheet.addRow(['번호', '항목', '금액']);
  for (let i = 1; i < rows; i++) sheet.addRow([i, `항목 ${i}`, i * 1000]);
  sheet.getColumn(2).width = 20;
  sheet.getColumn(3).numFmt = '#,##0';
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  await wb.xlsx.writeFile(target);
  return target;
}

export async function loadXlsx(path: string): Promise<Workbook> {
  const wb = new Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

/**
 * `tables` calculation-basis tables of `perTable` lines, each stated 4,000 where
 * its formula (1,000,000원 × 3회) gives 3,000 천원: tables × perTable findings
 * (10,000 by default, over 12,000 rows). The last finding is at `lastFindingCell`.
 */
export async function manyFindingsBook(
  dir: string,
  tables = 1000,
  perTable = 10,
): Promise<{ path: string; findings: number; lastFindingCell: string }> {
  const target = join(dir, 'many-findings.xlsx');
  const wb = new Workbook();
  const sheet = wb.addWorksheet(SHEET);
  let row = 0;
  for (let t = 0; t < tables; t++) {
    sheet.getCell(++row, 1).value = '산출근거';
    for (let i = 0; i < perTable; i++) {
      row += 1;
      sheet.getCell(row, 1).value = `○ 항목 ${t * perTable + i + 1} 1,000,000원 × 3회`;
      sheet.getCell(row, 2).value = 4000;
      sheet.getCell(row, 2).numFmt = '#,##0';
    }
    row += 1; // a blank row between tables
  }
  sheet.getColumn(1).width = 40;
  await wb.xlsx.writeFile(target);
  return { path: target, findings: tables * perTable, lastFindingCell: `B${row - 1}` };
}

/** A budget statement (e-호조 layout) of about 100 rows a project, from the seeded generator, with `errors` slips. */
export async function statementBook(
  dir: string,
  projects: number,
  errors = 0,
): Promise<{ path: string; rows: number }> {
  // Loaded on demand: the generator is large and only the scale tests need it.
  const { generateBook, writeBookXlsx } = await import('../../../scripts/generate-book');
  const book = generateBook({ seed: 7, layout: 'statement', projects, errors });
  const target = join(dir, `statement-${projects}.xlsx`);
  await writeBookXlsx(book, target);
  return { path: target, rows: book.sheets.reduce((n, s) => n + s.rows.length, 0) };
}

/** The error sample with a flagged amount (D29) and a label (B29) under `;;;`: shown as nothing. */
export function withHiddenCells(dir: string): Promise<string> {
  return edit(ERRORS, join(dir, 'hidden.xlsx'), (wb) => {
    const sheet = wb.getWorksheet(SHEET)!;
    for (const cell of ['D29', 'B29']) sheet.getCell(cell).numFmt = ';;;';
  });
}

/** The error sample with its label column and first two rows frozen, as Excel's Freeze Panes at B3 saves it. */
export function withFrozenPane(dir: string): Promise<string> {
  return edit(ERRORS, join(dir, 'frozen.xlsx'), (wb) => {
    wb.getWorksheet(SHEET)!.views = [{ state: 'frozen', xSplit: 1, ySplit: 2, topLeftCell: 'B3' }];
  });
}
