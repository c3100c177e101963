import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { STATE_SHEET, type SheetSnapshot } from '../../src/engine/index';
import { readWorkbook } from '../../src/file/read';
import { WorkbookReadError } from '../../src/file/errors';
import { encodeAcceptance } from '../../src/file/state';
import { budgetSheet, makeTempDir, saveWorkbook, shownTexts } from './workbooks';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await makeTempDir()));
afterEach(() => cleanup());

function sheetNamed(sheets: readonly SheetSnapshot[], name: string): SheetSnapshot {
  const sheet = sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

describe('readWorkbook', () => {
  it('reads values, shown texts, formulas with cached results and number formats', async () => {
    const path = await saveWorkbook(join(dir, 'b.xlsx'), (wb) => budgetSheet(wb));
    const { snapshot, acceptances, warnings } = await readWorkbook(path);
    const sheet = sheetNamed(snapshot.sheets, 'Budget');
    expect(sheet.origin).toEqual({ row: 0, col: 0 });
    expect(sheet.values[1]).toEqual(['계', 534200, 427660, -106540]);
    expect(sheet.texts[1]).toEqual(['계', '534,200', '427,660', '△106,540']);
    expect(sheet.formulas?.[1]).toEqual([null, '=SUM(B3:B4)', '=SUM(C3:C4)', null]);
    expect(sheet.numberFormats?.[1]).toEqual([
      null,
      '#,##0;"△"#,##0',
      '#,##0;"△"#,##0',
      '#,##0;"△"#,##0',
    ]);
    expect(sheet.texts[3]).toEqual(['시책추진업무추진비', '3,000', '2,700', '△300']);
    expect(acceptances).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it('keeps a cached formula result of zero (exceljs drops falsy results from cell.value)', async () => {
    const path = await saveWorkbook(join(dir, 'z.xlsx'), (wb) => {
      const ws = wb.addWorksheet('S');
      ws.getCell('A1').value = { formula: 'B1-B1', result: 0 };
      ws.getCell('A1').numFmt = '#,##0';
    });
    const sheet = sheetNamed((await readWorkbook(path)).snapshot.sheets, 'S');
    expect(sheet.values).toEqual([[0]]);
    expect(sheet.texts).toEqual([['0']]);
  });

  it('gives a formula without a cached result a null value and empty text', async () => {
    const path = await saveWorkbook(join(dir, 'n.xlsx'), (wb) => {
      wb.addWorksheet('S').getCell('A1').value = { formula: 'B1*2' };
    });
    const sheet = sheetNamed((await readWorkbook(path)).snapshot.sheets, 'S');
    expect(sheet.values).toEqual([[null]]);
    expect(shownTexts(sheet)).toEqual([['']]);
    expect(sheet.formulas).toEqual([['=B1*2']]);
  });

  it("resolves shared formulas to each cell's own formula text", async () => {
    const path = await saveWorkbook(join(dir, 's.xlsx'), (wb) => {
      const ws = wb.addWorksheet('S');
      [1, 2, 3].forEach((n, i) => (ws.getCell(i + 1, 1).value = n));
      ws.fillFormula('B1:B3', 'A1*2', [2, 4, 6]);
    });
    const sheet = sheetNamed((await readWorkbook(path)).snapshot.sheets, 'S');
    expect(sheet.formulas?.map((row) => row[1])).toEqual(['=A1*2', '=A2*2', '=A3*2']);
    expect(sheet.values.map((row) => row[1])).toEqual([2, 4, 6]);
  });

  it('applies the number formats budget documents use', async () => {
    const formats: [number, string, string][] = [
      [1234567, '#,##0', '1,234,567'],
      [-2590, '#,##0;"△"#,##0', '△2,590'],
      [-19.94, '0.0', '-19.9'],
      [0.2, '0%', '20%'],
      [427660, '#,##0"천원"', '427,660천원'],
      [1.5, 'General', '1.5'],
    ];
    const path = await saveWorkbook(join(dir, 'f.xlsx'), (wb) => {
      const ws = wb.addWorksheet('S');
      formats.forEach(([value, format], i) => {
        ws.getCell(i + 1, 1).value = value;
        ws.getCell(i + 1, 1).numFmt = format;
      });
    });
    const sheet = sheetNamed((await readWorkbook(path)).snapshot.sheets, 'S');
    expect(sheet.texts.map((row) => row[0])).toEqual(formats.map(([, , text]) => text));
    expect(sheet.numberFormats?.map((row) => row[0])).toEqual([
      ...formats.slice(0, 5).map(([, f]) => f),
      null,
    ]);
  });

  it('reports the used range from its top-left cell, with merges in sheet coordinates', async () => {
    const path = await saveWorkbook(join(dir, 'm.xlsx'), (wb) => {
      const ws = wb.addWorksheet('S');
      ws.getCell('C3').value = '□ 산출근거';
      ws.mergeCells('C3:E3');
      ws.getCell('C4').value = '사무관리비';
      ws.getCell('D4').value = '○ 시 대표 SNS 운영';
      ws.getCell('E4').value = 280000;
    });
    const sheet = sheetNamed((await readWorkbook(path)).snapshot.sheets, 'S');
    expect(sheet.origin).toEqual({ row: 2, col: 2 });
    expect(sheet.merges).toEqual([{ top: 2, left: 2, bottom: 2, right: 4 }]);
    // Excel shows the hidden cells of a merged area as empty; exceljs would repeat the master's value.
    expect(sheet.values).toEqual([
      ['□ 산출근거', null, null],
      ['사무관리비', '○ 시 대표 SNS 운영', 280000],
    ]);
    expect(shownTexts(sheet)[0]).toEqual(['□ 산출근거', '', '']);
  });

  it('reads several sheets in order and leaves the state sheet out of the snapshot', async () => {
    const path = await saveWorkbook(join(dir, 'several.xlsx'), (wb) => {
      budgetSheet(wb, '예산 총괄');
      wb.addWorksheet('산출근거').getCell('A1').value = '○ 운영 = 1,800천원';
      const state = wb.addWorksheet(STATE_SHEET, { state: 'veryHidden' });
      state.getCell('A1').value = 'acceptance';
      state.getCell('B1').value =
        '{"sheet":"예산 총괄","cell":"C2","rule":"subtotal","actual":427000,"at":"2026-01-01T00:00:00Z"}';
    });
    const { snapshot } = await readWorkbook(path);
    expect(snapshot.sheets.map((s) => s.name)).toEqual(['예산 총괄', '산출근거']);
    expect(sheetNamed(snapshot.sheets, '산출근거').values).toEqual([['○ 운영 = 1,800천원']]);
  });

  it('turns error values, constant or as a formula result, into CellError', async () => {
    const path = await saveWorkbook(join(dir, 'e.xlsx'), (wb) => {
      const ws = wb.addWorksheet('S');
      ws.getCell('A1').value = { error: '#REF!' };
      ws.getCell('B1').value = { formula: '1/0', result: { error: '#DIV/0!' } };
    });
    const sheet = sheetNamed((await readWorkbook(path)).snapshot.sheets, 'S');
    expect(sheet.values).toEqual([[{ error: '#REF!' }, { error: '#DIV/0!' }]]);
    expect(sheet.texts).toEqual([['#REF!', '#DIV/0!']]);
    expect(sheet.formulas).toEqual([[null, '=1/0']]);
  });

  it('keeps a number stored as text as text', async () => {
    const path = await saveWorkbook(join(dir, 't.xlsx'), (wb) => {
      const ws = wb.addWorksheet('S');
      ws.getCell('A1').value = '427,660';
      ws.getCell('B1').value = '(x-) △106,540';
    });
    const sheet = sheetNamed((await readWorkbook(path)).snapshot.sheets, 'S');
    expect(sheet.values).toEqual([['427,660', '(x-) △106,540']]);
    expect(sheet.texts).toEqual([['427,660', '(x-) △106,540']]);
  });

  it('gives dates as ISO text, keeps booleans, flattens rich text and hyperlinks', async () => {
    const path = await saveWorkbook(join(dir, 'd.xlsx'), (wb) => {
      const ws = wb.addWorksheet('S');
      ws.getCell('A1').value = new Date(Date.UTC(2021, 2, 1));
      ws.getCell('B1').value = true;
      ws.getCell('C1').value = {
        richText: [{ text: '427,660' }, { text: '천원', font: { bold: true } }],
      };
      ws.getCell('D1').value = { text: '서울시', hyperlink: 'https://seoul.go.kr' };
    });
    const sheet = sheetNamed((await readWorkbook(path)).snapshot.sheets, 'S');
    expect(sheet.values).toEqual([['2021-03-01', true, '427,660천원', '서울시']]);
    expect(sheet.texts).toEqual([['2021-03-01', 'TRUE', '427,660천원', '서울시']]);
  });

  it('reads from bytes as well as from a path', async () => {
    const path = await saveWorkbook(join(dir, 'b.xlsx'), (wb) => budgetSheet(wb));
    const fromBytes = await readWorkbook(await readFile(path), 'b.xlsx');
    expect(fromBytes.snapshot).toEqual((await readWorkbook(path)).snapshot);
  });
});

describe('acceptances in the state sheet', () => {
  it("reads acceptance rows and skips other adapters' rows silently", async () => {
    const accepted = {
      sheet: 'Budget',
      cell: 'C2',
      rule: 'subtotal' as const,
      actual: 427000,
      note: '원문 그대로',
      at: '2026-01-01T00:00:00Z',
    };
    const path = await saveWorkbook(join(dir, 'a.xlsx'), (wb) => {
      budgetSheet(wb);
      const state = wb.addWorksheet(STATE_SHEET, { state: 'veryHidden' });
      state.addRow(encodeAcceptance(accepted));
      state.addRow(['fill', '{"sheet":"Budget","cell":"C2","fill":null}']);
    });
    const { acceptances, warnings } = await readWorkbook(path);
    expect(acceptances).toEqual([accepted]);
    expect(warnings).toEqual([]);
  });

  it('ignores broken acceptance rows with a warning instead of throwing', async () => {
    const path = await saveWorkbook(join(dir, 'broken.xlsx'), (wb) => {
      budgetSheet(wb);
      const state = wb.addWorksheet(STATE_SHEET);
      state.addRow(['acceptance', '{not json']);
      state.addRow([
        'acceptance',
        '{"sheet":"Budget","cell":"C2","rule":"no-such-rule","actual":1,"at":""}',
      ]);
      state.addRow([
        'acceptance',
        '{"sheet":"Budget","cell":"here","rule":"total","actual":1,"at":""}',
      ]);
      state.addRow([
        'acceptance',
        '{"sheet":"Budget","cell":"D2","rule":"change","actual":"many","at":""}',
      ]);
      state.addRow([null, 'orphan']);
      state.addRow([
        'acceptance',
        '{"sheet":"Budget","cell":"D2","rule":"change","actual":null,"at":"x"}',
      ]);
    });
    const { acceptances, warnings } = await readWorkbook(path);
    expect(acceptances).toEqual([
      { sheet: 'Budget', cell: 'D2', rule: 'change', actual: null, at: 'x' },
    ]);
    expect(warnings).toHaveLength(5);
    expect(warnings[0]).toMatch(/row 1: acceptance ignored because its JSON cannot be parsed/);
    expect(warnings[4]).toMatch(/row 5 has content but no key/);
  });
});

describe('files that cannot be read', () => {
  async function readError(path: string): Promise<WorkbookReadError> {
    try {
      await readWorkbook(path);
    } catch (err) {
      if (err instanceof WorkbookReadError) return err;
      throw err;
    }
    throw new Error('expected a WorkbookReadError');
  }

  it('a missing file', async () => {
    const err = await readError(join(dir, 'none.xlsx'));
    expect(err.code).toBe('not-found');
    expect(err.message).toBe(`${join(dir, 'none.xlsx')}: no such file.`);
  });

  it('a corrupt (truncated) .xlsx', async () => {
    const good = await saveWorkbook(join(dir, 'good.xlsx'), (wb) => budgetSheet(wb));
    const bytes = await readFile(good);
    const bad = join(dir, 'bad.xlsx');
    await writeFile(bad, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const err = await readError(bad);
    expect(err.code).toBe('corrupt');
    expect(err.message).toMatch(/damaged or not a workbook/);
  });

  it('a file that is not a workbook at all', async () => {
    const path = join(dir, 'notes.xlsx');
    await writeFile(path, '구분,2020,2021\n');
    expect((await readError(path)).code).toBe('not-xlsx');
  });

  it('a password-protected workbook (an OLE container with an EncryptionInfo stream)', async () => {
    const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const path = join(dir, 'secret.xlsx');
    await writeFile(
      path,
      Buffer.concat([
        header,
        Buffer.alloc(504),
        Buffer.from('EncryptionInfo', 'utf16le'),
        Buffer.alloc(64),
      ]),
    );
    const err = await readError(path);
    expect(err.code).toBe('encrypted');
    expect(err.message).toMatch(/password-protected/);
  });

  it('a legacy .xls file', async () => {
    const path = join(dir, 'old.xls');
    await writeFile(
      path,
      Buffer.concat([
        Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
        Buffer.alloc(1024),
      ]),
    );
    expect((await readError(path)).code).toBe('legacy-xls');
  });

  it('a directory', async () => {
    expect((await readError(dir)).code).toBe('not-a-file');
  });
});
