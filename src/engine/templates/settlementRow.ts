/**
 * A new year's row of a 결산 table: the typed figures, and
 * 예산현액 = 최종예산 + 전년이월 + 예산변경, 집행잔액 = 예산현액 − 집행액 − 차년이월 as formulas.
 */
import type { FoundTable } from '../tables/detect';
import { matchSettlementHeader } from '../tables/settlement';
import { amountFormat, ref } from './formula';
import { figureInput } from './inputs';
import { insertPoint, type Selection } from './locate';
import { planned, refused, type PlanOutcome } from './outcome';
import type { PlannedCell, TemplateRequest } from './plan';
import { isRefusal, refuse, type Refusal } from './refusal';
import type { SettlementKey, SettlementSite } from './sites';

const INPUTS = ['final', 'carriedIn', 'changed', 'spent', 'carriedOut'] as const;

export function settlementSite(sel: Selection, table: FoundTable): SettlementSite | Refusal {
  if (table.kind !== 'settlement') return refuse('does-not-fit');
  const header = matchSettlementHeader(sel.grid, table.top);
  if (!header) return refuse('does-not-fit');
  if (header.current === null) return refuse('no-columns');
  const cols: Record<SettlementKey, number | null> = {
    final: header.final, carriedIn: header.carriedIn, changed: header.changed, current: header.current,
    spent: header.spent, carriedOut: header.carriedOut, balance: header.balance,
  };
  const written = [header.label, ...Object.values(cols).filter((c): c is number => c !== null)];
  const formatFrom = sel.row > table.top ? sel.row : Math.min(table.top + 1, table.bottom);
  const point = insertPoint(sel, sel.row + 1, formatFrom, written);
  if (isRefusal(point)) return point;
  return { kind: 'settlement-row', sheet: sel.grid.name, ...point, labelCol: header.label, cols };
}

export function planSettlementRow(site: SettlementSite, request: TemplateRequest): PlanOutcome {
  const label = typeof request.label === 'string' ? request.label.trim() : '';
  if (!label || label.length > 40 || /[\r\n]/.test(label)) return refused(refuse('bad-input', { field: 'label' }));
  const row = site.insertAt;
  const shift = (r: number) => (r >= site.insertAt ? r + 1 : r);
  const cells: PlannedCell[] = [{ col: site.labelCol, value: label }];
  for (const key of INPUTS) {
    const col = site.cols[key];
    if (col === null) continue;
    const value = figureInput(request.figures?.[key]);
    if (value === null) return refused(refuse('bad-input', { field: 'figures' }));
    cells.push({ col, value, numberFormat: amountFormat() });
  }
  const at = (key: SettlementKey) => (site.cols[key] === null ? null : ref(row, site.cols[key] as number));
  const current = at('current') as string;
  const plus = [at('final'), at('carriedIn'), at('changed')].filter((r): r is string => r !== null);
  cells.push({ col: site.cols.current as number, formula: `=${plus.length ? plus.join('+') : '0'}`, numberFormat: amountFormat() });
  const spent = at('spent');
  if (site.cols.balance !== null && spent !== null) {
    const minus = [spent, at('carriedOut')].filter((r): r is string => r !== null);
    cells.push({ col: site.cols.balance, formula: `=${current}-${minus.join('-')}`, numberFormat: amountFormat() });
  }
  return planned({
    sheet: site.sheet,
    insertAt: site.insertAt,
    row,
    formatFrom: shift(site.formatFrom),
    formatSpans: site.formatSpans,
    cells: cells.sort((a, b) => a.col - b.col),
  });
}
