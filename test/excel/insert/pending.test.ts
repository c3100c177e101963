/**
 * Rows an interrupted Insert left under PENDING_KEY: the records it staged for a
 * row that was never inserted. They are read as no record and no acceptance (the
 * old records are the true ones), and they go when the records are next rewritten.
 */
import type { Acceptance } from '../../../src/engine/review';
import type { Finding } from '../../../src/engine/findings';
import type { TemplateRequest } from '../../../src/engine/templates/plan';
import { PENDING_KEY, parseState, stateRows } from '../../../src/excel/stateFormat';
import type { ExcelRun } from '../../../src/excel/types';
import { OfficeHost } from '../../../src/excel/officeHost';
import { FakeBook } from '../fake/book';
import { standInFix, sumEngine, verifyKo } from '../helpers';
import { numericSeed, rawRows, SEED_SHEET } from './books';

const AD: TemplateRequest = {
  template: 'basis-item', sheet: SEED_SHEET, cell: 'B29', level: 2,
  label: '홍보영상 제작', unitPrice: 500_000, counts: [{ value: 4, counter: '편' }],
};

/** Budget lines under the seed's tables from this row (0-based), below the row Insert adds. */
const FIRST_LINE = 100;
/** Line 2 (row 103): a wrong total, accepted by the reviewer before the Insert. */
const ACCEPTED = `D${FIRST_LINE + 3}`;

/** The numeric seed with 12 budget lines below it, most of them wrong for the stand-in engine. */
function markedSeed(): FakeBook {
  const book = numericSeed();
  for (let i = 1; i <= 12; i += 1) {
    const r = FIRST_LINE + i;
    const [a, b] = [1000 + i, 2000 + i];
    const row = [`사업 ${i}`, a, b, i % 6 === 0 ? a + b : a + b + 1];
    row.forEach((v, c) => book.setCell(SEED_SHEET, `${'ABCD'[c]}${r + 1}`, v));
    if (i % 4 === 0) book.setFill(SEED_SHEET, `D${r + 1}`, { color: '#4472C4', pattern: 'Solid', tintAndShade: 0.6 });
  }
  return book;
}

/**
 * The host over the book; with `refuseInsertion`, the sheet gets protected (by a
 * co-author) just before the write sync is sent: the records are staged, the
 * insertion is refused, and Excel stops there.
 */
function hostOver(book: FakeBook, refuseInsertion = false): OfficeHost {
  const run: ExcelRun = (batch) =>
    book.run((context) => {
      const sync = context.sync.bind(context);
      context.sync = () => {
        if (refuseInsertion && book.lastRun.length === 3) book.sheet(SEED_SHEET).protected = true;
        return sync();
      };
      return batch(context);
    });
  return new OfficeHost({ run, engine: sumEngine, fixContent: standInFix, notesApi: 'note', displayLanguage: () => 'ko-KR' });
}

const pendingRows = (book: FakeBook) => rawRows(book).filter((row) => row[0] === PENDING_KEY).length;
const records = (book: FakeBook) => parseState(rawRows(book));

describe('parseState and pending rows', () => {
  it('reads a pending row as no record, no acceptance and no row of another tool', () => {
    const fill = { sheet: 'S', cell: 'D15', original: { color: '#FF0000', pattern: 'Solid', tintAndShade: 0, patternColor: null, patternTintAndShade: null }, highlight: '#FFC7CE' };
    const note = { sheet: 'S', cell: 'D15', kind: 'note', content: '[검산] x' };
    const acceptance = { sheet: 'S', cell: 'D15', rule: 'product', actual: 61000, at: '2024-01-01T00:00:00.000Z' };
    const kept = [
      ['fill', JSON.stringify({ ...fill, cell: 'D14' })],
      ['acceptance', JSON.stringify({ ...acceptance, cell: 'D14' })],
      ['template', '{"future":true}'],
    ];
    const staged = [fill, note, acceptance].map((r) => [PENDING_KEY, JSON.stringify(r)]);
    const state = parseState([...kept, ...staged, [` ${PENDING_KEY} `, 'not json']]);
    expect(state.fills.map((r) => r.cell)).toEqual(['D14']);
    expect(state.notes).toEqual([]);
    expect(state.acceptances.map((a) => a.cell)).toEqual(['D14']);
    expect(state.other).toEqual([['template', '{"future":true}']]);
    expect(stateRows(state)).toEqual(kept); // written back without them
  });
});

describe('a leftover pending row of an interrupted Insert', () => {
  /** Verified, line 2 accepted, then an Insert whose insertion was refused. */
  async function interrupted() {
    const book = markedSeed();
    const unverified = book.fills(SEED_SHEET);
    const host = hostOver(book);
    const { findings } = await host.verify('workbook', verifyKo);
    const acceptance = await host.accept(findings.find((f) => f.cell === ACCEPTED) as Finding);
    const marked = book.fills(SEED_SHEET);
    const before = records(book);
    expect(before.fills.length).toBeGreaterThan(5);

    await expect(hostOver(book, true).insert(AD)).rejects.toMatchObject({ code: 'unknown' });
    expect(book.lastRun.at(-1)?.error).toBe('AccessDenied');
    book.sheet(SEED_SHEET).protected = false;
    expect(book.cell(SEED_SHEET, `A${FIRST_LINE + 2}`).value).toBe('사업 1'); // no row inserted
    expect(pendingRows(book)).toBeGreaterThan(0); // the staged records, left behind
    return { book, unverified, marked, before, acceptance };
  }

  it('is read as nothing: the records and acceptances are those before the Insert', async () => {
    const { book, before, marked, acceptance } = await interrupted();
    expect(records(book)).toEqual(before);
    const again = await hostOver(book).verify('workbook', verifyKo);
    expect(again.acceptances).toEqual<Acceptance[]>([acceptance]);
    expect(book.fills(SEED_SHEET)).toEqual(marked);
  });

  it('Clear restores every original fill exactly and drops the pending rows', async () => {
    const { book, unverified, acceptance } = await interrupted();
    await hostOver(book).clear();
    expect(book.fills(SEED_SHEET)).toEqual(unverified);
    expect(book.sheet(SEED_SHEET).notes).toEqual({});
    expect(pendingRows(book)).toBe(0);
    expect(records(book)).toEqual({ fills: [], notes: [], acceptances: [acceptance], other: [] });
  });

  it('Insert again moves the true records only, and Clear restores exactly', async () => {
    const { book, acceptance } = await interrupted();
    await hostOver(book).insert(AD);
    expect(book.cell(SEED_SHEET, `A${FIRST_LINE + 3}`).value).toBe('사업 1');
    expect(pendingRows(book)).toBe(0);
    const moved = `D${FIRST_LINE + 4}`;
    expect(records(book).acceptances).toEqual([{ ...acceptance, cell: moved }]);
    await hostOver(book).clear();

    const plain = markedSeed();
    await hostOver(plain).insert(AD);
    expect(book.fills(SEED_SHEET)).toEqual(plain.fills(SEED_SHEET));
    expect(book.sheet(SEED_SHEET).notes).toEqual({});
  });
});
