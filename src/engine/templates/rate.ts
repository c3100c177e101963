/** The change rate as a template writes it, computed exactly, to compare with what a cell shows. */
import type { Grid } from '../grid';
import { cellFigure } from '../number';
import { eq, isZero, rat, toNumber, type Rational } from '../rational';
import { changeRateValue, ratePrecision } from '../rules/changeRate';
import { cellAddress } from '../address';
import { formatNumber } from '../format';
import type { SummaryTable } from '../tables/summary';
import { numberIn, sumOf } from './figures';
import { cellNumber } from './locate';
import { refuse, isRefusal, type Refusal } from './refusal';
import { roundExcel } from './roundings';
import type { RateColumns } from './sites';

/** Decimals the table's rates show (the seed: whole percents). */
export function rateDecimals(table: SummaryTable): number {
  return ratePrecision(table.rows.map((r) => r.rate?.like?.decimals));
}

/** What `rateExpr` gives for A and B: `-`, `순증`, or the rate rounded half away from zero. */
export function rateResult(before: Rational, after: Rational, decimals: number): number | '-' | '순증' {
  const rate = changeRateValue(before, after, decimals);
  if (rate === null) return isZero(after) ? '-' : '순증';
  return toNumber(rate);
}

/**
 * Whether the rate cell already shows what the formula will (A and B read from
 * the row, or summed over `body` for a total row whose A and B become sums).
 */
export function rateAgrees(grid: Grid, row: number, cols: RateColumns, body: readonly number[] | null): Refusal | null {
  const read = (col: number) => (body ? sumOf(grid, col, body) : numberIn(grid, row, col));
  const before = read(cols.before);
  if (isRefusal(before)) return before;
  const after = read(cols.after);
  if (isRefusal(after)) return after;
  const result = rateResult(before, after, cols.decimals);
  const stated = cellNumber(grid, row, cols.rate);
  if (stated.kind === 'empty') return null;
  const cell = grid.cell(row, cols.rate);
  const shown = cell.text.trim();
  if (typeof result === 'string') return shown === result ? null : differs(row, cols.rate, shown, result);
  const figure = stated.kind === 'number' ? { value: stated.value } : cellFigure(cell.value, cell.text);
  if (figure && eq(rat(roundExcel(figure.value, 'half-up', cols.decimals)), rat(result))) return null;
  return differs(row, cols.rate, shown, formatNumber(result));
}

function differs(row: number, col: number, stated: string, computed: string): Refusal {
  return refuse('figure-differs', { cell: cellAddress(row, col), stated, computed });
}
