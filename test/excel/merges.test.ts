/**
 * Merged areas never stop Verify or Insert (issue 12): Excel returns at most 512
 * merged areas for a range, and budget books hold thousands.
 */
import type { WorkbookSnapshot } from '../../src/engine/snapshot';
import { OfficeHost } from '../../src/excel/officeHost';
import { FakeBook } from './fake/book';
import { budgetRows, standInFix, sumEngine, verifyKo } from './helpers';

function hostSeeing(book: FakeBook, seen: WorkbookSnapshot[]): OfficeHost {
  return new OfficeHost({
    run: book.run,
    engine: (s, o) => (seen.push(s), sumEngine(s, o)),
    fixContent: standInFix,
    notesApi: 'note',
    displayLanguage: () => 'ko-KR',
  });
}

/** A budget of `rows` lines whose label cell is merged with the cell right of it… in E:F. */
function mergedBook(rows: number): FakeBook {
  const book = FakeBook.create({ Sheet1: budgetRows(rows, 5) });
  for (let r = 1; r <= rows; r += 1)
    book.sheet('Sheet1').merges.push({ top: r, left: 4, bottom: r, right: 5 });
  return book;
}

describe('merged areas', () => {
  it('a sheet with 1,200 merged areas: every one read, in a few more syncs, and Verify marks as usual', async () => {
    const book = mergedBook(1200);
    const seen: WorkbookSnapshot[] = [];
    const result = await hostSeeing(book, seen).verify('workbook', verifyKo);
    expect(seen[0]?.sheets[0]?.merges).toHaveLength(1200);
    expect(result.findings).toHaveLength(240);
    expect(result.notices ?? []).toEqual([]);
    // the details sync failed once on the whole sheet, then blocks of 100 rows
    expect(book.lastRun.filter((s) => s.error !== null)).toHaveLength(1);
    expect(book.lastRun.length).toBeLessThanOrEqual(3 + 1 + 2 + 2);
  });

  it('a row Excel refuses (more than 512 merged areas in it) is read without them and named', async () => {
    const book = FakeBook.create({ Sheet1: budgetRows(30, 5) });
    const sheet = book.sheet('Sheet1');
    for (let c = 0; c < 1100; c += 2)
      sheet.merges.push({ top: 10, left: 10 + c, bottom: 10, right: 11 + c });
    sheet.merges.push({ top: 20, left: 4, bottom: 21, right: 5 });
    const seen: WorkbookSnapshot[] = [];
    const result = await hostSeeing(book, seen).verify('workbook', verifyKo);
    expect(result.findings).toHaveLength(6);
    expect(seen[0]?.sheets[0]?.merges).toEqual([{ top: 20, left: 4, bottom: 21, right: 5 }]);
    expect(result.notices).toEqual([
      { kind: 'merges-unread', message: expect.stringContaining('11행') },
    ]);
  });

  it('a host without getMergedAreasOrNullObject: read without merged areas, and said', async () => {
    const book = mergedBook(20);
    book.api.mergedAreas = false;
    const seen: WorkbookSnapshot[] = [];
    const result = await hostSeeing(book, seen).verify('workbook', verifyKo);
    expect(result.findings).toHaveLength(4);
    expect(seen[0]?.sheets[0]?.merges).toEqual([]);
    expect(result.notices?.map((n) => n.kind)).toEqual(['merges-unread']);
  });

  it('Insert reads a sheet with 1,200 merged areas too', async () => {
    const book = mergedBook(1200);
    book.selection = { sheet: 'Sheet1', address: 'B3' };
    const host = hostSeeing(book, []);
    await expect(host.insertTarget()).resolves.toMatchObject({ sheet: 'Sheet1', cell: 'B3' });
  });
});
