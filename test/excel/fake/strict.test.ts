/**
 * The fake is at least as strict as Excel where the add-in once trusted more
 * than Excel gives (issue 12): each point here is one Excel does, or one the
 * documentation leaves open and the fake takes the harder way.
 */
import { FakeBook } from './book';
import { renderGeneral } from './numberFormat';

const oneSheet = () => FakeBook.create({ Sheet1: [[1, 2, 3]] });

describe('the fake as strict as Excel', () => {
  it('has no Worksheet.notes where the host’s Office.js has none (old builds, the npm copy)', async () => {
    const book = oneSheet();
    book.api.notes = false;
    await book.run(async (context) => {
      expect(context.workbook.worksheets.getItem('Sheet1').notes).toBeUndefined();
      expect(context.workbook.worksheets.getItem('Sheet1').comments).toBeDefined();
    });
    book.api.comments = false;
    await book.run(async (context) => {
      expect(context.workbook.comments).toBeUndefined();
    });
  });

  it('fails getMergedAreasOrNullObject on a range holding more than 512 merged areas', async () => {
    const book = oneSheet();
    for (let r = 0; r < 513; r += 1)
      book.sheet('Sheet1').merges.push({ top: r, left: 0, bottom: r, right: 1 });
    const read = (address?: string) =>
      book.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('Sheet1');
        const range = address ? sheet.getRange(address) : sheet.getRange();
        const areas = range.getMergedAreasOrNullObject().load('areaCount');
        await context.sync();
        return areas.areaCount;
      });
    await expect(read()).rejects.toMatchObject({ code: 'GeneralException' });
    await expect(read('A1:B512')).resolves.toBe(512);
    book.api.mergedAreas = false;
    await book.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
      expect(range.getMergedAreasOrNullObject).toBeUndefined();
    });
  });

  it('refuses a comment address without its sheet, and a second kind of annotation on a cell', async () => {
    const book = oneSheet();
    const add = (write: (sheet: Excel.Worksheet) => void) =>
      book.run(async (context) => {
        write(context.workbook.worksheets.getItem('Sheet1'));
        await context.sync();
      });
    await expect(add((s) => s.comments.add('B1', 'x'))).rejects.toMatchObject({
      code: 'InvalidArgument',
    });
    await expect(add((s) => s.comments.add("'Sheet1'!B1", 'x'))).resolves.toBeUndefined();
    await expect(add((s) => s.notes.add('B1', 'y'))).rejects.toMatchObject({
      code: 'InvalidOperation',
    });
    await expect(add((s) => s.notes.add('C1', 'y'))).resolves.toBeUndefined();
    await expect(add((s) => s.comments.add('Sheet1!C1', 'x'))).rejects.toMatchObject({
      code: 'InvalidOperation',
    });
  });

  it('reports no pattern and no tints for a cell with no fill, and for every cell when it misbehaves', async () => {
    const book = oneSheet();
    book.setFill('Sheet1', 'B1', { color: '#FFFFFF', pattern: 'Solid' });
    book.setFill('Sheet1', 'C1', { color: '#FFFFFF', pattern: 'Gray25', patternColor: '#FF0000' });
    const read = () =>
      book.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('Sheet1');
        const fills = ['A1', 'B1', 'C1'].map((a) =>
          sheet.getRange(a).format.fill.load('color,pattern,tintAndShade'),
        );
        await context.sync();
        return fills.map((f) => [f.color, f.pattern, f.tintAndShade]);
      });
    expect(await read()).toEqual([
      ['#FFFFFF', null, null],
      ['#FFFFFF', 'Solid', 0],
      ['#FFFFFF', 'Gray25', 0],
    ]);
    book.quirks.nullPatterns = true;
    expect((await read()).map(([, pattern]) => pattern)).toEqual([null, null, null]);
  });

  it('applies a tint to the colour the cell shows, so a colour read back and tinted again changes', async () => {
    const book = oneSheet();
    book.setFill('Sheet1', 'A1', { color: '#DDEBF7', pattern: 'Solid', tintAndShade: 0.8 });
    await book.run(async (context) => {
      const fill = context.workbook.worksheets.getItem('Sheet1').getRange('A1').format.fill;
      fill.color = '#DDEBF7';
      fill.tintAndShade = 0.8;
      await context.sync();
    });
    expect(book.fill('Sheet1', 'A1').color).not.toBe('#DDEBF7');
  });

  it('shows a General number in at most 11 characters, as Excel does', () => {
    expect(renderGeneral(0.1 + 0.2)).toBe('0.3');
    expect(renderGeneral(1 / 3)).toBe('0.333333333');
    expect(renderGeneral(123456789012)).toBe('1.23457E+11');
    expect(renderGeneral(12345678901)).toBe('12345678901');
    expect(renderGeneral(1234567.891234)).toBe('1234567.891');
    expect(renderGeneral(-2590)).toBe('-2590');
    expect(renderGeneral(0.0000001234567)).toBe('1.23457E-07');
    for (const v of [Math.PI * 1e5, -1 / 7, 2 ** 40, 1e-10, -987654321.123])
      expect(renderGeneral(v).length).toBeLessThanOrEqual(11);
  });

  it('fails the calls the troubleshooting page lists while another workbook has the focus', async () => {
    const book = oneSheet();
    book.focusElsewhere = true;
    const attempt = (queue: (context: Excel.RequestContext) => void) =>
      book.run(async (context) => {
        queue(context);
        await context.sync();
      });
    await expect(attempt((c) => c.workbook.worksheets.add('New'))).rejects.toMatchObject({
      code: 'GeneralException',
    });
    await expect(attempt((c) => c.workbook.getActiveCell().load('address'))).rejects.toMatchObject({
      code: 'InvalidSelection',
    });
    await expect(
      attempt((c) => c.workbook.worksheets.getItem('Sheet1').getRange('A1').load('values')),
    ).resolves.toBeUndefined();
  });
});
