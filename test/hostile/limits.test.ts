/**
 * Hostile workbooks (issue 13): small files that inflate to gigabytes, sheets of
 * millions of cells, values and merges at the far corner of the sheet, files that
 * are not files. Each case gives a clear message or a correct result, exit status
 * as the command line would give it, within 20 s and 1 GB measured in a child process.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { HOSTILE } from './cases';
import { makeFifo } from './fifo';
import { boundFor, errorOf, expectBounded, measure, measureAll, measureBytes, measureCases, MAX_MS, tablesOf, writeErrorOf } from './measured';
import type { Measured } from './measure';
import { makeTempDir } from '../file/workbooks';

let dir: string;
let cleanup: () => Promise<void>;
/**
 * Cases refused or read at a process's baseline memory (about 210 MB under ts-node): checked
 * one after another in one process (measured.ts), its peak a bound on each. Those that need
 * memory of their own (an inflater stopped at its limit, millions of cells, a sparse walk) or
 * that are not files are measured alone.
 */
let light: Map<string, Measured>;
beforeAll(async () => {
  ({ dir, cleanup } = await makeTempDir());
  light = await measureCases(dir, [
    { name: 'bomb.xlsx', bytes: HOSTILE.bomb() },
    { name: 'total.xlsx', bytes: HOSTILE.packageTotal() },
    { name: 'far.xlsx', bytes: HOSTILE.farValue() },
    { name: 'merge.xlsx', bytes: HOSTILE.farMerge() },
    { name: 'address.xlsx', bytes: HOSTILE.badAddress() },
    { name: 'row.xlsx', bytes: HOSTILE.rowPastEnd(), language: 'ko' },
    { name: 'column.xlsx', bytes: HOSTILE.columnPastEnd() },
    { name: 'dated-merge.xlsx', bytes: HOSTILE.datedMerge() },
  ]);
}, boundFor(8) + 10_000);
afterAll(() => cleanup());

const lightCase = (name: string): Measured => {
  const m = light.get(name);
  if (!m) throw new Error(`${name} is not among the cases measured`);
  return m;
};

describe('a small file that inflates', () => {
  it('past 2 GiB in one sheet, its directory honest: refused before inflating, exit 2', () => {
    expect(HOSTILE.bomb().length).toBeLessThan(12 * 1024 * 1024);
    const m = lightCase('bomb.xlsx');
    expect(m.status).toBe(2);
    expect(errorOf(m)).toMatch(/This file is too large: unpacked, xl\/worksheets\/sheet1\.xml is over 256 MiB\./);
    expectBounded(m);
  });

  it('past 2 GiB with a directory that says 1 KB: stopped while inflating at the part limit', async () => {
    const m = await measureBytes(dir, 'lying.xlsx', HOSTILE.lyingBomb(), 'ko');
    expect(m.status).toBe(2);
    expect(errorOf(m)).toMatch(/이 파일은 너무 큽니다: 압축을 풀면 xl\/worksheets\/sheet1\.xml이\(가\) 256 MiB를 넘습니다\./);
    expectBounded(m);
  });

  it('past 512 MiB in all, each part under its own limit: stopped at the total', () => {
    const m = lightCase('total.xlsx');
    expect(m.status).toBe(2);
    expect(errorOf(m)).toMatch(/This file is too large: unpacked, it is over 512 MiB\./);
    expectBounded(m);
  });
});

describe('a sheet of many cells', () => {
  it('over four million cells: refused at the limit while reading', async () => {
    const m = await measureBytes(dir, 'cells.xlsx', HOSTILE.manyCells());
    expect(m.status).toBe(2);
    expect(errorOf(m)).toMatch(/This file is too large: sheet 'Budget' has over 4,000,000 cells\./);
    expectBounded(m);
  });
});

