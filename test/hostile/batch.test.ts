/**
 * A batch with hostile files still reports every other file (issue 13): each file
 * is checked in a child process of the command line (src/cli/pool.ts), so a file
 * that is refused, damaged, or that takes its process down costs that file only.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runCaptured } from '../cli/capture';
import { makeTempDir } from '../file/workbooks';
import { book, budgetBook, budgetRows, inflatingRows, rawNumber } from './books';
import { makeFifo } from './fifo';
import { MAX_MS } from './measured';

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await makeTempDir()));
afterAll(() => cleanup());

async function file(name: string, bytes: Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, bytes);
  return path;
}

describe('a batch with hostile files', () => {
  it('reports each hostile file as its own error, every other file in full, in the order given, exit 2', async () => {
    const bomb = await file('bomb.xlsx', book([{ name: 'Budget', rows: inflatingRows(2.1 * 1024 ** 3), declaredSize: 1000 }]));
    const fifo = join(dir, 'pipe.xlsx');
    // The command line has no time limit of its own: a checking process that waited on the FIFO would hang the run.
    const release = makeFifo(fifo, MAX_MS);
    const damaged = await file('nan.xlsx', book([{ name: 'Budget', rows: budgetRows().replace('<c r="C3"><v>424960</v></c>', rawNumber('C3', 'NaN')) }]));
    const good = await file('good.xlsx', budgetBook(427000));
    const r = await runCaptured([bomb, fifo, damaged, good, '--json', '--no-write', '--lang', 'en']).finally(release);
    expect(r.status).toBe(2);
    const doc = JSON.parse(r.stdout);
    expect(doc.files.map((f: { file: string }) => f.file)).toEqual([bomb, fifo, damaged, good]);
    expect(doc.files[0].error).toMatch(/too large: unpacked, xl\/worksheets\/sheet1\.xml is over 256 MiB/);
    expect(doc.files[1].error).toMatch(/not a regular file/);
    expect(doc.files[2].damaged).toEqual([{ sheet: 'Budget', cell: 'C3', stored: 'NaN' }]);
    expect(doc.files[3].findings.map((f: { cell: string }) => f.cell)).toEqual(['C2']);
    expect(doc.summary).toMatchObject({ files: 4, unreadable: 2, damaged: 1 });
  }, 120_000);

  it('a file that exhausts its process’s memory is that file’s error; the others complete', async () => {
    // Within the cell limit, but more than a 256 MiB heap holds.
    const heavy = await file('heavy.xlsx', book([{ name: 'Budget', rows: inflatingRows(3_500_000 * 16) }]));
    const good = await file('good.xlsx', budgetBook(427000));
    const r = await runCaptured([heavy, good, '--no-write', '--max-memory', '256']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`budget-verify: ${heavy}: 이 파일을 검산하다 메모리가 부족해 중단했습니다. 다른 파일의 검산에는 영향이 없습니다.\n`);
    expect(r.stdout).toContain(`${good}\n  시트`);
    expect(r.stdout).toContain('전체 2개 파일 (읽지 못한 파일 1개): 오류 1건');
  }, 120_000);
});
