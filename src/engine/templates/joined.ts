/**
 * The amount a new line joins and the chain above it (chain.ts), turned into the
 * plan's updates: the parent's formula becomes the SUM of its lines and the new
 * one, or its figure is written anew; every figure above moves by the line's amount
 * in its own notation (`280,000천원` → `286,000천원`, `(x-) △20` → `△19`), and the
 * formulas that follow are named. All in the insertion's one change.
 */
import { cellAddress, parseCellAddress } from '../address';
import { cellFigure, parseFigure, scanFigure, type ParsedFigure } from '../number';
import { fixContent, formatFigure } from '../notation';
import { rat, toNumber } from '../rational';
import { changeRateValue } from '../rules/changeRate';
import type { FoundTable } from '../tables/detect';
import { categoryTotal, chainAbove, figureAt, NO_CHAIN, shownCell, type Follower, type ShownCell } from './chain';
import { sumFormula } from './formula';
import type { Selection } from './locate';
import type { PlannedCell, RowUpdate } from './plan';
import type { Joined } from './sites';

/** A figure the insertion changes, for the preview: `D28 280,000천원 → 286,000천원`. */
export interface FollowingChange {
  readonly cell: string;
  readonly before: string;
  readonly after: string;
}

export interface JoinedUpdates {
  readonly updates: readonly RowUpdate[];
  readonly changes: readonly FollowingChange[];
  /** Formulas that recompute by themselves (their cells, after the insertion). */
  readonly recomputes: readonly string[];
  /** Figures that would have to change and that Insert cannot write (named before inserting). */
  readonly unresolved: readonly string[];
}

/**
 * What the new line joins: the amount at `anchor` (a parent line's, a 소계), or for a
 * top-level line the total of its `category`. `kids` are the rows whose amounts in
 * `anchor.col` the amount adds up (for a formula rewritten as their SUM).
 */
export function joinedAt(
  sel: Selection,
  table: FoundTable,
  anchor: { readonly row: number; readonly col: number } | null,
  kids: readonly number[] | null,
  category: string,
): Joined | null {
  const figure = anchor ? figureAt(sel.tables, table, anchor.row, anchor.col) : categoryTotal(table, category);
  if (!figure) return null;
  const chain = chainAbove(sel.grid, sel.tables, table, figure);
  // A category's total is computed (no cell), or stated on its own row.
  const at = anchor ?? parseCellAddress(figure.cell);
  const sheet = sel.grid.name;
  if (!at) return { sheet, sum: null, figure: null, chain };
  anchor = at;
  const cell = sel.grid.cell(anchor.row, anchor.col);
  if (cell.formula) {
    if (kids) return { sheet, sum: { row: anchor.row, col: anchor.col, rows: kids }, figure: null, chain };
    const here = { sheet, cell: cellAddress(anchor.row, anchor.col), label: '' };
    return { sheet, sum: null, figure: null, chain: { ...chain, unresolved: [here, ...chain.unresolved] } };
  }
  if (figure.stated === null) return { sheet, sum: null, figure: null, chain: NO_CHAIN };
  return { sheet, sum: null, figure: { row: anchor.row, col: anchor.col, stated: toNumber(figure.stated), scale: Number(figure.scale), ...shownCell(sel.grid, anchor.row, anchor.col) }, chain };
}

/**
 * The updates for a new line at `row` (after the insertion) whose amount is `amount`
 * 원 (`null` when it has none). `shift` moves a row from before the insertion to after.
 */
