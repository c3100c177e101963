/**
 * The figures of a block's cells, each read once: amounts in the column's unit (a lone
 * dash is 0), rates and shares as percentages, and the words a rate cell may hold
 * instead of a number (`순증`, `신규`, `-`).
 */
import { ZERO } from '../../rational';
import { parseFigure, type ParsedFigure } from '../../number';
import type { Figure } from '../../checks/ledger';
import { amountFigure, percentFigure, readAmount, readPercent, type TableContext } from '../context';
import { WordFigure } from '../../checks/cellFigure';
import type { ColumnInfo } from './columnInfo';
import { isDash } from './header';
import type { Block } from './read';
import { allRows } from './rows';

const PERCENT_ROLES = new Set<ColumnInfo['role']>(['rate', 'share', 'exec-rate', 'percent']);
const RATE_WORDS = /^(순증|신규|皆增|순감|皆減|폐지)$/;
const DASH: ParsedFigure = Object.freeze({ value: ZERO, unit: null, decimals: 0, sign: null, grouped: false });

export interface BlockCells {
  at(row: number, col: number): Figure | null;
  /** The figures of one column, top to bottom. */
  column(col: number): Figure[];
}

export function cellFigures(ctx: TableContext, block: Block): BlockCells {
  const byCol = new Map<number, Map<number, Figure>>();
  const rows = allRows(block.roots).map((r) => r.row).sort((a, b) => a - b);
  for (const col of block.columns) {
    const figs = new Map<number, Figure>();
    const colCtx: TableContext = col.unit ? { ...ctx, unit: col.unit } : ctx;
    for (const r of rows) {
      const fig = read(colCtx, r, col);
      if (fig) figs.set(r, fig);
    }
    byCol.set(col.col, figs);
  }
  return {
    at: (row, col) => byCol.get(col)?.get(row) ?? null,
    column: (col) => [...(byCol.get(col)?.values() ?? [])],
  };
}

function read(ctx: TableContext, row: number, col: ColumnInfo): Figure | null {
  const text = ctx.grid.text(row, col.col);
  if (text === '') return null;
  const label = col.header.own || col.header.group;
  if (PERCENT_ROLES.has(col.role)) {
    if (col.role === 'rate' && (RATE_WORDS.test(text.replace(/\s/g, '')) || isDash(text))) {
      return new WordFigure(ctx.grid.name, row, col.col, '%', label, text);
    }
    if (isDash(text)) return percentFigure(ctx, row, col.col, ZERO, DASH, label);
    return readPercent(ctx, row, col.col, label);
  }
  if (isDash(text)) return amountFigure(ctx, row, col.col, DASH, label);
  // `303종` under `종류(종)`: the count, its counter written on.
  if (col.counter && text.endsWith(col.counter)) {
    const parsed = parseFigure(text.slice(0, -col.counter.length));
    if (parsed && parsed.unit === null) return amountFigure(ctx, row, col.col, parsed, label);
  }
  return readAmount(ctx, row, col.col, label);
}
