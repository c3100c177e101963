/**
 * Insert on a sheet with 10,000 highlighted findings below the new row: the
 * records move with their cells in syncs under Excel on the web's 5 MB request
 * limit, and Clear afterwards restores every original fill exactly — also when a
 * sync fails part-way, and when the insertion itself fails in the last sync.
 *
 * The expected fills after Verify, Insert, Clear are those of the same book with
 * the same row inserted and never verified: highlights leave no trace.
 */
import { fixContent } from '../../../src/engine/notation';
import type { TemplateRequest } from '../../../src/engine/templates/plan';
import { verifyWorkbook } from '../../../src/engine/verify';
import { MAX_PAYLOAD_BYTES } from '../../../src/excel/limits';
import { parseState, PENDING_KEY } from '../../../src/excel/stateFormat';
import type { ExcelRun, VerifyEngine } from '../../../src/excel/types';
import { OfficeHost } from '../../../src/excel/officeHost';
import { FakeBook } from '../fake/book';
import { FakeOfficeError, type SyncRecord } from '../fake/core';
import { cellKeyOf } from '../fake/model';
import { standInFix, sumEngine, verifyKo } from '../helpers';
import { numericSeed, rawRows, SEED_SHEET } from './books';

jest.setTimeout(120_000);

const AD: TemplateRequest = {
  template: 'basis-item', sheet: SEED_SHEET, cell: 'B29', level: 2,
  label: '홍보영상 제작', unitPrice: 500_000, counts: [{ value: 4, counter: '편' }],
};

/** Budget lines appended under the seed's tables, from this row (0-based). */
const FIRST_LINE = 100;

/**
 * The numeric seed with 12,000 budget lines below it, five in six wrong for the
 * stand-in engine (10,000 findings, all below the row Insert adds, among lines
 * that are right); some flagged cells carry fills of their own.
 */
function bigSeed(lines = 12_000): FakeBook {
  const book = numericSeed();
  for (let i = 1; i <= lines; i += 1) {
    const r = FIRST_LINE + i;
    const [a, b] = [1000 + i, 2000 + i];
    const row = [`사업 ${i}`, a, b, i % 6 === 0 ? a + b : a + b + 1];
    row.forEach((v, c) => book.setCell(SEED_SHEET, `${'ABCD'[c]}${r + 1}`, v));
    if (i % 14 === 0) book.setFill(SEED_SHEET, `D${r + 1}`, { color: '#4472C4', pattern: 'Solid', tintAndShade: 0.6 });
    if (i % 22 === 0) book.setFill(SEED_SHEET, `D${r + 1}`, { color: '#FFFFFF', pattern: 'Gray25', patternColor: '#FF0000' });
  }
  return book;
}

const records = (book: FakeBook) => parseState(rawRows(book));
/** Rows staged by an Insert that never switched to them (parseState reads them as nothing). */
const pendingRows = (book: FakeBook) => rawRows(book).filter((row) => row[0] === PENDING_KEY).length;

/**
 * The stand-in engine with notes as long as the real engine's: a Korean sentence
 * and the computation (about 350 bytes a note record), so the records of 10,000
 * findings are more than one 5 MB request can carry (5.5 MB when Insert rewrote
 * them in one sync), as with the real engine.
 */
const koreanEngine: VerifyEngine = (snapshot, options) => {
  const result = sumEngine(snapshot, options);
  const won = (n: number | null) => `${(n ?? 0).toLocaleString('en-US')}천원`;
  const findings = result.findings.map((f) => ({
    ...f,
    message: `합계가 맞지 않습니다: 국비와 시비를 더하면 ${won(f.expected)}인데 표에는 ${won(f.actual)}으로 적혀 있습니다.`,
    explain: `계 = 국비 + 시비 = ${won(f.expected)} (표시 ${won(f.actual)}, 차이 ${won((f.actual ?? 0) - (f.expected ?? 0))})`,
  }));
  return { ...result, findings };
};

/**
 * The Office host over the book; with `failBefore`, its Excel.run throws before a
 * sync is sent when `failBefore` (seeing the syncs made so far) says so: the
 * connection lost, the user typing into a cell.
 */
