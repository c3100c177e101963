/**
 * Hostile workbooks (issue 13): small files that inflate to gigabytes, sheets of
 * millions of cells, values and merges at the far corner of the sheet, files that
 * are not files. Each case gives a clear message or a correct result, exit status
 * as the command line would give it, within 20 s and 1 GB measured in a child process.
 */
import { join } from 'node:path';
import { HOSTILE } from './cases';
import { errorOf, expectBounded, measure, measureBytes } from './measured';
import { makeTempDir } from '../file/workbooks';

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await makeTempDir()));
afterAll(() => cleanup());

describe('a small file that inflates', () => {
  it('past 2 GiB in one sheet, its directory honest: refused before inflating, exit 2', async () => {
    const bytes = HOSTILE.bomb();
    expect(bytes.length).toBeLessThan(12 * 1024 * 1024);
    const m = await measureBytes(dir, 'bomb.xlsx', bytes);
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

  it('past 512 MiB in all, each part under its own limit: stopped at the total', async () => {
    const m = await measureBytes(dir, 'total.xlsx', HOSTILE.packageTotal());
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
  it('one value at XFD1048576: read in memory proportional to the cells, the table still checked', async () => {
    const m = await measureBytes(dir, 'far.xlsx', HOSTILE.farValue());
    expect(m.status).toBe(1);
    expect('findings' in m.outcome && m.outcome.findings.map((f) => f.cell)).toContain('C2');
    expectBounded(m);
  });

  it('a merge F1:XFD1048576 beside the table: clipped to the used range, the table still checked', async () => {
    const m = await measureBytes(dir, 'merge.xlsx', HOSTILE.farMerge());
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

  it('an address no sheet can have (AAAAAAAA1): a damaged file, said in our words', async () => {
    const m = await measureBytes(dir, 'address.xlsx', HOSTILE.badAddress());
    expect(m.status).toBe(2);
    expect(errorOf(m)).toMatch(/The file is damaged: sheet 'Budget' has a cell address no sheet can have \(AAAAAAAA1\)\./);
    expectBounded(m);
  });

  it('a row past 1,048,576 or a column past XFD: damaged, said in our words', async () => {
    const pastRow = await measureBytes(dir, 'row.xlsx', HOSTILE.rowPastEnd(), 'ko');
    expect(pastRow.status).toBe(2);
    expect(errorOf(pastRow)).toMatch(/시트 'Budget'에 있을 수 없는 셀 주소\(1048577\)/);
    expectBounded(pastRow);
    const pastColumn = await measureBytes(dir, 'column.xlsx', HOSTILE.columnPastEnd());
    expect(pastColumn.status).toBe(2);
    expect(errorOf(pastColumn)).toMatch(/sheet 'Budget' has a cell address no sheet can have \(XFE5\)/);
  });
});

describe('books the fast reader leaves to exceljs are measured first', () => {
  it('a merge over the whole sheet: refused rather than built cell by cell', async () => {
    const m = await measureBytes(dir, 'dated-merge.xlsx', HOSTILE.datedMerge());
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

describe('what is not a regular file', () => {
  it('a FIFO is refused at once, never waited on', async () => {
    const { execFileSync } = await import('node:child_process');
    const fifo = join(dir, 'pipe.xlsx');
    execFileSync('mkfifo', [fifo]);
    const m = await measure(fifo, 'ko');
    expect(m.status).toBe(2);
    expect(errorOf(m)).toBe(`${fifo}: 일반 파일이 아닙니다(파이프나 장치 등). 읽지 않았습니다.`);
    expect(m.ms).toBeLessThan(2000);
  });

  it('/dev/zero is refused at once, never read', async () => {
    const m = await measure('/dev/zero');
    expect(errorOf(m)).toBe('/dev/zero: is not a regular file (a pipe, a device…); it was not read.');
    expect(m.ms).toBeLessThan(2000);
    expectBounded(m);
  });

  it('a folder is a folder', async () => {
    const m = await measure(dir);
    expect(errorOf(m)).toBe(`${dir}: is a folder, not an .xlsx file.`);
  });
});
