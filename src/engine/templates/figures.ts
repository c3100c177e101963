/**
 * Before a template turns a stated figure into a formula, the formula must give
 * what the cell already shows: a template never changes a figure (only Fix does).
 * These read the figures a formula will use and compare a target with its result.
 */
import type { Grid } from '../grid';
import { cellFigure, isDashOnly, type MoneyUnit } from '../number';
import { add, eq, toNumber, ZERO, type Rational } from '../rational';
import { cellAddress } from '../address';
import { formatNumber } from '../format';
import { cellNumber } from './locate';
import { refuse, type Refusal } from './refusal';

/** The sum a SUM over these cells gives, or a refusal naming a cell that holds its figure as text. */
export function sumOf(grid: Grid, col: number, rows: readonly number[]): Rational | Refusal {
  let total = ZERO;
  for (const r of rows) {
    const n = cellNumber(grid, r, col);
    if (n.kind === 'number') total = add(total, n.value);
    else if (n.kind === 'text' && !isDashOnly(n.text)) return refuse('text-figure', { cell: cellAddress(r, col) });
  }
  return total;
}

/** A number the formula reads (empty is zero), or a refusal for text. */
export function numberIn(grid: Grid, row: number, col: number): Rational | Refusal {
  const n = cellNumber(grid, row, col);
  if (n.kind === 'number') return n.value;
  if (n.kind === 'empty' || isDashOnly(n.text)) return ZERO;
  return refuse('text-figure', { cell: cellAddress(row, col) });
}

/**
 * A cell about to hold a formula giving `computed`: fine when empty or when it
 * states that figure already (as a number, or as text such as `280,000천원`).
 */
export function agrees(grid: Grid, row: number, col: number, computed: Rational): Refusal | null {
  const n = cellNumber(grid, row, col);
  if (n.kind === 'empty') return null;
  const cell = grid.cell(row, col);
  const figure = n.kind === 'number' ? { value: n.value } : cellFigure(cell.value, cell.text);
  if (figure && eq(figure.value, computed)) return null;
  return refuse('figure-differs', {
    cell: cellAddress(row, col),
    stated: cell.text.trim() || String(cell.value),
    computed: formatNumber(toNumber(computed)),
  });
}

/** The unit a figure cell shows (`60,000천원` → 천원), or null when it shows none. */
export function shownUnit(grid: Grid, row: number, col: number): MoneyUnit | null {
  const cell = grid.cell(row, col);
  const f = cellFigure(cell.value, cell.text);
  return f && f.unit && f.unit !== '%' ? f.unit : null;
}
