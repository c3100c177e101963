/**
 * 증감 and 증감률 of one summary row, in place: `=C23-B23` and
 * `=IF(B23=0,IF(C23=0,"-","순증"),ROUND((C23-B23)*100/B23,0))` at the precision the
 * table shows, negatives printed with △, never #DIV/0!. Only when the row already
 * shows these figures (or nothing): a template never changes a figure.
 */
import type { FoundTable } from '../tables/detect';
import { sub } from '../rational';
import { agrees, numberIn } from './figures';
import { amountFormat, rateExpr, ref } from './formula';
import { mergedInTheWay, type Selection } from './locate';
import { planned, type PlanOutcome } from './outcome';
import type { PlannedCell } from './plan';
import { rateAgrees, rateDecimals } from './rate';
import { isRefusal, refuse, type Refusal } from './refusal';
import type { ChangeRateSite } from './sites';

export function changeRateSite(sel: Selection, table: FoundTable): ChangeRateSite | Refusal {
  if (table.kind !== 'summary') return refuse('does-not-fit');
  const { columns } = table.model;
  const row = table.model.rows.find((r) => r.row === sel.row);
  if (!row) return refuse('not-a-line');
  if (columns.change === null && columns.rate === null) return refuse('no-columns');
  const { grid } = sel;
  const before = numberIn(grid, row.row, columns.before);
  if (isRefusal(before)) return before;
  const after = numberIn(grid, row.row, columns.after);
  if (isRefusal(after)) return after;
  const written = [columns.change, columns.rate].filter((c): c is number => c !== null);
  const merged = mergedInTheWay(sel.merges, row.row, written);
  if (merged) return merged;
  if (columns.change !== null) {
    const differs = agrees(grid, row.row, columns.change, sub(after, before));
    if (differs) return differs;
  }
  const decimals = rateDecimals(table.model);
  if (columns.rate !== null) {
    const differs = rateAgrees(grid, row.row, { before: columns.before, after: columns.after, rate: columns.rate, decimals }, null);
    if (differs) return differs;
  }
  return {
    kind: 'change-rate',
    sheet: grid.name,
    row: row.row,
    before: columns.before,
    after: columns.after,
    change: columns.change,
    rate: columns.rate,
    decimals,
  };
}

export function planChangeRate(site: ChangeRateSite): PlanOutcome {
  const { row, before, after } = site;
  const cells: PlannedCell[] = [];
  if (site.change !== null) cells.push({ col: site.change, formula: `=${ref(row, after)}-${ref(row, before)}`, numberFormat: amountFormat() });
  if (site.rate !== null) {
    cells.push({ col: site.rate, formula: `=${rateExpr(row, before, after, site.decimals)}`, numberFormat: amountFormat(site.decimals) });
  }
  return planned({ sheet: site.sheet, insertAt: null, row, formatFrom: null, cells });
}