describe('far references', () => {
  it('one value at XFD1048576: read in memory proportional to the cells, the table still checked', () => {
    const m = lightCase('far.xlsx');
    expect(m.status).toBe(1);
    expect('findings' in m.outcome && m.outcome.findings.map((f) => f.cell)).toContain('C2');
    expectBounded(m);
  });

  it('a merge F1:XFD1048576 beside the table: clipped to the used range, the table still checked', () => {
    const m = lightCase('merge.xlsx');
    expect(m.status).toBe(1);
    expect('findings' in m.outcome && m.outcome.findings.map((f) => f.cell)).toContain('C2');
    expectBounded(m);
  });

  it('a few hundred rows with a value at column XFD: read sparse, the table still checked', async () => {
    const m = await measureBytes(dir, 'sparse.xlsx', HOSTILE.sparse());
    expect(m.status).toBe(1);
    expect('findings' in m.outcome && m.outcome.findings.map((f) => f.cell)).toContain('C2');
    expectBounded(m);
  });

  it('200,000 rows each with one value at column XFD: too spread to walk, a clear refusal', async () => {
    const m = await measureBytes(dir, 'spread.xlsx', HOSTILE.spread(), 'ko');
    expect(m.status).toBe(2);
    expect(errorOf(m)).toMatch(/이 파일은 너무 큽니다: 시트 'Budget'의 셀이 너무 넓게 흩어져 있습니다\./);
    expectBounded(m);
  });

  it('an address no sheet can have (AAAAAAAA1): a damaged file, said in our words', () => {
    const m = lightCase('address.xlsx');
    expect(m.status).toBe(2);
    expect(errorOf(m)).toMatch(/The file is damaged: sheet 'Budget' has a cell address no sheet can have \(AAAAAAAA1\)\./);
    expectBounded(m);
  });

  it('a row past 1,048,576 or a column past XFD: damaged, said in our words', () => {
    const pastRow = lightCase('row.xlsx');
    expect(pastRow.status).toBe(2);
    expect(errorOf(pastRow)).toMatch(/시트 'Budget'에 있을 수 없는 셀 주소\(1048577\)/);
    expectBounded(pastRow);
    const pastColumn = lightCase('column.xlsx');
    expect(pastColumn.status).toBe(2);
    expect(errorOf(pastColumn)).toMatch(/sheet 'Budget' has a cell address no sheet can have \(XFE5\)/);
  });
});

describe('books the fast reader leaves to exceljs are measured first', () => {
  it('a merge over the whole sheet: refused rather than built cell by cell', () => {
    const m = lightCase('dated-merge.xlsx');
    expect(m.status).toBe(2);
    expect(errorOf(m)).toMatch(/This file is too large: the cells of sheet 'Budget' are spread too far apart\./);
    expectBounded(m);
  });

  it('a picture that inflates to 2 GiB: refused before exceljs inflates it', async () => {
    const m = await measureBytes(dir, 'dated-bomb.xlsx', HOSTILE.datedBomb());
    expect(m.status).toBe(2);
    expect(errorOf(m)).toMatch(/This file is too large: unpacked, xl\/media\/image1\.png is over 256 MiB\./);
    expectBounded(m);
  });
});

describe('a copy exceljs writes from a book the fast reader read is measured first', () => {
  // Dates as Excel writes them are read fast; without a styles relationship the patcher cannot write the copy.
  const copied = async (name: string, bytes: Uint8Array) => {
    const file = join(dir, name);
    await writeFile(file, bytes);
    return measure(file, 'en', join(dir, `${name}.checked.xlsx`));
  };

  it('a merge over the whole sheet: the table checked, the copy refused rather than built cell by cell', async () => {
    const m = await copied('styled-merge.xlsx', HOSTILE.styledDateMerge());
    expect(m.status).toBe(2);
    expect(writeErrorOf(m)).toMatch(/This file is too large: the cells of sheet 'Budget' are spread too far apart\./);
    expect(tablesOf(m)).toBe(1);
    expectBounded(m);
  });

  it('a picture that inflates to 2 GiB: the copy refused before exceljs inflates it', async () => {
    const m = await copied('styled-bomb.xlsx', HOSTILE.styledDateBomb());
    expect(m.status).toBe(2);
    expect(writeErrorOf(m)).toMatch(/This file is too large: unpacked, xl\/media\/image1\.png is over 256 MiB\./);
    expectBounded(m);
  });
});

describe('what is not a regular file', () => {
  // A FIFO, a device and a folder, one after another in one process; the FIFO released past 20 s (fifo.ts).
  let fifo: string;
  let fifoCase: Measured;
  let zeroCase: Measured;
  let folderCase: Measured;
  beforeAll(async () => {
    fifo = join(dir, 'pipe.xlsx');
    const release = makeFifo(fifo, MAX_MS);
    const jobs = [{ file: fifo, language: 'ko' as const }, { file: '/dev/zero' }, { file: dir }];
    [fifoCase, zeroCase, folderCase] = (await measureAll(jobs).finally(release)) as [Measured, Measured, Measured];
  }, boundFor(3) + 10_000);

  it('a FIFO is refused at once, never waited on', () => {
    expect(fifoCase.status).toBe(2);
    expect(errorOf(fifoCase)).toBe(`${fifo}: 일반 파일이 아닙니다(파이프나 장치 등). 읽지 않았습니다.`);
    expect(fifoCase.ms).toBeLessThan(2000);
  });

  it('/dev/zero is refused at once, never read', () => {
    expect(errorOf(zeroCase)).toBe('/dev/zero: is not a regular file (a pipe, a device…); it was not read.');
    expect(zeroCase.ms).toBeLessThan(2000);
    expectBounded(zeroCase);
  });

  it('a folder is a folder', () => {
    expect(errorOf(folderCase)).toBe(`${dir}: is a folder, not an .xlsx file.`);
  });
});
