/**
 * Nothing a user wrote is ever replaced (issue 13): an existing NAME.checked.xlsx is
 * replaced only when it is our own copy as we wrote it; a reviewer's file of that
 * name, our copy edited and saved again, or a link to someone's file is left byte
 * for byte, and the copy goes to NAME.checked (2).xlsx with a word saying so. No
 * temporary file is left behind.
 */
import { readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import { verifyWorkbook } from '../../src/engine/index';
import { isMarkedCopy } from '../../src/file/patch/copyMark';
import { runCaptured } from '../cli/capture';
import { makeTempDir } from '../file/workbooks';
import { budgetBook } from './books';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await makeTempDir()));
afterEach(() => cleanup());

const run = (argv: string[]) => runCaptured(argv, { verify: verifyWorkbook });

async function input(): Promise<string> {
  const file = join(dir, 'budget.xlsx');
  await writeFile(file, budgetBook(427000));
  return file;
}

describe('an existing NAME.checked.xlsx', () => {
  it('that we did not write is left as it is; the copy goes to NAME.checked (2).xlsx, and we say so', async () => {
    const file = await input();
    const theirs = join(dir, 'budget.checked.xlsx');
    const mine = new Workbook();
    mine.addWorksheet('검토 메모').getCell('A1').value = '제가 고친 사본입니다';
    await mine.xlsx.writeFile(theirs);
    const before = await readFile(theirs);
    const r = await run([file, '--lang', 'en']);
    expect(r.status).toBe(1);
    expect((await readFile(theirs)).equals(before)).toBe(true);
    const second = join(dir, 'budget.checked (2).xlsx');
    expect(r.stdout).toContain(`Annotated copy: ${second}`);
    expect(r.stdout).toContain(`${theirs} was not written by budget-verify (or was changed since), so it was left as it is and the copy was written to ${second}.`);
    expect(isMarkedCopy(await readFile(second))).toBe(true);
    const json = await run([file, '--json']);
    // Our (2) is ours now: replaced, not a (3).
    expect(JSON.parse(json.stdout).files[0]).toMatchObject({ annotated: second, notOverwritten: theirs });
    expect((await readdir(dir)).sort()).toEqual(['budget.checked (2).xlsx', 'budget.checked.xlsx', 'budget.xlsx']);
  });

  it('that is our own copy, unedited, is replaced', async () => {
    const file = await input();
    await run([file]);
    const r = await run([file]);
    expect(r.stdout).toContain(`검산 사본: ${join(dir, 'budget.checked.xlsx')}`);
    expect(r.stdout).not.toContain('덮어쓰지 않고');
    expect((await readdir(dir)).sort()).toEqual(['budget.checked.xlsx', 'budget.xlsx']);
  });

  it('that is our copy edited and saved again is the reviewer’s now: kept', async () => {
    const file = await input();
    await run([file]);
    const copy = join(dir, 'budget.checked.xlsx');
    const edited = new Workbook();
    await edited.xlsx.readFile(copy);
    const sheet = edited.worksheets[0];
    if (sheet) sheet.getCell('F1').value = '검토 완료';
    await edited.xlsx.writeFile(copy);
    const before = await readFile(copy);
    const r = await run([file]);
    expect((await readFile(copy)).equals(before)).toBe(true);
    expect(r.stdout).toContain(`검산 사본: ${join(dir, 'budget.checked (2).xlsx')}`);
    expect(r.stdout).toContain('덮어쓰지 않고');
  });

  it('that is a link to someone’s file: the file behind it is never written through', async () => {
    const file = await input();
    const elsewhere = join(dir, 'precious.txt');
    await writeFile(elsewhere, '중요한 문서');
    await symlink(elsewhere, join(dir, 'budget.checked.xlsx'));
    await run([file]);
    expect(await readFile(elsewhere, 'utf8')).toBe('중요한 문서');
    expect(await readdir(dir)).toContain('budget.checked (2).xlsx');
  });
});

describe('temporary files', () => {
  it('are gone after a copy is written, and after a write that failed', async () => {
    const file = await input();
    await run([file, '--out', join(dir, 'out')]);
    expect(await readdir(join(dir, 'out'))).toEqual(['budget.checked.xlsx']);
    // An output folder that is a file: the write fails in our words, and nothing is left.
    await writeFile(join(dir, 'blocked'), '');
    const r = await run([file, '--out', join(dir, 'blocked', 'sub'), '--lang', 'en']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('the annotated copy could not be written (part of the output path is not a folder)');
    expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});
