/** Clear puts every fill back exactly, also after the file is saved and reopened, and spares the user's notes. */
import { STATE_SHEET } from '../../src/engine/review';
import { HIGHLIGHT } from '../../src/excel/fill';
import { FakeBook } from './fake/book';
import type { FakeAppearance } from './fake/book';
import { budgetRows, hostFor, verifyKo } from './helpers';

/** Rows 2–7 are wrong (D2:D7 flagged), each with a different original fill. */
function bookWithFills(): { book: FakeBook; before: Record<string, FakeAppearance> } {
  const book = FakeBook.create({ Sheet1: budgetRows(7, 1) });
  book.setFill('Sheet1', 'D3', { color: '#FFFF00', pattern: 'Solid' }); // plain colour
  book.setFill('Sheet1', 'D4', { color: '#4472C4', pattern: 'Solid', tintAndShade: 0.6 }); // theme colour, lighter 60%
  book.setFill('Sheet1', 'D5', { color: '#FFFFFF', pattern: 'Gray25', patternColor: '#FF0000' }); // pattern
  book.setFill('Sheet1', 'D6', {
    color: '#70AD47',
    pattern: 'LightUp',
    tintAndShade: -0.25,
    patternColor: '#5B9BD5',
    patternTintAndShade: 0.4,
  });
  book.setFill('Sheet1', 'D7', { color: '#FFC7CE', pattern: 'Solid' }); // already the highlight colour
  // D2 and D8 have no fill at all.
  return { book, before: book.fills('Sheet1') };
}

describe('clear', () => {
  it('returns every highlighted cell to its original fill: no fill, colours, theme tints and patterns', async () => {
    const { book, before } = bookWithFills();
    const host = hostFor(book);
    const result = await host.verify('workbook', verifyKo);
    expect(result.findings).toHaveLength(7);
    for (const cell of ['D2', 'D3', 'D4', 'D5', 'D6', 'D8'])
      expect(book.fill('Sheet1', cell)).toMatchObject({
        color: HIGHLIGHT.error,
        pattern: 'Solid',
        tintAndShade: 0,
      });
    await host.clear();
    expect(book.fills('Sheet1')).toEqual(before);
    expect(book.sheet('Sheet1').notes).toEqual({});
  });

  it('works after the file is saved, closed and reopened', async () => {
    const { book, before } = bookWithFills();
    await hostFor(book).verify('workbook', verifyKo);
    const reopened = FakeBook.reopen(book.persist());
    await hostFor(reopened).clear();
    expect(reopened.fills('Sheet1')).toEqual(before);
    expect(reopened.sheet('Sheet1').notes).toEqual({});
  });

  it('never takes its own highlight for the original when verify runs twice', async () => {
    const { book, before } = bookWithFills();
    const host = hostFor(book);
    await host.verify('workbook', verifyKo);
    await host.verify('workbook', verifyKo);
    await host.clear();
    expect(book.fills('Sheet1')).toEqual(before);
  });

  it('leaves a cell alone that the user repainted after it was highlighted', async () => {
    const { book } = bookWithFills();
    const host = hostFor(book);
    await host.verify('workbook', verifyKo);
    book.setFill('Sheet1', 'D3', { color: '#00B050', pattern: 'Solid' });
    await host.clear();
    expect(book.fill('Sheet1', 'D3')).toMatchObject({ color: '#00B050', pattern: 'Solid' });
  });

  it('keeps acceptances and drops only fill and note records', async () => {
    const book = FakeBook.create({ Sheet1: budgetRows(4, 2) });
    const host = hostFor(book);
    const { findings } = await host.verify('workbook', verifyKo);
    await host.accept(findings[0]!, '원 단위 절사');
    await host.clear();
    const keys = Object.entries(book.sheet(STATE_SHEET).cells)
      .filter(([k]) => k.endsWith(',0'))
      .map(([, c]) => c.value);
    expect(keys.filter((k) => k !== null)).toEqual(['acceptance']);
  });

  it('does nothing, in one sync, on a workbook the add-in never marked', async () => {
    const book = FakeBook.create({ Sheet1: budgetRows(3, 1) });
    await hostFor(book).clear();
    expect(book.lastRun).toHaveLength(1);
    expect(book.data.sheets.map((s) => s.name)).toEqual(['Sheet1']);
  });
});

describe("the user's notes", () => {
  it('are never overwritten or removed', async () => {
    const book = FakeBook.create({ Sheet1: budgetRows(4, 2) });
    book.sheet('Sheet1').notes.D3 = { content: '담당자 확인 필요', author: 'Kim' };
    const host = hostFor(book);
    await host.verify('workbook', verifyKo);
    expect(book.sheet('Sheet1').notes.D3).toEqual({ content: '담당자 확인 필요', author: 'Kim' });
    expect(book.sheet('Sheet1').notes.D5?.content).toContain('[검산]');
    await host.verify('workbook', verifyKo);
    await host.clear();
    expect(book.sheet('Sheet1').notes).toEqual({
      D3: { content: '담당자 확인 필요', author: 'Kim' },
    });
  });

  it('include a note of ours that the user has edited since', async () => {
    const book = FakeBook.create({ Sheet1: budgetRows(4, 2) });
    const host = hostFor(book);
    await host.verify('workbook', verifyKo);
    book.sheet('Sheet1').notes.D3!.content += '\n→ 확인함';
    await host.verify('workbook', verifyKo);
    await host.clear();
    expect(Object.keys(book.sheet('Sheet1').notes)).toEqual(['D3']);
  });

  it('are kept with the comment fallback too, where notes are not available', async () => {
    const book = FakeBook.create({ Sheet1: budgetRows(4, 2) });
    book.data.comments.push({ id: 'u1', sheet: 'Sheet1', cell: 'D3', content: '사용자 의견' });
    const host = hostFor(book, 'comment');
    await host.verify('workbook', verifyKo);
    expect(book.data.comments.map((c) => [c.cell, c.content.slice(0, 4)])).toEqual([
      ['D3', '사용자 '],
      ['D5', '[검산]'],
    ]);
    await host.clear();
    expect(book.data.comments).toEqual([
      { id: 'u1', sheet: 'Sheet1', cell: 'D3', content: '사용자 의견' },
    ]);
  });
});
