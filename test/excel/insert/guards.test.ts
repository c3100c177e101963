/**
 * Inserting where it cannot be done: a clear HostError, and nothing changed —
 * not one cell, merge, note or record (no write command is even sent).
 */
import { fixContent } from '../../../src/engine/notation';
import { verifyWorkbook } from '../../../src/engine/verify';
import type { TemplateRequest } from '../../../src/engine/templates/plan';
import { OfficeHost } from '../../../src/excel/officeHost';
import { HostError } from '../../../src/host/port';
import type { FakeBook } from '../fake/book';
import { cellKeyOf } from '../fake/model';
import { bookFromText, hostOf, numericSeed, seedBook, SEED_SHEET, select } from './books';

jest.setTimeout(60_000);

const AD: TemplateRequest = {
  template: 'basis-item', sheet: SEED_SHEET, cell: 'B29', level: 2,
  label: '홍보영상 제작', unitPrice: 500_000, counts: [{ value: 4, counter: '편' }],
};

async function refused(book: FakeBook, request: TemplateRequest, code: HostError['code'], words: RegExp): Promise<void> {
  const before = JSON.stringify(book.data);
  const runs = book.runs.length;
  const error = await hostOf(book).insert(request).then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(HostError);
  expect((error as HostError).code).toBe(code);
  expect((error as HostError).message).toMatch(words);
  expect(JSON.stringify(book.data)).toBe(before);
  expect(book.runs.slice(runs).flat().every((s) => s.writes === 0)).toBe(true);
}

describe('insert refuses, clearly and changing nothing', () => {
  it('on a protected sheet', async () => {
    const book = numericSeed();
    book.sheet(SEED_SHEET).protected = true;
    await refused(book, AD, 'protected', /사업설명서/);
  });

  it('on a read-only workbook, and while a cell is being edited', async () => {
    const readOnly = numericSeed();
    readOnly.data.readOnly = true;
    await refused(readOnly, AD, 'read-only', /read-only|읽기 전용/);
    const editing = numericSeed();
    editing.editMode = true;
    await refused(editing, AD, 'edit-mode', /Enter|편집/);
  });

  it('at the bottom of the sheet: the last row is in use, so no row can go in', async () => {
    const book = bookFromText(['@sheet 산출근거', '@row 1048574', '과목구분 | 산출내역 |  | ', '여비 | ○ 국내여비 50,000원*4명 | = | 200천원', ' | ○ 국외여비 1,500,000원*2명 | = | 3,000천원'].join('\n'));
    expect(Object.keys(book.sheet('산출근거').cells)).toContain(cellKeyOf(1_048_575, 1));
    select(book, '산출근거', 'B1048575');
    expect((await hostOf(book).insertTarget()).templates).toEqual([]);
    await refused(book, { ...AD, sheet: '산출근거', cell: 'B1048575', level: 1 }, 'cannot-insert', /last row|마지막 행/);
  });

  it('inside merged cells: a cell the new row would write is part of a merged area', async () => {
    const book = numericSeed();
    book.sheet(SEED_SHEET).merges.push({ top: 28, left: 2, bottom: 29, right: 2 }); // C29:C30, the `=` column
    await refused(book, AD, 'cannot-insert', /C30/);
  });

  it('where the selection is not in a table, or not a calculation line', async () => {
    const book = numericSeed();
    await refused(book, { ...AD, cell: 'A1' }, 'cannot-insert', /not in a budget table|예산 표 안에/);
    await refused(book, { ...AD, cell: 'B27' }, 'cannot-insert', /calculation line|산출 항목 줄/);
  });

  it('a subtotal over figures typed as text (SUM would skip them), naming the cell', async () => {
    await refused(seedBook(), { template: 'subtotal', sheet: SEED_SHEET, cell: 'B28' }, 'cannot-insert', /D29/);
  });

  it('a formula that would change a figure the sheet shows (only Fix changes figures)', async () => {
    const book = numericSeed();
    book.setCell(SEED_SHEET, 'D28', { value: 281_000, numberFormat: '#,##0"천원";"△"#,##0"천원"' });
    await refused(book, { template: 'subtotal', sheet: SEED_SHEET, cell: 'B28' }, 'cannot-insert', /281,000천원.*280,000/);
  });

  it('bad inputs: no label, a price of zero, a counter that is not a word', async () => {
    const book = numericSeed();
    await refused(book, { ...AD, label: '  ' }, 'cannot-insert', /항목 이름/);
    await refused(book, { ...AD, unitPrice: 0 }, 'cannot-insert', /단가/);
    await refused(book, { ...AD, counts: [{ value: 4, counter: '+1' }] }, 'cannot-insert', /수량/);
  });
});

describe('insert in the workbook', () => {
  it('reads in three syncs, writes in one more, whatever the sheet holds', async () => {
    const book = numericSeed();
    select(book, SEED_SHEET, 'B29');
    const host = hostOf(book);
    await host.insertTarget();
    expect(book.lastRun).toHaveLength(3);
    expect(book.lastRun.every((s) => s.writes === 0)).toBe(true);
    await host.insert(AD);
    expect(book.lastRun).toHaveLength(4);
    expect(book.lastRun.slice(0, 3).every((s) => s.writes === 0)).toBe(true);
    expect(book.lastRun[3]?.writes).toBeGreaterThan(0);
  });

  it('shifts cells down, grows the category merged over the lines, copies the line’s formats', async () => {
    const book = numericSeed();
    book.setFill(SEED_SHEET, 'D29', { color: '#DDEEFF', pattern: 'Solid' });
    const below = book.cell(SEED_SHEET, 'B30').value;
    await hostOf(book).insert(AD);
    expect(book.cell(SEED_SHEET, 'B31').value).toBe(below);
    expect(book.sheet(SEED_SHEET).merges).toContainEqual({ top: 27, left: 0, bottom: 39, right: 0 });
    expect(book.fill(SEED_SHEET, 'D30').color).toBe('#DDEEFF');
    expect(book.cell(SEED_SHEET, 'D30').numberFormat).toBe('#,##0"천원";"△"#,##0"천원"');
  });

  it('moves the add-in’s records with their cells, so Clear still restores the exact fill', async () => {
    const book = seedBook();
    book.setCell(SEED_SHEET, 'D33', '82,000천원'); // a product slip below the inserted row
    book.setFill(SEED_SHEET, 'D33', { color: '#FFEEDD', pattern: 'Solid' });
    const host = new OfficeHost({ run: book.run, engine: verifyWorkbook, fixContent, notesApi: 'note', displayLanguage: () => 'en-US' });
    const result = await host.verify('workbook', { language: 'en' });
    expect(result.findings.map((f) => f.cell)).toContain('D33');
    expect(book.fill(SEED_SHEET, 'D33').color).not.toBe('#FFEEDD');
    await host.insert({ ...AD, cell: 'B29' });
    expect(book.sheet(SEED_SHEET).notes).toHaveProperty('D34');
    await host.clear();
    expect(book.fill(SEED_SHEET, 'D34')).toMatchObject({ color: '#FFEEDD', pattern: 'Solid' });
    expect(book.sheet(SEED_SHEET).notes).not.toHaveProperty('D34');
  });
});
