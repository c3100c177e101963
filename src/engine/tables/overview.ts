/**
 * 사업개요 (overview): `사업비 | 427,660천원 | (국비) | (사비)427,660천원` with more
 * funding cells on the next rows. Identity: 사업비 = Σ funding shares; across
 * tables, 사업비 = the summary's 계 for the current year.
 */
import { normalizeLabel, type Grid } from '../grid';
import { parseLabelledFigure } from '../number';
import type { Derivation, Figure } from '../checks/ledger';
import { amountFigure, readParsed, type TableContext } from './context';
import { defineKind, type NamedFigure } from './kind';

export const FUNDING_LABELS = new Set(['국비', '도비', '시비', '사비', '구비', '군비', '기타', '교부세', '특교세', '기금']);

export interface OverviewTable {
  readonly budget: Figure | null;
  readonly shares: Figure[];
  readonly firstRow: number;
  readonly lastRow: number;
  readonly firstCol: number;
  readonly lastCol: number;
}

export function matchOverviewHeader(grid: Grid, row: number): number | null {
  const col = budgetColumn(grid, row);
  if (col < 0) return null;
  for (let r = row; r < Math.min(grid.bottom, row + 3); r++) if (holdsFunding(grid, r)) return col;
  return null;
}

function holdsFunding(grid: Grid, row: number): boolean {
  for (const c of grid.filledColumns(row)) if (isFundingCell(grid.text(row, c))) return true;
  return false;
}

/**
 * The row's 사업비 label, or -1. The label drops spaces and dots, so its text has 사 at
 * least: most cells have none. Loops, not closures (anyLabel in grid.ts says why).
 */
function budgetColumn(grid: Grid, row: number): number {
  for (const c of grid.filledColumns(row)) if (grid.text(row, c).includes('사') && grid.label(row, c).startsWith('사업비')) return c;
  return -1;
}

function isFundingCell(text: string): boolean {
  const labelled = parseLabelledFigure(text);
  return labelled !== null && FUNDING_LABELS.has(normalizeLabel(labelled.label));
}

export function parseOverview(ctx: TableContext, row: number, labelCol: number): OverviewTable {
  const { grid } = ctx;
  let budget: Figure | null = null;
  for (let c = labelCol + 1; c < grid.right && !budget; c++) {
    const text = grid.text(row, c);
    if (!text || isFundingCell(text)) continue;
    const parsed = readParsed(ctx, row, c);
    if (parsed && parsed.unit !== '%') budget = amountFigure(ctx, row, c, parsed, '사업비');
  }
  const shares: Figure[] = [];
  let lastRow = row;
  let lastCol = labelCol;
  for (let r = row; r < Math.min(grid.bottom, row + 3); r++) {
    for (const c of grid.filledColumns(r)) {
      const labelled = parseLabelledFigure(grid.text(r, c));
      if (!labelled || !FUNDING_LABELS.has(normalizeLabel(labelled.label))) continue;
      lastRow = Math.max(lastRow, r);
      lastCol = Math.max(lastCol, c);
      if (labelled.figure && labelled.figure.unit !== '%') {
        shares.push(amountFigure(ctx, r, c, labelled.figure, `(${labelled.label})`));
      }
    }
  }
  return { budget, shares, firstRow: row, lastRow, firstCol: labelCol, lastCol };
}

/** 사업비 = Σ shares, when at least one share states an amount. */
export function overviewDerivations(table: OverviewTable): Derivation[] {
  if (!table.budget || table.shares.length === 0) return [];
  return [{ kind: 'linear', rule: 'funding', target: table.budget, terms: table.shares.map((fig) => ({ coef: 1, fig })) }];
}

export const overviewKind = defineKind({
  kind: 'overview',
  match: matchOverviewHeader,
  parse: (ctx, row, col) => {
    const model = parseOverview(ctx, row, col);
    const named: NamedFigure[] = model.budget ? [{ role: 'budget', fig: model.budget }] : [];
    return { model, lastRow: model.lastRow, rounding: 'exact', derivations: overviewDerivations(model), named };
  },
});
