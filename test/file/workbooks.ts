/** Helpers for tests: small workbooks built with exceljs in a temporary folder. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workbook, type Worksheet } from 'exceljs';
import type { Finding, SheetSnapshot } from '../../src/engine/index';

export async function makeTempDir(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'budget-verify-'));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

export async function saveWorkbook(path: string, build: (wb: Workbook) => void): Promise<string> {
  const wb = new Workbook();
  build(wb);
  await wb.xlsx.writeFile(path);
  return path;
}

export async function loadWorkbook(path: string): Promise<Workbook> {
  const wb = new Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

/** A small 예산 총괄-like sheet: amounts with `#,##0;"△"#,##0`, a formula total. */
export function budgetSheet(wb: Workbook, name = 'Budget'): Worksheet {
  const ws = wb.addWorksheet(name);
  ws.getCell('A1').value = '구분';
  ws.getCell('B1').value = '2020예산액 (A)';
  ws.getCell('C1').value = '2021예산액 (B)';
  ws.getCell('D1').value = '증감 (B-A)';
  const rows: [string, number, number][] = [
    ['사무관리비', 531200, 424960],
    ['시책추진업무추진비', 3000, 2700],
  ];
  rows.forEach(([label, a, b], i) => {
    const r = i + 3;
    ws.getCell(r, 1).value = label;
    ws.getCell(r, 2).value = a;
    ws.getCell(r, 3).value = b;
    ws.getCell(r, 4).value = b - a;
    for (const c of [2, 3, 4]) ws.getCell(r, c).numFmt = '#,##0;"△"#,##0';
  });
  ws.getCell('A2').value = '계';
  ws.getCell('B2').value = { formula: 'SUM(B3:B4)', result: 534200 };
  ws.getCell('C2').value = { formula: 'SUM(C3:C4)', result: 427660 };
  ws.getCell('D2').value = -106540;
  for (const c of ['B2', 'C2', 'D2']) ws.getCell(c).numFmt = '#,##0;"△"#,##0';
  return ws;
}

export function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    rule: 'subtotal',
    severity: 'error',
    sheet: 'Budget',
    cell: 'C2',
    expected: 427660,
    actual: 427000,
    unit: '천원',
    cause: 'C2',
    explain: '427,660 = 424,960 + 2,700',
    message: '계가 항목의 합과 다릅니다.',
    table: 'A1:D4',
    ...overrides,
  };
}

/** A snapshot's texts as the cells show them: a null is an empty cell's in a row whose texts are its values (file/sharedTexts.ts). */
export function shownTexts(sheet: SheetSnapshot): string[][] {
  return sheet.texts.map((row) => row.map((text) => text ?? ''));
}
