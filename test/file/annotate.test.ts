import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ValueType, type Cell, type Workbook, type Worksheet } from 'exceljs';
import { annotatedPath, writeAnnotatedCopy } from '../../src/file/annotate';
import { WorkbookWriteError } from '../../src/file/errors';
import type { Coverage } from '../../src/engine/index';
import type { ReviewedFinding } from '../../src/file/review';
import { budgetSheet, finding, loadWorkbook, makeTempDir, saveWorkbook } from './workbooks';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await makeTempDir()));
afterEach(() => cleanup());

const sha = async (path: string): Promise<string> =>
  createHash('sha256')
    .update(await readFile(path))
    .digest('hex');

function noteOf(cell: Cell): string {
  const note = cell.note;
  if (note === undefined) return '';
  return typeof note === 'string' ? note : (note.texts ?? []).map((t) => t.text).join('');
}

function fillOf(cell: Cell): string | undefined {
  const fill = cell.fill;
  return fill && fill.type === 'pattern' ? fill.fgColor?.argb : undefined;
}

function sheetOf(wb: Workbook, name: string): Worksheet {
  const sheet = wb.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

const INJECTION_SHEETS = ['+1', '-2', '@SUM(A1)'];

/** The original: a budget sheet with a user's note, and sheets whose names look like formulas. */
async function original(): Promise<string> {
  return saveWorkbook(join(dir, 'budget.xlsx'), (wb) => {
    const ws = budgetSheet(wb);
    ws.getCell('D3').note = '담당자 확인 필요';
    for (const name of INJECTION_SHEETS) {
      const s = wb.addWorksheet(name);
      s.getCell('A1').value = 100;
      s.getCell('B2').value = '=HYPERLINK("http://x")'; // a label that merely looks like a formula
    }
  });
}

const open = (overrides: Partial<ReviewedFinding> = {}): ReviewedFinding => ({
  ...finding(),
  accepted: false,
  ...overrides,
});

const FINDINGS: ReviewedFinding[] = [
  open(),
  open({
    rule: 'change',
    severity: 'warning',
    cell: 'D3',
    expected: null,
    actual: null,
    unit: null,
    message: '증감을 확인할 수 없습니다.',
    explain: '',
    cause: 'D3',
  }),
  open({
    rule: 'change',
    cell: 'D2',
    expected: -106540,
    actual: -106000,
    message: '증감이 B − A와 다릅니다.',
    explain: '427,660 − 534,200 = △106,540',
    cause: 'C2',
    accepted: true,
    acceptance: {
      sheet: 'Budget',
      cell: 'D2',
      rule: 'change',
      actual: -106000,
      note: '천원 미만 절사는 지침에 따른 것',
      reviewer: '김검토',
      at: '2026-12-01T09:00:00.000Z',
    },
  }),
  open({
    sheet: '+1',
    cell: 'A1',
    rule: 'product',
    message: '=HYPERLINK("http://x")',
    explain: '+1',
    cause: 'A1',
    expected: 90,
    actual: 100,
  }),
  open({
    sheet: '@SUM(A1)',
    cell: 'A1',
    rule: 'total',
    severity: 'warning',
    message: '-2',
    explain: '@SUM(A1)',
    cause: "'-2'!A1",
  }),
];

describe('writeAnnotatedCopy', () => {
  let input: string;
  let output: string;
  let copy: Workbook;
  let before: string;

  beforeEach(async () => {
    input = await original();
    before = await sha(input);
    output = annotatedPath(input, join(dir, 'out', 'nested'));
    await writeAnnotatedCopy({ input, output, findings: FINDINGS, language: 'ko' });
    copy = await loadWorkbook(output);
  });

  it('names the copy NAME.checked.xlsx, creates the folder and leaves the input byte-identical', async () => {
    expect(output).toBe(join(dir, 'out', 'nested', 'budget.checked.xlsx'));
    expect(await readdir(join(dir, 'out', 'nested'))).toEqual(['budget.checked.xlsx']);
    expect(await sha(input)).toBe(before);
  });

  it('fills errors light red and warnings amber, only on the flagged cells', () => {
    const ws = sheetOf(copy, 'Budget');
    expect(fillOf(ws.getCell('C2'))).toBe('FFFFC7CE');
    expect(fillOf(ws.getCell('D3'))).toBe('FFFFEB9C');
    expect(fillOf(sheetOf(copy, '+1').getCell('A1'))).toBe('FFFFC7CE');
    // B2 was saved with the same style as C2: exceljs shares style objects, the fill must not spread.
    expect(fillOf(ws.getCell('B2'))).toBeUndefined();
    expect(fillOf(ws.getCell('C3'))).toBeUndefined();
  });

  it("leaves accepted findings' cells as they were", () => {
    const cell = sheetOf(copy, 'Budget').getCell('D2');
    expect(fillOf(cell)).toBeUndefined();
    expect(cell.note).toBeUndefined();
  });

  it('notes the rule, stated and expected figures with units, the message and the computation', () => {
    const note = noteOf(sheetOf(copy, 'Budget').getCell('C2'));
    expect(note).toBe(
      [
        '[예산 검산] 오류 · 소계',
        '기재값 427,000천원 / 기대값 427,660천원',
        '계가 항목의 합과 다릅니다.',
        '계산 과정: 427,660 = 424,960 + 2,700',
      ].join('\n'),
    );
  });

  it("keeps a user's note and appends ours below a separator", () => {
    const note = noteOf(sheetOf(copy, 'Budget').getCell('D3'));
    expect(
      note.startsWith('담당자 확인 필요\n────────────\n[예산 검산] 경고 · 증감'),
    ).toBe(true);
  });

  it('changes no value of the original sheets', async () => {
    const source = await loadWorkbook(input);
    for (const sheet of source.worksheets) {
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          expect(sheetOf(copy, sheet.name).getCell(cell.address).value).toEqual(cell.value);
        }),
      );
    }
  });

  it('lists every finding on a report sheet with links to the cells', () => {
    const report = sheetOf(copy, '검산결과');
    expect(report.getCell('A1').value).toBe('예산 검산 결과 — 오류 2건, 경고 2건, 수락 1건');
    expect(report.getRow(2).values).toEqual([
      undefined,
      '시트',
      '셀',
      '규칙',
      '구분',
      '기재값',
      '기대값',
      '단위',
      '내용',
      '계산 과정',
      '원인',
      '수락',
      '검토자',
      '사유',
    ]);
    const row3 = report.getRow(3);
    expect(row3.getCell(1).value).toBe('Budget');
    expect(row3.getCell(2).text).toBe('C2');
    expect(row3.getCell(2).hyperlink).toBe("#'Budget'!$C$2");
    expect(row3.getCell(3).value).toBe('소계');
    expect(row3.getCell(4).value).toBe('오류');
    expect(row3.getCell(5).value).toBe(427000);
    expect(row3.getCell(6).value).toBe(427660);
    expect(row3.getCell(6).numFmt).toBe('#,##0;"△"#,##0');
    expect(row3.getCell(7).value).toBe('천원');
    expect(row3.getCell(8).value).toBe('계가 항목의 합과 다릅니다.');
    expect(row3.getCell(9).value).toBe('427,660 = 424,960 + 2,700');
    // The accepted finding comes last, marked.
    const last = report.getRow(7);
    expect(last.getCell(2).text).toBe('D2');
    expect(last.getCell(11).value).toBe('수락됨');
    // Who accepted it and why, for the next reviewer.
    expect(last.getCell(12).value).toBe('김검토');
    expect(last.getCell(13).value).toBe('천원 미만 절사는 지침에 따른 것');
    expect(row3.getCell(12).value).toBe('');
    expect(last.getCell(10).hyperlink).toBe("#'Budget'!$C$2");
    // A cause on another sheet links there.
    expect(report.getRow(6).getCell(10).hyperlink).toBe("#'-2'!$A$1");
    expect(report.getRow(5).getCell(2).hyperlink).toBe("#'+1'!$A$1");
  });

  it('freezes the header and puts an autofilter on it', () => {
    const report = sheetOf(copy, '검산결과');
    expect(report.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(report.autoFilter).toBe('A2:M7');
    expect(report.getColumn(8).width).toBeGreaterThanOrEqual(40);
  });

  it('writes text that looks like a formula as text, never as a formula', async () => {
    const report = sheetOf(copy, '검산결과');
    expect(report.getRow(5).getCell(8).value).toBe('=HYPERLINK("http://x")');
    expect(report.getRow(5).getCell(9).value).toBe('+1');
    expect(report.getRow(6).getCell(1).value).toBe('@SUM(A1)');
    expect(report.getRow(6).getCell(8).value).toBe('-2');
    const source = await loadWorkbook(input);
    for (const sheet of copy.worksheets) {
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.type !== ValueType.Formula) return;
          // The only formulas are the ones the user's workbook already had, unchanged.
          expect(source.getWorksheet(sheet.name)?.getCell(cell.address).formula).toBe(cell.formula);
        }),
      );
    }
    for (const name of INJECTION_SHEETS)
      expect(sheetOf(copy, name).getCell('B2').type).toBe(ValueType.String);
  });
});

