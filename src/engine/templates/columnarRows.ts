/**
 * The rows of a 산출근거 table in the columnar layout, classified the way
 * tables/basisColumns.ts reads them: items (with a unit price), group headings,
 * 소계 rows closing a group, and the 합계 row. Each sum row lists its parts.
 */
import { normalizeLabel, type Grid } from '../grid';
import { matchColumnarHeader, type ColumnarBasis } from '../tables/basisColumns';
import { cellNumber } from './locate';

export interface ColumnarRow {
  readonly row: number;
  readonly kind: 'item' | 'heading' | 'subtotal' | 'total';
  /** Rows a sum row adds up (item amounts of its group; 소계 rows and the last group for 합계). */
  readonly parts: readonly number[];
}

export interface ColumnarLayout {
  readonly cols: ColumnarBasis;
  readonly rows: readonly ColumnarRow[];
}

export const SUM_LABELS = new Set(['소계', '합계', '계', '총계']);

export function columnarRows(grid: Grid, headerRow: number, bottom: number): ColumnarLayout | null {
  const cols = matchColumnarHeader(grid, headerRow);
  if (!cols) return null;
  const rows: ColumnarRow[] = [];
  let group: number[] = [];
  const subtotals: number[] = [];
  const items: number[] = [];
  for (let r = headerRow + 1; r <= bottom; r++) {
    if (grid.isBlankRow(r)) break;
    const key = normalizeLabel(grid.text(r, cols.label));
    const hasAmount = cellNumber(grid, r, cols.amount).kind !== 'empty';
    if (key === '소계') {
      rows.push({ row: r, kind: 'subtotal', parts: group });
      if (hasAmount) subtotals.push(r);
      group = [];
    } else if (SUM_LABELS.has(key)) {
      rows.push({ row: r, kind: 'total', parts: subtotals.length ? [...subtotals, ...group] : items.slice() });
    } else if (cellNumber(grid, r, cols.price).kind !== 'empty') {
      rows.push({ row: r, kind: 'item', parts: [] });
      if (hasAmount) {
        group.push(r);
        items.push(r);
      }
    } else if (hasAmount) {
      rows.push({ row: r, kind: 'item', parts: [] }); // an amount without a price: a plain leaf
      group.push(r);
      items.push(r);
    } else {
      rows.push({ row: r, kind: 'heading', parts: [] });
      group = [];
    }
  }
  return { cols, rows };
}
