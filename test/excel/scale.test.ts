/**
 * Whole budget books over the fake: a 500,000-row sheet read and verified, progress
 * and cancel between read batches, and 10,000 findings written in syncs under
 * Excel on the web's 5 MB request limit, clearable after any of them.
 *
 * Syncs of a Verify (verifyAction.ts):
 *   2 + ceil(rows / floor(CELLS_PER_SYNC / columns))  read
 *     + ceil(cells to probe × 800 B / WRITE_BUDGET_BYTES)  probe
 *     + ceil(Σ estimated write bytes / WRITE_BUDGET_BYTES)  write
 */
import type { Progress } from '../../src/host/port';
import { STATE_SHEET } from '../../src/engine/review';
import { HIGHLIGHT } from '../../src/excel/fill';
import { CELLS_PER_SYNC, MAX_PAYLOAD_BYTES, READ_BUDGET_BYTES } from '../../src/excel/limits';
import { parseState } from '../../src/excel/stateFormat';
import { BIG_COLUMNS, bigBudgetBook } from './bigBook';
import { FakeBook } from './fake/book';
import { OfficeHost } from '../../src/excel/officeHost';
import { budgetRows, hostFor, standInFix, sumEngine, verifyKo } from './helpers';

const rowsPerBatch = Math.floor(CELLS_PER_SYNC / BIG_COLUMNS);

function records(book: FakeBook) {
  const cells = book.sheet(STATE_SHEET).cells;
  const rows: unknown[][] = [];
  for (const [key, cell] of Object.entries(cells)) {
    const [r, c] = key.split(',').map(Number) as [number, number];
    (rows[r] ??= [])[c] = cell.value;
  }
  return parseState(rows.filter(Boolean));
}

describe('a 500,000-row sheet', () => {
  it('is read in ceil(rows / rows per batch) syncs under 5 MB each, with progress per batch, and verified', async () => {
    const rows = 500_000;
    const book = bigBudgetBook(rows, 100_000); // rows 100,000 … 500,000 wrong: 5 findings
    const progress: Progress[] = [];
    const result = await hostFor(book).verify('workbook', {
      ...verifyKo,
      onProgress: (p) => progress.push(p),
    });
    expect(result.findings.map((f) => f.cell)).toEqual([
      'D100001',
      'D200001',
      'D300001',
      'D400001',
      'D500001',
    ]);
    const batches = Math.ceil((rows + 1) / rowsPerBatch);
    expect(batches).toBeGreaterThan(20);
    // info, details, the read batches, one probe, one write
    expect(book.lastRun).toHaveLength(2 + batches + 2);
    const reads = progress.filter((p) => p.stage === 'read');
    expect(reads).toHaveLength(batches);
    expect(reads.at(-1)).toEqual({ stage: 'read', done: batches, total: batches });
    for (const s of book.lastRun) {
      expect(s.error).toBeNull();
      expect(s.responseBytes).toBeLessThanOrEqual(MAX_PAYLOAD_BYTES);
      expect(s.requestBytes).toBeLessThanOrEqual(MAX_PAYLOAD_BYTES);
    }
    // the syncs grow as the bytes do: every read batch but the last carries over half the budget
    const readSyncs = book.lastRun.slice(2, 2 + batches);
    for (const s of readSyncs.slice(0, -1))
      expect(s.responseBytes).toBeGreaterThan(READ_BUDGET_BYTES / 2);
    for (const f of result.findings)
      expect(book.fill('Sheet1', f.cell).color).toBe(HIGHLIGHT.error);
  }, 120_000);

  it('stops between read batches when cancelled, and writes nothing', async () => {
    const book = bigBudgetBook(4 * rowsPerBatch, 10);
    const controller = new AbortController();
    const verifying = hostFor(book).verify('workbook', {
      ...verifyKo,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.stage === 'read' && p.done === 2) controller.abort();
      },
    });
    await expect(verifying).rejects.toMatchObject({ name: 'AbortError' });
    expect(book.lastRun).toHaveLength(2 + 2); // info, details, two of the five batches
    expect(book.lastRun.every((s) => s.writes === 0)).toBe(true);
    expect(book.data.sheets.map((s) => s.name)).toEqual(['Sheet1']);
  });
});

