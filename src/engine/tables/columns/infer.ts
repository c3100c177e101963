/**
 * Members no marker shows. Many documents print a parent and its parts on plain rows
 * alike (`세외수입` and under it `경상적세외수입`, `임시적세외수입` …; `특별회계` and the
 * special accounts after it). A row that equals the sum of the rows right after it is
 * taken as their parent: under a total row, when it does in a third of its columns and the
 * total then agrees with the top rows in more columns than before (so a coincidence never
 * rebuilds a table that already adds up); with no total, over four rows or more, in two
 * columns and most of them.
 */
import { abs, add, cmp, sub, ZERO, type Rational } from '../../rational';
import { roundingBand } from './band';
import type { TableContext } from '../context';
import type { BlockCells } from './cells';
import type { ColumnInfo } from './columnInfo';
import type { TableRow } from './rows';

/** The top rows once inferred parents hold their members (their `children` filled in). */
export function inferMembers(ctx: TableContext, columns: readonly ColumnInfo[], cells: BlockCells, total: TableRow | null, tops: readonly TableRow[]): TableRow[] {
  if (tops.length < 3 || !columns.length) return [...tops];
  const value = (r: TableRow, c: ColumnInfo): Rational | null => cells.at(r.row, c.col)?.stated ?? null;
  const tolerance = (c: ColumnInfo, target: TableRow, parts: readonly TableRow[]): Rational =>
    roundingBand(c.unit ?? ctx.unit, cells.at(target.row, c.col), parts.length) ?? ZERO;
  const holds = (row: TableRow, parts: readonly TableRow[], c: ColumnInfo): boolean | null => {
    const target = value(row, c);
    if (target === null) return null;
    let sum = ZERO;
    let any = false;
    for (const p of parts) {
      const v = value(p, c);
      if (v === null) continue;
      sum = add(sum, v);
      any = true;
    }
    if (!any) return null;
    return cmp(abs(sub(target, sum)), tolerance(c, row, parts)) <= 0;
  };
  const agreeing = (list: readonly TableRow[]) => (total ? columns.filter((c) => holds(total, list, c) === true).length : 0);

  const grouped: { parent: TableRow; members: TableRow[] }[] = [];
  const next: TableRow[] = [];
  for (let i = 0; i < tops.length; i++) {
    const p = tops[i] as TableRow;
    next.push(p);
    if (p.children.length || p.total) continue;
    let best: { k: number; score: number } | null = null;
    for (let k = 2; i + k < tops.length; k++) {
      const members = tops.slice(i + 1, i + 1 + k);
      if (members.some((m) => m.children.length || m.total)) break;
      let considered = 0;
      let matched = 0;
      for (const c of columns) {
        const target = value(p, c);
        if (target === null || target.num === 0n) continue;
        considered++;
        if (holds(p, members, c)) matched++;
      }
      // Under a total a third of the columns will do (the total checks the grouping after).
      // With no total to check it: two columns and most of them, over four rows or more — an
      // income statement's own arithmetic (매출액 = 원가 + 판관비 + 영업이익) is no group.
      const enough = total ? matched * 3 >= considered : k >= 4 && matched >= 2 && matched * 3 >= considered * 2;
      if (matched && enough && (!best || matched > best.score)) best = { k, score: matched };
    }
    if (!best) continue;
    const members = tops.slice(i + 1, i + 1 + best.k);
    grouped.push({ parent: p, members });
    i += best.k;
  }
  if (!grouped.length || (total && agreeing(next) <= agreeing(tops))) return [...tops];
  for (const g of grouped) g.parent.children.push(...g.members);
  return next;
}
