/** Verify over the fake: what is read, how many round trips, and what is painted. */
import { STATE_SHEET } from '../../src/engine/review';
import type { WorkbookSnapshot } from '../../src/engine/snapshot';
import { OfficeHost } from '../../src/excel/officeHost';
import { HIGHLIGHT } from '../../src/excel/fill';
import { FakeBook } from './fake/book';
import { budgetRows, hostFor, standInFix, sumEngine, verifyKo } from './helpers';

describe('verify reads the workbook into the snapshot', () => {
  it('hands the engine values, texts, formulas, merges and origin (not number formats, which it never reads), and skips the state sheet', async () => {
    const book = FakeBook.create({
      예산: [
        [null, null, null, null],
        [
          null,
          '구분',
          { value: 534200, numberFormat: '#,##0' },
          { value: 0.5, formula: '=C2/1068400' },
        ],
        [null, { error: '#DIV/0!' }, { value: 2590, text: '△2,590' }, true],
      ],
      Other: [['x']],
    });
    book.sheet('예산').merges.push({ top: 0, left: 1, bottom: 0, right: 3 });
    book.addSheet(STATE_SHEET).visibility = 'VeryHidden';
    const seen: WorkbookSnapshot[] = [];
    const host = new OfficeHost({
      run: book.run,
      engine: (s, o) => (seen.push(s), sumEngine(s, o)),
      fixContent: standInFix,
      notesApi: 'note',
      displayLanguage: () => 'en-US',
    });
    await host.verify('workbook', verifyKo);
    const [snapshot] = seen;
    expect(snapshot?.sheets.map((s) => s.name)).toEqual(['예산', 'Other']);
    expect(snapshot?.sheets[0]).toEqual({
      name: '예산',
      origin: { row: 1, col: 1 },
      values: [
        ['구분', 534200, 0.5],
        [{ error: '#DIV/0!' }, 2590, true],
      ],
      texts: [
        ['구분', '534,200', '0.5'],
        ['#DIV/0!', '△2,590', 'TRUE'],
      ],
      formulas: [
        [null, null, '=C2/1068400'],
        [null, null, null],
      ],
      merges: [{ top: 0, left: 1, bottom: 0, right: 3 }],
    });
  });

  it('tells an error value from a text that reads the same, reading value types only for such rows, in one more sync', async () => {
    const rows: Parameters<typeof FakeBook.create>[0][string] = budgetRows(6);
    rows[2] = ['사업 2', { error: '#N/A' }, '#N/A', 3];
    const book = FakeBook.create({ Sheet1: rows });
    const seen: WorkbookSnapshot[] = [];
    const host = new OfficeHost({
      run: book.run,
      engine: (s, o) => (seen.push(s), sumEngine(s, o)),
      fixContent: standInFix,
      notesApi: 'note',
      displayLanguage: () => 'ko-KR',
    });
    await host.verify('workbook', verifyKo);
    expect(seen[0]?.sheets[0]?.values[2]).toEqual(['사업 2', { error: '#N/A' }, '#N/A', 3]);
    expect(book.lastRun).toHaveLength(4); // info, details, the read, the types of row 3
    expect(book.lastRun[3]?.responseBytes).toBeLessThan(100);
    book.setCell('Sheet1', 'B3', 1);
    book.setCell('Sheet1', 'C3', 'text');
    await host.verify('workbook', verifyKo);
    expect(book.lastRun).toHaveLength(3); // no such text: no types read
  });

  it('reads a General number as Excel shows it (0.1 + 0.2 as 0.3, at most 11 characters)', async () => {
    const book = FakeBook.create({ Sheet1: [['율', 0.1 + 0.2, 123456789012, 1 / 3]] });
    const seen: WorkbookSnapshot[] = [];
    const host = new OfficeHost({
      run: book.run,
      engine: (s, o) => (seen.push(s), sumEngine(s, o)),
      fixContent: standInFix,
      notesApi: 'note',
      displayLanguage: () => 'ko-KR',
    });
    await host.verify('workbook', verifyKo);
    expect(seen[0]?.sheets[0]?.texts[0]).toEqual(['율', '0.3', '1.23457E+11', '0.333333333']);
    expect(seen[0]?.sheets[0]?.values[0]?.[1]).toBe(0.1 + 0.2);
  });

  it("verifies only the active sheet for scope 'sheet'", async () => {
    const book = FakeBook.create({ A: budgetRows(3, 1), B: budgetRows(3, 1) });
    book.data.activeSheet = 'B';
    const result = await hostFor(book).verify('sheet', verifyKo);
    expect(new Set(result.findings.map((f) => f.sheet))).toEqual(new Set(['B']));
    expect(book.fill('A', 'D2').pattern).toBe('None');
    expect(book.fill('B', 'D2').color).toBe(HIGHLIGHT.error);
  });
});

