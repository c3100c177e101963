/** The command line end to end: the real engine over the bundled sample workbooks. */
import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runCaptured } from './capture';
import { makeTempDir } from '../file/workbooks';
import { parseSheetText } from '../../scripts/sheet-text';
import { writeWorkbook } from '../../scripts/make-samples';

const SAMPLES = join(__dirname, '..', '..', 'samples');
let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await makeTempDir()));
afterEach(() => cleanup());

const run = runCaptured;

describe('budget-verify over the samples', () => {
  it('the seed verifies clean (exit 0) and the error sample shows its four errors (exit 1)', async () => {
    const clean = await run([join(SAMPLES, 'seoul-sns-2021.xlsx'), '--json', '--no-write']);
    expect(clean.status).toBe(0);
    const doc = JSON.parse(clean.stdout);
    expect(doc.summary).toMatchObject({ files: 1, errors: 0, warnings: 0 });
    expect(doc.files[0].tables.map((t: { kind: string }) => t.kind)).toEqual(['overview', 'summary', 'basis', 'mention', 'schedule', 'settlement']);
    expect(doc.files[0].coverage).toEqual({ figures: 62, checked: 62, unchecked: [] });
    expect(doc.summary.unchecked).toBe(0);

    const bad = await run([join(SAMPLES, 'seoul-sns-2021-errors.xlsx'), '--json', '--no-write', '--lang', 'en']);
    expect(bad.status).toBe(1);
    const findings = JSON.parse(bad.stdout).files[0].findings;
    expect(findings.map((f: { cell: string; rule: string; expected: number }) => [f.cell, f.rule, f.expected])).toEqual([
      ['E24', 'change-rate', -10],
      ['D29', 'product', 60000],
      ['D32', 'subtotal', 120000],
      ['H88', 'execution-balance', 12264],
    ]);
    expect(findings[1].message).toBe('The calculation gives 60,000 천원, but the cell states 61,000 천원.');
    expect(findings[1].explain).toBe('1,000,000원 × 15건 × 4분기 = 60,000,000원 → 60,000천원');
  });

  it('says what it could not check: counts, the cells, a sheet without a table, and --strict exits 1', async () => {
    const input = join(dir, 'partly.xlsx');
    await writeWorkbook(
      parseSheetText(`@sheet 총괄
구 분 | 2020예산액 (A) | 2021예산액 (B) | 증감 (B-A)
계 | n:5000 | n:5400 | n:400
여비 | n:5000 | n:5400 | n:400
@sheet 참고
기관명 | 지원 실적
가 기관 | n:12000
나 기관 | n:8000
`),
      input,
    );
    const text = await run([input, '--no-write']);
    expect(text.status).toBe(0);
    expect(text.stdout).toContain('오류 없음 — 확인하지 못한 숫자 2개');
    expect(text.stdout).not.toContain('이상 없음');
    expect(text.stdout).toContain('검산한 숫자 6개 · 확인하지 못한 숫자 2개');
    expect(text.stdout).toContain("시트 '참고'에 숫자 2개가 있지만 표를 찾지 못해 검산하지 못했습니다.");
    expect(text.stdout).toContain('확인하지 못한 숫자: 참고!B2 (표를 찾지 못함), 참고!B3 (표를 찾지 못함)');
    const strict = await run([input, '--no-write', '--strict', '--json']);
    expect(strict.status).toBe(1);
    const doc = JSON.parse(strict.stdout);
    expect(doc.files[0].coverage).toEqual({
      figures: 8,
      checked: 6,
      unchecked: [
        { sheet: '참고', cell: 'B2', reason: 'no table found' },
        { sheet: '참고', cell: 'B3', reason: 'no table found' },
      ],
    });
    expect(doc.summary).toMatchObject({ errors: 0, unchecked: 2 });
    const seed = await run([join(SAMPLES, 'seoul-sns-2021.xlsx'), '--no-write', '--strict']);
    expect(seed.status).toBe(0);
  });

  it('writes an annotated copy whose flagged cells, notes and report match the findings, input untouched', async () => {
    const input = join(dir, 'errors.xlsx');
    await copyFile(join(SAMPLES, 'seoul-sns-2021-errors.xlsx'), input);
    const before = await readFile(input);
    const result = await run([input]);
    expect(result.status).toBe(1);
    expect(await readFile(input)).toEqual(before);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'errors.checked.xlsx'));
    const sheet = wb.getWorksheet('사업설명서');
    for (const cell of ['E24', 'D29', 'D32', 'H88']) {
      const c = sheet?.getCell(cell);
      expect([cell, (c?.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb]).toEqual([cell, 'FFFFC7CE']);
      expect(JSON.stringify(c?.note)).toMatch(/기재|stated|적힌/);
    }
    const d29 = JSON.stringify(sheet?.getCell('D29').note);
    expect(d29).toContain('1,000,000원 × 15건 × 4분기 = 60,000,000원 → 60,000천원');
    expect(sheet?.getCell('D30').fill?.type === 'pattern' && (sheet.getCell('D30').fill as ExcelJS.FillPattern).fgColor?.argb).toBeFalsy();
    const report = wb.getWorksheet('검산결과');
    const cells: string[] = [];
    report?.eachRow((row) => row.eachCell((c) => cells.push(String(c.text))));
    for (const cell of ['E24', 'D29', 'D32', 'H88']) expect(cells.join('\n')).toContain(cell);
  });
});
