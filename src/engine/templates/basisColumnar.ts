/**
 * Basis item in the columnar layout: `항목 | 단가 | 수량 | 횟수 | 금액`. The new row
 * holds its inputs in the table's own columns and its amount as
 * `=ROUNDDOWN(B8*C8*D8/1000,0)` (the rounding the user chose, by default the
 * table's). When the group's 소계 is our own SUM, it takes the new row in.
 */
import { normalizeLabel } from '../grid';
import { MONEY_SCALE } from '../number';
import { div, mul, rat, type Rational } from '../rational';
import type { FoundTable } from '../tables/detect';
import { columnarRows, SUM_LABELS, type ColumnarLayout } from './columnarRows';
import { amountFormat, PERCENT_COUNT_FORMAT, productExpr, ref } from './formula';
import { joinedAt, joinedUpdates } from './joined';
import { basisInputs } from './inputs';
import { insertPoint, type Selection } from './locate';
import { planned, refused, type PlanOutcome } from './outcome';
import type { PlannedCell, TemplateRequest } from './plan';
import { isRefusal, refuse, type Refusal } from './refusal';
import { defaultRounding, roundExcel } from './roundings';
import type { BasisColumnarSite, Joined } from './sites';

export function basisColumnarSite(sel: Selection, table: FoundTable): BasisColumnarSite | Refusal {
  const layout = columnarRows(sel.grid, table.top, table.bottom);
  if (!layout) return refuse('does-not-fit');
  const index = layout.rows.findIndex((r) => r.row === sel.row);
  const selected = layout.rows[index];
  if (!selected || (selected.kind !== 'item' && selected.kind !== 'heading')) return refuse('not-a-line');
  const { cols } = layout;
  const written = [cols.label, cols.price, ...cols.counts.map((c) => c.col), cols.amount];
  const formatFrom = selected.kind === 'item' ? selected.row : (layout.rows.find((r) => r.kind === 'item')?.row ?? selected.row);
  const point = insertPoint(sel, sel.row + 1, formatFrom, written);
  if (isRefusal(point)) return point;
  return {
    kind: 'basis-columnar',
    sheet: sel.grid.name,
    ...point,
    labelCol: cols.label,
    priceCol: cols.price,
    priceUnit: cols.priceUnit,
    counts: cols.counts,
    amountCol: cols.amount,
    amountUnit: cols.amountUnit ?? table.unit,
    rounding: defaultRounding(table.rounding),
    joins: groupJoins(sel, table, layout, index),
  };
}

/** The sum the new row belongs to: its group's 소계, or the 합계 of a table without 소계 rows. */
function groupJoins(sel: Selection, table: FoundTable, layout: ColumnarLayout, index: number): Joined | null {
  const col = layout.cols.amount;
  const hasSubtotals = layout.rows.some((r) => r.kind === 'subtotal');
  for (let i = index + 1; i < layout.rows.length; i++) {
    const r = layout.rows[i];
    if (!r || r.kind === 'heading') return null;
    if (r.kind === 'item') continue;
    if (r.kind === 'total' && hasSubtotals) return null;
    return joinedAt(sel, table, { row: r.row, col }, r.parts, '');
  }
  return null;
}

export function planBasisColumnar(site: BasisColumnarSite, request: TemplateRequest): PlanOutcome {
  const inputs = basisInputs(request);
  if (isRefusal(inputs)) return refused(inputs);
  const key = normalizeLabel(inputs.label);
  if (SUM_LABELS.has(key) || inputs.label.startsWith('□')) return refused(refuse('bad-input', { field: 'label' }));
  if (inputs.counts.length > site.counts.length) return refused(refuse('bad-input', { field: 'counts' }));
  const row = site.insertAt;
  const shift = (r: number) => (r >= site.insertAt ? r + 1 : r);
  const price = inputs.unitPrice / Number(MONEY_SCALE[site.priceUnit]);
  const cells: PlannedCell[] = [
    { col: site.labelCol, value: inputs.label },
    { col: site.priceCol, value: price },
  ];
  const factors = [ref(row, site.priceCol)];
  let exact: Rational = rat(inputs.unitPrice);
  let percents = 0;
  for (const [i, count] of inputs.counts.entries()) {
    const column = site.counts[i];
    if (!column) continue;
    if (count.counter === '%' && !column.percent) return refused(refuse('bad-input', { field: 'counts' }));
    cells.push({ col: column.col, value: count.value, ...(column.percent ? { numberFormat: PERCENT_COUNT_FORMAT } : {}) });
    factors.push(ref(row, column.col));
    exact = mul(exact, column.percent ? div(rat(count.value), rat(100)) : rat(count.value));
    if (column.percent) percents++;
  }
  const rounding = request.rounding ?? site.rounding;
  cells.push({ col: site.amountCol, formula: `=${productExpr(factors, site.priceUnit, site.amountUnit, percents, rounding)}`, numberFormat: amountFormat() });
  const amount = roundExcel(div(exact, rat(MONEY_SCALE[site.amountUnit])), rounding);
  const joined = joinedUpdates(site.joins, row, amount * Number(MONEY_SCALE[site.amountUnit]), shift);
  const updates = joined.updates;
  return planned(
    {
      sheet: site.sheet,
      insertAt: site.insertAt,
      row,
      formatFrom: shift(site.formatFrom),
      formatSpans: site.formatSpans,
      cells: cells.sort((a, b) => a.col - b.col),
      ...(updates.length ? { updates } : {}),
    },
    { amount, joined },
  );
}
