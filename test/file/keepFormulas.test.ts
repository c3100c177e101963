/**
 * A reading without formula texts (KeepFormulas in sheetCells.ts), as the command line reads:
 * the same values and shown texts as with them, none of the formulas, the state sheet's
 * acceptances still read, and the engine's check the same on both (it reads no formula).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import { makeOptions, STATE_SHEET, verifyWorkbook, type SheetSnapshot, type WorkbookSnapshot } from '../../src/engine/index';
import { loadWorkbook, readLoadedWorkbook } from '../../src/file/index';
import { encodeAcceptance } from '../../src/file/state';
import { readXlsxFast } from '../../src/file/xlsx/read';
import { generateBook } from '../../scripts/generate-book';
import { writeExcelBook } from '../../scripts/bench/excelBook';
import { excelPackage } from './excelPackage';
import { makeTempDir } from './workbooks';

/** The sheet with its formulas left out (toEqual takes an undefined field as a missing one). */
const withoutFormulas = (sheet: SheetSnapshot): SheetSnapshot => ({ ...sheet, formulas: undefined });

const formulaCount = (snapshot: WorkbookSnapshot) =>
  snapshot.sheets.reduce((n, s) => n + (s.formulas ?? []).reduce((m, row) => m + row.filter((f) => f !== null && f !== undefined).length, 0), 0);

/** A statement book as Excel writes it (styles, shared formulas) with slips in it, so that the check has findings. */
async function formulaBook(): Promise<Uint8Array> {
  const { dir, cleanup } = await makeTempDir();
  try {
    const path = join(dir, 'shared.xlsx');
    writeExcelBook(generateBook({ seed: 7, layout: 'statement', projects: 4, errors: 3 }), path, ['styled', 'shared']);
    return new Uint8Array(await readFile(path));
  } finally {
    await cleanup();
  }
}

describe('a reading that keeps no formulas', () => {
  it('gives the same values and texts with no formula, by the fast reader and by exceljs', async () => {
    const bytes = await formulaBook();
    const kept = readXlsxFast(bytes);
    const dropped = readXlsxFast(bytes, { formulas: false });
    expect(formulaCount(kept.snapshot)).toBeGreaterThan(100);
    expect(formulaCount(dropped.snapshot)).toBe(0);
    expect(dropped.snapshot.sheets.map(withoutFormulas)).toEqual(kept.snapshot.sheets.map(withoutFormulas));

    const workbook = await loadWorkbook(bytes, 'book');
    const byExceljs = readLoadedWorkbook(workbook, { formulas: false });
    expect(formulaCount(readLoadedWorkbook(workbook).snapshot)).toBeGreaterThan(100);
    expect(formulaCount(byExceljs.snapshot)).toBe(0);
    expect(byExceljs).toEqual(dropped);
  });

  it('leaves the engine’s check as it was: findings, tables and coverage', async () => {
    const bytes = await formulaBook();
    const options = makeOptions({ language: 'ko' });
    const kept = verifyWorkbook(readXlsxFast(bytes).snapshot, options);
    const dropped = verifyWorkbook(readXlsxFast(bytes, { formulas: false }).snapshot, options);
    expect(kept.findings.length).toBeGreaterThan(0);
    expect(dropped).toEqual(kept);
  });

  it('still reads the state sheet: the same acceptances and warnings', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('Budget');
    ws.addRow(['계', { formula: '1+1', result: 2 }]);
    const state = wb.addWorksheet(STATE_SHEET);
    state.state = 'veryHidden';
    state.addRow(encodeAcceptance({ sheet: 'Budget', cell: 'B1', rule: 'subtotal', actual: 2, at: '2024-01-01T00:00:00Z' }));
    // A row of nothing but a formula: exceljs gives it, with neither key nor payload, so it is passed over either way.
    state.addRow([{ formula: '""', result: '' }]);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const kept = readXlsxFast(bytes);
    const dropped = readXlsxFast(bytes, { formulas: false });
    expect(dropped.acceptances).toHaveLength(1);
    expect({ acceptances: dropped.acceptances, warnings: dropped.warnings }).toEqual({ acceptances: kept.acceptances, warnings: kept.warnings });
    expect(dropped.snapshot.sheets[0]?.formulas?.[0]?.[1] ?? null).toBeNull();
    expect(kept.snapshot.sheets[0]?.formulas?.[0]?.[1]).toBe('=1+1');
  });

  it('reads each shared formula’s other cells as with their texts: from the bytes, left to readCell, or to exceljs', () => {
    const n = (ref: string, v: number) => `<c r="${ref}"><v>${v}</v></c>`;
    const follower = (ref: string, si: string, v: string) => `<c r="${ref}"><f t="shared" si="${si}"/><v>${v}</v></c>`;
    const read = (rows: string) => [readXlsxFast(excelPackage({ rows })), readXlsxFast(excelPackage({ rows }), { formulas: false })] as const;
    const [kept, dropped] = read(
      `<row r="1">${n('A1', 1)}<c r="B1"><f t="shared" ref="B1:B4" si="0">A1*2</f><v>2</v></c></row>` +
        `<row r="2">${n('A2', 2)}${follower('B2', '0', '4')}${follower('D2', '7', '5')}</row>` +
        `<row r="3">${follower('B3', '0', '6.5')}${follower('C3', '010', '4')}</row>`,
    );
    expect(dropped.snapshot.sheets.map(withoutFormulas)).toEqual(kept.snapshot.sheets.map(withoutFormulas));
    expect(formulaCount(kept.snapshot)).toBeGreaterThan(2);
    expect(formulaCount(dropped.snapshot)).toBe(0);
    // Formulas exceljs cannot move (a first cell without text, a reference moved past column XFD): the book is left to it either way.
    const outcome = (rows: string, formulas: boolean) => {
      try {
        return readXlsxFast(excelPackage({ rows }), { formulas }).snapshot.sheets.length;
      } catch (err) {
        return (err as Error).constructor.name;
      }
    };
    for (const rows of [
      `<row r="1"><c r="C1"><f t="shared" ref="C1:C2" si="1"></f><v>2</v></c></row><row r="2">${follower('C2', '1', '3')}</row>`,
      `<row r="1"><c r="XFC1"><f t="shared" ref="XFC1:XFD1" si="0">XFD1+1</f><v>1</v></c>${follower('XFD1', '0', '1')}</row>`,
    ]) {
      expect(outcome(rows, true)).toBe('FastReadUnsupported');
      expect(outcome(rows, false)).toBe('FastReadUnsupported');
    }
  });
});
