/**
 * Insert keeps the sheet consistent in Excel too (issue 14): the seed as typed (figures
 * as text), a line inserted under ○ 시 대표 SNS 운영 through OfficeHost; the parent's
 * 280,000천원 and every total above it move in the insertion's own write, and the
 * book verifies clean.
 */
import { renderText } from '../fake/model';
import { brief, findingsOf, hostOf, seedBook, SEED_SHEET } from './books';

jest.setTimeout(60_000);

it('moves the parent and every total above it in one write: zero findings', async () => {
  const book = seedBook();
  expect(brief(findingsOf(book))).toEqual([]);
  await hostOf(book).insert({
    template: 'basis-item', sheet: SEED_SHEET, cell: 'B29', level: 2, label: '홍보영상 제작', unitPrice: 500_000,
    counts: [{ value: 4, counter: '편' }, { value: 3, counter: '회' }],
  });
  expect(brief(findingsOf(book))).toEqual([]);
  const shown = (a: string) => renderText(book.cell(SEED_SHEET, a));
  expect(['D28', 'C23', 'E23', 'C22', 'B8', 'D8', 'C70', 'C72'].map(shown)).toEqual([
    '286,000천원', '430,960', '△19', '433,660', '433,660천원', '(사비)433,660천원', '433,660', '430,960',
  ]);
  // One write sync: the row, its formats and values, and every figure above (one undoable change).
  expect(book.lastRun.filter((sync) => sync.writes > 0)).toHaveLength(1);
});