describe('writeAnnotatedCopy safety and naming', () => {
  it('refuses to write over its input', async () => {
    const input = await original();
    const before = await sha(input);
    await expect(
      writeAnnotatedCopy({ input, output: input, findings: FINDINGS, language: 'ko' }),
    ).rejects.toThrow(WorkbookWriteError);
    await expect(
      writeAnnotatedCopy({
        input,
        output: join(dir, '.', 'budget.xlsx'),
        findings: [],
        language: 'ko',
      }),
    ).rejects.toThrow(/overwrite the input/);
    expect(await sha(input)).toBe(before);
  });

  it('adds a suffix when the report sheet name is taken, and uses English names for en', async () => {
    const input = await saveWorkbook(join(dir, 'taken.xlsx'), (wb) => {
      budgetSheet(wb);
      wb.addWorksheet('검산결과');
      wb.addWorksheet('findings');
    });
    const ko = join(dir, 'ko.xlsx');
    await writeAnnotatedCopy({ input, output: ko, findings: [open()], language: 'ko' });
    expect((await loadWorkbook(ko)).worksheets.map((s) => s.name)).toEqual([
      'Budget',
      '검산결과',
      'findings',
      '검산결과 (2)',
    ]);
    const en = join(dir, 'en.xlsx');
    await writeAnnotatedCopy({ input, output: en, findings: [open()], language: 'en' });
    const copy = await loadWorkbook(en);
    const report = sheetOf(copy, 'Findings (2)');
    expect(report.getCell('A1').value).toBe(
      'Budget Verify findings — 1 error(s), 0 warning(s), 0 accepted',
    );
    expect(report.getCell('B2').value).toBe('Cell');
    expect(noteOf(sheetOf(copy, 'Budget').getCell('C2'))).toMatch(
      /^\[Budget Verify\] Error · Subtotal\nStated 427,000천원 \/ Expected 427,660천원/,
    );
  });

  it('writes a report saying there is nothing to fix when there are no findings', async () => {
    const input = await original();
    const output = join(dir, 'clean.checked.xlsx');
    await writeAnnotatedCopy({ input, output, findings: [], language: 'ko' });
    const report = sheetOf(await loadWorkbook(output), '검산결과');
    expect(report.getCell('A1').value).toBe('예산 검산 결과 — 오류 0건, 경고 0건, 수락 0건');
    expect(report.getCell('A3').value).toBe('이상 없음');
  });
});

