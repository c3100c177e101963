/**
 * Broken workbooks never pass as clean (issue 13): a duplicated part, a part the
 * workbook refers to and lacks, a cut sheet, overlapping merges, a truncated zip,
 * number cells that store no number. Each is an error or a warning and never
 * exit 0; a valid oddity (a cell without its address) is read, not refused with
 * JavaScript's words. Each case in a child process, within 20 s and 1 GB.
 */
import { HOSTILE, numberCase, STORED_NOT_NUMBERS } from './cases';
import { errorOf, expectBounded, measureBytes } from './measured';
import { makeTempDir } from '../file/workbooks';

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await makeTempDir()));
afterAll(() => cleanup());

const findingsOf = (m: Awaited<ReturnType<typeof measureBytes>>) => ('findings' in m.outcome ? m.outcome.findings : []);

describe('a damaged package is an error, exit 2', () => {
  it('two entries with one name (a zip reader would keep either)', async () => {
    const m = await measureBytes(dir, 'duplicate.xlsx', HOSTILE.duplicate(), 'ko');
    expect(m.status).toBe(2);
    expect(errorOf(m)).toMatch(/파일이 손상되었습니다: 같은 이름의 부분\(xl\/worksheets\/sheet1\.xml\)이 두 번 들어 있어/);
    expectBounded(m);
  });

  it('two entries whose names differ only in case', async () => {
    const m = await measureBytes(dir, 'case.xlsx', HOSTILE.caseDuplicate());
    expect(m.status).toBe(2);
    expect(errorOf(m)).toMatch(/it holds two parts named XL\/Worksheets\/Sheet1\.xml/);
  });

  it('its shared strings referred to and missing (every text cell would read as blank)', async () => {
    const m = await measureBytes(dir, 'no-strings.xlsx', HOSTILE.noStrings());
    expect(m.status).toBe(2);
    expect(errorOf(m)).toMatch(/The file is damaged: the part xl\/sharedStrings\.xml it refers to is missing\./);
    expectBounded(m);
  });

  it('a text cell pointing past its shared strings', async () => {
    const m = await measureBytes(dir, 'short-strings.xlsx', HOSTILE.shortStrings());
    expect(m.status).toBe(2);
    expect(errorOf(m)).toMatch(/the part xl\/sharedStrings\.xml #7 it refers to is missing/);
  });

  it('a sheet cut before its end', async () => {
    const m = await measureBytes(dir, 'cut.xlsx', HOSTILE.cutSheet());
    expect(m.status).toBe(2);
    expect(errorOf(m)).toMatch(/The file is damaged: xl\/worksheets\/sheet1\.xml stops before its end\./);
  });

  it('merged areas that overlap', async () => {
    const m = await measureBytes(dir, 'overlap.xlsx', HOSTILE.overlappingMerges());
    expect(m.status).toBe(2);
    expect(errorOf(m)).toMatch(/on sheet 'Budget' the merged area B7:C8 overlaps another/);
  });

  it('a zip cut in half', async () => {
    const m = await measureBytes(dir, 'half.xlsx', HOSTILE.halfZip());
    expect(m.status).toBe(2);
    expect(errorOf(m)).toMatch(/The file is damaged: its zip structure is broken\./);
  });
});

describe('number cells that store no number', () => {
  it.each(STORED_NOT_NUMBERS)('%s: a warning at its cell, the file damaged (exit 2), the rest checked', async (stored) => {
    const m = await measureBytes(dir, `number-${stored}.xlsx`, HOSTILE[numberCase(stored)]());
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
    const m = await measureBytes(dir, 'no-address.xlsx', HOSTILE.unaddressed());
    expect(m.status).toBe(1);
    expect(findingsOf(m).map((f) => [f.cell, f.rule])).toEqual([['C2', 'total']]);
    expectBounded(m);
  });
});

describe('figures past any budget, long chains, scientific notation', () => {
  it('an amount of 1 and 309 zeros: a warning at its cell, the other line still checked', async () => {
    const m = await measureBytes(dir, 'huge.xlsx', HOSTILE.hugeFigure());
    expect(findingsOf(m).map((f) => [f.cell, f.rule, f.severity])).toEqual([
      ['D4', 'unreadable', 'warning'],
      ['D5', 'product', 'error'],
    ]);
    expect(m.status).toBe(1);
    expectBounded(m);
  });

  it('a subtraction chain of 2,000 terms: every term kept, the exact expected value', async () => {
    const m = await measureBytes(dir, 'chain.xlsx', HOSTILE.longChain());
    const finding = findingsOf(m).find((f) => f.cell === 'D4');
    expect(finding).toMatchObject({ rule: 'product', expected: 8000000, actual: 9000000 });
    expect(finding?.explain.split(' − ')).toHaveLength(2001);
    expectBounded(m);
  });

  it('`1e308원` is one number (past any budget: a warning), never the label `1e` and 308원', async () => {
    const m = await measureBytes(dir, 'sci.xlsx', HOSTILE.scientific());
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
    const file = join(dir, 'unpatchable.xlsx');
    await writeFile(file, HOSTILE.unaddressed());
    const r = await runCaptured([file, '--lang', 'en'], { verify: verifyWorkbook });
    expect(r.status).toBe(2);
    expect(r.stdout).toContain('C2');
    expect(r.stderr).toBe(`budget-verify: ${join(dir, 'unpatchable.checked.xlsx')}: the annotated copy could not be written (the file can be neither patched as it is nor rebuilt; the findings above stand).\n`);
  });
});
