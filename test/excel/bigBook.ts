/**
 * Budget sheets of hundreds of thousands of rows for the adapter tests, generated
 * cell by cell on demand (FakeSheet.generated) instead of one stored object per cell.
 *
 * Row 0 is a header; row i ≥ 1 is `사업 i | a | b | a+b | 천원 | …`, 10 columns with
 * the last five mostly empty (as in a budget book), and the total off by one on
 * every `badEvery`-th row (the stand-in engine in helpers.ts flags it).
 */
import { FakeBook } from './fake/book';
import { NO_FILL, type FakeCell } from './fake/model';

export const BIG_COLUMNS = 10;

export function bigBudgetBook(rows: number, badEvery = 0, name = 'Sheet1'): FakeBook {
  const book = FakeBook.create({ [name]: [] });
  book.sheet(name).generated = {
    rows: rows + 1,
    columns: BIG_COLUMNS,
    cell: (r, c) => bigCell(r, c, badEvery),
  };
  return book;
}

function bigCell(r: number, c: number, badEvery: number): FakeCell | undefined {
  // The fill is shared (frozen): the fake copies a generated cell before writing to it.
  // Figures carry the text `#,##0` shows, made here: the fake's general formatter is slow at this size.
  const cell = (value: FakeCell['value'], numberFormat = 'General'): FakeCell => ({
    value,
    formula: null,
    numberFormat,
    text: typeof value === 'number' ? String(value).replace(/\B(?=(\d{3})+$)/g, ',') : null,
    error: null,
    fill: NO_FILL as FakeCell['fill'],
  });
  if (r === 0)
    return cell(['구분', '국비', '시비', '계', '단위', '비고', '', '', '', '확인'][c] || null);
  const a = 1000 + (r % 9000);
  const b = 2000 + (r % 7000);
  switch (c) {
    case 0:
      return cell(`사업 ${r}`);
    case 1:
      return cell(a, '#,##0');
    case 2:
      return cell(b, '#,##0');
    case 3:
      return cell(badEvery > 0 && r % badEvery === 0 ? a + b + 1 : a + b, '#,##0');
    case 4:
      return cell('천원');
    case 9:
      return r % 10 === 0 ? cell('○') : undefined;
    default:
      return undefined;
  }
}