describe('the report sheet says what was checked (DESIGN §1.2)', () => {
  const COVERAGE: Coverage = {
    figures: 12,
    checked: 9,
    unchecked: [
      { sheet: 'Budget', cell: 'B3', reason: 'no identity found' },
      { sheet: '+1', cell: 'A1', reason: 'no table found' },
      { sheet: 'Gone', cell: 'C4', reason: 'not read' },
    ],
  };

  it('puts the coverage counts in the title and lists the figures not checked below the findings', async () => {
    const input = await original();
    const output = join(dir, 'covered.xlsx');
    await writeAnnotatedCopy({ input, output, findings: FINDINGS, language: 'ko', coverage: COVERAGE });
    const report = sheetOf(await loadWorkbook(output), '검산결과');
    expect(report.getCell('A1').value).toBe(
      '예산 검산 결과 — 오류 2건, 경고 2건, 수락 1건 · 검산한 숫자 9개 · 확인하지 못한 숫자 3개',
    );
    // Findings end on row 7; a blank row, then the heading, its columns and one row per figure.
    expect(report.getCell('A8').value).toBeNull();
    expect(report.getCell('A9').value).toBe('확인하지 못한 숫자');
    expect([1, 2, 3].map((c) => report.getRow(10).getCell(c).value)).toEqual(['시트', '셀', '사유']);
    const rows = [11, 12, 13].map((r) => [1, 2, 3].map((c) => report.getRow(r).getCell(c).text));
    expect(rows).toEqual([
      ['Budget', 'B3', '맞춰 볼 식이 없음'],
      ['+1', 'A1', '표를 찾지 못함'],
      ['Gone', 'C4', '읽지 못함'],
    ]);
    // Each cell links to the figure, unless its sheet is not in the workbook.
    expect(report.getCell('B11').hyperlink).toBe("#'Budget'!$B$3");
    expect(report.getCell('B12').hyperlink).toBe("#'+1'!$A$1");
    expect(report.getCell('B13').hyperlink).toBeUndefined();
    // The filter stays on the findings.
    expect(report.autoFilter).toBe('A2:M7');
  });

  it('says 이상 없음 only when every figure was checked', async () => {
    const input = await original();
    const some = join(dir, 'some.xlsx');
    await writeAnnotatedCopy({ input, output: some, findings: [], language: 'ko', coverage: COVERAGE });
    const report = sheetOf(await loadWorkbook(some), '검산결과');
    expect(report.getCell('A3').value).toBe('오류 없음 — 확인하지 못한 숫자 3개');
    expect(report.getCell('A5').value).toBe('확인하지 못한 숫자');
    const all = join(dir, 'all.xlsx');
    const everything: Coverage = { figures: 12, checked: 12, unchecked: [] };
    await writeAnnotatedCopy({ input, output: all, findings: [], language: 'ko', coverage: everything });
    const clean = sheetOf(await loadWorkbook(all), '검산결과');
    expect(clean.getCell('A1').value).toBe(
      '예산 검산 결과 — 오류 0건, 경고 0건, 수락 0건 · 검산한 숫자 12개 · 확인하지 못한 숫자 0개',
    );
    expect(clean.getCell('A3').value).toBe('이상 없음');
    expect(clean.getCell('A5').value).toBeNull();
  });

  it('in English', async () => {
    const input = await original();
    const output = join(dir, 'en.xlsx');
    await writeAnnotatedCopy({ input, output, findings: [], language: 'en', coverage: COVERAGE });
    const report = sheetOf(await loadWorkbook(output), 'Findings');
    expect(report.getCell('A1').value).toBe(
      'Budget Verify findings — 0 error(s), 0 warning(s), 0 accepted · 9 figure(s) checked · 3 not checked',
    );
    expect(report.getCell('A3').value).toBe('no errors — 3 figure(s) not checked');
    expect(report.getCell('A5').value).toBe('Figures not checked');
    expect(report.getCell('C7').value).toBe('no identity found');
  });
});
