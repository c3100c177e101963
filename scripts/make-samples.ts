/**
 * Writes the sample workbooks from their readable sources:
 *   samples/seoul-sns-2021.txt          → samples/seoul-sns-2021.xlsx (verifies with zero findings)
 *   the same with the errors below      → samples/seoul-sns-2021-errors.xlsx
 * Run with `npm run samples`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parseSheetText, withCell, type TextSheet } from './sheet-text';

const SAMPLES = join(__dirname, '..', 'samples');

/** Realistic slips, one per kind of check; README shows what the verifier says about them. */
export const INJECTED_ERRORS: readonly { cell: string; content: string; what: string }[] = [
  { cell: 'D29', content: '61,000천원', what: 'product: 1,000,000원*15건*4분기 is 60,000천원' },
  { cell: 'D32', content: '112,000천원', what: 'subtotal: the blog lines add up to 120,000천원' },
  { cell: 'E24', content: '(x-) △12', what: 'change rate: (2,700 − 3,000) × 100 / 3,000 = −10' },
  { cell: 'H88', content: '(x-) 12,246', what: 'execution balance: 494,400 − 482,136 − 0 = 12,264' },
];

export async function writeWorkbook(sheets: readonly TextSheet[], path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'budget-verify samples';
  for (const sheet of sheets) {
    const ws = wb.addWorksheet(sheet.name);
    sheet.rows.forEach((cells, r) => {
      cells?.forEach((cell, c) => {
        if (!cell) return;
        const target = ws.getCell(r + 1, c + 1);
        target.value =
          typeof cell.value === 'number' ? cell.value : typeof cell.value === 'object' && cell.value ? { error: cell.value.error as ExcelJS.CellErrorValue['error'] } : String(cell.value);
        if (cell.numberFormat) target.numFmt = cell.numberFormat;
      });
    });
    for (const m of sheet.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
    ws.columns = [22, 58, 16, 16, 18, 14, 14, 14].map((width) => ({ width }));
  }
  await wb.xlsx.writeFile(path);
}

async function main(): Promise<void> {
  const seed = parseSheetText(readFileSync(join(SAMPLES, 'seoul-sns-2021.txt'), 'utf8'));
  await writeWorkbook(seed, join(SAMPLES, 'seoul-sns-2021.xlsx'));
  const withErrors = INJECTED_ERRORS.reduce((s, e) => withCell(s, e.cell, e.content), seed);
  await writeWorkbook(withErrors, join(SAMPLES, 'seoul-sns-2021-errors.xlsx'));
  process.stdout.write('wrote samples/seoul-sns-2021.xlsx and samples/seoul-sns-2021-errors.xlsx\n');
}

if (require.main === module) {
  main().catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  });
}
