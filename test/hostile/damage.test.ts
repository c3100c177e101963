/**
 * Broken workbooks never pass as clean (issue 13): a duplicated part, a part the
 * workbook refers to and lacks, a cut sheet, overlapping merges, a truncated zip,
 * number cells that store no number. Each is an error or a warning and never
 * exit 0; a valid oddity (a cell without its address) is read, not refused with
 * JavaScript's words. The cases are small: all of them are checked one after another in
 * one child process (measured.ts: loading the checker costs seconds, each check
 * milliseconds), each within 20 s, the process within 1 GB.
 */
import { HOSTILE, numberCase, STORED_NOT_NUMBERS } from './cases';
import { boundFor, errorOf, expectBounded, measureCases } from './measured';
import type { Measured } from './measure';
import { makeTempDir } from '../file/workbooks';

const CASES = [
  { name: 'duplicate.xlsx', bytes: HOSTILE.duplicate(), language: 'ko' as const },
  { name: 'case.xlsx', bytes: HOSTILE.caseDuplicate() },
  { name: 'no-strings.xlsx', bytes: HOSTILE.noStrings() },
  { name: 'short-strings.xlsx', bytes: HOSTILE.shortStrings() },
  { name: 'cut.xlsx', bytes: HOSTILE.cutSheet() },
  { name: 'overlap.xlsx', bytes: HOSTILE.overlappingMerges() },
  { name: 'half.xlsx', bytes: HOSTILE.halfZip() },
  ...STORED_NOT_NUMBERS.map((stored) => ({ name: `number-${stored}.xlsx`, bytes: HOSTILE[numberCase(stored)]() })),
  { name: 'no-address.xlsx', bytes: HOSTILE.unaddressed() },
  { name: 'huge.xlsx', bytes: HOSTILE.hugeFigure() },
  { name: 'chain.xlsx', bytes: HOSTILE.longChain() },
  { name: 'sci.xlsx', bytes: HOSTILE.scientific() },
];

let dir: string;
let cleanup: () => Promise<void>;
let measured: Map<string, Measured>;
beforeAll(async () => {
  ({ dir, cleanup } = await makeTempDir());
  measured = await measureCases(dir, CASES);
}, boundFor(CASES.length) + 10_000);
afterAll(() => cleanup());

/** What came of the case written as `name`. */
function caseNamed(name: string): Measured {
  const m = measured.get(name);
  if (!m) throw new Error(`${name} is not among the cases measured`);
  return m;
}

const findingsOf = (m: Measured) => ('findings' in m.outcome ? m.outcome.findings : []);

describe('a damaged package is an error, exit 2', () => {
  it('two entries with one name (a zip reader would keep either)', () => {
    const m = caseNamed('duplicate.xlsx');
    expect(m.status).toBe(2);
    expect(errorOf(m)).toMatch(/파일이 손상되었습니다: 같은 이름의 부분\(xl\/worksheets\/sheet1\.xml\)이 두 번 들어 있어/);
    expectBounded(m);
  });

  it('two entries whose names differ only in case', () => {
    const m = caseNamed('case.xlsx');
    expect(m.status).toBe(2);
    expect(errorOf(m)).toMatch(/it holds two parts named XL\/Worksheets\/Sheet1\.xml/);
  });

  it('its shared strings referred to and missing (every text cell would read as blank)', () => {
    const m = caseNamed('no-strings.xlsx');
    expect(m.status).toBe(2);
    expect(errorOf(m)).toMatch(/The file is damaged: the part xl\/sharedStrings\.xml it refers to is missing\./);
    expectBounded(m);
  });

  it('a text cell pointing past its shared strings', () => {
    const m = caseNamed('short-strings.xlsx');
    expect(m.status).toBe(2);
    expect(errorOf(m)).toMatch(/the part xl\/sharedStrings\.xml #7 it refers to is missing/);
  });

  it('a sheet cut before its end', () => {
    const m = caseNamed('cut.xlsx');
    expect(m.status).toBe(2);
    expect(errorOf(m)).toMatch(/The file is damaged: xl\/worksheets\/sheet1\.xml stops before its end\./);
  });

  it('merged areas that overlap', () => {
    const m = caseNamed('overlap.xlsx');
    expect(m.status).toBe(2);
    expect(errorOf(m)).toMatch(/on sheet 'Budget' the merged area B7:C8 overlaps another/);
  });

  it('a zip cut in half', () => {
    const m = caseNamed('half.xlsx');
    expect(m.status).toBe(2);
    expect(errorOf(m)).toMatch(/The file is damaged: its zip structure is broken\./);
  });
});

describe('number cells that store no number', () => {
  it.each(STORED_NOT_NUMBERS)('%s: a warning at its cell, the file damaged (exit 2), the rest checked', (stored) => {
    const m = caseNamed(`number-${stored}.xlsx`);
    expect(m.status).toBe(2);
    if (!('findings' in m.outcome)) throw new Error(errorOf(m));
    expect(m.outcome.damaged).toEqual([{ sheet: 'Budget', cell: 'C3', stored }]);
    expect(m.outcome.warnings[0]).toBe(`The file is damaged: cell C3 of sheet 'Budget' stores "${stored}" as a number; that cell was not checked.`);
    expect(m.outcome.findings.find((f) => f.cell === 'C3')).toMatchObject({ rule: 'unreadable', severity: 'warning' });
    expectBounded(m);
  });
});

describe('a valid oddity is read', () => {
  it('rows and cells without their address (they follow the one before): read in place', () => {
    const m = caseNamed('no-address.xlsx');
    expect(m.status).toBe(1);
    expect(findingsOf(m).map((f) => [f.cell, f.rule])).toEqual([['C2', 'total']]);
    expectBounded(m);
  });
});

describe('figures past any budget, long chains, scientific notation', () => {
  it('an amount of 1 and 309 zeros: a warning at its cell, the other line still checked', () => {
    const m = caseNamed('huge.xlsx');
    expect(findingsOf(m).map((f) => [f.cell, f.rule, f.severity])).toEqual([
      ['D4', 'unreadable', 'warning'],
      ['D5', 'product', 'error'],
    ]);
    expect(m.status).toBe(1);
    expectBounded(m);
  });

  it('a subtraction chain of 2,000 terms: every term kept, the exact expected value', () => {
    const m = caseNamed('chain.xlsx');
    const finding = findingsOf(m).find((f) => f.cell === 'D4');
    expect(finding).toMatchObject({ rule: 'product', expected: 8000000, actual: 9000000 });
    expect(finding?.explain.split(' − ')).toHaveLength(2001);
    expectBounded(m);
  });

  it('`1e308원` is one number (past any budget: a warning), never the label `1e` and 308원', () => {
    const m = caseNamed('sci.xlsx');
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
