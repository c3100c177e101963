/**
 * Hostile workbooks (issue 13): small files that inflate to gigabytes, sheets of
 * millions of cells, values and merges at the far corner of the sheet, files that
 * are not files. Each case gives a clear message or a correct result, exit status
 * as the command line would give it, within 20 s and 1 GB measured in a child process.
 */
import { join } from 'node:path';
import { book, budgetRows, cell, inflatingRows, row, sheetXml } from './books';
import { errorOf, expectBounded, measure, measureBytes } from './measured';
import { makeTempDir } from '../file/workbooks';
import { bomb } from './zip';

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await makeTempDir()));
afterAll(() => cleanup());

const GiB = 1024 ** 3;
/** The base table with C2 stated 660 too low: one error finding shows the sheet was checked. */
const WRONG = 427000;

describe('a small file that inflates', () => {
  it('past 2 GiB in one sheet, its directory honest: refused before inflating, exit 2', async () => {
    const bytes = book([{ name: 'Budget', rows: inflatingRows(2.1 * GiB) }]);
    expect(bytes.length).toBeLessThan(12 * 1024 * 1024);
    const m = await measureBytes(dir, 'bomb.xlsx', bytes);
    expect(m.status).toBe(2);
    expect(errorOf(m)).toMatch(/This file is too large: unpacked, xl\/worksheets\/sheet1\.xml is over 256 MiB\./);
    expectBounded(m);
  });

  it('past 2 GiB with a directory that says 1 KB: stopped while inflating at the part limit', async () => {
    const lying = book([{ name: 'Budget', rows: inflatingRows(2.1 * GiB), declaredSize: 1024 }]);
    const m = await measureBytes(dir, 'lying.xlsx', lying, 'ko');
    expect(m.status).toBe(2);
    expect(errorOf(m)).toMatch(/이 파일은 너무 큽니다: 압축을 풀면 xl\/worksheets\/sheet1\.xml이\(가\) 256 MiB를 넘습니다\./);
    expectBounded(m);
  });

  it('past 512 MiB in all, each part under its own limit: stopped at the total', async () => {
    const padding = (mb: number) => {
      const spaces = ' '.repeat(1024 * 1024);
      const head = bomb(sheetXml(budgetRows()).replace('</worksheet>', ''), 1);
      const body = bomb(spaces, mb);
      const tail = bomb('</worksheet>', 1);
      const deflated = new Uint8Array(head.deflated.length - 2 + body.deflated.length - 2 + tail.deflated.length);
      deflated.set(head.deflated.subarray(0, head.deflated.length - 2));
      deflated.set(body.deflated.subarray(0, body.deflated.length - 2), head.deflated.length - 2);
      deflated.set(tail.deflated, head.deflated.length - 2 + body.deflated.length - 2);
      return { deflated, size: head.size + body.size + tail.size };
    };
    const sheets = [1, 2, 3].map((n) => ({ name: `S${n}`, rows: padding(200) }));
    const m = await measureBytes(dir, 'total.xlsx', book(sheets));
    expect(m.status).toBe(2);
    expect(errorOf(m)).toMatch(/This file is too large: unpacked, it is over 512 MiB\./);
    expectBounded(m);
  });
});

describe('a sheet of many cells', () => {
  it('over four million cells: refused at the limit while reading', async () => {
    const m = await measureBytes(dir, 'cells.xlsx', book([{ name: 'Budget', rows: inflatingRows(4_100_000 * 16) }]));
    expect(m.status).toBe(2);
    expect(errorOf(m)).toMatch(/This file is too large: sheet 'Budget' has over 4,000,000 cells\./);
    expectBounded(m);
  });
});

describe('far references', () => {
  it('one value at XFD1048576: read in memory proportional to the cells, the table still checked', async () => {
    const rows = budgetRows(WRONG) + row(1048576, cell('XFD1048576', 1));
    const m = await measureBytes(dir, 'far.xlsx', book([{ name: 'Budget', rows }]));
    expect(m.status).toBe(1);
    expect('findings' in m.outcome && m.outcome.findings.map((f) => f.cell)).toContain('C2');
    expectBounded(m);
  });

  it('a merge F1:XFD1048576 beside the table: clipped to the used range, the table still checked', async () => {
    const rows = budgetRows(WRONG);
    const m = await measureBytes(dir, 'merge.xlsx', book([{ name: 'Budget', rows, merges: ['F1:XFD1048576'] }]));
    expect(m.status).toBe(1);
    expect('findings' in m.outcome && m.outcome.findings.map((f) => f.cell)).toContain('C2');
    expectBounded(m);
  });

  it('a few hundred rows with a value at column XFD: read sparse, the table still checked', async () => {
    let rows = budgetRows(WRONG);
    for (let r = 10; r < 410; r++) rows += row(r * 2000, cell(`XFD${r * 2000}`, r));
    const m = await measureBytes(dir, 'sparse.xlsx', book([{ name: 'Budget', rows }]));
    expect(m.status).toBe(1);
    expect('findings' in m.outcome && m.outcome.findings.map((f) => f.cell)).toContain('C2');
    expectBounded(m);
  });

  it('200,000 rows each with one value at column XFD: too spread to walk, a clear refusal', async () => {
    let rows = budgetRows();
    for (let r = 10; r < 200_010; r++) rows += row(r, cell(`XFD${r}`, r));
    const m = await measureBytes(dir, 'spread.xlsx', book([{ name: 'Budget', rows }]), 'ko');
    expect(m.status).toBe(2);
    expect(errorOf(m)).toMatch(/이 파일은 너무 큽니다: 시트 'Budget'의 셀이 너무 넓게 흩어져 있습니다\./);
    expectBounded(m);
  });

  it('an address no sheet can have (AAAAAAAA1): a damaged file, said in our words', async () => {
    const rows = budgetRows() + row(5, cell('AAAAAAAA1', 1));
    const m = await measureBytes(dir, 'address.xlsx', book([{ name: 'Budget', rows }]));
    expect(m.status).toBe(2);
    expect(errorOf(m)).toMatch(/The file is damaged: sheet 'Budget' has a cell address no sheet can have \(AAAAAAAA1\)\./);
    expectBounded(m);
  });
});

describe('books the fast reader leaves to exceljs are measured first', () => {
  /** A date-formatted cell makes the fast reader hand the book to exceljs. */
  const styles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>`;
  const dated = budgetRows() + row(6, '<c r="A6" s="1"><v>44000</v></c>');

  it('a merge over the whole sheet: refused rather than built cell by cell', async () => {
    const { withPart } = await import('./rebuild');
    const bytes = withPart(book([{ name: 'Budget', rows: dated, merges: ['A10:XFD1048576'] }]), 'xl/styles.xml', styles);
    const m = await measureBytes(dir, 'dated-merge.xlsx', bytes);
    expect(m.status).toBe(2);
    expect(errorOf(m)).toMatch(/This file is too large: the cells of sheet 'Budget' are spread too far apart\./);
    expectBounded(m);
  });

  it('a picture that inflates to 2 GiB: refused before exceljs inflates it', async () => {
    const { withPart } = await import('./rebuild');
    const bytes = withPart(book([{ name: 'Budget', rows: dated }], { extra: [{ name: 'xl/media/image1.png', data: bomb('\0'.repeat(65536), 32768), declaredSize: 100 }] }), 'xl/styles.xml', styles);
    const m = await measureBytes(dir, 'dated-bomb.xlsx', bytes);
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
