import {
  FINDING_ROW_HEIGHT,
  GROUP_ROW_HEIGHT,
  layoutRows,
  rowsInView,
} from '../../../../src/taskpane/components/FindingsList/listRows';
import { groupByTable, reviewItems } from '../../../../src/taskpane/review/reviewModel';
import { FINDINGS, TABLES, finding } from '../../fakeHost';

describe('layoutRows', () => {
  it('puts each table header before its findings, with offsets and navigation positions', () => {
    const layout = layoutRows(groupByTable(reviewItems(FINDINGS, []), TABLES));
    expect(layout.rows.map((r) => [r.kind, r.top])).toEqual([
      ['group', 0],
      ['finding', GROUP_ROW_HEIGHT],
      ['group', GROUP_ROW_HEIGHT + FINDING_ROW_HEIGHT],
      ['finding', 2 * GROUP_ROW_HEIGHT + FINDING_ROW_HEIGHT],
      ['finding', 2 * GROUP_ROW_HEIGHT + 2 * FINDING_ROW_HEIGHT],
      ['finding', 2 * GROUP_ROW_HEIGHT + 3 * FINDING_ROW_HEIGHT],
    ]);
    expect(layout.totalHeight).toBe(2 * GROUP_ROW_HEIGHT + 4 * FINDING_ROW_HEIGHT);
    const positions = layout.rows.flatMap((r) => (r.kind === 'finding' ? [r.index] : []));
    expect(positions).toEqual([0, 1, 2, 3]);
    expect(layout.rowOfKey.get('Sheet1!D13|subtotal')).toBe(4);
  });
});

describe('rowsInView', () => {
  const many = Array.from({ length: 10000 }, (_, i) => finding({ cell: `D${i + 1}` }));
  const { rows } = layoutRows(groupByTable(reviewItems(many, []), TABLES));

  it('returns only the rows overlapping the viewport', () => {
    const from = 50 * FINDING_ROW_HEIGHT + GROUP_ROW_HEIGHT + 10;
    const { start, end } = rowsInView(rows, from, from + 3 * FINDING_ROW_HEIGHT);
    expect(start).toBe(51); // row 0 is the header; the 51st finding row starts above `from`
    expect(end - start).toBe(4);
    expect(rows[start]!.top).toBeLessThanOrEqual(from);
    expect(rows[start]!.top + rows[start]!.height).toBeGreaterThan(from);
  });

  it('copes with the ends', () => {
    expect(rowsInView(rows, -500, 0)).toEqual({ start: 0, end: 0 });
    expect(rowsInView(rows, 0, 1)).toEqual({ start: 0, end: 1 });
    const bottom = rows.length * FINDING_ROW_HEIGHT;
    expect(rowsInView(rows, bottom, bottom + 100)).toEqual({
      start: rows.length,
      end: rows.length,
    });
    expect(rowsInView([], 0, 100)).toEqual({ start: 0, end: 0 });
  });
});
