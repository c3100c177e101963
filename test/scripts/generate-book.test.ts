/** The book generator: seeded, sized as asked, and its .xlsx reads back to the same findings. */
import { join } from 'node:path';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { verifyWorkbook } from '../../src/engine';
import { readWorkbook } from '../../src/file/index';
import { parseSheetText, toSnapshot } from '../../scripts/sheet-text';
import { bookSnapshot, bookText, generateBook, rowCount, writeBookXlsx } from '../../scripts/generate-book';

describe('generateBook', () => {
  it('is deterministic in its seed', () => {
    const a = generateBook({ seed: 42, layout: 'statement', projects: 3, errors: 2 });
    const b = generateBook({ seed: 42, layout: 'statement', projects: 3, errors: 2 });
    const c = generateBook({ seed: 43, layout: 'statement', projects: 3, errors: 2 });
    expect(bookText(a)).toBe(bookText(b));
    expect(a.injected).toEqual(b.injected);
    expect(bookText(a)).not.toBe(bookText(c));
  });

  it.each(['statement', 'seed'] as const)('makes about a hundred rows a project (%s)', (layout) => {
    const rows = rowCount(generateBook({ seed: 5, layout, projects: 40 }));
    expect(rows / 40).toBeGreaterThan(70);
    expect(rows / 40).toBeLessThan(130);
  });

  it('writes the statement page furniture the layout has: footers, page headers, repeated column headers', () => {
    const text = bookText(generateBook({ seed: 9, layout: 'statement', projects: 3 }));
    expect(text).toMatch(/^ \| {2}\| {2}\| {2}\| {2}\| - 1 -$/m);
    expect(text).toMatch(/^부서: .+ \| {2}\| 정책: /m);
    expect(text.match(/^부서 \| 정책 \| 단위 \| 세부사업 \| 편성목 \| 산출내역 \| 산출기초 \| 예산액 \| 전년도 \| 비교증감$/gm)?.length).toBeGreaterThan(2);
    expect(text).toMatch(/^ \| {2}\| {2}\| {2}\| (국|도|시|군|기금) \|/m);
  });

  it('gives the same snapshot from its sheet text as directly', () => {
    const book = generateBook({ seed: 3, layout: 'seed', projects: 3, perSheet: 2 });
    expect(toSnapshot(parseSheetText(bookText(book)))).toEqual(bookSnapshot(book));
  });

  it('rejects sizes outside 1 to 5,000 projects', () => {
    expect(() => generateBook({ seed: 1, layout: 'statement', projects: 0 })).toThrow(RangeError);
    expect(() => generateBook({ seed: 1, layout: 'statement', projects: 5001 })).toThrow(RangeError);
  });
});

describe('writeBookXlsx', () => {
  let dir: string;
  beforeAll(async () => (dir = await mkdtemp(join(tmpdir(), 'budget-book-'))));
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it.each(['statement', 'seed'] as const)('writes a workbook the file adapter reads back to the same findings (%s)', async (layout) => {
    const book = generateBook({ seed: 11, layout, projects: 6, perSheet: 3, errors: 3 });
    const path = join(dir, `${layout}.xlsx`);
    await writeBookXlsx(book, path);
    const { snapshot } = await readWorkbook(path);
    const fromFile = verifyWorkbook(snapshot).findings.map((f) => `${f.sheet}!${f.cell} ${f.rule}`);
    const direct = verifyWorkbook(bookSnapshot(book)).findings.map((f) => `${f.sheet}!${f.cell} ${f.rule}`);
    expect(fromFile).toEqual(direct);
    expect(fromFile.map((f) => f.split(' ')[0]).sort()).toEqual(book.injected.map((i) => `${i.sheet}!${i.cell}`).sort());
  });
});
