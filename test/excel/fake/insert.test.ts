/** Row insertion, format copies, formulas and number formats in the fake, as Excel does them. */
import { FakeBook } from './book';
import { shiftFormula } from './insertRows';
import { renderNumber, renderString } from './numberFormat';

describe('fake Excel: inserting rows', () => {
  it('moves cells, notes and merged areas down; a merged area the row goes into grows', async () => {
    const book = FakeBook.create({ S: [['a'], ['b'], ['c']] });
    const sheet = book.sheet('S');
    sheet.merges.push({ top: 0, left: 1, bottom: 2, right: 1 }, { top: 2, left: 2, bottom: 2, right: 3 });
    sheet.notes.C3 = { content: 'n', author: 'x' };
    await book.run(async (context) => {
      context.workbook.worksheets.getItem('S').getRange('2:2').insert('Down');
      await context.sync();
    });
    expect(book.cell('S', 'A2').value).toBeNull();
    expect(book.cell('S', 'A3').value).toBe('b');
    expect(sheet.merges).toEqual([{ top: 0, left: 1, bottom: 3, right: 1 }, { top: 3, left: 2, bottom: 3, right: 3 }]);
    expect(Object.keys(sheet.notes)).toEqual(['C4']);
    expect(book.lastRun).toEqual([expect.objectContaining({ writes: 1 })]);
  });

  it('rewrites references: a range grows when the row goes inside it, not just after it', () => {
    expect(shiftFormula('=SUM(D29:D31)+D28+"D30"&$D$31', 'S', true, 30, 1)).toBe('=SUM(D29:D32)+D28+"D30"&$D$32');
    expect(shiftFormula('=SUM(D29:D31)', 'S', true, 31, 1)).toBe('=SUM(D29:D31)');
    expect(shiftFormula("=LOG10(A40)+'S'!B40+T!B40", 'S', false, 30, 1)).toBe("=LOG10(A40)+'S'!B41+T!B40");
  });

  it('refuses to push content off the last row, and on a protected sheet', async () => {
    const book = FakeBook.create({ S: [['a']] });
    book.setCell('S', 'A1048576', 'end');
    const insert = () =>
      book.run(async (context) => {
        context.workbook.worksheets.getItem('S').getRange('1:1').insert('Down');
        await context.sync();
      });
    await expect(insert()).rejects.toMatchObject({ code: 'InvalidOperation' });
    const locked = FakeBook.create({ S: [['a']] });
    locked.sheet('S').protected = true;
    await expect(
      locked.run(async (context) => {
        context.workbook.worksheets.getItem('S').getRange('1:1').insert('Down');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'AccessDenied' });
  });

  it('copies number formats and fills, and keeps formulas as text', async () => {
    const book = FakeBook.create({ S: [[{ value: 1, numberFormat: '#,##0"천원"' }, 2]] });
    book.setFill('S', 'A1', { color: '#ABCDEF', pattern: 'Solid' });
    await book.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('S');
      sheet.getRange('A2:B2').copyFrom(sheet.getRange('A1:B1'), 'Formats');
      sheet.getRange('B2').formulas = [['=A1*2']];
      await context.sync();
    });
    expect(book.cell('S', 'A2')).toMatchObject({ numberFormat: '#,##0"천원"', fill: { color: '#ABCDEF' }, value: null });
    expect(book.cell('S', 'B2')).toMatchObject({ formula: '=A1*2', value: null });
  });

  it('gives the active cell from the selection', async () => {
    const book = FakeBook.create({ S: [['a']], T: [] });
    book.selection = { sheet: 'T', address: 'C4:D9' };
    const address = await book.run(async (context) => {
      const cell = context.workbook.getActiveCell().load('address');
      await context.sync();
      return cell.address;
    });
    expect(address).toBe('T!C4');
  });
});

describe('fake Excel: number formats', () => {
  it.each([
    [-106540, '#,##0;"△"#,##0', '△106,540'],
    [280000, '#,##0"천원";"△"#,##0"천원"', '280,000천원'],
    [-2590, '#,##0"천원";"△"#,##0"천원"', '△2,590천원'],
    [12.5, '#,##0.0;"△"#,##0.0', '12.5'],
    [95, '0"%"', '95%'],
    [0.125, '0.0%', '12.5%'],
    [1000000, ';;;', ''],
    [-534200, '#,##0', '-534,200'],
    [19.94, 'General', '19.94'],
  ])('%p under %s shows %p', (value, format, text) => {
    expect(renderNumber(value, format)).toBe(text);
  });

  it('hides text under ;;; and shows it otherwise', () => {
    expect(renderString('광고', ';;;')).toBe('');
    expect(renderString('순증', '#,##0;"△"#,##0')).toBe('순증');
  });
});
