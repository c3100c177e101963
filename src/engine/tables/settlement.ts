/**
 * 결산 (settlement): 연도 | 최종예산 | 전년이월 | 예산변경 | 예산현액 | 집행액 | 차년이월 | 집행잔액.
 * Per row: 예산현액 = 최종예산 + 전년이월 + 예산변경; 집행잔액 = 예산현액 − 집행액 − 차년이월.
 */
import type { Grid } from '../grid';
import type { Derivation, Figure, Term } from '../checks/ledger';
import { readAmount, type TableContext } from './context';
import { defineKind } from './kind';

const COLUMNS = {
  final: ['최종예산', '최종예산액'],
  carriedIn: ['전년이월', '전년도이월', '전년이월액'],
  changed: ['예산변경', '변경', '이용전용'],
  current: ['예산현액'],
  spent: ['집행액', '지출액'],
  carriedOut: ['차년이월', '차년도이월', '다음연도이월', '이월액'],
  balance: ['집행잔액', '불용액', '잔액'],
} as const;

type Key = keyof typeof COLUMNS;
export type SettlementColumns = Record<Key, number | null> & { label: number };

/** Each header word's column key: the lists above are disjoint, so a word names one key at most. */
const KEY_OF = new Map<string, Key>();
for (const key of Object.keys(COLUMNS) as Key[]) for (const word of COLUMNS[key]) KEY_OF.set(word, key);

export function matchSettlementHeader(grid: Grid, row: number): SettlementColumns | null {
  const filled = grid.filledColumns(row);
  // Four keys are needed and a cell names one at most: most rows of a book end here.
  if (filled.length < 4) return null;
  const found: Partial<Record<Key, number>> = {};
  let first: number | null = null;
  for (const c of filled) {
    const label = grid.label(row, c);
    const t = label.includes('(') ? label.replace(/\(.*?\)/g, '') : label;
    if (first === null) first = c;
    const key = KEY_OF.get(t);
    if (key !== undefined && found[key] === undefined) found[key] = c;
  }
  const hasIdentity = found.current !== undefined && (found.final !== undefined || found.balance !== undefined);
  if (!hasIdentity || first === null || Object.keys(found).length < 4) return null;
  return {
    label: first,
    final: found.final ?? null,
    carriedIn: found.carriedIn ?? null,
    changed: found.changed ?? null,
    current: found.current ?? null,
    spent: found.spent ?? null,
    carriedOut: found.carriedOut ?? null,
    balance: found.balance ?? null,
  };
}

export interface SettlementTable {
  readonly derivations: Derivation[];
  readonly lastRow: number;
}

export function parseSettlement(ctx: TableContext, header: number, cols: SettlementColumns): SettlementTable {
  const { grid } = ctx;
  const derivations: Derivation[] = [];
  let lastRow = header;
  for (let r = header + 1; r < grid.bottom; r++) {
    const label = grid.text(r, cols.label);
    // Read in this order (a figure that cannot be read is reported as it is met); plain
    // calls, not a closure per row: a book repeats this table.
    const final = amountIn(ctx, r, header, cols.final, label);
    const carriedIn = amountIn(ctx, r, header, cols.carriedIn, label);
    const changed = amountIn(ctx, r, header, cols.changed, label);
    const current = amountIn(ctx, r, header, cols.current, label);
    const spent = amountIn(ctx, r, header, cols.spent, label);
    const carriedOut = amountIn(ctx, r, header, cols.carriedOut, label);
    const balance = amountIn(ctx, r, header, cols.balance, label);
    const count = [final, carriedIn, changed, current, spent, carriedOut, balance].filter((f) => f !== null).length;
    if (count < 3) break;
    lastRow = r;
    if (current && final) {
      derivations.push({ kind: 'linear', rule: 'budget-current', target: current, terms: termsOf(1, final, 1, carriedIn, 1, changed) });
    }
    if (balance && current && spent) {
      derivations.push({ kind: 'linear', rule: 'execution-balance', target: balance, terms: termsOf(1, current, -1, spent, -1, carriedOut) });
    }
  }
  return { derivations, lastRow };
}

/** The figure in a column of the row, named by the row's label and the column's header; null without the column. */
function amountIn(ctx: TableContext, row: number, header: number, col: number | null, label: string): Figure | null {
  return col === null ? null : readAmount(ctx, row, col, `${label} · ${ctx.grid.text(header, col)}`);
}

/** The terms of the three figures that are there, in order. */
function termsOf(c1: 1 | -1, f1: Figure | null, c2: 1 | -1, f2: Figure | null, c3: 1 | -1, f3: Figure | null): Term[] {
  const terms: Term[] = [];
  if (f1) terms.push({ coef: c1, fig: f1 });
  if (f2) terms.push({ coef: c2, fig: f2 });
  if (f3) terms.push({ coef: c3, fig: f3 });
  return terms;
}

export const settlementKind = defineKind({
  kind: 'settlement',
  match: matchSettlementHeader,
  parse: (ctx, row, cols) => {
    const model = parseSettlement(ctx, row, cols);
    return { model, lastRow: model.lastRow, rounding: 'exact', derivations: model.derivations, named: [] };
  },
});
