/**
 * The fast reader gives exactly what exceljs gives (snapshot, acceptances, warnings),
 * or says Unsupported so that exceljs reads the file instead.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import { STATE_SHEET } from '../../src/engine/index';
import { loadWorkbook, readLoadedWorkbook } from '../../src/file/index';
import { readXlsxFast } from '../../src/file/xlsx/read';
import { encodeAcceptance } from '../../src/file/state';
import { WorkbookReadError } from '../../src/file/errors';
import { generateBook, writeBookXlsx } from '../../scripts/generate-book';
import { budgetSheet, makeTempDir } from './workbooks';

const SAMPLES = join(__dirname, '..', '..', 'samples');
let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await makeTempDir()));
afterEach(() => cleanup());

async function bothWays(bytes: Uint8Array) {
  const exceljs = readLoadedWorkbook(await loadWorkbook(bytes, 'book'));
  return { fast: readXlsxFast(bytes), exceljs };
}

async function bytesOf(build: (wb: Workbook) => void): Promise<Uint8Array> {
  const wb = new Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('readXlsxFast reads as exceljs does', () => {
  it.each(['seoul-sns-2021.xlsx', 'seoul-sns-2021-errors.xlsx'])('the sample %s', async (name) => {
    const { fast, exceljs } = await bothWays(await readFile(join(SAMPLES, name)));
    expect(fast).toEqual(exceljs);
  });

  it.each(['statement', 'seed'] as const)('a generated %s book written by the streaming writer', async (layout) => {
    const path = join(dir, 'book.xlsx');
    await writeBookXlsx(generateBook({ seed: 4, layout, projects: 8, perSheet: 3, errors: 3 }), path);
    const { fast, exceljs } = await bothWays(await readFile(path));
    expect(fast).toEqual(exceljs);
  });

  it('numbers under formats, formulas and their results, booleans, errors, rich text, odd text, merges, hidden sheets', async () => {
    const bytes = await bytesOf((wb) => {
      budgetSheet(wb);
      const ws = wb.addWorksheet('기타 & <시트>');
      ws.state = 'hidden';
      ws.getCell('B2').value = { formula: 'A1&"x"', result: 'a&b <c>' };
      ws.getCell('B3').value = { formula: '1/0', result: { error: '#DIV/0!' } };
      ws.getCell('B4').value = { formula: 'TRUE()', result: true };
      ws.getCell('B5').value = { formula: 'NOW()' } as never;
      ws.getCell('B6').value = false;
      ws.getCell('B7').value = { error: '#REF!' };
      ws.getCell('B8').value = { richText: [{ text: '굵게 ', font: { bold: true } }, { text: '보통' }] };
      ws.getCell('B9').value = '  앞뒤 공백 \r\n줄바꿈\t탭 _x000D_ & < > " \'';
      ws.getCell('B10').value = 0.125;
      ws.getCell('B10').numFmt = '0.0%';
      ws.getCell('B11').value = 1234567.891;
      ws.getCell('B11').numFmt = '#,##0"천원"';
      ws.getCell('B12').value = -5;
      ws.getCell('B12').numFmt = '#,##0;(#,##0)';
      ws.getCell('B13').value = '';
      ws.getCell('C14').numFmt = '#,##0'; // styled but empty
      ws.getCell('D2').value = '병합';
      ws.getCell('E2').value = 'hidden under the merge';
      ws.mergeCells('D2:F3');
      ws.getCell('B15').value = 3;
      ws.getCell('B15').numFmt = '@';
      ws.getCell('B16').value = 1e21;
      ws.getCell('B17').value = -0.000001234;
    });
    const { fast, exceljs } = await bothWays(bytes);
    expect(fast).toEqual(exceljs);
    expect(fast.snapshot.sheets.map((s) => s.name)).toEqual(['Budget', '기타 & <시트>']);
  });

  it('the state sheet: acceptances and warnings', async () => {
    const bytes = await bytesOf((wb) => {
      budgetSheet(wb);
      const state = wb.addWorksheet(STATE_SHEET);
      state.state = 'veryHidden';
      state.addRow(encodeAcceptance({ sheet: 'Budget', cell: 'C2', rule: 'subtotal', actual: 427000, at: '2024-01-01T00:00:00Z' }));
      state.addRow(['acceptance', '{broken']);
      state.addRow([null, 'no key']);
      state.addRow(['fill', '{}']);
    });
    const { fast, exceljs } = await bothWays(bytes);
    expect(fast).toEqual(exceljs);
    expect(fast.acceptances).toHaveLength(1);
    expect(fast.warnings).toHaveLength(2);
  });
});

describe('readXlsxFast reads what files made in Excel hold, as exceljs does', () => {
  it.each([
    ['dates', (wb: Workbook) => {
      const ws = wb.addWorksheet('S');
      ws.getCell('A1').value = new Date('2021-03-01T00:00:00Z');
      ws.getCell('A2').value = new Date('2021-03-01T13:45:10Z');
      ws.getCell('A3').value = 44199;
      ws.getCell('A3').numFmt = 'yyyy"년" m"월" d"일"';
      ws.getCell('A4').value = { formula: 'A3+1', result: 44200 };
      ws.getCell('A4').numFmt = 'yyyy-mm-dd';
    }],
    ['hyperlinks', (wb: Workbook) => {
      const ws = wb.addWorksheet('S');
      ws.getCell('A1').value = { text: 'go', hyperlink: 'https://example.com' };
      ws.getCell('A2').value = 5;
    }],
    ['shared formulas', (wb: Workbook) => {
      const ws = wb.addWorksheet('S');
      ws.getCell('B1').value = 1;
      ws.getCell('A1').value = { formula: 'B1*2+$B$1', result: 3, shareType: 'shared', ref: 'A1:A3' } as never;
      ws.getCell('A2').value = { sharedFormula: 'A1', result: 4 } as never;
      ws.getCell('A3').value = { sharedFormula: 'A1', result: 0 } as never;
    }],
  ])('%s', async (_name, build) => {
    const { fast, exceljs } = await bothWays(await bytesOf(build));
    expect(fast).toEqual(exceljs);
  });
});

describe('readXlsxFast leaves to exceljs what it cannot read exactly', () => {
  it('but a file that is not a zip package is damaged, for every reader', () => {
    expect(() => readXlsxFast(new TextEncoder().encode('not a workbook at all'))).toThrow(WorkbookReadError);
  });
});
