/**
 * 계 of a summary (예산 총괄) or schedule (추진일정) table: the SUM of the category
 * rows in every amount column, and in a summary the rate on its own A and B.
 * An existing 계 row becomes live in place (only if the sums give what it shows);
 * a table without one gets it inserted as its first row, as the documents do.
 */
import { normalizeLabel } from '../grid';
import type { FoundTable } from '../tables/detect';
import { matchScheduleHeader } from '../tables/schedule';
import { agrees, sumOf } from './figures';
import { amountFormat, rateExpr, sumFormula } from './formula';
import { insertPoint, mergedInTheWay, type Selection } from './locate';
import { planned, type PlanOutcome } from './outcome';
import type { PlannedCell } from './plan';
import { rateAgrees, rateDecimals } from './rate';
import { isRefusal, refuse, type Refusal } from './refusal';
import type { RateColumns, TotalRowSite } from './sites';

const TOTAL_LABELS = new Set(['계', '합계', '총계', '총괄']);

interface Shape {
  readonly labelCol: number;
  readonly total: number | null;
  readonly body: readonly number[];
  readonly sumCols: readonly number[];
  readonly rate: Omit<RateColumns, 'decimals'> | null;
  readonly decimals: number;
}

export function totalRowSite(sel: Selection, table: FoundTable): TotalRowSite | Refusal {
  const shape = shapeOf(sel, table);
  if (isRefusal(shape)) return shape;
  if (!shape.body.length) return refuse('no-children');
  const { grid } = sel;
  const written = [...shape.sumCols, ...(shape.rate ? [shape.rate.rate] : [])];
  for (const col of shape.sumCols) {
    const total = sumOf(grid, col, shape.body);
    if (isRefusal(total)) return total;
    if (shape.total !== null) {
      const differs = agrees(grid, shape.total, col, total);
      if (differs) return differs;
    }
  }
  const rate = shape.rate ? { ...shape.rate, decimals: shape.decimals } : null;
  if (shape.total !== null) {
    const merged = mergedInTheWay(sel.merges, shape.total, written);
    if (merged) return merged;
    if (rate) {
      const differs = rateAgrees(grid, shape.total, rate, shape.body);
      if (differs) return differs;
    }
    const sums = shape.sumCols.map((col) => ({ col, rows: shape.body }));
    return { kind: 'total-row', sheet: grid.name, insert: null, row: shape.total, labelCol: shape.labelCol, sums, rate };
  }
  const first = shape.body[0] as number;
  const point = insertPoint(sel, first, first, [shape.labelCol, ...written]);
  if (isRefusal(point)) return point;
  const sums = shape.sumCols.map((col) => ({ col, rows: shape.body }));
  return { kind: 'total-row', sheet: grid.name, insert: point, row: first, labelCol: shape.labelCol, sums, rate };
}

function shapeOf(sel: Selection, table: FoundTable): Shape | Refusal {
  if (table.kind === 'summary') {
    const { rows, columns } = table.model;
    const total = rows.find((r) => r.isTotal)?.row ?? null;
    const sumCols = [columns.before, columns.after, ...(columns.change === null ? [] : [columns.change])];
    const rate = columns.rate === null ? null : { before: columns.before, after: columns.after, rate: columns.rate };
    return { labelCol: columns.label, total, body: rows.filter((r) => !r.isTotal).map((r) => r.row), sumCols, rate, decimals: rateDecimals(table.model) };
  }
  if (table.kind === 'schedule') {
    const cols = matchScheduleHeader(sel.grid, table.top);
    if (!cols) return refuse('does-not-fit');
    let total: number | null = null;
    const body: number[] = [];
    for (let r = table.top + 1; r <= table.bottom; r++) {
      const label = sel.grid.text(r, cols.label);
      if (!label || /^[-─=\s]+$/.test(label)) continue;
      if (TOTAL_LABELS.has(normalizeLabel(label))) total = total ?? r;
      else body.push(r);
    }
    return { labelCol: cols.label, total, body, sumCols: [cols.amount], rate: null, decimals: 0 };
  }
  return refuse('does-not-fit');
}

export function planTotalRow(site: TotalRowSite): PlanOutcome {
  const at = site.insert?.insertAt ?? null;
  const shift = (r: number) => (at !== null && r >= at ? r + 1 : r);
  const row = site.row;
  const cells: PlannedCell[] = site.sums.map(({ col, rows }) => ({
    col,
    formula: sumFormula(col, rows.map(shift)),
    numberFormat: amountFormat(),
  }));
  if (site.rate) {
    const { before, after, rate, decimals } = site.rate;
    cells.push({ col: rate, formula: `=${rateExpr(row, before, after, decimals)}`, numberFormat: amountFormat(decimals) });
  }
  if (site.insert) cells.push({ col: site.labelCol, value: '계' });
  return planned({
    sheet: site.sheet,
    insertAt: at,
    row,
    formatFrom: site.insert ? shift(site.insert.formatFrom) : null,
    ...(site.insert ? { formatSpans: site.insert.formatSpans } : {}),
    cells: cells.sort((a, b) => a.col - b.col),
  });
}
