/** Protected sheets, read-only workbooks, cell-edit mode, huge sheets: a clear HostError and nothing changed. */
import { STATE_SHEET } from '../../src/engine/review';
import { HostError } from '../../src/host/port';
import { FakeBook } from './fake/book';
import { budgetRows, hostFor, verifyKo } from './helpers';

async function expectUntouched(
  book: FakeBook,
  action: () => Promise<unknown>,
  code: HostError['code'],
): Promise<void> {
  const before = JSON.stringify(book.data);
  const error = await action().then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(HostError);
  expect((error as HostError).code).toBe(code);
  expect((error as HostError).message.length).toBeGreaterThan(10);
  expect(JSON.stringify(book.data)).toBe(before);
}

describe('verify on a workbook it must not change', () => {
  it('refuses a protected sheet with findings, naming it, and changes nothing on any sheet', async () => {
    const book = FakeBook.create({ Open: budgetRows(4, 2), Locked: budgetRows(4, 2) });
    book.sheet('Locked').protected = true;
    await expectUntouched(book, () => hostFor(book).verify('workbook', verifyKo), 'protected');
    await expect(hostFor(book).verify('workbook', verifyKo)).rejects.toThrow(/Locked/);
    // no write was even sent
    expect(book.lastRun.every((s) => s.writes === 0)).toBe(true);
  });

  it('checks a protected sheet with nothing to mark without complaint', async () => {
    const book = FakeBook.create({ Locked: budgetRows(4) });
    book.sheet('Locked').protected = true;
    await expect(hostFor(book).verify('workbook', verifyKo)).resolves.toMatchObject({
      findings: [],
    });
  });

  it('refuses a read-only workbook', async () => {
    const book = FakeBook.create({ Sheet1: budgetRows(4, 2) });
    book.data.readOnly = true;
    await expectUntouched(book, () => hostFor(book).verify('workbook', verifyKo), 'read-only');
  });

  it('refuses while a cell is being edited', async () => {
    const book = FakeBook.create({ Sheet1: budgetRows(4, 2) });
    book.editMode = true;
    await expectUntouched(book, () => hostFor(book).verify('workbook', verifyKo), 'edit-mode');
  });

  it('refuses, before reading its cells, a used range the pane could not hold in memory', async () => {
    // Stray content in the last cell makes the used range the whole grid: 17 billion cells.
    // (A million rows of a few columns is read: see scale.test.ts.)
    const book = FakeBook.create({ Sheet1: budgetRows(4, 2) });
    book.setCell('Sheet1', 'XFD1048576', '끝');
    await expectUntouched(book, () => hostFor(book).verify('workbook', verifyKo), 'too-large');
    expect(book.lastRun).toHaveLength(2); // info and extents only
    await expect(hostFor(book).verify('workbook', verifyKo)).rejects.toThrow(
      /1,048,576행 × 16,384열/,
    );
  });

  it('refuses when the workbook structure is protected and the records sheet does not exist yet', async () => {
    const book = FakeBook.create({ Sheet1: budgetRows(4, 2) });
    book.data.structureProtected = true;
    await expectUntouched(book, () => hostFor(book).verify('workbook', verifyKo), 'protected');
  });
});

describe('clear, fix and accept on a workbook they must not change', () => {
  async function marked(): Promise<{
    book: FakeBook;
    findings: Awaited<ReturnType<ReturnType<typeof hostFor>['verify']>>['findings'];
  }> {
    const book = FakeBook.create({ Sheet1: budgetRows(4, 2) });
    const { findings } = await hostFor(book).verify('workbook', verifyKo);
    return { book, findings };
  }

  it('clear refuses a protected sheet', async () => {
    const { book } = await marked();
    book.sheet('Sheet1').protected = true;
    await expectUntouched(book, () => hostFor(book).clear(), 'protected');
  });

  it('clear refuses a read-only workbook and cell-edit mode', async () => {
    const { book } = await marked();
    book.data.readOnly = true;
    await expectUntouched(book, () => hostFor(book).clear(), 'read-only');
    book.data.readOnly = false;
    book.editMode = true;
    await expectUntouched(book, () => hostFor(book).clear(), 'edit-mode');
  });

  it('fix refuses a protected sheet and a read-only workbook', async () => {
    const { book, findings } = await marked();
    book.sheet('Sheet1').protected = true;
    await expectUntouched(book, () => hostFor(book).fix(findings[0]!), 'protected');
    book.sheet('Sheet1').protected = false;
    book.data.readOnly = true;
    await expectUntouched(book, () => hostFor(book).fix(findings[0]!), 'read-only');
  });

  it('accept refuses a protected records sheet', async () => {
    const { book, findings } = await marked();
    book.sheet(STATE_SHEET).protected = true;
    await expectUntouched(book, () => hostFor(book).accept(findings[0]!), 'protected');
  });
});
