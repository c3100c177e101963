/**
 * Broken workbooks never pass as clean (issue 13): a duplicated part, a part the
 * workbook refers to and lacks, a cut sheet, overlapping merges, a truncated zip,
 * number cells that store no number. Each is an error or a warning and never
 * exit 0; a valid oddity (a cell without its address) is read, not refused with
 * JavaScript's words. Each case in a child process, within 20 s and 1 GB.
 */
import { book, budgetRows, cell, rawNumber, row, sheetXml } from './books';
import { errorOf, expectBounded, measureBytes } from './measured';
import { makeTempDir } from '../file/workbooks';

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await makeTempDir()));
afterAll(() => cleanup());

const findingsOf = (m: Awaited<ReturnType<typeof measureBytes>>) => ('findings' in m.outcome ? m.outcome.findings : []);

describe('a damaged package is an error, exit 2', () => {
  it('two entries with one name (a zip reader would keep either)', async () => {
    const bytes = book([{ name: 'Budget', rows: budgetRows() }], {
      extra: [{ name: 'xl/worksheets/sheet1.xml', data: sheetXml(budgetRows(1)) }],
    });
    const m = await measureBytes(dir, 'duplicate.xlsx', bytes, 'ko');
    expect(m.status).toBe(2);
    expect(errorOf(m)).toMatch(/파일이 손상되었습니다: 같은 이름의 부분\(xl\/worksheets\/sheet1\.xml\)이 두 번 들어 있어/);
    expectBounded(m);
  });

  it('two entries whose names differ only in case', async () => {
    const bytes = book([{ name: 'Budget', rows: budgetRows() }], { extra: [{ name: 'XL/Worksheets/Sheet1.xml', data: sheetXml(budgetRows(1)) }] });
    const m = await measureBytes(dir, 'case.xlsx', bytes);
    expect(m.status).toBe(2);
    expect(errorOf(m)).toMatch(/it holds two parts named XL\/Worksheets\/Sheet1\.xml/);
  });

  it('its shared strings referred to and missing (every text cell would read as blank)', async () => {
    const rows = row(1, '<c r="A1" t="s"><v>0</v></c>') + budgetRows().replace(/^<row r="1">.*?<\/row>/, '');
    const m = await measureBytes(dir, 'no-strings.xlsx', book([{ name: 'Budget', rows }], { strings: 'missing' }));
    expect(m.status).toBe(2);
    expect(errorOf(m)).toMatch(/The file is damaged: the part xl\/sharedStrings\.xml it refers to is missing\./);
    expectBounded(m);
  });

  it('a text cell pointing past its shared strings', async () => {
    const rows = budgetRows() + row(6, '<c r="A6" t="s"><v>7</v></c>');
    const m = await measureBytes(dir, 'short-strings.xlsx', book([{ name: 'Budget', rows }], { strings: ['구분'] }));
    expect(m.status).toBe(2);
    expect(errorOf(m)).toMatch(/the part xl\/sharedStrings\.xml #7 it refers to is missing/);
  });

  it('a sheet cut before its end', async () => {
    const { zip } = await import('./zip');
    const { parts } = await import('./rebuild');
    const whole = book([{ name: 'Budget', rows: budgetRows() }]);
    const cut = sheetXml(budgetRows()).replace(/<\/sheetData>.*$/, '');
    const bytes = zip(parts(whole).map((p) => (p.name === 'xl/worksheets/sheet1.xml' ? { name: p.name, data: cut } : p)));
    const m = await measureBytes(dir, 'cut.xlsx', bytes);
    expect(m.status).toBe(2);
    expect(errorOf(m)).toMatch(/The file is damaged: xl\/worksheets\/sheet1\.xml stops before its end\./);
  });

  it('merged areas that overlap', async () => {
    const m = await measureBytes(dir, 'overlap.xlsx', book([{ name: 'Budget', rows: budgetRows() + row(6, cell('A6', 'x') + cell('B7', 'y')), merges: ['A6:B7', 'B7:C8'] }]));
    expect(m.status).toBe(2);
    expect(errorOf(m)).toMatch(/on sheet 'Budget' the merged area B7:C8 overlaps another/);
  });

  it('a zip cut in half', async () => {
    const bytes = book([{ name: 'Budget', rows: budgetRows() }]);
    const m = await measureBytes(dir, 'half.xlsx', bytes.subarray(0, Math.floor(bytes.length / 2)));
    expect(m.status).toBe(2);
    expect(errorOf(m)).toMatch(/The file is damaged: its zip structure is broken\./);
  });
});

describe('number cells that store no number', () => {
  it.each(['NaN', 'abc', 'Infinity', '1e999', '12abc'])('%s: a warning at its cell, the file damaged (exit 2), the rest checked', async (stored) => {
    const rows = budgetRows(427000).replace('<c r="C3"><v>424960</v></c>', rawNumber('C3', stored)) + row(8, cell('A8', '참고'));
    const m = await measureBytes(dir, `number-${stored}.xlsx`, book([{ name: 'Budget', rows }]));
    expect(m.status).toBe(2);
    if (!('findings' in m.outcome)) throw new Error(errorOf(m));
    expect(m.outcome.damaged).toEqual([{ sheet: 'Budget', cell: 'C3', stored }]);
    expect(m.outcome.warnings[0]).toBe(`The file is damaged: cell C3 of sheet 'Budget' stores "${stored}" as a number; that cell was not checked.`);
    expect(m.outcome.findings.find((f) => f.cell === 'C3')).toMatchObject({ rule: 'unreadable', severity: 'warning' });
    expectBounded(m);
  });
});

describe('a valid oddity is read', () => {
  it('rows and cells without their address (they follow the one before): read in place', async () => {
    const rows = budgetRows(427000)
      .replace('<row r="3">', '<row>')
      .replace(/<c r="[A-D]3"/g, '<c');
    const m = await measureBytes(dir, 'no-address.xlsx', book([{ name: 'Budget', rows }]));
    expect(m.status).toBe(1);
    expect(findingsOf(m).map((f) => [f.cell, f.rule])).toEqual([['C2', 'total']]);
    expectBounded(m);
  });
});

describe('figures past any budget, long chains, scientific notation', () => {
  /** A 산출근거 table in 원 whose one line is `text | = | amount`, and a second line one unit off. */
  const basis = (text: string, amount: string) =>
    [
      row(1, cell('A1', '□ 산출근거')),
      row(2, cell('E2', '(단위 : 원)')),
      row(3, cell('A3', '과목구분') + cell('B3', '2021년 예산내역')),
      row(4, cell('A4', '사무관리비') + cell('B4', text) + cell('C4', '=') + cell('D4', amount)),
      row(5, cell('B5', '○ 인쇄 1,000원×2,000부') + cell('C5', '=') + cell('D5', '2,000,001')),
    ].join('');

  it('an amount of 1 and 309 zeros: a warning at its cell, the other line still checked', async () => {
    const huge = `1${'0'.repeat(309)}`;
    const m = await measureBytes(dir, 'huge.xlsx', book([{ name: '사업설명서', rows: basis('○ 홍보 1,000원×3,000부', huge) }]));
    expect(findingsOf(m).map((f) => [f.cell, f.rule, f.severity])).toEqual([
      ['D4', 'unreadable', 'warning'],
      ['D5', 'product', 'error'],
    ]);
    expect(m.status).toBe(1);
    expectBounded(m);
  });

  it('a subtraction chain of 2,000 terms: every term kept, the exact expected value', async () => {
    const m = await measureBytes(dir, 'chain.xlsx', book([{ name: '사업설명서', rows: basis(`○ 차감 10,000,000원${' - 1,000원'.repeat(2000)}`, '9,000,000') }]));
    const finding = findingsOf(m).find((f) => f.cell === 'D4');
    expect(finding).toMatchObject({ rule: 'product', expected: 8000000, actual: 9000000 });
    expect(finding?.explain.split(' − ')).toHaveLength(2001);
    expectBounded(m);
  });

  it('`1e308원` is one number (past any budget: a warning), never the label `1e` and 308원', async () => {
    const m = await measureBytes(dir, 'sci.xlsx', book([{ name: '사업설명서', rows: basis('○ 홍보 1e308원', '308') }]));
    expect(findingsOf(m).map((f) => [f.cell, f.rule])).toEqual([
      ['B4', 'unreadable'],
      ['D5', 'product'],
    ]);
  });
});

describe('a copy that cannot be made', () => {
  it('is a write failure in our words, not a damaged input, and the findings stand', async () => {
    const { runCaptured } = await import('../cli/capture');
    const { verifyWorkbook } = await import('../../src/engine/index');
    const { writeFile } = await import('node:fs/promises');
    const { join } = await import('node:path');
    // Cells without their address on a sheet the annotation must change: the patcher leaves it to
    // exceljs, which cannot read such cells.
    const rows = budgetRows(427000).replace('<row r="3">', '<row>').replace(/<c r="[A-D]3"/g, '<c');
    const file = join(dir, 'unpatchable.xlsx');
    await writeFile(file, book([{ name: 'Budget', rows }]));
    const r = await runCaptured([file, '--lang', 'en'], { verify: verifyWorkbook });
    expect(r.status).toBe(2);
    expect(r.stdout).toContain('C2');
    expect(r.stderr).toBe(`budget-verify: ${join(dir, 'unpatchable.checked.xlsx')}: the annotated copy could not be written (the file can be neither patched as it is nor rebuilt; the findings above stand).\n`);
  });
});