function hostOver(book: FakeBook, failBefore: (done: readonly SyncRecord[]) => boolean = () => false): OfficeHost {
  const run: ExcelRun = (batch) =>
    book.run((context) => {
      const sync = context.sync.bind(context);
      context.sync = () => {
        if (failBefore(book.lastRun)) return Promise.reject(new FakeOfficeError('GeneralException', 'The connection was lost.'));
        return sync();
      };
      return batch(context);
    });
  return new OfficeHost({ run, engine: koreanEngine, fixContent: standInFix, notesApi: 'note', displayLanguage: () => 'ko-KR' });
}

/** The fills the sheet would have if it had been given the row and never verified. */
async function insertedUnverified(lines?: number) {
  const book = bigSeed(lines);
  await hostOver(book).insert(AD);
  return book.fills(SEED_SHEET);
}

const writes = (syncs: readonly SyncRecord[]) => syncs.filter((s) => s.writes > 0);

describe('insert with 10,000 highlighted findings below the new row', () => {
  // Built once (verifying 12,000 lines in the fake takes seconds): the fills before
  // Verify, the book just verified, and the fills Insert alone gives.
  let before: ReturnType<FakeBook['fills']>;
  let verified: ReturnType<FakeBook['persist']>;
  let expected: ReturnType<FakeBook['fills']>;
  beforeAll(async () => {
    const book = bigSeed();
    before = book.fills(SEED_SHEET);
    const { findings } = await hostOver(book).verify('workbook', verifyKo);
    expect(findings.length).toBeGreaterThanOrEqual(10_000);
    verified = book.persist();
    expected = await insertedUnverified();
  }, 120_000);

  it('moves the records in syncs under 5 MB each, and Clear restores every original fill exactly', async () => {
    const book = FakeBook.reopen(verified);
    const host = hostOver(book);
    const recorded = records(book);
    expect(recorded.fills.length).toBeGreaterThanOrEqual(10_000);

    await host.insert(AD);
    const syncs = book.lastRun;
    for (const s of syncs) {
      expect(s.error).toBeNull();
      expect(s.requestBytes).toBeLessThanOrEqual(MAX_PAYLOAD_BYTES);
    }
    // One request over 5 MB is what a single write sync would have been.
    expect(writes(syncs).length).toBeGreaterThanOrEqual(2);
    expect(writes(syncs).reduce((n, s) => n + s.requestBytes, 0)).toBeGreaterThan(MAX_PAYLOAD_BYTES);
    // Every record moved one row down with its cell.
    const moved = records(book);
    expect(moved.fills).toHaveLength(recorded.fills.length);
    expect(moved.notes).toHaveLength(recorded.notes.length);
    expect(moved.other).toEqual([]);
    expect(pendingRows(book)).toBe(0);
    const first = recorded.fills.find((f) => f.cell === `D${FIRST_LINE + 2}`); // line 1, before the insert
    expect(first).toBeDefined();
    expect(moved.fills).toContainEqual({ ...first, cell: `D${FIRST_LINE + 3}` });
    expect(book.sheet(SEED_SHEET).notes).toHaveProperty(`D${FIRST_LINE + 3}`);

    await host.clear();
    expect(book.fills(SEED_SHEET)).toEqual(expected);
    expect(book.sheet(SEED_SHEET).notes).toEqual({});
    expect(records(book)).toMatchObject({ fills: [], notes: [], other: [] });
  });

  /** Insert on the verified book with a sync that fails once one write sync has been made. */
  async function failedAfterFirstWrite(): Promise<FakeBook> {
    const book = FakeBook.reopen(verified);
    const failing = hostOver(book, (done) => writes(done).length === 1);
    await expect(failing.insert(AD)).rejects.toMatchObject({ code: 'unknown' });
    expect(writes(book.lastRun)).toHaveLength(1);
    // The rows have not moved (line 1 is still on row 102); some records wait, pending.
    expect(book.cell(SEED_SHEET, `A${FIRST_LINE + 2}`).value).toBe('사업 1');
    expect(pendingRows(book)).toBeGreaterThan(0);
    expect(records(book)).toEqual(records(FakeBook.reopen(verified))); // read as nothing
    return book;
  }

  it('a sync failing after the first write: the sheet is as it was, and Clear restores exactly', async () => {
    const book = await failedAfterFirstWrite();
    await hostOver(book).clear();
    expect(book.fills(SEED_SHEET)).toEqual(before);
    expect(book.sheet(SEED_SHEET).notes).toEqual({});
  });

  it('after such a failure Insert works again, leaves nothing pending, and Clear restores exactly', async () => {
    const book = await failedAfterFirstWrite();
    const host = hostOver(book);
    await host.insert(AD);
    for (const s of book.lastRun) expect(s.requestBytes).toBeLessThanOrEqual(MAX_PAYLOAD_BYTES);
    expect(pendingRows(book)).toBe(0);
    await host.clear();
    expect(book.fills(SEED_SHEET)).toEqual(expected);
    expect(book.sheet(SEED_SHEET).notes).toEqual({});
  });

  it('the insertion itself refused in the last sync: the records still match the cells, Clear restores exactly', async () => {
    const book = FakeBook.reopen(verified);
    // The sheet gets protected (by someone else, in a shared book) while the records are written.
    const failing = hostOver(book, (done) => {
      if (writes(done).length >= 1) book.sheet(SEED_SHEET).protected = true;
      return false;
    });
    await expect(failing.insert(AD)).rejects.toMatchObject({ code: 'unknown' });
    expect(book.lastRun.at(-1)?.error).toBe('AccessDenied');
    expect(book.cell(SEED_SHEET, `A${FIRST_LINE + 2}`).value).toBe('사업 1');
    book.sheet(SEED_SHEET).protected = false;
    await hostOver(book).clear();
    expect(book.fills(SEED_SHEET)).toEqual(before);
    expect(book.sheet(SEED_SHEET).notes).toEqual({});
  });
});