describe('10,000 findings', () => {
  /** 20,000 lines, every second one wrong; some flagged cells carry fills of their own. */
  function tenThousand(): { book: FakeBook; before: ReturnType<FakeBook['fills']> } {
    const book = FakeBook.create({ Sheet1: budgetRows(20_000, 2) });
    for (let i = 2; i <= 20_000; i += 14)
      book.setFill('Sheet1', `D${i + 1}`, {
        color: '#4472C4',
        pattern: 'Solid',
        tintAndShade: 0.6,
      });
    for (let i = 4; i <= 20_000; i += 22)
      book.setFill('Sheet1', `D${i + 1}`, {
        color: '#FFFFFF',
        pattern: 'Gray25',
        patternColor: '#FF0000',
      });
    return { book, before: book.fills('Sheet1') };
  }

  const writeSyncs = (book: FakeBook) => book.lastRun.filter((s) => s.writes > 0);

  it('are written in several syncs, each request under 5 MB, and Clear restores every fill exactly', async () => {
    const { book, before } = tenThousand();
    const host = hostFor(book);
    const result = await host.verify('workbook', verifyKo);
    expect(result.findings).toHaveLength(10_000);
    const writes = writeSyncs(book);
    expect(writes.length).toBeGreaterThanOrEqual(2);
    for (const s of book.lastRun) expect(s.requestBytes).toBeLessThanOrEqual(MAX_PAYLOAD_BYTES);
    // one request over 5 MB is what a single write sync would have been
    expect(writes.reduce((n, s) => n + s.requestBytes, 0)).toBeGreaterThan(MAX_PAYLOAD_BYTES);
    expect(Object.keys(book.fills('Sheet1'))).toHaveLength(10_000);
    expect(Object.keys(book.sheet('Sheet1').notes)).toHaveLength(10_000);
    expect(records(book).fills).toHaveLength(10_000);

    await host.clear();
    expect(book.fills('Sheet1')).toEqual(before);
    expect(book.sheet('Sheet1').notes).toEqual({});
    expect(records(book)).toMatchObject({ fills: [], notes: [] });
    for (const s of book.lastRun) expect(s.requestBytes).toBeLessThanOrEqual(MAX_PAYLOAD_BYTES);
  });

  it('cancelled between write syncs: every painted cell has its record, Clear restores exactly, Verify again completes', async () => {
    const { book, before } = tenThousand();
    const host = hostFor(book);
    const controller = new AbortController();
    const verifying = host.verify('workbook', {
      ...verifyKo,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.stage === 'write' && p.done === 1) controller.abort();
      },
    });
    await expect(verifying).rejects.toMatchObject({ name: 'AbortError' });
    expect(writeSyncs(book)).toHaveLength(1);
    const painted = Object.entries(book.fills('Sheet1')).filter(
      ([, f]) => f.color === HIGHLIGHT.error && f.pattern === 'Solid',
    );
    const notes = Object.keys(book.sheet('Sheet1').notes).length;
    expect(painted.length).toBeGreaterThan(0); // the first sync: every record, then the fills
    expect(painted.length + notes).toBeLessThan(20_000); // the notes never came
    const recorded = new Set(records(book).fills.map((r) => r.cell));
    for (const [key] of painted) {
      const [r] = key.split(',').map(Number) as [number, number];
      expect(recorded.has(`D${r + 1}`)).toBe(true);
    }

    await host.verify('workbook', verifyKo);
    expect(Object.keys(book.sheet('Sheet1').notes)).toHaveLength(10_000);
    await host.clear();
    expect(book.fills('Sheet1')).toEqual(before);
    expect(book.sheet('Sheet1').notes).toEqual({});
  });

  it('Accept and Fix rewrite the records of 10,000 findings in syncs under 5 MB; Clear still restores exactly', async () => {
    const { book, before } = tenThousand();
    const host = hostFor(book);
    const { findings } = await host.verify('workbook', verifyKo);
    const [accepted, fixed] = [findings[10], findings[20]];
    await host.accept(accepted!, '확인함');
    for (const s of book.lastRun) expect(s.requestBytes).toBeLessThanOrEqual(MAX_PAYLOAD_BYTES);
    await host.fix(fixed!);
    for (const s of book.lastRun) expect(s.requestBytes).toBeLessThanOrEqual(MAX_PAYLOAD_BYTES);
    expect(book.cell('Sheet1', fixed!.cell).value).toBe(fixed!.expected);
    const state = records(book);
    expect(state.acceptances.map((a) => a.cell)).toEqual([accepted!.cell]);
    expect(state.fills).toHaveLength(9_998);
    await host.clear();
    expect(book.fills('Sheet1')).toEqual(before);
    expect(records(book)).toMatchObject({
      fills: [],
      notes: [],
      acceptances: [{ cell: accepted!.cell }],
    });
  });

  it('a write sync Excel refuses as too large is halved and retried; nothing is lost', async () => {
    const { book, before } = tenThousand();
    book.limits.maxPayloadBytes = 1_000_000; // a host stricter than the estimate
    const host = hostFor(book);
    await host.verify('workbook', verifyKo);
    const refused = book.lastRun.filter((s) => s.error === 'RequestPayloadSizeLimitExceeded');
    expect(refused.length).toBeGreaterThan(0);
    for (const s of book.lastRun.filter((x) => x.error === null))
      expect(s.requestBytes).toBeLessThanOrEqual(1_000_000);
    expect(Object.keys(book.fills('Sheet1'))).toHaveLength(10_000);
    expect(Object.keys(book.sheet('Sheet1').notes)).toHaveLength(10_000);
    await host.clear();
    expect(book.fills('Sheet1')).toEqual(before);
  });
});

describe('a note larger than Excel can take in one request', () => {
  it('fails with a clear message before any mark is written, and the workbook stays clearable', async () => {
    const book = FakeBook.create({ Sheet1: budgetRows(40, 2) });
    book.setFill('Sheet1', 'D5', { color: '#FFFF00', pattern: 'Solid' });
    const before = book.fills('Sheet1');
    book.limits.maxPayloadBytes = 50_000;
    const host = hostFor(book);
    // The stand-in engine, with one finding whose explanation alone is 90 KB of Korean.
    const strict = new OfficeHost({
      run: book.run,
      engine: (snapshot, options) => {
        const result = sumEngine(snapshot, options);
        const findings = result.findings.map((f, i) =>
          i === 3 ? { ...f, explain: '가'.repeat(30_000) } : f,
        );
        return { ...result, findings };
      },
      fixContent: standInFix,
      notesApi: 'note',
      displayLanguage: () => 'ko-KR',
    });
    await expect(strict.verify('workbook', verifyKo)).rejects.toMatchObject({
      code: 'too-large',
      message: expect.stringContaining('5MB'),
    });
    expect(book.fills('Sheet1')).toEqual(before); // records go first: no mark was written
    await host.clear();
    expect(book.fills('Sheet1')).toEqual(before);
    book.limits.maxPayloadBytes = MAX_PAYLOAD_BYTES;
    await host.verify('workbook', verifyKo);
    await host.clear();
    expect(book.fills('Sheet1')).toEqual(before);
  });
});