export function joinedUpdates(joins: Joined | null, row: number, amount: number | null, shift: (r: number) => number): JoinedUpdates {
  const none: JoinedUpdates = { updates: [], changes: [], recomputes: [], unresolved: [] };
  if (!joins || amount === null) return none;
  const byRow = new Map<number, PlannedCell[]>();
  const changes: FollowingChange[] = [];
  const recomputes: string[] = [];
  const sheet = joins.sheet;
  const place = (cell: string) => {
    const at = parseCellAddress(cell);
    return at ? cellAddress(shift(at.row), at.col) : cell;
  };
  const unresolved = joins.chain.unresolved.map((u) => {
    const where = u.cell === '' ? u.label : u.sheet === sheet ? place(u.cell) : `'${u.sheet.replace(/'/g, "''")}'!${u.cell}`;
    return u.parts?.length ? `${where} (${u.parts.map(place).join(', ')})` : where;
  });
  const put = (r: number, c: PlannedCell) => byRow.set(shift(r), [...(byRow.get(shift(r)) ?? []), c]);
  const write = (r: number, col: number, cell: ShownCell, shown: number, was: number | null) => {
    const now = cellFigure(cell.value, cell.text) ?? parseFigure(cell.text);
    if (now && toNumber(now.value) === shown) return; // a rate that rounds to what it shows: left as it is
    let content = fixContent({ value: cell.value, text: cell.text }, shown);
    if (content.kind === 'number' && typeof cell.value === 'string') {
      // A sentence that mentions the figure (`- 총 사업비 : 427,660천원`): only the figure changes, or nothing.
      const text = was === null ? null : replaceMention(cell.value, was, shown);
      if (text === null) {
        unresolved.push(cellAddress(shift(r), col));
        return;
      }
      content = { kind: 'text', text };
    }
    put(r, { col, value: content.kind === 'number' ? content.value : content.text });
    const after = content.kind === 'text' ? content.text : formatFigure(shown, cellFigure(cell.value, cell.text) ?? parseFigure(cell.text));
    changes.push({ cell: cellAddress(shift(r), col), before: cell.text, after });
  };
  if (joins.sum) {
    const sum = joins.sum;
    put(sum.row, { col: sum.col, formula: sumFormula(sum.col, [...sum.rows.map(shift), row]) });
    recomputes.push(cellAddress(shift(sum.row), sum.col));
  } else if (joins.figure) {
    const f = joins.figure;
    write(f.row, f.col, f, (f.stated + amount) / f.scale, f.stated / f.scale);
  }
  for (const follower of joins.chain.followers) {
    const moved = afterMove(follower, amount);
    if (follower.kind === 'recomputes') recomputes.push(cellAddress(shift(follower.row), follower.col));
    else if (moved === null) unresolved.push(cellAddress(shift(follower.row), follower.col));
    else write(follower.row, follower.col, follower, moved, follower.kind === 'add' ? follower.stated / follower.scale : null);
  }
  const updates = [...byRow.entries()].sort(([a], [b]) => a - b).map(([r, cells]) => ({ row: r, cells }));
  return { updates, changes: byPlace(changes, (c) => c.cell), recomputes: byPlace(recomputes, (c) => c), unresolved: byPlace(unresolved, (u) => u.split(' ')[0] ?? u) };
}

/** The figure a follower shows once the line's `amount` 원 is in; null when a rate loses its base. */
function afterMove(f: Follower, amount: number): number | null {
  if (f.kind === 'recomputes') return null;
  if (f.kind === 'add') return (f.stated + f.coef * amount) / f.scale;
  const before = f.before.stated + f.before.coef * amount;
  const after = f.after.stated + f.after.coef * amount;
  const rate = changeRateValue(rat(before), rat(after), f.decimals);
  return rate === null ? null : toNumber(rate);
}

/** In the order a reader meets the cells on the sheet: row, then column. */
function byPlace<T>(list: readonly T[], cellOf: (item: T) => string): T[] {
  const key = (item: T) => parseCellAddress(cellOf(item)) ?? { row: 0, col: 0 };
  return [...list].sort((a, b) => key(a).row - key(b).row || key(a).col - key(b).col);
}

/** `text` with the one figure that states `was` written as `now` in the same notation; null if none or several do. */
function replaceMention(text: string, was: number, now: number): string | null {
  const hits: { start: number; end: number; like: ParsedFigure }[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!/[\d△▲(−-]/.test(text[i] as string)) continue;
    const found = scanFigure(text, i);
    if (!found) continue;
    if (toNumber(found.figure.value) === was) hits.push({ start: found.start, end: found.end, like: found.figure });
    i = Math.max(i, found.end - 1);
  }
  if (hits.length !== 1) return null;
  const hit = hits[0] as (typeof hits)[number];
  return text.slice(0, hit.start) + formatFigure(now, hit.like) + text.slice(hit.end);
}
