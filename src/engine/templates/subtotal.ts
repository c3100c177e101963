/**
 * Subtotal: the selected parent line's amount (text layout), or a 소계 / 합계 row's
 * (columnar layout), becomes the SUM of its parts, in place. Only when the sum
 * gives the figure the cell already shows: a template never changes a figure.
 */
import { cellAddress } from '../address';
import type { FoundTable } from '../tables/detect';
import { matchColumnarHeader } from '../tables/basisColumns';
import { childrenOf, readTextLayout, type TextLine } from './basisLines';
import { columnarRows } from './columnarRows';
import { agrees, shownUnit, sumOf } from './figures';
import { amountFormat, sumFormula } from './formula';
import { cellNumber, mergedInTheWay, type Selection } from './locate';
import { planned, type PlanOutcome } from './outcome';
import { isRefusal, refuse, type Refusal } from './refusal';
import type { SubtotalSite } from './sites';

export function subtotalSite(sel: Selection, table: FoundTable): SubtotalSite | Refusal {
  const columnar = matchColumnarHeader(sel.grid, table.top);
  const parts = columnar ? columnarParts(sel, table) : textParts(sel, table);
  if (isRefusal(parts)) return parts;
  const { row, col, rows } = parts;
  if (!rows.length) return refuse('no-children');
  const merged = mergedInTheWay(sel.merges, row, [col]);
  if (merged) return merged;
  const units = new Set(rows.map((r) => shownUnit(sel.grid, r, col) ?? table.unit));
  const own = shownUnit(sel.grid, row, col);
  if (units.size > 1 || (own && !units.has(own))) return refuse('mixed-units', { cell: cellAddress(row, col) });
  const total = sumOf(sel.grid, col, rows);
  if (isRefusal(total)) return total;
  const differs = agrees(sel.grid, row, col, total);
  if (differs) return differs;
  const target = cellNumber(sel.grid, row, col);
  const showsUnit = rows.some((r) => shownUnit(sel.grid, r, col) !== null) || own !== null;
  return {
    kind: 'subtotal',
    sheet: sel.grid.name,
    sum: { row, col, rows },
    numberFormat: target.kind === 'number' ? null : amountFormat(0, showsUnit ? table.unit : null),
  };
}

function textParts(sel: Selection, table: FoundTable): { row: number; col: number; rows: readonly number[] } | Refusal {
  const layout = readTextLayout(sel.grid, table.top, table.bottom);
  if (!layout) return refuse('does-not-fit');
  const index = layout.lines.findIndex((l) => l.row === sel.row);
  const line = layout.lines[index];
  if (!line || line.kind !== 'item') return refuse('not-a-line');
  const kids = childrenOf(layout.lines, index).map((i) => layout.lines[i] as TextLine).filter((l) => l.amountCol !== null);
  if (!kids.length) return refuse('no-children');
  const col = line.amountCol ?? layout.amountCol;
  if (col === null || kids.some((k) => k.amountCol !== col)) return refuse('does-not-fit');
  return { row: line.row, col, rows: kids.map((k) => k.row) };
}

function columnarParts(sel: Selection, table: FoundTable): { row: number; col: number; rows: readonly number[] } | Refusal {
  const layout = columnarRows(sel.grid, table.top, table.bottom);
  if (!layout) return refuse('does-not-fit');
  const row = layout.rows.find((r) => r.row === sel.row);
  if (!row || (row.kind !== 'subtotal' && row.kind !== 'total')) return refuse('not-a-line');
  return { row: row.row, col: layout.cols.amount, rows: row.parts };
}

export function planSubtotal(site: SubtotalSite): PlanOutcome {
  const { row, col, rows } = site.sum;
  return planned({
    sheet: site.sheet,
    insertAt: null,
    row,
    formatFrom: null,
    cells: [{ col, formula: sumFormula(col, rows), ...(site.numberFormat ? { numberFormat: site.numberFormat } : {}) }],
  });
}