describe('insert on a small marked book', () => {
  it('still reads in three syncs and writes the row and the moved records in one', async () => {
    const lines = 40;
    const book = bigSeed(lines);
    const host = hostOver(book);
    await host.verify('workbook', verifyKo);
    await host.insert(AD);
    expect(book.lastRun).toHaveLength(4);
    expect(writes(book.lastRun)).toHaveLength(1);
    expect(book.cell(SEED_SHEET, `A${FIRST_LINE + 3}`).value).toBe('사업 1');
    expect(book.sheet(SEED_SHEET).cells[cellKeyOf(FIRST_LINE + 1, 0)]?.value).toBeFalsy();
    await host.clear();
    expect(book.fills(SEED_SHEET)).toEqual(await insertedUnverified(lines));
  });
});

describe('the new row copies the formats of a marked line', () => {
  /** The numeric seed with a slip on the line B30 (D30 says 60,001), which has a fill of its own. */
  function slipped(): FakeBook {
    const book = numericSeed();
    book.setCell(SEED_SHEET, 'D30', { value: 60_001, numberFormat: book.cell(SEED_SHEET, 'D30').numberFormat });
    book.setFill(SEED_SHEET, 'D30', { color: '#DDEEFF', pattern: 'Solid' });
    return book;
  }
  const realHost = (book: FakeBook) =>
    new OfficeHost({ run: book.run, engine: verifyWorkbook, fixContent, notesApi: 'note', displayLanguage: () => 'en-US' });
  const line = { ...AD, cell: 'B30' };

  it('our highlight copied into the new row is recorded too: Clear gives it the line’s original fill', async () => {
    const plain = slipped();
    await realHost(plain).insert(line);
    expect(plain.fill(SEED_SHEET, 'D31').color).toBe('#DDEEFF'); // the line's formats, copied

    const book = slipped();
    const host = realHost(book);
    const { findings } = await host.verify('workbook', { language: 'en' });
    expect(findings.map((f) => f.cell)).toContain('D30');
    await host.insert(line);
    expect(book.fill(SEED_SHEET, 'D31').color).toBe(book.fill(SEED_SHEET, 'D30').color); // the highlight, copied
    expect(records(book).fills.filter((f) => f.cell === 'D31')).toEqual(
      records(book).fills.filter((f) => f.cell === 'D30').map((f) => ({ ...f, cell: 'D31' })),
    );
    await host.clear();
    expect(book.fills(SEED_SHEET)).toEqual(plain.fills(SEED_SHEET));
  });
});