describe('verify round trips do not grow with the sheet', () => {
  async function measure(rows: number, badEvery: number) {
    const book = FakeBook.create({ Sheet1: budgetRows(rows, badEvery) });
    const result = await hostFor(book).verify('workbook', verifyKo);
    return {
      book,
      result,
      syncs: book.lastRun.length,
      writeSyncs: book.lastRun.filter((s) => s.writes > 0).length,
    };
  }

  it('reads 10 and 10,000 rows in the same number of syncs', async () => {
    const small = await measure(10, 0);
    const large = await measure(10_000, 0);
    // info, details, one read batch; nothing to write
    expect(small.syncs).toBe(3);
    expect(large.syncs).toBe(small.syncs);
  });

  it('reads and highlights 10 and 10,000 rows in the same number of syncs, with every write in the last one', async () => {
    const small = await measure(10, 2); // 5 findings
    const large = await measure(10_000, 2); // 5,000 findings: 30,000+ characters of addresses
    expect(small.result.findings).toHaveLength(5);
    expect(large.result.findings).toHaveLength(5000);
    // info, details, read, probe, write
    expect(small.syncs).toBe(5);
    expect(large.syncs).toBe(small.syncs);
    expect(large.writeSyncs).toBe(1);
    expect(large.book.lastRun.at(-1)?.writes).toBeGreaterThan(0);
    // address lists were chunked: none reached Excel's truncation length, and every finding is painted
    expect(Math.max(...large.book.addressLengths)).toBeLessThanOrEqual(8192);
    const painted = Object.keys(large.book.fills('Sheet1')).length;
    expect(painted).toBe(5000);
    for (const f of large.result.findings.slice(-3))
      expect(large.book.fill('Sheet1', f.cell).color).toBe(HIGHLIGHT.error);
  });

  it('splits a read into row blocks where a response would exceed the payload limit', async () => {
    const book = FakeBook.create({ Sheet1: budgetRows(3000) });
    book.limits.maxPayloadBytes = 100_000; // a stricter host: about 2,500 cells a response
    const result = await hostFor(book).verify('workbook', verifyKo);
    expect(result.findings).toHaveLength(0);
    const ok = book.lastRun.filter((s) => s.error === null);
    expect(ok.length).toBeGreaterThan(3);
    expect(Math.max(...ok.map((s) => s.responseBytes))).toBeLessThanOrEqual(100_000);
  });
});

describe('verify marks findings', () => {
  it('paints errors and warnings in their colours, writes a note with the explanation, and records state', async () => {
    const rows = budgetRows(4, 2);
    rows[1]![3] = { value: null, text: '???' } as never;
    const book = FakeBook.create({ Sheet1: rows });
    book.sheet('Sheet1').cells['1,3'] = {
      value: '???',
      formula: null,
      numberFormat: 'General',
      text: null,
      error: null,
      fill: book.fill('Sheet1', 'A1'),
    };
    const result = await hostFor(book).verify('workbook', verifyKo);
    expect(result.findings.map((f) => [f.cell, f.severity])).toEqual([
      ['D2', 'warning'],
      ['D3', 'error'],
      ['D5', 'error'],
    ]);
    expect(book.fill('Sheet1', 'D2').color).toBe(HIGHLIGHT.warning);
    expect(book.fill('Sheet1', 'D3').color).toBe(HIGHLIGHT.error);
    expect(book.sheet('Sheet1').notes.D3?.content).toBe(
      '[검산] should be 3004\n1002 + 2002 = 3004',
    );
    const state = book.sheet(STATE_SHEET);
    expect(state.visibility).toBe('VeryHidden');
    const keys = Object.entries(state.cells)
      .filter(([k]) => k.endsWith(',0'))
      .map(([, c]) => c.value);
    expect(keys.filter((k) => k === 'fill')).toHaveLength(3);
    expect(keys.filter((k) => k === 'note')).toHaveLength(3);
  });

  it('moves the marks when figures change: a fixed cell goes back to its fill, a new error is painted', async () => {
    const book = FakeBook.create({ Sheet1: budgetRows(4, 2) });
    const host = hostFor(book);
    await host.verify('workbook', verifyKo);
    book.setCell('Sheet1', 'D3', 3004); // the user corrects D3 by hand
    book.setCell('Sheet1', 'D4', 1); // and breaks D4
    await host.verify('workbook', verifyKo);
    expect(book.fill('Sheet1', 'D3').pattern).toBe('None');
    expect(book.sheet('Sheet1').notes.D3).toBeUndefined();
    expect(book.fill('Sheet1', 'D4').color).toBe(HIGHLIGHT.error);
    expect(book.fill('Sheet1', 'D5').color).toBe(HIGHLIGHT.error);
  });
});
