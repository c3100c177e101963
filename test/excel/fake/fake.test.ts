/** The fake must behave like Excel where the adapter's correctness depends on it. */
import { FakeBook } from './book';

describe('fake Excel', () => {
  it('throws PropertyNotLoaded for a property read before load and sync', async () => {
    const book = FakeBook.create({ Sheet1: [[1, 2]] });
    await book.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1:B1');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      range.load('values');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(range.values).toEqual([[1, 2]]);
      expect(() => range.text).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  it('counts syncs and queued commands, and applies writes only at sync', async () => {
    const book = FakeBook.create({ Sheet1: [[1]] });
    await book.run(async (context) => {
      const fill = context.workbook.worksheets.getItem('Sheet1').getRange('A1').format.fill;
      fill.color = '#FF0000';
      expect(book.fill('Sheet1', 'A1').pattern).toBe('None');
      await context.sync();
    });
    expect(book.fill('Sheet1', 'A1')).toMatchObject({ color: '#FF0000', pattern: 'Solid' });
    expect(book.lastRun).toEqual([expect.objectContaining({ commands: 3, writes: 1 })]);
  });

  it('silently truncates an address longer than 8,192 characters, as Excel does', async () => {
    const book = FakeBook.create({ Sheet1: [[1]] });
    book.limits.refuseAddressChars = Infinity;
    book.limits.refuseAddressAreas = Infinity;
    const cells = Array.from({ length: 2000 }, (_, i) => `A${i + 1}`);
    await book.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRanges(cells.join(',')).format.fill.color =
        '#FF0000';
      await context.sync();
    });
    const painted = Object.keys(book.fills('Sheet1')).length;
    expect(cells.join(',').length).toBeGreaterThan(8192);
    expect(painted).toBeLessThan(2000);
  });

  it('refuses an address list near the limit (over 8,000 characters or 500 areas) with InvalidArgument', async () => {
    const book = FakeBook.create({ Sheet1: [[1]] });
    const tryList = (cells: string[]) =>
      book.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRanges(cells.join(',')).format.fill.color =
          '#FF0000';
        await context.sync();
      });
    const long = Array.from({ length: 1400 }, (_, i) => `AA${i + 1000}`); // 8,399 characters
    await expect(tryList(long)).rejects.toMatchObject({ code: 'InvalidArgument' });
    const many = Array.from({ length: 501 }, (_, i) => `A${i + 1}`); // 2,500 characters
    await expect(tryList(many)).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(tryList(many.slice(0, 500))).resolves.toBeUndefined();
    expect(Object.keys(book.fills('Sheet1'))).toHaveLength(500);
  });

  it('rejects a response over 5 MB, and nothing loaded becomes readable', async () => {
    const book = FakeBook.create({ Sheet1: [] });
    book.limits.maxPayloadBytes = 1000;
    await book.run(async (context) => {
      const range = context.workbook.worksheets
        .getItem('Sheet1')
        .getRange('A1:Z100')
        .load('values');
      await expect(context.sync()).rejects.toMatchObject({
        code: 'ResponsePayloadSizeLimitExceeded',
      });
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  it('rejects a request over 5 MB — arguments plus framing for every command — and applies none of it', async () => {
    const book = FakeBook.create({ Sheet1: [] });
    await book.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      // 30,000 notes of 100 bytes: 3 MB of text, 2 commands each at 100 bytes of framing
      for (let i = 1; i <= 30_000; i += 1) sheet.notes.add(`A${i}`, 'x'.repeat(100));
      await expect(context.sync()).rejects.toMatchObject({
        code: 'RequestPayloadSizeLimitExceeded',
      });
    });
    expect(book.lastRun[0]?.requestBytes).toBeGreaterThan(5 * 1024 * 1024);
    expect(book.sheet('Sheet1').notes).toEqual({});
  });

  it('refuses writes to a protected sheet and every sync in cell-edit mode', async () => {
    const book = FakeBook.create({ Sheet1: [[1]] });
    book.sheet('Sheet1').protected = true;
    await book.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[2]];
      await expect(context.sync()).rejects.toMatchObject({ code: 'AccessDenied' });
    });
    book.editMode = true;
    await book.run(async (context) => {
      context.workbook.load('readOnly');
      // The generic code some builds send, with Excel's words
      await expect(context.sync()).rejects.toMatchObject({
        code: 'InvalidOperation',
        message: expect.stringContaining('cell-editing mode'),
      });
    });
    book.quirks.editModeCode = 'InvalidOperationInCellEditMode';
    await book.run(async (context) => {
      context.workbook.load('readOnly');
      await expect(context.sync()).rejects.toMatchObject({
        code: 'InvalidOperationInCellEditMode',
      });
    });
  });

  it('parses values written as Excel does: numbers from numeric text, formulas from =, text after an apostrophe', async () => {
    const book = FakeBook.create({ Sheet1: [] });
    await book.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1:C1').values = [
        ['60,000', '=1+1', "'60,000"],
      ];
      await context.sync();
    });
    expect(book.cell('Sheet1', 'A1').value).toBe(60000);
    expect(book.cell('Sheet1', 'B1').formula).toBe('=1+1');
    expect(book.cell('Sheet1', 'C1').value).toBe('60,000');
  });
});
