/**
 * 추진일정 (schedule): 사업추진절차 | 추진기간 | 예산집행금액 | 추진세부내용, a 계 row and
 * one row per step (some steps spend nothing). Identity: 계 = Σ steps; across
 * tables, 계 = 사업비.
 */
import { normalizeLabel, type Grid } from '../grid';
import type { Derivation, Figure } from '../checks/ledger';
import { readAmount, type TableContext } from './context';
import { defineKind, type NamedFigure } from './kind';

export interface ScheduleColumns {
  readonly label: number;
  readonly amount: number;
}

export interface ScheduleTable {
  readonly total: Figure | null;
  readonly steps: Figure[];
  readonly lastRow: number;
}

export function matchScheduleHeader(grid: Grid, row: number): ScheduleColumns | null {
  const cols = grid.filledColumns(row);
  // Each of the amount's names has 집행 or 소요: looked for before the pattern, which most
  // cells fail. Loops, not closures (anyLabel in grid.ts says why).
  let amount: number | undefined;
  for (const c of cols) {
    const t = grid.label(row, c);
    if ((t.includes('집행') || t.includes('소요')) && /예산집행금액|집행금액|집행계획액|소요예산/.test(t)) {
      amount = c;
      break;
    }
  }
  if (amount === undefined) return null;
  let label = cols[0] as number;
  for (const c of cols) {
    if (!/추진|절차|단계|구분/.test(grid.label(row, c))) continue;
    label = c;
    break;
  }
  return { label, amount };
}

export function parseSchedule(ctx: TableContext, header: number, cols: ScheduleColumns): ScheduleTable {
  const { grid } = ctx;
  let total: Figure | null = null;
  const steps: Figure[] = [];
  let lastRow = header;
  for (let r = header + 1; r < grid.bottom; r++) {
    if (grid.isBlankRow(r)) break;
    const label = grid.text(r, cols.label);
    if (/^[-─=\s]+$/.test(label) && !grid.text(r, cols.amount)) continue; // a ruled separator line
    if (!label || label.startsWith('□')) break;
    lastRow = r;
    const fig = readAmount(ctx, r, cols.amount, label);
    if (!fig) continue;
    if (['계', '합계', '총계'].includes(normalizeLabel(label))) total = total ?? fig;
    else steps.push(fig);
  }
  return { total, steps, lastRow };
}

export function scheduleDerivations(table: ScheduleTable): Derivation[] {
  if (!table.total || table.steps.length === 0) return [];
  return [{ kind: 'linear', rule: 'total', target: table.total, terms: table.steps.map((fig) => ({ coef: 1, fig })) }];
}

export const scheduleKind = defineKind({
  kind: 'schedule',
  match: matchScheduleHeader,
  parse: (ctx, row, cols) => {
    const model = parseSchedule(ctx, row, cols);
    const named: NamedFigure[] = model.total ? [{ role: 'schedule-total', fig: model.total }] : [];
    return { model, lastRow: model.lastRow, rounding: 'exact', derivations: scheduleDerivations(model), named };
  },
});
